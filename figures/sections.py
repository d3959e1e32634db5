"""Long texts read in sections, so that time and memory stay linear in the text's length.

No article comes near ``SECTION_SIZE`` characters (real ones are under 20,000),
so a text longer than that is an archive, a table or noise: it is read as
consecutive sections cut at paragraph breaks, each with the text's dateline,
and no relation looks from one section into another.  Offsets are the text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from figures.document import Document

SECTION_SIZE = 100_000
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def sections(document: Document) -> Iterator[tuple[int, Document]]:
    """``(offset, section)`` pairs covering ``document``: the document itself when it is short."""
    text = document.text
    if len(text) <= SECTION_SIZE:
        yield 0, document
        return
    dateline = document.dateline
    start = 0
    while start < len(text):
        end = _cut(document.analysis_text, start)
        part = Document(text[start:end], date=document.date if start == 0 else dateline and dateline.date,
                        path=document.path)
        yield start, part
        start = end


def _cut(text: str, start: int) -> int:
    """Where the section from ``start`` ends: the last paragraph break, else sentence end, else
    space in its second half; at the size limit when there is none."""
    limit = start + SECTION_SIZE
    if limit >= len(text):
        return len(text)
    for pattern in _CUTS:
        ends = [match.end() for match in pattern.finditer(text, start + SECTION_SIZE // 2, limit)]
        if ends:
            return ends[-1]
    return limit
