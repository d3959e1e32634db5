"""Document -> diagnostics: extract the figures, relate them, run the selected rules.

Failures are isolated (sqlfluff's way): an exception in one rule costs that
rule on that document, never the other rules or the other documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from figures.checks import CHECKS
from figures.document import Document
from figures.errors import InternalError, guarded
from figures.extraction import extract_figures
from figures.model import Diagnostic
from figures.relations import Relations
from figures.rules import Rule
from figures.suppressions import find_suppressions, is_suppressed


@dataclass(frozen=True)
class Checked:
    """The diagnostics of one document, and the rules that failed on it."""

    diagnostics: list[Diagnostic]
    failures: list[InternalError]


def run_checks(document: Document, rules: Sequence[Rule]) -> Checked:
    """Diagnostics of ``document`` under ``rules``, in text order, less those its suppression
    comments name; a rule that raises is a failure of that rule only.  Raises InternalError when
    the figures themselves cannot be read (then no rule can run)."""
    relations = Relations(document, guarded("extraction", extract_figures, document))
    diagnostics, failures = [], []
    for rule in rules:
        try:
            findings = list(CHECKS[rule.check](relations, rule.options))
        except Exception as error:
            failures.append(InternalError(f"rule {rule.code}", error))
            continue
        diagnostics.extend(_diagnostic(rule, finding) for finding in findings)
    suppressions = guarded("suppressions", find_suppressions, document.text) if "figures:" in document.text else []
    diagnostics = [d for d in diagnostics if not is_suppressed(d, suppressions)]
    diagnostics.sort(key=lambda d: (d.start, d.code))
    return Checked(diagnostics, failures)


def check_document(document: Document, rules: Sequence[Rule]) -> list[Diagnostic]:
    """The diagnostics of ``document`` under ``rules``; raises the first rule failure as an
    InternalError that carries the other rules' diagnostics."""
    checked = run_checks(document, rules)
    if checked.failures:
        failure = checked.failures[0]
        raise InternalError(failure.stage, failure.error, checked.diagnostics) from failure.error
    return checked.diagnostics


def _diagnostic(rule: Rule, finding) -> Diagnostic:
    level = rule.level if finding.certain else "warning"
    return Diagnostic(
        code=rule.code, name=rule.name, category=rule.category, level=level,
        message=finding.message, start=finding.start, end=finding.end,
        related=finding.related, suggestion=finding.suggestion,
    )
