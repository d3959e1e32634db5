"""A Word file (.docx) through python-docx (the ``docx`` extra, imported only for such a file).

Its text is its paragraphs, one a line, in reading order: the body's paragraphs and those of
its tables' cells (row by row, a merged cell once), so a position's line is the paragraph's
number and its column the character's.  The analysis reads each paragraph as its own (the
prose joins them with blank lines).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from figures.extras import install_hint
from figures.formats.reading import Prose
from figures.sections import OffsetMap


class NotWord(ValueError):
    """Bytes that are no Word document; the message says why."""


def read_docx(data: bytes) -> tuple[str, Prose]:
    """The text of the Word document ``data`` (paragraphs one a line) and the prose the engine
    reads; raises NotWord, or ImportError with the install hint when python-docx is absent."""
    try:
        import docx
    except ImportError:
        raise ImportError(f"reading .docx files needs python-docx: {install_hint('docx')}") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as problem:  # python-docx raises zipfile, KeyError and lxml errors alike
        raise NotWord(f"not a readable .docx file ({type(problem).__name__})") from None
    paragraphs = [_one_line(text) for text in _paragraphs(document)]
    text = "\n".join(paragraphs)
    starts, origins, lengths, pieces, size, origin = [], [], [], [], 0, 0
    for number, paragraph in enumerate(paragraphs):
        if number:
            starts.append(size), origins.append(origin - 1), lengths.append(1), pieces.append("\n\n")
            size += 2
        starts.append(size), origins.append(origin), lengths.append(None), pieces.append(paragraph)
        size += len(paragraph)
        origin += len(paragraph) + 1
    return text, Prose("".join(pieces), OffsetMap(starts, origins, lengths))


def _paragraphs(document) -> Iterator[str]:
    """The text of every paragraph of the body, tables' cells included, in reading order."""
    from docx.table import Table

    def walk(container) -> Iterator[str]:
        for item in container.iter_inner_content():
            if isinstance(item, Table):
                seen: dict[int, object] = {}  # a merged cell comes once per row it spans; kept alive, so ids stay
                for row in item.rows:
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen[id(cell._tc)] = cell._tc
                            yield from walk(cell)
            else:
                yield item.text

    yield from walk(document)


def _one_line(text: str) -> str:
    """A paragraph's text on one line: a line break in it (Shift+Enter) is a space, the same length."""
    return "".join(" " if char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029" else char for char in text)
