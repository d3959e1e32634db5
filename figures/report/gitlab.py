"""Diagnostics as a GitLab Code Quality report: a JSON array GitLab shows in merge requests.

Each problem is ``{"description", "check_name", "fingerprint", "severity",
"location": {"path", "lines": {"begin", "end"}}}``: errors are ``major``,
warnings ``minor``; the path is relative to ``CI_PROJECT_DIR`` (or the working
directory); the fingerprint is stable across runs (``fingerprints``).  The
array is closed even when the run is interrupted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from figures.report.fingerprints import fingerprints
from figures.report.locations import project_path
from figures.report.records import write_json_array
from figures.report.settings import DEFAULT, Settings
from figures.report.tally import Tally

if TYPE_CHECKING:  # pragma: no cover
    from figures.report.outcome import Outcome

SEVERITY = {"error": "major", "warning": "minor"}


def render_gitlab(results: Iterable[Outcome], out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """One JSON array of Code Quality issues over all inputs."""
    tally = Tally()
    write_json_array(_issues(tally.count(results)), out)
    return tally


def _issues(results: Iterable[Outcome]) -> Iterator[dict]:
    for outcome in results:
        document = outcome.document
        if document is None:
            continue
        path = project_path(document.path)
        for diagnostic, fingerprint in zip(outcome.items, fingerprints(document, outcome.items)):
            begin = document.line_col(diagnostic.start)[0]
            end = document.line_col(max(diagnostic.start, diagnostic.end - 1))[0]
            yield {
                "description": f"{diagnostic.code} ({diagnostic.name}): {diagnostic.message}",
                "check_name": diagnostic.code,
                "fingerprint": fingerprint,
                "severity": SEVERITY[diagnostic.level],
                "location": {"path": path, "lines": {"begin": begin, "end": end}},
            }
