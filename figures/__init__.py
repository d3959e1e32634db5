"""figures: a checker for the numbers in prose.

Public API (imports nothing heavy until called)::

    figures.extract(text, *, date=None, nouns=False)  -> list[Figure]
    figures.check(text, *, date=None, select=None, ignore=None) -> list[Diagnostic]
    figures.to_frame(figures)                         -> pandas.DataFrame

``extract`` and ``check`` raise ``figures.InternalError`` (with the ``stage``
that failed) when figures itself fails on a text; ``check`` still runs the
other rules, and the error carries their ``diagnostics``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from figures.errors import InternalError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from figures.model import Diagnostic, Figure

__all__ = ["InternalError", "check", "extract", "to_frame"]
__version__ = "0.1.0"


def extract(text: str, *, date: dt.date | str | None = None, nouns: bool = False) -> list[Figure]:
    """Every figure in ``text``, in order of position.

    ``date`` is the article's date (a ``datetime.date`` or ISO string); it
    overrides a dateline found in the text and anchors relative dates.
    ``nouns`` also reads, from the parse (slower), the noun each count counts
    (``Figure.noun``: "30 countries" -> "country").
    """
    from figures.document import Document
    from figures.engine import document_figures

    return document_figures(Document(text, date=date), nouns=nouns)


def check(text: str, *, date: dt.date | str | None = None, select: str | Iterable[str] | None = None,
          ignore: str | Iterable[str] | None = None) -> list[Diagnostic]:
    """The diagnostics of ``text`` under the built-in rules that ``select`` names (all if None)
    and ``ignore`` does not: each a code, code prefix, name or category, or a list of them."""
    from figures.document import Document
    from figures.engine import check_document
    from figures.rules import builtin_rules
    from figures.rules import select as select_rules

    rules = select_rules(builtin_rules(), select, ignore)
    return check_document(Document(text, date=date), rules)


def to_frame(figures: Iterable[Figure]) -> pandas.DataFrame:
    """A pandas view of figures: one row each, the JSON contract's columns (needs the ``tables`` extra)."""
    from figures.extras import require
    from figures.model import FIELDS

    pandas = require("pandas", "tables", "figures.to_frame")

    return pandas.DataFrame([f.to_dict() for f in figures], columns=list(FIELDS))
