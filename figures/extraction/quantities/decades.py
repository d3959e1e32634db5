"""Ages given as a decade of life: "in his fifties" is an age from 50 to 59, "in her early 30s"
from 30 to 34 (the words are in ``lang/en/people.toml``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from figures.lang import people_words
from figures.model import Figure


@functools.cache
def _pattern() -> re.Pattern:
    words = people_words()

    def one_of(options) -> str:
        return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))

    return re.compile(rf"\b(?:{one_of(words.decade_prepositions)})\s+(?:{one_of(words.decade_possessives)})\s+"
                      rf"(?:(?P<part>{one_of(words.decade_parts)})[\s-]+)?(?P<decade>{one_of(words.decades)})\b", re.I)


def decade_ages(text: str, masked: str) -> Iterator[Figure]:
    words = people_words()
    for match in _pattern().finditer(masked):
        low, high = words.decades[match.group("decade").lower()]
        if match.group("part"):
            first, last = words.decade_parts[match.group("part").lower()]
            low, high = min(low + first, high), min(low + last, high)
        yield Figure(kind="age", text=text[match.start():match.end()], start=match.start(), end=match.end(),
                     low=float(low), high=float(high), unit="year", soft_low=float(low), soft_high=float(high))
