"""Relations that rules recompute: conversions and percentages of totals (changes: relations/changes.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.relations.parts import AMOUNT_KINDS, compatible

_CONVERTIBLE = frozenset({"quantity", "duration"})
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_OR = re.compile(r"\s*,?\s+or\s+$|\s*/\s*$")
_NOT_A_CONVERSION = re.compile(r"^\s*(?:x|×|by)\s", re.I)  # "2.3 cm x 2.3 cm", "10 by 20 feet"
_CLOSE = re.compile(r"^\s*[),;.]|^\s*$")
_COUNT_OR = re.compile(r"^(?:\s+[A-Za-z'’-]+){0,3}\s*(?:,\s*(?:or|representing|equivalent\s+to)|\()\s*$", re.I)
_OF_TOTAL = re.compile(r"^\)?\s+of\s+(?:the|its|their|all|a|an|his|her|our)?\s*(?:[A-Za-z'’-]+\s+){0,3}$", re.I)
@dataclass(frozen=True)
class Conversion:
    """``target`` restates ``source`` in other units: "100 kilometres (62 miles)"."""

    source: Figure
    target: Figure


@dataclass(frozen=True)
class PercentOf:
    """``percent`` of ``total`` is said to be ``count``: "300 people, or 25% of the 1,200 staff"."""

    count: Figure
    percent: Figure
    total: Figure


def find_conversions(document, figures: list[Figure]) -> list[Conversion]:
    text = document.analysis_text
    found = []
    for source, target in zip(figures, figures[1:]):
        if source.kind not in _CONVERTIBLE or target.kind != source.kind or source.unit == target.unit:
            continue
        if "range" in (source.qualifier, target.qualifier) or not _convertible(source.unit, target.unit):
            continue
        between, after = text[source.end:target.start], text[target.end:target.end + 4]
        bracket = _OPEN_BRACKET.fullmatch(between) and after.lstrip().startswith(")")
        if not (bracket or _OR.fullmatch(between)) or _NOT_A_CONVERSION.match(after) \
                or _NOT_A_CONVERSION.match(text[source.end:source.end + 4]):
            continue
        found.append(Conversion(source, target))
    return found


def _convertible(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return False
    from figures.units import same_dimension

    return same_dimension(first, second)


def find_percent_of(document, figures: list[Figure]) -> list[PercentOf]:
    """"N, or P% of [the] T", "N (P%) of the T", "P% of the T, or N"."""
    text = document.analysis_text
    found = []
    for index, percent in enumerate(figures):
        if percent.kind != "percent" or percent.unit != "percent" or percent.qualifier == "range":
            continue
        total = figures[index + 1] if index + 1 < len(figures) else None
        if total is None or total.kind not in AMOUNT_KINDS or not _OF_TOTAL.match(text[percent.end:total.start]):
            continue
        count = figures[index - 1] if index else None
        between = text[count.end:percent.start] if count else ""
        if count is not None and compatible(count, total) and _COUNT_OR.match(between):
            found.append(PercentOf(count, percent, total))
            continue
        following = figures[index + 2] if index + 2 < len(figures) else None
        if following is not None and compatible(following, total) and \
                _COUNT_OR.match(text[total.end:following.start].replace(",", " ", 1)):
            found.append(PercentOf(following, percent, total))
    return found
