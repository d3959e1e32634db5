"""Document -> diagnostics: extract the figures, relate them, run the selected rules."""

from __future__ import annotations

from collections.abc import Sequence

from figures.checks import CHECKS
from figures.document import Document
from figures.extraction import extract_figures
from figures.model import Diagnostic
from figures.relations import Relations
from figures.rules import Rule
from figures.suppressions import find_suppressions, is_suppressed


def check_document(document: Document, rules: Sequence[Rule]) -> list[Diagnostic]:
    """Diagnostics of ``document`` under ``rules``, in text order, less those its suppression
    comments name."""
    relations = Relations(document, extract_figures(document))
    diagnostics = []
    for rule in rules:
        for finding in CHECKS[rule.check](relations, rule.options):
            level = rule.level if finding.certain else "warning"
            diagnostics.append(Diagnostic(
                code=rule.code, name=rule.name, category=rule.category, level=level,
                message=finding.message, start=finding.start, end=finding.end,
                related=finding.related, suggestion=finding.suggestion,
            ))
    suppressions = find_suppressions(document.text) if "figures:" in document.text else []
    diagnostics = [d for d in diagnostics if not is_suppressed(d, suppressions)]
    diagnostics.sort(key=lambda d: (d.start, d.code))
    return diagnostics
