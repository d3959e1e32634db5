"""part_whole: a part ("including almost 4 million") larger than its whole ("over 10 million")."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, number, related
from figures.relations import Relations


@check("part_whole")
def part_exceeds_whole(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.part_of:
        part, whole = link.part, link.wholes[-1]
        if all(_below(part.low, w.high) for w in link.wholes):
            certain = True
            arithmetic = f"{number(part.low)} (part: '{part.text}') > {number(whole.high)} (whole: '{whole.text}')"
        elif all(_below(part.soft_low, w.soft_high) for w in link.wholes):
            certain = False
            arithmetic = (f"{number(part.soft_low)} (part: '{part.text}') > {number(whole.soft_high)} "
                          f"(whole: '{whole.text}', as usually read)")
        else:
            continue
        unit = f" {part.unit}" if part.unit else ""
        yield Finding(
            part.start, part.end,
            f"A part is larger than its whole ('{link.cue}'): {arithmetic}{unit}",
            certain, (related(whole, "whole"),),
            f"Check both figures: '{part.text}' cannot be part of '{whole.text}'.",
        )


def _below(part_bound: float | None, whole_bound: float | None) -> bool:
    """The part's lower bound is above the whole's upper bound."""
    return part_bound is not None and whole_bound is not None and part_bound > whole_bound
