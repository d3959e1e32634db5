"""The tense of the clause around a position: past, present, future or unknown (None)."""

from __future__ import annotations

import bisect
import re

from figures.lang import calendar_words, clause_words

_WORDS = clause_words()
_FUTURE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(phrase) for phrase in _WORDS.future), key=len, reverse=True))
                     + r")\b", re.I)
#: A phrase of the future that is a cause before a determiner: "due to its loss", not "due to open".
_CAUSE = re.compile(r"\s+(?:" + "|".join(re.escape(word) for word in calendar_words().name_determiners) + r")\b", re.I)
_PAST_WORDS = _WORDS.past
_NOT_PAST = _WORDS.not_past
_AUXILIARIES = _WORDS.auxiliaries
_PRESENT_WORDS = _WORDS.present
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|as|when|which|who)\b|\b(?:and|but)\b")
_WORD = re.compile(r"[A-Za-z']+")


class Tenses:
    """The tense around any position of a text, from markers found once per sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: dict[tuple[int, int], _Sentence] = {}

    def at(self, sentence: tuple[int, int], offset: int) -> str | None:
        """The tense governing ``offset`` inside ``sentence``: the nearest marker in its clause,
        looking left first, then right, then in the rest of the sentence."""
        known = self._sentences.get(sentence)
        if known is None:
            known = self._sentences[sentence] = _Sentence(self.text, *sentence)
        return known.tense_at(offset)


class _Sentence:
    """A sentence's tense markers and clause breaks, sorted by position."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        markers = _markers(text, start, end)
        self.marker_starts = [m[0] for m in markers]
        self.markers = markers
        breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
        self.break_starts = [b[0] for b in breaks]
        self.break_ends = [b[1] for b in breaks]

    def tense_at(self, offset: int) -> str | None:
        clause_start, clause_end = self._clause(offset)
        return (self._last(clause_start, offset) or self._first(offset, clause_end)
                or self._last(self.start, offset) or self._first(offset, self.end))

    def _clause(self, offset: int) -> tuple[int, int]:
        """From the end of the last break that ends by ``offset`` to the first break that starts after it."""
        before = bisect.bisect_right(self.break_ends, offset) - 1
        after = bisect.bisect_left(self.break_starts, offset)
        return (self.break_ends[before] if before >= 0 else self.start,
                self.break_starts[after] if after < len(self.break_starts) else self.end)

    def _last(self, start: int, end: int) -> str | None:
        """The tense of the last marker lying wholly in ``start``..``end``."""
        index = bisect.bisect_left(self.marker_starts, end) - 1
        while index >= 0 and self.markers[index][0] >= start:
            if self.markers[index][1] <= end:
                return self.markers[index][2]
            index -= 1
        return None

    def _first(self, start: int, end: int) -> str | None:
        """The tense of the first marker lying wholly in ``start``..``end``."""
        index = bisect.bisect_left(self.marker_starts, start)
        while index < len(self.markers) and self.markers[index][0] < end:
            if self.markers[index][1] <= end:
                return self.markers[index][2]
            index += 1
        return None


def _markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of every tense marker in ``text[start:end]``, sorted."""
    found = [(m.start(), m.end(), "future") for m in _FUTURE.finditer(text, start, end)
             if not (m.group().lower() in _WORDS.causal and _CAUSE.match(text, m.end()))]
    previous = ""
    for match in _WORD.finditer(text, start, end):
        word = match.group().lower()
        participle = word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST
        if (participle or word in _PAST_WORDS) and previous in _AUXILIARIES:
            pass  # "will be named", "is expected": the auxiliary carries the tense
        elif word in _PAST_WORDS or participle:
            found.append((match.start(), match.end(), "past"))
        elif word in _PRESENT_WORDS:
            found.append((match.start(), match.end(), "present"))
        previous = word
    return sorted(found)
