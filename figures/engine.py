"""Document -> diagnostics: extract the figures, relate them, run the selected rules.

Failures are isolated (sqlfluff's way): an exception in one rule costs that
rule on that document, never the other rules or the other documents.  A long
text is read section by section (``figures.sections``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from figures.checks import CHECKS
from figures.document import Document
from figures.errors import InternalError, guarded
from figures.extraction import extract_figures
from figures.model import Diagnostic, Figure
from figures.relations import Relations
from figures.relations.counting import with_nouns
from figures.rules import Rule
from figures.sections import ToOriginal, same_offsets, sections, span_to_original
from figures.suppressions import find_suppressions, is_suppressed


@dataclass(frozen=True)
class Checked:
    """The diagnostics of one document, and the rules that failed on it."""

    diagnostics: list[Diagnostic]
    failures: list[InternalError]
    kinds: dict[str, int] = dataclasses.field(default_factory=dict)  # figures read, by kind (for reports)
    relations: int = 0  # how many links between them the rules asked for and found
    found: tuple[Figure, ...] = ()  # the figures themselves, in text order (the HTML report marks them)

    @property
    def figures(self) -> int:
        """How many figures were read."""
        return sum(self.kinds.values())


def document_figures(document: Document, *, nouns: bool = False) -> list[Figure]:
    """Every figure of ``document``, in text order, section by section; raises InternalError.
    With ``nouns``, each count carries the noun it counts, read from the parse (``Figure.noun``)."""
    found = []
    for to_original, part in sections(document):
        figures = guarded("extraction", extract_figures, part)
        if nouns:
            figures = guarded("nouns", with_nouns, part, figures)
        found.extend(_mapped(figure, to_original, document.text) for figure in figures)
    return found


def run_checks(document: Document, rules: Sequence[Rule]) -> Checked:
    """Diagnostics of ``document`` under ``rules``, in text order, less those its suppression
    comments name; a rule that raises is a failure of that rule only.  Raises InternalError when
    the figures themselves cannot be read (then no rule can run)."""
    diagnostics, failures = [], {}
    kinds: Counter = Counter()
    found: list[Figure] = []
    links = 0
    for to_original, part in sections(document):
        relations = Relations(part, guarded("extraction", extract_figures, part))
        kinds.update(figure.kind for figure in relations.figures)
        found.extend(_mapped(figure, to_original, document.text) for figure in relations.figures)
        for rule in rules:
            if rule.code in failures:
                continue
            try:
                findings = list(CHECKS[rule.check](relations, rule.options))
            except Exception as error:
                failures[rule.code] = InternalError(f"rule {rule.code}", error)
                continue
            diagnostics.extend(_mapped(_diagnostic(rule, finding), to_original, document.text)
                               for finding in findings)
        links += _links_found(relations)
    # the comments a reader sees: analysis_text is the file's view (none in a Markdown code block)
    suppressions = (guarded("suppressions", find_suppressions, document.analysis_text)
                    if "figures:" in document.text else [])
    diagnostics = [d for d in diagnostics if not is_suppressed(d, suppressions)]
    diagnostics.sort(key=lambda d: (d.start, d.code))
    return Checked(diagnostics, list(failures.values()), dict(kinds), links, tuple(found))


#: The attributes of Relations that are not links between figures.
_NOT_LINKS = frozenset({"figures", "events"})


def _links_found(relations: Relations) -> int:
    """How many links the rules' queries made (each kind is computed on first use, as a list)."""
    return sum(len(value) for name, value in vars(relations).items()
               if isinstance(value, list) and name not in _NOT_LINKS)


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


def _mapped(item, to_original: ToOriginal, text: str):
    """A figure or diagnostic of a section, with offsets (and figure texts) of the original text."""
    if to_original is same_offsets:
        return item
    start, end = span_to_original(to_original, item.start, item.end)
    if isinstance(item, Diagnostic):
        related = tuple(dataclasses.replace(r, start=a, end=b, text=text[a:b]) for r in item.related
                        for a, b in [span_to_original(to_original, r.start, r.end)])
        return dataclasses.replace(item, start=start, end=end, related=related)
    return item.replace(start=start, end=end, text=text[start:end])
