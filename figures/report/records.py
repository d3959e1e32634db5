"""The JSON-contract record of a figure or a diagnostic: its fields, path, line and column."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    }
