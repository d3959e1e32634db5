"""Compound measures: "6ft 2in", "7lb 3oz", "2 hours 30 minutes", "the 6-foot-2 forward" are one
figure in the larger unit (``[compounds]`` of ``lang/en/unit_forms.toml``), not two."""

from __future__ import annotations

import re
from dataclasses import replace

from figures.extraction import unit_words as uw
from figures.extraction.numbers import Number
from figures.extraction.quantities.mention import Mention, measured_step

_LINK = re.compile(r"\s*|,?\s+and\s+", re.I)


def merge_compounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in order, each compound measure merged into its first part."""
    merged: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        factor = _factor(text, first, second) if second else None
        if factor:
            step = measured_step(second.number, second.kind) / factor  # "2in" is to the inch
            number = Number(first.number.value + second.number.value / factor, step)
            merged.append(replace(first, number=number, end=second.end))
            index += 2
        else:
            merged.append(first)
            index += 1
    return merged


def _factor(text: str, first: Mention, second: Mention) -> float | None:
    """How many of ``second``'s unit make one of ``first``'s, if the two are one measure: the larger
    unit first, a whole number of it, and less than one of it in the smaller unit."""
    if first.kind not in ("quantity", "duration") or first.unit not in uw.COMPOUNDS or second.qualifier:
        return None
    smaller, factor = uw.COMPOUNDS[first.unit]
    link = text[first.end:second.start]
    written = second.kind == first.kind and second.unit == smaller and _LINK.fullmatch(link)
    hyphenated = (link == "-" and second.kind == "count" and second.unit is None and second.end == second.core_end
                  and "-" in text[first.core_end:first.end])  # "6-foot-2": the inches unnamed
    if not (written or hyphenated) or first.number.value != int(first.number.value) \
            or not 0 <= second.number.value < factor:
        return None
    return factor
