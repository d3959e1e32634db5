"""File formats read as their writers write them: Markdown, HTML, Word (.docx) and plain text.

Each reader gives the engine the text it should read, with offsets that still point into the
file (``figures.formats.reading``), and the date the file gives itself (front matter, the
page's metadata).  The format is told by the file's suffix; anything else is plain text
(front matter is read in Markdown and plain text alike).
"""

from __future__ import annotations

import datetime as dt
import os

from figures.formats.reading import ReadDocument

MARKDOWN, HTML, DOCX, TEXT = "markdown", "html", "docx", "text"

#: File suffixes (lower case) and the format they are read as; every other file is plain text.
SUFFIXES = {
    **dict.fromkeys((".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtext", ".mdtxt", ".rmd", ".qmd"),
                    MARKDOWN),
    **dict.fromkeys((".html", ".htm", ".xhtml"), HTML),
    ".docx": DOCX,
    ".txt": TEXT,
}


def format_of(path: str | None) -> str:
    """The format ``path`` is read as, by its suffix (plain text when it has none known)."""
    return SUFFIXES.get(os.path.splitext(path or "")[1].lower(), TEXT)


def read_text(text: str, *, path: str | None = None, date: dt.date | str | int | None = None,
              kind: str | None = None) -> ReadDocument:
    """The Document of ``text``, the content of the file ``path`` (the language server's buffer,
    a file already decoded), read as ``kind`` (default: by ``path``'s suffix)."""
    kind = kind or format_of(path)
    if kind == HTML:
        from figures.formats.html import read_html

        prose, own_date, problem = read_html(text)
        return ReadDocument(text, date=date, path=path, prose=prose, own_date=own_date, date_problem=problem)
    if kind not in (MARKDOWN, TEXT):
        raise ValueError(f"not a text format: {kind!r}")
    from figures.formats.frontmatter import front_matter

    front = front_matter(text)
    body = front.end if front else 0
    own_date, problem = (front.dateline, front.problem) if front else (None, None)
    if kind == MARKDOWN:
        from figures.formats.markdown import markdown_view

        view, breaks = markdown_view(text, body=body)
    else:
        view, breaks = (_blanked(text, body) if body else None), ()
    return ReadDocument(text, date=date, path=path, view=view, breaks=breaks, own_date=own_date,
                        date_problem=problem, body=body)


def read_docx_document(data: bytes, *, path: str | None = None,
                       date: dt.date | str | int | None = None) -> ReadDocument:
    """The Document of the Word file ``data``: a line per paragraph; raises NotWord or ImportError."""
    from figures.formats.docx import read_docx

    text, prose = read_docx(data)
    return ReadDocument(text, date=date, path=path, prose=prose, positions="paragraph")


def _blanked(text: str, end: int) -> str:
    """``text`` with its first ``end`` characters blanked, line ends kept."""
    head = "".join(char if char in "\r\n" else " " for char in text[:end])
    return head + text[end:]
