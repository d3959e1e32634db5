"""Suggestions as edits a tool can apply: a span of the text and the words that replace it.

A suggestion is an edit when it offers exactly one replacement for the flagged
words, written ``Write '<replacement>'.`` (RO01's "Write '3-5 percent'.").  A
suggestion with alternatives ("Write 93 mi, or, if '193 miles' is right, ..."),
or one that asks to check a figure, stays prose only.  Every edit is *unsafe*
in ruff's sense: it is what the numbers say, but only the writer knows which
figure is the typo, so it is offered, never applied unasked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic

#: ruff's name for a fix that may change the meaning: shown, applied only on request.
APPLICABILITY = "unsafe"
_ONE_REPLACEMENT = re.compile(r"Write '(?P<replacement>[^']+)'\.")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (0-based offsets of the decoded text)."""

    start: int
    end: int
    replacement: str


def edit_of(diagnostic: Diagnostic, text: str) -> Edit | None:
    """The edit ``diagnostic``'s suggestion makes to ``text``, or None when it offers none or more
    than one, or the replacement is what is already written."""
    found = _ONE_REPLACEMENT.fullmatch((diagnostic.suggestion or "").strip())
    if not found or " or " in found["replacement"]:
        return None
    replacement = found["replacement"]
    if text[diagnostic.start:diagnostic.end] == replacement:
        return None
    return Edit(diagnostic.start, diagnostic.end, replacement)


def fix_record(document: Document, diagnostic: Diagnostic) -> dict | None:
    """The JSON ``fix`` of a diagnostic (ruff's shape), or None::

        {"applicability": "unsafe", "message": "Write '3-5 percent'.",
         "edits": [{"start": 22, "end": 33, "line": 2, "column": 23, "end_line": 2,
                    "end_column": 34, "content": "3-5 percent"}]}
    """
    edit = edit_of(diagnostic, document.text)
    if edit is None:
        return None
    line, column = document.line_col(edit.start)
    end_line, end_column = document.line_col(edit.end)
    return {
        "applicability": APPLICABILITY,
        "message": diagnostic.suggestion,
        "edits": [{"start": edit.start, "end": edit.end, "line": line, "column": column,
                   "end_line": end_line, "end_column": end_column, "content": edit.replacement}],
    }
