"""Relations that rules recompute: conversions (percentages of totals: relations/percent_of.py; changes:
relations/changes.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure

_CONVERTIBLE = frozenset({"quantity", "duration"})
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_OR = re.compile(r"\s*,?\s+or\s+$|\s*/\s*$")
_NOT_A_CONVERSION = re.compile(r"^\s*(?:x|×|by)\s", re.I)  # "2.3 cm x 2.3 cm", "10 by 20 feet"
#: What may stand between a measure and its tail: nothing, or one word ("11 stone 4lb", "1m 80cm").
_TAIL_GAP = re.compile(r"\s*[^\W\d]*\.?\s*")


@dataclass(frozen=True)
class Conversion:
    """``target`` restates ``source`` in other units: "100 kilometres (62 miles)"."""

    source: Figure
    target: Figure


def find_conversions(document, figures: list[Figure]) -> list[Conversion]:
    text = document.analysis_text
    found = []
    for before, source, target in zip([None, *figures], figures, figures[1:]):
        if source.kind not in _CONVERTIBLE or target.kind != source.kind or source.unit == target.unit:
            continue
        if "range" in (source.qualifier, target.qualifier):
            continue
        between, after = text[source.end:target.start], text[target.end:target.end + 4]
        bracket = _OPEN_BRACKET.fullmatch(between) and after.lstrip().startswith(")")
        if not (bracket or _OR.fullmatch(between)) or _NOT_A_CONVERSION.match(after) \
                or _NOT_A_CONVERSION.match(text[source.end:source.end + 4]) \
                or _tail_of_a_measure(text, before, source):
            continue
        if _convertible(source.unit, target.unit):  # last: the unit registry is built on first use
            found.append(Conversion(source, target))
    return found


def _convertible(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return False
    from figures.units import same_dimension

    return same_dimension(first, second)


def _tail_of_a_measure(text: str, before: Figure | None, source: Figure) -> bool:
    """``source`` ends a longer measure ("11 stone 4lb (71.7kg)", "1m 80cm (5ft 11in)"): the bracket
    converts the whole of it, not the tail ("1st 2lb": stone written as an ordinal's suffix)."""
    return before is not None and before.kind in ("count", "quantity", "ordinal") \
        and bool(_TAIL_GAP.fullmatch(text, before.end, source.start))
