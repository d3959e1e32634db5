"""Diagnostics as a compiler-style report, one line each, JSON, JSON Lines, GitHub annotations, or counts per code.

Every renderer takes Outcomes, one per input, a text stream and the report
Settings; it writes as it goes, and returns the Tally of what it wrote (the
summary line and the exit code are read from it).  A JSON array is closed
even when the run is interrupted.  SARIF, JUnit, GitLab Code Quality and the HTML
page have their own modules (``sarif``, ``junit``, ``gitlab``, ``html``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from figures.report.colour import PLAIN, Palette
from figures.report.edits import fix_record
from figures.report.gitlab import render_gitlab
from figures.report.html import render_html
from figures.report.junit import render_junit
from figures.report.records import record, write_json_array, write_json_line
from figures.report.sarif import render_sarif
from figures.report.settings import DEFAULT, Settings
from figures.report.snippet import snippet
from figures.report.tally import Tally

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic
    from figures.report.outcome import Outcome

    Results = Iterable[Outcome]

__all__ = ["RENDERERS", "STATISTICS_RENDERERS", "Tally", "diagnostic_record", "heading"]


def heading(document: Document, diagnostic: Diagnostic, palette: Palette = PLAIN) -> str:
    """``path:line:col: CODE [level] message``."""
    line, column = document.line_col(diagnostic.start)
    where = palette("path", f"{document.path}:{line}:{column}:")
    return (f"{where} {palette('code', diagnostic.code)} "
            f"{palette(diagnostic.level, f'[{diagnostic.level}]')} {diagnostic.message}")


def diagnostic_record(document: Document, diagnostic: Diagnostic) -> dict:
    """The JSON contract's record of a diagnostic, with ``fix`` when its suggestion is an edit."""
    row = record(document, diagnostic)
    fix = fix_record(document, diagnostic)
    if fix is not None:
        row["fix"] = fix
    return row


def _closing(tally: Tally, out: TextIO, settings: Settings, *, work: bool = False) -> None:
    """The summary line, after (for the full report) the notes and the work done; none if quiet."""
    if settings.quiet:
        return
    if work:
        for note in tally.notes():
            out.write(settings.palette("note", "note:") + note.removeprefix("note:") + "\n")
        done = tally.work()
        if done:
            out.write(done + "\n")
    out.write(tally.summary() + "\n")


def render_full(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """Each diagnostic with its sentence, the figures underlined; then the notes, the work done and
    the summary."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            out.write(heading(outcome.document, diagnostic, settings.palette) + "\n")
            out.writelines(row + "\n" for row in snippet(outcome.document, diagnostic, settings.palette))
            out.write("\n")
    _closing(tally, out, settings, work=True)
    return tally


def render_concise(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """One line per diagnostic, then the summary."""
    tally = Tally()
    for outcome in tally.count(results):
        out.writelines(heading(outcome.document, diagnostic, settings.palette) + "\n"
                       for diagnostic in outcome.items)
    _closing(tally, out, settings)
    return tally


def render_json(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """One JSON array over all inputs, one diagnostic per line; closed even if the run stops."""
    tally = Tally()
    items = (diagnostic_record(outcome.document, diagnostic) for outcome in tally.count(results)
             for diagnostic in outcome.items)
    write_json_array(items, out)
    return tally


def render_jsonl(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """JSON Lines for archives: each diagnostic, then a status record for its input."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            write_json_line({"type": "diagnostic", **diagnostic_record(outcome.document, diagnostic)}, out)
        write_json_line(outcome.file_record("problems"), out)
    return tally


def render_statistics(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """Counts per code, most frequent first (like ``ruff --statistics``); then the summary."""
    tally = Tally()
    rows = _statistics(tally, results)
    width = len(str(rows[0][2])) if rows else 0
    out.writelines(f"{count:>{width}}  {code}  {name}\n" for code, name, count in rows)
    _closing(tally, out, settings)
    return tally


def render_statistics_json(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
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


def render_github(results: Results, out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """GitHub Actions workflow commands: each problem becomes an annotation on its line."""
    tally = Tally()
    for outcome in tally.count(results):
        for diagnostic in outcome.items:
            where = record(outcome.document, diagnostic)
            properties = {
                "file": where["path"], "line": where["line"], "col": where["column"],
                "endLine": where["end_line"], "endColumn": where["end_column"],
                "title": f"{diagnostic.code} {diagnostic.name}",
            }
            listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
            out.write(f"::{diagnostic.level} {listed}::{escape_data(diagnostic.message)}\n")
    _closing(tally, out, settings)
    return tally


def escape_data(message: str) -> str:
    """Workflow-command data (the message): %, CR and LF are escaped."""
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A workflow-command property (file name, title): as data, and also ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


#: Output format name -> renderer, and the renderers of ``--statistics``.
RENDERERS = {"full": render_full, "concise": render_concise, "json": render_json, "jsonl": render_jsonl,
             "github": render_github, "sarif": render_sarif, "junit": render_junit, "gitlab": render_gitlab,
             "html": render_html}
STATISTICS_RENDERERS = {"full": render_statistics, "concise": render_statistics,
                        "json": render_statistics_json, "jsonl": render_statistics_json,
                        "github": render_statistics, "sarif": render_statistics_json,
                        "junit": render_statistics, "gitlab": render_statistics_json,
                        "html": render_statistics}
