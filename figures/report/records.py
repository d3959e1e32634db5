"""The JSON-contract record of a figure or a diagnostic (its fields, path, line and column), and writing records."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic, Figure


def record(document: Document, item: Figure | Diagnostic) -> dict:
    """``item`` as the contract's dict: ``path`` first, its fields, then 1-based positions."""
    line, column = document.line_col(item.start)
    end_line, end_column = document.line_col(item.end)
    return {
        "path": document.path,
        **item.to_dict(),
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        **_format_positions(document, item),
    }


def _format_positions(document: Document, item: Figure | Diagnostic) -> dict:
    """Positions a file format adds (optional keys): a Word file's ``paragraph`` and ``character``."""
    fields = getattr(document, "position_fields", None)
    return fields(item.start, item.end) if fields else {}


def write_json_array(records: Iterable[dict], out: TextIO) -> None:
    """One JSON array, a record per line, as ``records`` come; closed even when they stop with an
    exception (an interrupted run still leaves valid JSON)."""
    first = True
    try:
        for item in records:
            out.write("[\n" if first else ",\n")
            out.write(json.dumps(item, ensure_ascii=False))
            first = False
    finally:
        out.write("[]\n" if first else "\n]\n")


def write_json_line(item: dict, out: TextIO) -> None:
    """One JSON Lines record."""
    out.write(json.dumps(item, ensure_ascii=False) + "\n")
