"""The text as the engine reads it: CRLF line ends made single, long texts cut into sections.

Every pattern sees one character per line end: a CRLF text is read as the same
text with LF line ends (other line ends keep their length, see
``Document.analysis_text``), and offsets are mapped back to the original.

No article comes near ``SECTION_SIZE`` characters (real ones are under 20,000),
so a text longer than that is an archive, a table or noise: it is read as
consecutive sections cut at paragraph breaks, each with the text's dateline,
and no relation looks from one section into another.  Time and memory stay
linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from figures.document import Document

SECTION_SIZE = 100_000
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))

#: Maps an offset in a section to the offset in the original text.
ToOriginal = Callable[[int], int]


def sections(document: Document) -> Iterator[tuple[ToOriginal, Document]]:
    """``(to_original, section)`` pairs covering ``document``: the document itself when it is
    short and has no CRLF line ends."""
    plain, removed = _without_crlf(document)
    if len(plain.text) <= SECTION_SIZE:
        yield _to_original(0, removed), plain
        return
    dateline = document.dateline
    start = 0
    while start < len(plain.text):
        end = _cut(plain.analysis_text, start)
        date = document.date if start == 0 else dateline and dateline.date
        yield _to_original(start, removed), Document(plain.text[start:end], date=date, path=document.path)
        start = end


def _without_crlf(document: Document) -> tuple[Document, list[int]]:
    """The document with each CRLF an LF, and where (in its offsets) a CR was taken out."""
    text = document.text
    if "\r\n" not in text:
        return document, []
    removed, position = [], text.find("\r\n")
    while position >= 0:
        removed.append(position - len(removed))
        position = text.find("\r\n", position + 2)
    return Document(text.replace("\r\n", "\n"), date=document.date, path=document.path), removed


def _to_original(offset: int, removed: list[int]) -> ToOriginal:
    if not removed:
        return (lambda position: position + offset) if offset else same_offsets
    return lambda position: position + offset + bisect.bisect_left(removed, position + offset)


def same_offsets(position: int) -> int:
    """The mapping of a section that is the whole text."""
    return position


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
