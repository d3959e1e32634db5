"""Figures by position, and facts about a sentence computed once: what keeps relations linear."""

from __future__ import annotations

import bisect
import re

from figures.model import Figure


class FigureIndex:
    """The figures of a document (sorted by start), found by span in logarithmic time."""

    def __init__(self, figures: list[Figure]) -> None:
        self.figures = figures
        self._starts = [figure.start for figure in figures]

    def within(self, start: int, end: int) -> list[Figure]:
        """The figures lying wholly inside ``start``..``end``, in text order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        return [figure for figure in self.figures[first:last] if figure.end <= end]

    def holding(self, offset: int) -> Figure | None:
        """The figure whose span holds ``offset``, if any (figures do not overlap)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        figure = self.figures[index] if index >= 0 else None
        return figure if figure is not None and offset < figure.end else None


class SentenceTest:
    """Whether ``pattern`` occurs in the sentence holding an offset, searched once per sentence."""

    def __init__(self, document, pattern: re.Pattern) -> None:
        self.document = document
        self.pattern = pattern
        self._known: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        number = self.document.sentence_index(offset)
        if number not in self._known:
            start, end = self.document.sentence_at(offset)
            self._known[number] = bool(self.pattern.search(self.document.analysis_text, start, end))
        return self._known[number]
