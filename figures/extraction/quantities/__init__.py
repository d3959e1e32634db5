"""Numbers in context: counts, quantities, percentages, money, durations, ages, ordinals, ratios."""

from __future__ import annotations

from collections.abc import Iterable

from figures.extraction.quantities.compounds import merge_compounds
from figures.extraction.quantities.decades import decade_ages
from figures.extraction.quantities.phrases import (
    a_durations,
    fractions,
    multiples,
    ordinals,
    ratios,
    slashed_fractions,
    vague_amounts,
)
from figures.extraction.quantities.ranges import link_ranges
from figures.extraction.quantities.reading import mentions
from figures.extraction.spans import TakenSpans
from figures.model import Figure


def find_quantities(text: str, masked: str) -> list[Figure]:
    """Non-date figures of ``text``; ``masked`` has dates and non-figures blanked."""
    taken = TakenSpans()
    figures: list[Figure] = []

    def add_all(found: Iterable[Figure]) -> None:
        for figure in found:
            if not taken.overlaps(figure.start, figure.end):
                taken.add(figure.start, figure.end)
                figures.append(figure)
        taken.commit()

    for finder in (ratios, multiples, slashed_fractions, fractions, decade_ages):
        add_all(finder(text, masked))
    free = [m for m in mentions(text, masked) if not taken.overlaps(m.start, m.end)]
    add_all(link_ranges(text, merge_compounds(text, free)))
    for finder in (vague_amounts, a_durations, ordinals):
        add_all(finder(text, masked))
    figures.sort(key=lambda f: f.start)
    return figures
