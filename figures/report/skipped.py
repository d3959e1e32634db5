"""The rules that cannot run on an input without a dateline, so a report can say they were skipped.

Without the article's date, relative dates ("next week", "yesterday") stay
unresolved and nothing can be after or before the dateline: these check kinds
then find nothing, by design (no false alarms).  A report says so instead of
passing over it in silence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from figures.model import DATE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.rules import Rule

#: Check kinds (``check = ...`` in rules/*.toml) that compare with the dateline or need a relative
#: date resolved from it; tests/test_output_formats.py checks each against its rules' examples.
DATELINE_CHECKS = frozenset({
    "past_after_dateline", "future_before_dateline", "since_after_dateline",
    "duration_vs_dates", "relative_apposition", "relative_vs_absolute",
})


#: The kinds of figure those checks read: without one, nothing was lost by skipping them.
DATED_KINDS = DATE_KINDS | {"duration"}


def skipped_without_dateline(document: Document, rules: Sequence[Rule],
                             kinds: Collection[str]) -> tuple[str, ...]:
    """The codes of ``rules`` that could not check the dates of ``document`` (whose figures are of
    ``kinds``) because it has no dateline; none when it has one or no date to check."""
    if document.dateline is not None or not DATED_KINDS & set(kinds):
        return ()
    return tuple(rule.code for rule in rules if rule.check in DATELINE_CHECKS)
