"""Diagnostics as JUnit XML, which CI systems (GitLab, Jenkins, Azure) show as test results.

One ``testsuite`` per input, named by its path; in it one ``testcase`` per
finding, with a ``failure`` (its ``type`` the level, its text the
``path:line:col`` line and the suggestion), and one passing ``testcase`` per
rule run that found nothing.  An input that could not be read or checked
gives a ``testcase`` with an ``error``.  The document is written once, at the
end (also when the run is interrupted).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from figures.report.settings import DEFAULT, Settings
from figures.report.tally import Tally

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic
    from figures.report.outcome import Outcome

#: Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(results: Iterable[Outcome], out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """One ``testsuites`` document over all inputs."""
    tally = Tally()
    root = ElementTree.Element("testsuites", name="figures")
    try:
        for outcome in tally.count(results):
            root.append(_suite(outcome, settings))
    finally:
        _totals(root, root.findall("testsuite"))
        ElementTree.indent(root)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(ElementTree.tostring(root, encoding="unicode") + "\n")
    return tally


def _suite(outcome: Outcome, settings: Settings) -> ElementTree.Element:
    suite = ElementTree.Element("testsuite", name=_clean(outcome.path))
    for problem in outcome.errors:
        case = ElementTree.SubElement(suite, "testcase", name="read and check", classname=_clean(outcome.path))
        ElementTree.SubElement(case, "error", message=_clean(problem), type="input").text = _clean(problem)
    document = outcome.document
    if document is not None:
        found: dict[str, list[Diagnostic]] = {}
        for diagnostic in outcome.items:
            found.setdefault(diagnostic.code, []).append(diagnostic)
        codes = [rule.code for rule in settings.rules]
        names = {rule.code: rule.name for rule in settings.rules}
        for code in codes + [code for code in found if code not in names]:
            diagnostics = found.get(code, [])
            for diagnostic in diagnostics:
                suite.append(_failing(document, diagnostic))
            if not diagnostics:
                ElementTree.SubElement(suite, "testcase", name=f"{code} {names[code]}",
                                       classname=_clean(outcome.path))
    _totals(suite, [suite])
    return suite


def _failing(document: Document, diagnostic: Diagnostic) -> ElementTree.Element:
    line, column = document.line_col(diagnostic.start)
    case = ElementTree.Element("testcase", name=f"{diagnostic.code} {diagnostic.name} at {line}:{column}",
                               classname=_clean(document.path), file=_clean(document.path), line=str(line))
    text = f"{document.path}:{line}:{column}: {diagnostic.code} [{diagnostic.level}] {diagnostic.message}"
    if diagnostic.suggestion:
        text += f"\nsuggestion: {diagnostic.suggestion}"
    ElementTree.SubElement(case, "failure", message=_clean(diagnostic.message),
                           type=diagnostic.level).text = _clean(text)
    return case


def _totals(element: ElementTree.Element, suites: list[ElementTree.Element]) -> None:
    """The ``tests``, ``failures`` and ``errors`` counts of ``suites``, set on ``element``."""
    cases = [case for suite in suites for case in suite.findall("testcase")]
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    element.set("errors", str(sum(case.find("error") is not None for case in cases)))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
