"""Diagnostics as a compiler-style report, one line each, JSON, JSON Lines, GitHub annotations, or counts per code.

Every renderer takes Outcomes, one per input, writes to a text stream as it
goes, and returns the Tally of what it wrote (the summary line and the exit
code are read from it).  A JSON array is closed even when the run is
interrupted.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from figures.model import LEVELS
from figures.report.records import record, write_json_array, write_json_line
from figures.report.snippet import snippet

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic
    from figures.report.outcome import Outcome

    Results = Iterable[Outcome]


@dataclass
class Tally:
    """How many inputs were checked and what was found in them."""

    files: int = 0
    files_with_problems: int = 0
    failed: int = 0  # inputs that could not be read or checked
    levels: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)  # (code, name) -> count

    def count(self, results: Results) -> Iterator[Outcome]:
        """Pass ``results`` through, counting them."""
        for outcome in results:
            diagnostics = outcome.items
            self.failed += bool(outcome.errors)
            if outcome.document is not None:
                self.files += 1
                self.files_with_problems += bool(diagnostics)
            self.levels.update(d.level for d in diagnostics)
            self.codes.update((d.code, d.name) for d in diagnostics)
            yield outcome

    def at_or_above(self, level: str) -> int:
        """The number of diagnostics at ``level`` or more severe."""
        return sum(self.levels[name] for name in LEVELS[LEVELS.index(level):])

    def summary(self) -> str:
        """``Found 2 problems (1 error, 1 warning) in 1 of 3 files.`` or ``No problems found ...``,
        and how many inputs could not be read or checked."""
        failed = f" {_plural(self.failed, 'input')} could not be read or checked." if self.failed else ""
        if not self.files:
            return "No files checked." + failed
        files = _plural(self.files, "file")
        total = sum(self.levels.values())
        if not total:
            return f"No problems found in {files}." + failed
        levels = ", ".join(_plural(self.levels[level], level) for level in reversed(LEVELS)
                           if self.levels[level])
        where = files if self.files_with_problems == self.files else (
            f"{self.files_with_problems} of {files}")
        return f"Found {_plural(total, 'problem')} ({levels}) in {where}." + failed


def heading(document: Document, diagnostic: Diagnostic) -> str:
    """``path:line:col: CODE [level] message``."""
    line, column = document.line_col(diagnostic.start)
    return f"{document.path}:{line}:{column}: {diagnostic.code} [{diagnostic.level}] {diagnostic.message}"


def render_full(results: Results, out: TextIO) -> Tally:
    """Each diagnostic with its sentence, the figures underlined; then the summary."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            out.write(heading(outcome.document, diagnostic) + "\n")
            out.writelines(row + "\n" for row in snippet(outcome.document, diagnostic))
            out.write("\n")
    out.write(tally.summary() + "\n")
    return tally


def render_concise(results: Results, out: TextIO) -> Tally:
    """One line per diagnostic, then the summary."""
    tally = Tally()
    for outcome in tally.count(results):
        out.writelines(heading(outcome.document, diagnostic) + "\n" for diagnostic in outcome.items)
    out.write(tally.summary() + "\n")
    return tally


def render_json(results: Results, out: TextIO) -> Tally:
    """One JSON array over all inputs, one diagnostic per line; closed even if the run stops."""
    tally = Tally()
    items = (record(outcome.document, diagnostic) for outcome in tally.count(results)
             for diagnostic in outcome.items)
    write_json_array(items, out)
    return tally


def render_jsonl(results: Results, out: TextIO) -> Tally:
    """JSON Lines for archives: each diagnostic, then a status record for its input."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            write_json_line({"type": "diagnostic", **record(outcome.document, diagnostic)}, out)
        write_json_line(outcome.file_record("problems"), out)
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


def render_github(results: Results, out: TextIO) -> Tally:
    """GitHub Actions workflow commands: each problem becomes an annotation on its line."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            where = record(outcome.document, diagnostic)
            out.write(f"::{diagnostic.level} file={where['path']},line={where['line']},col={where['column']},"
                      f"endLine={where['end_line']},endColumn={where['end_column']},"
                      f"title={diagnostic.code} {diagnostic.name}::{_escaped(diagnostic.message)}\n")
    out.write(tally.summary() + "\n")
    return tally


def _escaped(message: str) -> str:
    """Workflow-command data: %, CR and LF are escaped."""
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


#: Output format name -> renderer, and the renderers of ``--statistics``.
RENDERERS = {"full": render_full, "concise": render_concise, "json": render_json, "jsonl": render_jsonl,
             "github": render_github}
STATISTICS_RENDERERS = {"full": render_statistics, "concise": render_statistics,
                        "json": render_statistics_json, "jsonl": render_statistics_json,
                        "github": render_statistics}
