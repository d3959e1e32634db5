"""Diagnostics as a SARIF 2.1.0 log: what GitHub code scanning and other CI dashboards read.

One run: ``tool.driver`` names figures and describes every rule that was run
(``shortDescription`` its summary, ``help`` its summary and why, ``defaultConfiguration``
its level); each diagnostic is a result with its rule, level, message,
location (1-based line and column, columns counted in Unicode code points as
``columnKind`` says), the related figures as ``relatedLocations``, a stable
fingerprint, and ``fixes`` when its suggestion is a single edit.  An input
that could not be read or checked is a tool execution notification.  The
log is written once, at the end (also when the run is interrupted).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from figures import __version__
from figures.report.edits import edit_of
from figures.report.fingerprints import fingerprints
from figures.report.locations import artifact_uri
from figures.report.settings import DEFAULT, Settings
from figures.report.tally import Tally

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic
    from figures.report.outcome import Outcome
    from figures.rules import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
VERSION = "2.1.0"
INFORMATION_URI = "https://pypi.org/project/figures-check/"
#: The fingerprint's name in ``result.fingerprints`` (versioned, as SARIF asks).
FINGERPRINT = "figures/v1"


def render_sarif(results: Iterable[Outcome], out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """The SARIF log of all inputs, as one JSON object."""
    tally = Tally()
    rules = list(settings.rules)
    index = {rule.code: position for position, rule in enumerate(rules)}
    found: list[dict] = []
    notifications: list[dict] = []
    try:
        for outcome in tally.count(results):
            notifications.extend(_notification(outcome.path, problem) for problem in outcome.errors)
            if outcome.document is not None:
                marks = fingerprints(outcome.document, outcome.items)
                found.extend(_result(outcome.document, diagnostic, index, mark)
                             for diagnostic, mark in zip(outcome.items, marks))
    finally:
        log = sarif_log(rules, found, notifications)
        out.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")
    return tally


def sarif_log(rules: Sequence[Rule], results: list[dict], notifications: list[dict]) -> dict:
    """The log object around ``results``."""
    invocation: dict = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "figures",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule) for rule in rules],
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def rule_descriptor(rule: Rule) -> dict:
    """A rule as a SARIF ``reportingDescriptor``, from its documentation."""
    why = " ".join(rule.why.split())
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "help": {"text": f"{rule.summary}\n\nWhy: {why}",
                 "markdown": f"**{rule.code} ({rule.name})**: {rule.summary}\n\n**Why.** {why}"},
        "defaultConfiguration": {"level": rule.level},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def region(document: Document, start: int, end: int) -> dict:
    """A SARIF text region: 1-based lines and columns (the end column is the one after the span)
    and the character offset and length."""
    line, column = document.line_col(start)
    end_line, end_column = document.line_col(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
            "charOffset": start, "charLength": end - start}


def _location(document: Document, start: int, end: int) -> dict:
    return {"artifactLocation": {"uri": artifact_uri(document.path)}, "region": region(document, start, end)}


def _result(document: Document, diagnostic: Diagnostic, index: dict[str, int], fingerprint: str) -> dict:
    physical = _location(document, diagnostic.start, diagnostic.end)
    physical["region"]["snippet"] = {"text": document.text[diagnostic.start:diagnostic.end]}
    message = diagnostic.message + (f" Suggestion: {diagnostic.suggestion}" if diagnostic.suggestion else "")
    result: dict = {"ruleId": diagnostic.code}
    if diagnostic.code in index:
        result["ruleIndex"] = index[diagnostic.code]
    result.update({
        "level": diagnostic.level,
        "message": {"text": message},
        "locations": [{"physicalLocation": physical}],
        "fingerprints": {FINGERPRINT: fingerprint},
        "properties": {"name": diagnostic.name, "category": diagnostic.category},
    })
    if diagnostic.related:
        result["relatedLocations"] = [
            {"id": number, "physicalLocation": _location(document, related.start, related.end),
             "message": {"text": f"{related.role}: '{related.text}'"}}
            for number, related in enumerate(diagnostic.related, 1)]
    edit = edit_of(diagnostic, document.text)
    if edit is not None:
        result["fixes"] = [{
            "description": {"text": diagnostic.suggestion},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(document.path)},
                "replacements": [{"deletedRegion": region(document, edit.start, edit.end),
                                  "insertedContent": {"text": edit.replacement}}],
            }],
        }]
    return result


def _notification(path: str, problem: str) -> dict:
    return {"level": "error", "message": {"text": f"{path}: {problem}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}]}
