"""Extracted figures as a table for people, or JSON / CSV for tools.

Every renderer takes Outcomes, one per input, and writes to a text stream as it
goes, so output starts before the last input is read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from figures.model import FIELDS
from figures.report.records import record, write_json_array, write_json_line

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Dateline, Document
    from figures.model import Figure
    from figures.report.outcome import Outcome

    Results = Iterable[Outcome]

#: Figure fields added to the contract after the positions: appended, so that a CSV reader that
#: takes its columns by position keeps reading the ones it knew.
_APPENDED = ("noun",)
#: The columns of JSON objects and CSV rows: path, the Figure fields, positions, later fields.
COLUMNS = ("path", *(name for name in FIELDS if name not in _APPENDED), "line", "column", "end_line", "end_column",
           *_APPENDED)

_DATELINE_SOURCES = {
    "option": "--date",
    "front-matter": "the front matter",
    "page": "the page's metadata",
    "header": "the header line",
    "wire": "the wire dateline",
}


def render_json(results: Results, out: TextIO) -> None:
    """One JSON array over all inputs, one figure per line; closed even if the run stops."""
    write_json_array((record(outcome.document, figure) for outcome in results for figure in outcome.items), out)


def render_jsonl(results: Results, out: TextIO) -> None:
    """JSON Lines for archives: each figure, then a status record for its input."""
    for outcome in results:
        for figure in outcome.items:
            write_json_line({"type": "figure", **record(outcome.document, figure)}, out)
        write_json_line(outcome.file_record("figures"), out)


def render_csv(results: Results, out: TextIO) -> None:
    """A header row, then one row per figure (empty cells for null)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for outcome in results:
        writer.writerows(record(outcome.document, figure) for figure in outcome.items)


def render_table(results: Results, out: TextIO) -> None:
    """Per input a header line (figure count, dateline), then aligned rows."""
    shown = 0
    for outcome in results:
        document, figures = outcome.document, outcome.items
        if document is None or (outcome.errors and not figures):
            continue
        if shown:
            out.write("\n")
        shown += 1
        count = f"{len(figures)} figure{'' if len(figures) == 1 else 's'}"
        out.write(f"{document.path}: {count}; {_describe_dateline(document.dateline)}\n")
        rows = [_table_row(document, figure) for figure in figures]
        widths = [max(map(len, cells)) for cells in zip(*rows)]
        for cells in rows:
            line = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))
            out.write(line.rstrip() + "\n")


def _describe_dateline(dateline: Dateline | None) -> str:
    if dateline is None:
        return "no dateline (relative dates stay unresolved)"
    source = _DATELINE_SOURCES.get(dateline.source, dateline.source)
    return f"dateline {dateline.date.isoformat()} from {source}"


def _table_row(document: Document, figure: Figure) -> tuple[str, ...]:
    line, column = document.line_col(figure.start)
    amount = " ".join(part for part in (_amount(figure), figure.unit, figure.noun and f"({figure.noun})") if part)
    return (
        f"{document.path}:{line}:{column}",
        figure.kind,
        re.sub(r"\s+", " ", figure.text),
        amount,
        _dates(figure),
    )


def _amount(figure: Figure) -> str:
    """The value when exact, else the interval: ``3,500,000 .. 4,000,000``, ``>= 10``, ``<= 5``."""
    low, high = figure.low, figure.high
    if low == high:  # exact, or no bounds at all
        return _number(figure.value if figure.value is not None else low)
    if high is None:
        return f">= {_number(low)}"
    if low is None:
        return f"<= {_number(high)}"
    return f"{_number(low)} .. {_number(high)}"


def _dates(figure: Figure) -> str:
    start, end = figure.date_start, figure.date_end
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start} .. {end}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{round(value, 6):,}"


#: Output format name -> renderer.
RENDERERS = {"table": render_table, "json": render_json, "jsonl": render_jsonl, "csv": render_csv}
