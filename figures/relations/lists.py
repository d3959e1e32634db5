"""List counts: "three countries: France and Germany" states a count and enumerates it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure

_HEAD = re.compile(
    r"(?P<noun>(?:\s+[A-Za-z'’-]+){1,3}?)\s*(?::|\s[-–—]\s|,\s+(?:namely|including\s+only)\s|\s\()\s*", re.I)
_END = re.compile(r"[.;)!?]|,\s+(?:which|who|whose|where|while|but|as|after|before|according)\b"
                  r"|\s[-–—]\s|\n\s*\n")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_INNER_AND = re.compile(r"\b[A-Z][\w'’.-]*\s+and\s+[A-Z]")


@dataclass(frozen=True)
class ListCount:
    """``count`` and the items written after it (``fewest``..``most`` by the ways "and" can be read)."""

    count: Figure
    noun: str
    items: tuple[str, ...]
    fewest: int
    most: int
    end: int


def find_list_counts(document, figures: list[Figure]) -> list[ListCount]:
    text = document.analysis_text
    found = []
    for figure in figures:
        if figure.kind != "count" or figure.qualifier or figure.value is None or not 2 <= figure.value <= 20 \
                or figure.value != int(figure.value):
            continue
        head = _HEAD.match(text, figure.end)
        if not head or not head.group("noun").strip().lower().endswith("s"):
            continue
        _, sentence_end = document.sentence_at(figure.start)
        stop = _END.search(text, head.end(), sentence_end)
        listed = text[head.end():stop.start() if stop else sentence_end]
        items = tuple(item for item in _SPLIT.split(listed.strip()) if item)
        if len(items) < 2 or any(len(item.split()) > 5 for item in items):
            continue
        inner = len(_INNER_AND.findall(listed))  # "Trinidad and Tobago" may be one item
        found.append(ListCount(figure, head.group("noun").strip(), items, len(items) - inner, len(items),
                               head.end() + len(listed)))
    return found
