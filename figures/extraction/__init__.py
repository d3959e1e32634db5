"""Extraction: a Document in, every figure out.

Non-figures (tickers, times, scores, names with numbers) and what a reader
never sees (front matter, HTML comments) are masked first,
then dates are found and masked, then the remaining numbers are read in
context.  Masking keeps offsets, so every figure's span indexes the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figures.extraction.dates import find_dates
from figures.extraction.masks import blank, comment_spans, non_figure_spans
from figures.extraction.quantities import find_quantities

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Figure


def extract_figures(document: Document) -> list[Figure]:
    """All figures of ``document``, sorted by position.

    Patterns read the analysis text (every line end a "\n"); each figure's ``text`` is its span
    of the original."""
    text = document.analysis_text
    hidden = [(0, document.body_start), *comment_spans(text)]  # front matter and HTML comments
    masked = blank(text, non_figure_spans(text) + hidden)
    dates, date_spans = find_dates(document, masked)
    masked = blank(masked, date_spans)
    figures = dates + find_quantities(text, masked)
    figures.sort(key=lambda f: (f.start, f.end))
    if text != document.text:
        figures = [f.replace(text=document.text[f.start:f.end]) for f in figures]
    return figures
