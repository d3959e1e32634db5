"""The spans already taken by figures, for overlap tests in logarithmic time."""

from __future__ import annotations

import bisect
from collections.abc import Iterator


class TakenSpans:
    """Spans that do not overlap each other, kept sorted, so that ``overlaps`` bisects instead
    of scanning them all.

    A pattern's spans arrive left to right: ``add`` puts them in a batch of their
    own, and ``commit`` merges the batch into the rest in linear time, so a text
    of any size costs O(n log n) whatever the number of spans.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._batch_starts: list[int] = []
        self._batch_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` overlaps a span taken before."""
        return _hits(self._batch_starts, self._batch_ends, start, end) or _hits(self._starts, self._ends, start, end)

    def add(self, start: int, end: int) -> None:
        """Take ``start``..``end``, which must not overlap a span taken before."""
        index = bisect.bisect_left(self._batch_starts, start)
        self._batch_starts.insert(index, start)
        self._batch_ends.insert(index, end)

    def commit(self) -> None:
        """Merge the batch into the other spans."""
        if self._batch_starts:
            spans = sorted([*zip(self._starts, self._ends), *zip(self._batch_starts, self._batch_ends)])
            self._starts, self._ends = [s for s, _ in spans], [e for _, e in spans]
            self._batch_starts, self._batch_ends = [], []

    def __iter__(self) -> Iterator[tuple[int, int]]:
        self.commit()
        return zip(self._starts, self._ends)


def _hits(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Sorted spans that do not overlap each other have sorted ends too: only the last span that
    starts before ``end`` can reach past ``start``."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and ends[index] > start
