"""One editor buffer checked as ``figures check`` checks a file: the rules' diagnostics, the problems
of the input itself (a header date that is no date, a malformed suppression comment), and the
failures of figures (for the server's log).  No LSP types here: ``figures.lsp`` converts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from figures import formats
from figures.document import Document
from figures.engine import run_checks
from figures.errors import InternalError, guarded
from figures.inputs import InputError
from figures.model import Diagnostic
from figures.report.edits import Edit, edit_of
from figures.rules import Rule
from figures.suppressions import suppression_problems


@dataclass(frozen=True)
class Problem:
    """A problem of the input, not of its figures: ``text[start:end]`` is where it is."""

    start: int
    end: int
    message: str


@dataclass(frozen=True)
class Linted:
    """What checking ``text`` found."""

    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def edits(self) -> list[tuple[Diagnostic, Edit]]:
        """Each diagnostic whose suggestion is one replacement, with that edit."""
        found = ((diagnostic, edit_of(diagnostic, self.text)) for diagnostic in self.diagnostics)
        return [(diagnostic, edit) for diagnostic, edit in found if edit is not None]


def lint(text: str, name: str, *, kind: str | None = None, date: dt.date | int | None,
         rules: Sequence[Rule], known: Sequence[Rule]) -> Linted:
    """Check ``text``, the buffer of the file ``name``, read as ``kind`` (a ``figures.formats``
    format; default: by the name's suffix), with ``rules``; a suppression comment may name any of
    the ``known`` rules."""
    if not text.strip():
        return Linted(text)
    try:
        document = guarded("reading", _document, text, name, kind, date, expected=(InputError,))
        problems = guarded("suppressions", _suppression_problems, text, known)
        checked = run_checks(document, rules)
    except InputError as problem:
        return Linted(text, problems=[Problem(0, _line_end(text, 0), problem.problem)])
    except InternalError as failure:
        return Linted(text, failures=[f"{name}: {failure}"])
    return Linted(text, checked.diagnostics, problems, [f"{name}: {failure}" for failure in checked.failures])


def _document(text: str, name: str, kind: str | None, date: dt.date | int | None) -> Document:
    """The Document of a buffer, as ``figures.inputs.open_document`` makes one of a file."""
    document = formats.read_text(text, path=name, date=date, kind=kind)
    if document.dateline_problem:
        raise InputError(name, document.dateline_problem)
    return document


def _suppression_problems(text: str, known: Sequence[Rule]) -> list[Problem]:
    """The malformed suppression comments of ``text``, and those that name no known rule."""
    if "<!--" not in text:
        return []
    return [Problem(at, _comment_end(text, at), message) for at, message in suppression_problems(text, known)]


def _line_end(text: str, at: int) -> int:
    ends = [end for end in (text.find("\n", at), text.find("\r", at)) if end >= 0]
    return min(ends, default=len(text))


def _comment_end(text: str, at: int) -> int:
    close = text.find("-->", at)
    return len(text) if close < 0 else close + 3
