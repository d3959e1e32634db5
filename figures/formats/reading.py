"""A document read from a file format: the file's text for positions, its reader's view for analysis.

A reader gives one of two views of a file:

* a **view** of the same length as the text, markup blanked and line ends kept
  (Markdown, plain text with front matter), so offsets need no map; or
* **prose** built from the file (the decoded text of an HTML page, the
  paragraphs of a Word file) with an ``OffsetMap`` back to the text.

Either way the engine reads ``analysed()``: one Document with one character per line end and
the file's own date, and the map of its offsets to the text's (``figures.sections``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from figures.document import DateError, Dateline, Document, normalise_line_ends
from figures.sections import OffsetMap, ToOriginal, crlf_map, same_offsets, span_to_original


@dataclass(frozen=True)
class Prose:
    """Text built from a file, and where each of its offsets comes from in the file's text."""

    text: str
    to_original: OffsetMap


@dataclass
class ReadDocument(Document):
    """A Document of a file read by a format reader; ``text`` is the file's text, to which every
    offset refers.

    ``view``: the text with what a reader does not read blanked (same length, same line ends);
    ``breaks``: offsets of the view that the analysis reads as line ends (between table cells);
    ``prose``: for a file whose text is markup (HTML), the text to analyse instead, with its map;
    ``own_date``/``date_problem``: the date the file gives itself (front matter, the page's
    metadata), in the offsets of the view or the prose, or why it is no date;
    ``body``: where the article starts (after front matter).
    """

    view: str | None = None
    breaks: tuple[int, ...] = ()
    prose: Prose | None = None
    own_date: Dateline | None = None
    date_problem: str | None = None
    body: int = 0
    positions: str = "line"  # how positions are named: "line" or, for a Word file, "paragraph"

    @cached_property
    def analysis_text(self) -> str:
        """The view, every line end a "\n" (the text itself when the prose is read instead)."""
        return super().analysis_text if self.view is None else normalise_line_ends(self.view)

    @cached_property
    def body_start(self) -> int:
        return self.body

    def _front_matter_date(self) -> Dateline | None:
        if self.date_problem:
            raise DateError(self.date_problem)
        return self.own_date

    # -- what the engine reads ---------------------------------------------

    def analysed(self) -> tuple[Document, ToOriginal]:
        """The Document the engine reads (one character per line end, the file's date) and the map
        of its offsets to the text's."""
        return self._analysed

    @cached_property
    def _analysed(self) -> tuple[Document, ToOriginal]:
        if self.prose is not None:
            text, to_original = self.prose.text, self.prose.to_original
        else:
            text = self.text if self.view is None else _with_breaks(self.view, self.breaks)
            to_original = crlf_map(self.text) if "\r\n" in self.text else _identity
            text = text.replace("\r\n", "\n")
        if text == self.text and self.own_date is None and not self.date_problem and not self.body:
            return Document(text, date=self.date, path=self.path), same_offsets
        back = _from_original(self.text) if self.prose is None and "\r\n" in self.text else (lambda p: p)
        own = self.own_date
        if own is not None and own.start is not None:
            own = dataclasses.replace(own, start=back(own.start), end=back(own.end))
        part = ReadDocument(text, date=self.date, path=self.path, own_date=own, date_problem=self.date_problem,
                            body=back(self.body))
        return part, to_original

    # -- the dateline of a file whose prose is read ------------------------

    @cached_property
    def dateline(self) -> Dateline | None:
        if self.prose is None:
            return super().dateline
        return _mapped_dateline(self.analysed())

    @cached_property
    def dateline_span(self) -> tuple[int, int] | None:
        if self.prose is None:
            return super().dateline_span
        part, to_original = self.analysed()
        span = part.dateline_span
        return span and span_to_original(to_original, *span)

    @cached_property
    def dateline_problem(self) -> str | None:
        if self.prose is None:
            return super().dateline_problem
        return self.analysed()[0].dateline_problem

    # -- positions ---------------------------------------------------------

    def position_fields(self, start: int, end: int) -> dict[str, int]:
        """Positions a report adds to line and column: for a Word file, the paragraph and the
        character in it (0-based) of ``start`` and ``end``; none for other files."""
        if self.positions != "paragraph":
            return {}
        (line, column), (end_line, end_column) = self.line_col(start), self.line_col(end)
        return {"paragraph": line, "character": column - 1, "end_paragraph": end_line, "end_character": end_column - 1}


def _with_breaks(view: str, breaks: tuple[int, ...]) -> str:
    if not breaks:
        return view
    chars = list(view)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)


def _identity(position: int) -> int:
    """The map of a view read as it is (not ``same_offsets``: figure texts are taken from the file)."""
    return position


def _from_original(text: str):
    """Offsets of ``text`` -> offsets once its CRLFs are LFs."""
    crs = [match.start() for match in re.finditer("\r\n", text)]
    return lambda position: position - bisect.bisect_left(crs, position)


def _mapped_dateline(analysed: tuple[Document, ToOriginal]) -> Dateline | None:
    part, to_original = analysed
    dateline = part.dateline
    if dateline is None or dateline.start is None:
        return dateline
    start, end = span_to_original(to_original, dateline.start, dateline.end)
    return dataclasses.replace(dateline, start=start, end=end)
