"""Scan only near the words a pattern needs: the text around trigger matches, merged."""

from __future__ import annotations

import re
from collections.abc import Iterator


def windows(text: str, trigger: re.Pattern, margin: int) -> list[tuple[int, int]]:
    """Merged spans of ``margin`` characters either side of each ``trigger`` match."""
    spans: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        start, end = max(0, match.start() - margin), min(len(text), match.end() + margin)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def finditer(pattern: re.Pattern, text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match]:
    """``pattern.finditer`` restricted to ``spans`` (lookarounds still see the whole text)."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
