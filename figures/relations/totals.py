"""Sums: parts listed against a stated total, and shares of one whole."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.relations.parts import PartOf, compatible
from figures.relations.positions import FigureIndex, SentenceTest

_TOTAL_CUE = re.compile(
    r"\b(?:a\s+(?:combined\s+)?total\s+of|totall?ing|totall?ed|in\s+total\s+of|a\s+combined)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}\s+(?:in\s+all|in\s+total|altogether|combined)\b", re.I)
#: Between two coordinated parts: at most three words (no verb but "were"), then a comma or "and".
_COORDINATED = re.compile(r"(?:\s+(?!of\b)(?:were|was|are|is|[a-z]+(?<!ed)))?(?:\s+(?!of\b)[a-z]+(?<!ed)){0,2}"
                          r"\s*(?:,|,?\s+and)\s+(?:were\s+|was\s+)?", re.I)
_BEFORE_TOTAL = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:,|-|–|—)\s*(?:for\s+)?(?:(?:a\s+(?:combined\s+)?total\s+of"
                           r"|totall?ing|a\s+combined)\s+)?", re.I)
_AFTER_TOTAL = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?::|\(|-|–|—)\s*", re.I)
_CHANGE = re.compile(r"\b(?:r[io]se|fell|up|down|increas|decreas|gain|drop|declin|grew|from|to|compared|vs|"
                     r"versus|against|than|per|each|a\s+year|annual)\b", re.I)
_SHARE_AFTER = re.compile(r"^\s+(?:of\s+(?:the\s+)?(?P<noun>[a-z]+)|(?P<verb>voted|backed|supported|opposed"
                          r"|favoured|favored|chose|preferred))\b", re.I)


@dataclass(frozen=True)
class Total:
    """``parts`` listed against ``total``; ``exhaustive`` when the total is said to be their sum."""

    total: Figure
    parts: tuple[Figure, ...]
    exhaustive: bool
    cue: str
    others: tuple[Figure, ...] = ()  # other figures the words allow as the total ("of whom" after two counts)


@dataclass(frozen=True)
class Shares:
    """Percentages that divide one whole ("40% said yes, 45% no and 20% were undecided")."""

    percents: tuple[Figure, ...]


def find_totals(document, figures: list[Figure], part_of: list[PartOf]) -> list[Total]:
    text = document.analysis_text
    index = FigureIndex(figures)
    changes = SentenceTest(document, _CHANGE)
    found = []
    for link in part_of:  # "of whom 3 were ... and 4 ...": the parts listed after the cue
        parts = _listed_after(document, index, link.part)
        if len(parts) >= 2:
            found.append(Total(link.wholes[-1], parts, False, link.cue, link.wholes[:-1]))
    for total in figures:
        explicit = _TOTAL_CUE.search(text[max(0, total.start - 25):total.start]) or \
            _TOTAL_AFTER.match(text[total.end:total.end + 30])
        if not explicit or total.value is None or changes(total.start):
            continue
        parts = _listed_before(document, index, total) or _listed_after_colon(document, index, total)
        if len(parts) >= 2:
            found.append(Total(total, parts, True, explicit.group().strip()))
    return found


def _listed_before(document, index: FigureIndex, total: Figure) -> tuple[Figure, ...]:
    """"300 cars and 250 trucks, a total of 550 vehicles": the parts end right before the total."""
    text = document.analysis_text
    sentence_start, _ = document.sentence_at(total.start)
    earlier = [f for f in index.within(sentence_start, total.start) if compatible(f, total)]
    if not earlier or not _BEFORE_TOTAL.fullmatch(text[earlier[-1].end:total.start]):
        return ()
    parts = [earlier[-1]]
    for figure in reversed(earlier[:-1]):
        if not _COORDINATED.fullmatch(text[figure.end:parts[0].start]):
            break
        parts.insert(0, figure)
    return tuple(parts) if len(parts) >= 2 else ()


def _listed_after_colon(document, index: FigureIndex, total: Figure) -> tuple[Figure, ...]:
    """"a total of 550 vehicles: 300 cars and 250 trucks"."""
    text = document.analysis_text
    _, sentence_end = document.sentence_at(total.start)
    later = [f for f in index.within(total.end, sentence_end) if compatible(f, total)]
    if not later or not _AFTER_TOTAL.fullmatch(text[total.end:later[0].start]):
        return ()
    return _listed_after(document, index, later[0])


def _listed_after(document, index: FigureIndex, first: Figure) -> tuple[Figure, ...]:
    """``first`` and the compatible figures coordinated right after it: "150 were men and 80 were
    women", "3 in Paris, 4 in Lyon and 2 in Nice"."""
    text = document.analysis_text
    _, end = document.sentence_at(first.start)
    parts = [first]
    for figure in index.within(first.start + 1, end):
        if not compatible(first, figure) or not _COORDINATED.fullmatch(text[parts[-1].end:figure.start]):
            break
        parts.append(figure)
    return tuple(parts)


def find_shares(document, figures: list[Figure]) -> list[Shares]:
    """Two or more percentages in one sentence that each share the same "of the X" or the same verb,
    with no change or comparison in the sentence."""
    text = document.analysis_text
    by_sentence: dict[int, list[tuple[Figure, str]]] = {}
    for figure in figures:
        if figure.kind != "percent" or figure.unit != "percent" or figure.qualifier == "range":
            continue
        after = _SHARE_AFTER.match(text[figure.end:figure.end + 30])
        if after:
            key = (after.group("noun") or after.group("verb")).lower()
            by_sentence.setdefault(document.sentence_index(figure.start), []).append((figure, key))
    found = []
    for number, entries in by_sentence.items():
        start, end = document.sentences[number]
        if len(entries) < 2 or _CHANGE.search(text[start:end]):
            continue
        keys = {key for _, key in entries}
        if len(keys) == 1 or keys <= {"voted", "backed", "supported", "opposed", "favoured", "favored"}:
            found.append(Shares(tuple(figure for figure, _ in entries)))
    return found
