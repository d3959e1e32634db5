"""Assertions for test suites of systems that write numbers: is this text consistent?

    from figures.testing import assert_consistent, assert_flags

    assert_consistent(report_text, date="2022-03-29")
    assert_flags(broken_text, "part-whole")

Inside a hypothesis test both note the figures they extracted
(``hypothesis.note``), so a failing example explains itself.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

__all__ = ["assert_consistent", "assert_flags"]


_LEVELS = {"error": ("error",), "warning": ("error", "warning")}


def assert_consistent(text: str, *, date: dt.date | str | None = None,
                      select: str | Iterable[str] | None = None, ignore: str | Iterable[str] | None = None,
                      fail_level: str = "error") -> None:
    """Raise AssertionError, with the full report as its message, if figures finds a problem of
    ``fail_level`` or above in ``text`` ("error", as ``figures check`` fails; "warning" to fail on
    warnings too), under the rules ``select`` names and ``ignore`` does not (codes, prefixes, names
    or categories; a string or several)."""
    if fail_level not in _LEVELS:
        raise ValueError(f"fail_level must be one of {', '.join(_LEVELS)}, not {fail_level!r}")
    document, diagnostics = _check(text, date, select, ignore)
    if any(d.level in _LEVELS[fail_level] for d in diagnostics):
        raise AssertionError(_report(document, diagnostics))


def assert_flags(text: str, category_or_code: str, *, date: dt.date | str | None = None) -> list:
    """Raise AssertionError unless figures reports a problem of this category, code, code
    prefix or rule name in ``text``; return the matching diagnostics.  A selector that names
    no rule raises ValueError."""
    from figures.rules import builtin_rules, matches, select

    wanted = category_or_code
    select(builtin_rules(), wanted)
    document, diagnostics = _check(text, date, None, None)
    matching = [d for d in diagnostics if matches(d, wanted)]
    if not matching:
        found = _report(document, diagnostics) if diagnostics else "figures found no problem."
        raise AssertionError(f"expected a {wanted!r} problem in the text; {found}")
    return matching


def _check(text: str, date, select, ignore):
    from figures.document import Document
    from figures.engine import check_document
    from figures.rules import builtin_rules
    from figures.rules import select as select_rules

    rules = select_rules(builtin_rules(), select, ignore)
    document = Document(text, date=date, path="<text>")
    _note_figures(document)
    return document, check_document(document, rules)


def _report(document, diagnostics) -> str:
    from figures.report.diagnostic_formats import render_full
    from figures.report.outcome import Outcome

    out = io.StringIO()
    render_full([Outcome(document.path, document, diagnostics)], out)
    return out.getvalue()


def _note_figures(document) -> None:
    """hypothesis.note the figures, when called inside a hypothesis test (only then are they read)."""
    try:
        from hypothesis import currently_in_test_context, note
    except ImportError:
        return
    if not currently_in_test_context():
        return
    from figures.engine import document_figures

    figures = document_figures(document)
    dateline = document.dateline.date if document.dateline else None
    note(f"figures read (dateline {dateline}):")
    for figure in figures:
        dates = f" {figure.date_start}..{figure.date_end}" if figure.date_start else ""
        note(f"  {figure.kind:<10} {figure.text!r} [{figure.low}, {figure.high}] {figure.unit or ''}{dates}")
