"""Numbers in context: counts, quantities, percentages, money, durations, ages, ordinals, ratios."""

from __future__ import annotations

from collections.abc import Iterator

from figures.extraction.quantities.phrases import a_durations, fractions, ordinals, ratios, vague_amounts
from figures.extraction.quantities.ranges import link_ranges
from figures.extraction.quantities.reading import mentions
from figures.model import Figure


def find_quantities(text: str, masked: str) -> list[Figure]:
    """Non-date figures of ``text``; ``masked`` has dates and non-figures blanked."""
    taken: list[tuple[int, int]] = []
    figures: list[Figure] = []

    def add(figure: Figure | None) -> None:
        if figure and not any(figure.start < b and a < figure.end for a, b in taken):
            taken.append((figure.start, figure.end))
            figures.append(figure)

    for finder in (ratios, fractions):
        for figure in finder(text, masked):
            add(figure)
    for figure in _numbers(text, masked, taken):
        add(figure)
    for finder in (vague_amounts, a_durations, ordinals):
        for figure in finder(text, masked):
            add(figure)
    figures.sort(key=lambda f: f.start)
    return figures


def _numbers(text: str, masked: str, taken) -> Iterator[Figure]:
    free = [m for m in mentions(text, masked) if not any(m.start < b and a < m.end for a, b in taken)]
    yield from link_ranges(text, free)
