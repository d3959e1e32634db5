"""The text as the engine reads it: one character per line end, long texts cut into sections.

Every pattern sees one character per line end: a CRLF text is read as the same
text with LF line ends (other line ends keep their length, see
``Document.analysis_text``), and offsets are mapped back to the original.  A
document read from a format (``figures.formats``) is read as its reader's
prose: Markdown with its code and link targets blanked, the decoded text of a
page or of a Word file, mapped back to the file in the same way.

No article comes near ``SECTION_SIZE`` characters (real ones are under 20,000),
so a text longer than that is an archive, a table or noise: it is read as
consecutive sections cut at paragraph breaks, each with the text's dateline,
and no relation looks from one section into another.  Time and memory stay
linear in the text's length.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from figures.document import Document

SECTION_SIZE = 100_000
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))

#: Maps an offset in a section to the offset in the original text.
ToOriginal = Callable[[int], int]


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of an analysed text -> offsets of the original, piece by piece.

    Each piece of the analysed text starts at ``starts[i]`` and comes from the original at
    ``origins[i]``: copied character for character (``lengths[i]`` is None), or standing for
    ``lengths[i]`` characters of it (an entity decoded, a tag read as a break, a CR dropped).
    """

    starts: Sequence[int]
    origins: Sequence[int]
    lengths: Sequence[int | None]
    shift: int = 0  # added to every offset first: the section's start in the analysed text

    def __call__(self, position: int) -> int:
        """Where the character at ``position`` comes from (a span's start)."""
        position += self.shift
        index = max(bisect.bisect_right(self.starts, position) - 1, 0)
        if self.lengths[index] is None or position == self.starts[index]:
            return self.origins[index] + position - self.starts[index]
        return self.origins[index] + self.lengths[index]

    def end(self, position: int) -> int:
        """Where a span that ends at ``position`` ends in the original: after its last character."""
        last = position - 1 + self.shift
        index = max(bisect.bisect_right(self.starts, last) - 1, 0)
        length = self.lengths[index]
        return self.origins[index] + (last - self.starts[index] + 1 if length is None else length)

    def shifted(self, offset: int) -> OffsetMap:
        """The map of the section that starts at ``offset``."""
        return dataclasses.replace(self, shift=self.shift + offset)


def span_to_original(to_original: ToOriginal, start: int, end: int) -> tuple[int, int]:
    """The span ``start``..``end`` of a section in the original's offsets: an end maps after the
    span's last character, so markup after a figure ("150 km</b>") stays out of it."""
    if end <= start:
        return to_original(start), to_original(start)
    ends = getattr(to_original, "end", None)
    return to_original(start), ends(end) if ends else to_original(end - 1) + 1


def sections(document: Document) -> Iterator[tuple[ToOriginal, Document]]:
    """``(to_original, section)`` pairs covering ``document``: the document itself when it is
    short and has no CRLF line ends (its ``to_original`` is then ``same_offsets``)."""
    analysed = getattr(document, "analysed", None)
    plain, to_original = analysed() if analysed else _without_crlf(document)
    if len(plain.text) <= SECTION_SIZE:
        yield to_original, plain
        return
    dateline = document.dateline
    start = 0
    while start < len(plain.text):
        end = _cut(plain.analysis_text, start)
        if start == 0:
            part = dataclasses.replace(plain, text=plain.text[:end])
        else:
            part = Document(plain.text[start:end], date=dateline and dateline.date, path=document.path)
        yield _shifted(to_original, start), part
        start = end


def _without_crlf(document: Document) -> tuple[Document, ToOriginal]:
    """The document with each CRLF an LF, and the map back to its offsets."""
    text = document.text
    if "\r\n" not in text:
        return document, same_offsets
    return (Document(text.replace("\r\n", "\n"), date=document.date, path=document.path),
            crlf_map(text))


def crlf_map(text: str) -> OffsetMap:
    """The map from ``text`` with each CRLF an LF back to ``text``."""
    starts, origins = [0], [0]
    position = text.find("\r\n")
    while position >= 0:
        starts.append(position + 1 - len(starts))  # the LF's offset once the CRs before it are gone
        origins.append(position + 1)
        position = text.find("\r\n", position + 2)
    return OffsetMap(starts, origins, [None] * len(starts))


def _shifted(to_original: ToOriginal, offset: int) -> ToOriginal:
    if isinstance(to_original, OffsetMap):
        return to_original.shifted(offset)
    return (lambda position: to_original(position + offset)) if offset else to_original


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
