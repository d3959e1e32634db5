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
Columns are counted in display cells, as a terminal draws them: a CJK
character or an emoji takes two, a combining accent or a joiner none, so the
carets stay under their words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from figures.report.colour import PLAIN, Palette

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


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """The cells a terminal gives ``char``: 2 for wide and full-width characters (CJK, most
    emoji), 0 for combining marks, joiners and variation selectors, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The cells ``text`` takes on a terminal (see ``char_width``)."""
    return sum(char_width(char) for char in text)


def snippet(document: Document, diagnostic: Diagnostic, palette: Palette = PLAIN) -> list[str]:
    """The rows (without newlines) that show ``diagnostic`` in ``document``; with a colour
    ``palette``, the marks and the gutter are coloured (the rows are then wider than they look)."""
    marks = [
        _Mark(diagnostic.start, max(diagnostic.end, diagnostic.start + 1), "^"),
        *(_Mark(r.start, max(r.end, r.start + 1), "-", r.role) for r in diagnostic.related),
    ]
    sentence_start, sentence_end = document.sentence_at(diagnostic.start)
    start = min(sentence_start, *(mark.start for mark in marks))
    end = max(sentence_end, *(mark.end for mark in marks))
    segments = [_segment(document, number, start, end) for number in _line_numbers(document, start, end)]
    text = document.text
    underlines = {segment.number: _underline(text, segment, marks) for segment in segments}
    marked = [number for number, row in underlines.items() if row.strip()]
    shown = [s for s in segments if min((abs(s.number - m) for m in marked), default=0) <= CONTEXT_LINES]

    width = len(str(shown[-1].number))
    bar = palette("gutter", "|")
    gutter = " " * width
    rows = [f"{gutter} {bar}"]
    labelled: set[_Mark] = set()
    for index, segment in enumerate(shown):
        if index and segment.number != shown[index - 1].number + 1:
            rows.append(ELLIPSIS)
        number = palette("gutter", f"{segment.number:>{width}} |")
        rows.append(f"{number} {_source(document, segment)}".rstrip())
        if segment.number in marked:
            rows.append(f"{gutter} {bar} {_coloured(underlines[segment.number], diagnostic.level, palette)}")
            touching = _touching(text, segment, marks)
            labels = [(column, mark.label) for column, mark in touching
                      if mark.label and mark not in labelled]
            labelled.update(mark for _, mark in touching)
            rows.extend(f"{gutter} {bar} {palette('related', row)}" for row in _label_rows(labels))
    if diagnostic.suggestion:
        rows += [f"{gutter} {bar}", f"{gutter} {palette('gutter', '=')} suggestion: {diagnostic.suggestion}"]
    return rows


def _coloured(underline: str, level: str, palette: Palette) -> str:
    """``^`` runs in the level's colour, ``-`` runs in the related colour."""
    if not palette.on:
        return underline
    runs, start = [], 0
    for index in range(1, len(underline) + 1):
        if index == len(underline) or underline[index] != underline[start]:
            run = underline[start:index]
            style = level if run[0] == "^" else "related" if run[0] == "-" else None
            runs.append(palette(style, run) if style else run)
            start = index
    return "".join(runs)


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


def _column(text: str, segment: _Segment, offset: int) -> int:
    """Where ``offset`` is drawn in the shown row: its display cell, 0-based."""
    return len(segment.prefix) + display_width(text[segment.start:offset])


def _underline(text: str, segment: _Segment, marks: list[_Mark]) -> str:
    """``^`` under the flagged words, ``-`` under related figures (``^`` wins on overlap); a wide
    character gets a mark in both its cells."""
    row = [" "] * (_column(text, segment, segment.end) + 1)
    for mark in sorted(marks, key=lambda mark: mark.char == "^"):
        low, high = max(mark.start, segment.start), min(mark.end, segment.end)
        column = _column(text, segment, low)
        for offset in range(low, high):
            cells = char_width(text[offset])
            row[column:column + cells] = mark.char * cells
            column += cells
    return "".join(row).rstrip()


def _touching(text: str, segment: _Segment, marks: list[_Mark]) -> list[tuple[int, _Mark]]:
    """The marks on this line, each with the column where it starts (or enters the line)."""
    return [
        (_column(text, segment, max(mark.start, segment.start)), mark)
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
