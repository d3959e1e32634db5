"""A diagnostic in its context, as a compiler shows it.

The lines of the sentence that holds the diagnostic (and of every figure it
involves), with the flagged words underlined ``^^^`` and each related figure
underlined ``---`` and labelled with its role; then the suggestion, if any::

      |
    3 | Some 45 of the 30 member states voted in favour.
      |      ^^        --
      |                whole
      |
      = suggestion: Check both figures.

A span that crosses a line break is underlined on every line it touches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic

#: Lines without marks are shown only this close to a marked line.
CONTEXT_LINES = 2
ELLIPSIS = "..."  # marks a line shown in part, and elided lines


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    char: str
    label: str = ""


@dataclass(frozen=True)
class _Segment:
    """The shown part of one source line."""

    number: int
    start: int
    end: int
    prefix: str  # "... " when the line goes on before the shown part


def snippet(document: Document, diagnostic: Diagnostic) -> list[str]:
    """The rows (without newlines) that show ``diagnostic`` in ``document``."""
    marks = [
        _Mark(diagnostic.start, max(diagnostic.end, diagnostic.start + 1), "^"),
        *(_Mark(r.start, max(r.end, r.start + 1), "-", r.role) for r in diagnostic.related),
    ]
    sentence_start, sentence_end = document.sentence_at(diagnostic.start)
    start = min(sentence_start, *(mark.start for mark in marks))
    end = max(sentence_end, *(mark.end for mark in marks))
    segments = [_segment(document, number, start, end) for number in _line_numbers(document, start, end)]
    underlines = {segment.number: _underline(segment, marks) for segment in segments}
    marked = [number for number, row in underlines.items() if row.strip()]
    shown = [s for s in segments if min((abs(s.number - m) for m in marked), default=0) <= CONTEXT_LINES]

    width = len(str(shown[-1].number))
    gutter = " " * width
    rows = [f"{gutter} |"]
    labelled: set[_Mark] = set()
    for index, segment in enumerate(shown):
        if index and segment.number != shown[index - 1].number + 1:
            rows.append(ELLIPSIS)
        rows.append(f"{segment.number:>{width}} | {_source(document, segment)}".rstrip())
        if segment.number in marked:
            rows.append(f"{gutter} | {underlines[segment.number]}".rstrip())
            touching = _touching(segment, marks)
            labels = [(column, mark.label) for column, mark in touching
                      if mark.label and mark not in labelled]
            labelled.update(mark for _, mark in touching)
            rows.extend(f"{gutter} | {row}" for row in _label_rows(labels))
    if diagnostic.suggestion:
        rows += [f"{gutter} |", f"{gutter} = suggestion: {diagnostic.suggestion}"]
    return rows


def _line_numbers(document: Document, start: int, end: int) -> range:
    first = document.line_col(start)[0]
    last = document.line_col(max(start, end - 1))[0]
    return range(first, last + 1)


def _segment(document: Document, number: int, start: int, end: int) -> _Segment:
    """Line ``number`` clipped to the text between ``start`` and ``end``."""
    text = document.text
    line_start = document.offset(number, 1)
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end > line_start and text[line_end - 1] == "\r":
        line_end -= 1
    shown_start, shown_end = max(line_start, start), min(line_end, end)
    prefix = ELLIPSIS + " " if text[line_start:shown_start].strip() else ""
    return _Segment(number, shown_start, shown_end, prefix)


def _source(document: Document, segment: _Segment) -> str:
    text = document.text[segment.start:segment.end].replace("\t", " ")
    line_end = document.analysis_text.find("\n", segment.end)
    rest = document.text[segment.end:line_end if line_end >= 0 else None]
    return segment.prefix + text + (" " + ELLIPSIS if rest.strip() else "")


def _column(segment: _Segment, offset: int) -> int:
    """Where ``offset`` is in the shown row (0-based)."""
    return len(segment.prefix) + offset - segment.start


def _underline(segment: _Segment, marks: list[_Mark]) -> str:
    """``^`` under the flagged words, ``-`` under related figures (``^`` wins on overlap)."""
    row = [" "] * (_column(segment, segment.end) + 1)
    for mark in sorted(marks, key=lambda mark: mark.char == "^"):
        low, high = max(mark.start, segment.start), min(mark.end, segment.end)
        for offset in range(low, high):
            row[_column(segment, offset)] = mark.char
    return "".join(row).rstrip()


def _touching(segment: _Segment, marks: list[_Mark]) -> list[tuple[int, _Mark]]:
    """The marks on this line, each with the column where it starts (or enters the line)."""
    return [
        (_column(segment, max(mark.start, segment.start)), mark)
        for mark in marks
        if max(mark.start, segment.start) < min(mark.end, segment.end)
    ]


def _label_rows(labels: list[tuple[int, str]]) -> list[str]:
    """Each label under its mark's first column, packed into as few rows as fit."""
    rows: list[str] = []
    for column, label in sorted(labels):
        for index, row in enumerate(rows):
            if len(row) < column:
                rows[index] = row.ljust(column) + label
                break
        else:
            rows.append(" " * column + label)
    return rows
