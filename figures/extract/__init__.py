"""Extraction: a Document in, every figure out (dates first, then numbers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Figure


def extract_figures(document: Document) -> list[Figure]:
    """All figures of ``document`` sorted by position (work in progress)."""
    return []
