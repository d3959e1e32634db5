"""Diagnostics as a compiler-style report, one line each, JSON, GitHub annotations, or counts per code.

Every renderer takes ``(document, diagnostics)`` pairs, one per checked input,
writes to a text stream as it goes, and returns the Tally of what it wrote
(the summary line and the exit code are read from it).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from figures.model import LEVELS
from figures.report.records import record
from figures.report.snippet import snippet

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic

    Results = Iterable[tuple[Document, list[Diagnostic]]]


@dataclass
class Tally:
    """How many inputs were checked and what was found in them."""

    files: int = 0
    files_with_problems: int = 0
    levels: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)  # (code, name) -> count

    def count(self, results: Results) -> Iterator[tuple[Document, list[Diagnostic]]]:
        """Pass ``results`` through, counting them."""
        for document, diagnostics in results:
            self.files += 1
            self.files_with_problems += bool(diagnostics)
            self.levels.update(d.level for d in diagnostics)
            self.codes.update((d.code, d.name) for d in diagnostics)
            yield document, diagnostics

    def at_or_above(self, level: str) -> int:
        """The number of diagnostics at ``level`` or more severe."""
        return sum(self.levels[name] for name in LEVELS[LEVELS.index(level):])

    def summary(self) -> str:
        """``Found 2 problems (1 error, 1 warning) in 1 of 3 files.`` or ``No problems found ...``."""
        if not self.files:
            return "No files checked."
        files = _plural(self.files, "file")
        total = sum(self.levels.values())
        if not total:
            return f"No problems found in {files}."
        levels = ", ".join(_plural(self.levels[level], level) for level in reversed(LEVELS)
                           if self.levels[level])
        where = files if self.files_with_problems == self.files else (
            f"{self.files_with_problems} of {files}")
        return f"Found {_plural(total, 'problem')} ({levels}) in {where}."


def heading(document: Document, diagnostic: Diagnostic) -> str:
    """``path:line:col: CODE [level] message``."""
    line, column = document.line_col(diagnostic.start)
    return f"{document.path}:{line}:{column}: {diagnostic.code} [{diagnostic.level}] {diagnostic.message}"


def render_full(results: Results, out: TextIO) -> Tally:
    """Each diagnostic with its sentence, the figures underlined; then the summary."""
    tally = Tally()
    for document, diagnostics in tally.count(results):
        for diagnostic in diagnostics:
            out.write(heading(document, diagnostic) + "\n")
            out.writelines(row + "\n" for row in snippet(document, diagnostic))
            out.write("\n")
    out.write(tally.summary() + "\n")
    return tally


def render_concise(results: Results, out: TextIO) -> Tally:
    """One line per diagnostic, then the summary."""
    tally = Tally()
    for document, diagnostics in tally.count(results):
        out.writelines(heading(document, diagnostic) + "\n" for diagnostic in diagnostics)
    out.write(tally.summary() + "\n")
    return tally


def render_json(results: Results, out: TextIO) -> Tally:
    """One JSON array over all inputs, one diagnostic per line."""
    tally = Tally()
    first = True
    for document, diagnostics in tally.count(results):
        for diagnostic in diagnostics:
            out.write("[\n" if first else ",\n")
            out.write(json.dumps(record(document, diagnostic), ensure_ascii=False))
            first = False
    out.write("[]\n" if first else "\n]\n")
    return tally


def render_statistics(results: Results, out: TextIO) -> Tally:
    """Counts per code, most frequent first (like ``ruff --statistics``); then the summary."""
    tally = Tally()
    rows = _statistics(tally, results)
    width = len(str(rows[0][2])) if rows else 0
    out.writelines(f"{count:>{width}}  {code}  {name}\n" for code, name, count in rows)
    out.write(tally.summary() + "\n")
    return tally


def render_statistics_json(results: Results, out: TextIO) -> Tally:
    """Counts per code as a JSON array of ``{"code", "name", "count"}``."""
    tally = Tally()
    rows = [{"code": code, "name": name, "count": count}
            for code, name, count in _statistics(tally, results)]
    out.write(json.dumps(rows, indent=2) + "\n")
    return tally


def _statistics(tally: Tally, results: Results) -> list[tuple[str, str, int]]:
    for _ in tally.count(results):
        pass
    counts = sorted(tally.codes.items(), key=lambda item: (-item[1], item[0]))
    return [(code, name, count) for (code, name), count in counts]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


#: Output format name -> renderer, and the renderers of ``--statistics``.
def render_github(results: Results, out: TextIO) -> Tally:
    """GitHub Actions workflow commands: each problem becomes an annotation on its line."""
    tally = Tally()
    for document, diagnostics in tally.count(results):
        for diagnostic in diagnostics:
            where = record(document, diagnostic)
            out.write(f"::{diagnostic.level} file={where['path']},line={where['line']},col={where['column']},"
                      f"endLine={where['end_line']},endColumn={where['end_column']},"
                      f"title={diagnostic.code} {diagnostic.name}::{_escaped(diagnostic.message)}\n")
    out.write(tally.summary() + "\n")
    return tally


def _escaped(message: str) -> str:
    """Workflow-command data: %, CR and LF are escaped."""
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


RENDERERS = {"full": render_full, "concise": render_concise, "json": render_json, "github": render_github}
STATISTICS_RENDERERS = {"full": render_statistics, "concise": render_statistics,
                        "json": render_statistics_json, "github": render_statistics}
