"""Diagnostics as one self-contained HTML page for editors.

At the top the summary (problems by category, figures by kind, the files);
then a section per input: its text with every figure marked by kind (the
tooltip gives its reading, "money 150,000 USD"), each problem underlined where
it is (error and warning styles), and beside the text the notes: the message
with its arithmetic, the other figures involved and the suggestion.  Keys n/j
and p/k move between the problems, and so does Tab; everything reads without
JavaScript.  The CSS and the script are inlined from ``html_report.css`` and
``html_report.js`` (package data), allowed by their hashes in a
Content-Security-Policy that forbids everything else: the page never reaches
the network.  Everything the user wrote is escaped.  The page is written once,
at the end (also when the run is interrupted).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple, TextIO

from figures.model import CATEGORIES, KINDS, LEVELS
from figures.report.figure_formats import _amount, _dates, _describe_dateline, _number
from figures.report.settings import DEFAULT, Settings
from figures.report.tally import Tally, plural

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic, Figure
    from figures.report.outcome import Outcome
    from figures.rules import Rule

#: Characters an HTML page cannot hold (controls, lone surrogates, non-characters): shown as U+FFFD,
#: one for one, so the text keeps its offsets.
_NOT_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
#: Marks that share a span nest in this order, the first outermost.
_PROBLEM, _RELATED, _FIGURE = range(3)


def render_html(results: Iterable[Outcome], out: TextIO, settings: Settings = DEFAULT) -> Tally:
    """One page over all inputs."""
    tally = Tally()
    page = _Page({rule.code: rule for rule in settings.rules})
    try:
        for outcome in tally.count(results):
            page.add(outcome)
    finally:
        source = page.html(tally)
        if not (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf"):
            source = source.encode("ascii", "xmlcharrefreplace").decode("ascii")
        out.write(source)
    return tally


def reading(figure: Figure) -> str:
    """What a figure was read as, for its tooltip: its kind, value and unit, then its bounds, dates
    and qualifier when it has them: ``money 150,000 USD (145,000 .. 155,000)``, ``date 2024-03-14``,
    ``count 10,000 (>= 10,000) (More than)``."""
    value, bounds = _number(figure.value), _amount(figure)
    amount = value or bounds
    if amount and figure.unit:
        amount += "%" if figure.unit == "percent" else f" {figure.unit}"
    parts = [figure.kind, amount, value and bounds != value and f"({bounds})", _dates(figure),
             figure.qualifier and f"({figure.qualifier})"]
    return " ".join(part for part in parts if part)


def escaped(value: str) -> str:
    """``value`` escaped for an element or attribute, with what HTML cannot hold replaced."""
    return escape(_NOT_HTML.sub("\ufffd", value), quote=True)


@dataclass
class _Page:
    """The page as it is built: a section per input and what the summary counts."""

    rules: dict[str, Rule]
    sections: list[str] = field(default_factory=list)
    contents: list[str] = field(default_factory=list)
    categories: Counter = field(default_factory=Counter)  # (category, level) -> problems
    codes: dict[str, set[str]] = field(default_factory=dict)  # category -> rule codes
    kinds: Counter = field(default_factory=Counter)
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def add(self, outcome: Outcome) -> None:
        anchor = f"file-{len(self.sections) + 1}"
        numbered = [(next(self.numbers), diagnostic) for diagnostic in outcome.items]
        for _, diagnostic in numbered:
            self.categories[diagnostic.category, diagnostic.level] += 1
            self.codes.setdefault(diagnostic.category, set()).add(diagnostic.code)
        found = outcome.work.found if outcome.work is not None else ()
        self.kinds.update(figure.kind for figure in found)
        self.sections.append(self._section(anchor, outcome, numbered, found))
        state = "could not be read or checked" if outcome.errors else plural(len(numbered), "problem")
        self.contents.append(f'<li><a href="#{anchor}">{escaped(outcome.path)}</a>: {state}</li>')

    def _section(self, anchor: str, outcome: Outcome, numbered: list[tuple[int, Diagnostic]],
                 found: tuple[Figure, ...]) -> str:
        document = outcome.document
        clean = document is not None and not numbered and not outcome.errors  # shown closed
        rows = [f'<section class="file" id="{anchor}" aria-labelledby="{anchor}-title">',
                f'<details{"" if clean else " open"}>',
                f'<summary><h2 id="{anchor}-title">{escaped(outcome.path)}</h2> '
                f'<span class="count">{_problem_count(numbered)}</span></summary>']
        rows.extend(f'<p class="input-error" role="alert">{escaped(problem)}</p>' for problem in outcome.errors)
        if document is not None:
            rows.append(f'<p class="meta">{plural(len(found), "figure")}; '
                        f'{escaped(_describe_dateline(document.dateline))}</p>')
            rows.append('<div class="body">')
            rows.append(f'<div class="text" role="region" aria-label="Text of {escaped(outcome.path)}">'
                        f'{marked(document.text, _marks(numbered, found))}</div>')
            rows.append(self._notes(document, outcome.path, numbered))
            rows.append("</div>")
        rows.append("</details></section>")
        return "\n".join(rows)

    def _notes(self, document: Document, path: str, numbered: list[tuple[int, Diagnostic]]) -> str:
        rows = [f'<aside class="notes" aria-label="Problems in {escaped(path)}">']
        if numbered:
            rows.append("<ol>")
            rows.extend(self._note(document, number, diagnostic) for number, diagnostic in numbered)
            rows.append("</ol>")
        else:
            rows.append('<p class="clean">No problems found.</p>')
        rows.append("</aside>")
        return "\n".join(rows)

    def _note(self, document: Document, number: int, diagnostic: Diagnostic) -> str:
        rule = self.rules.get(diagnostic.code)
        summary = f' title="{escaped(rule.summary)}"' if rule is not None else ""
        figures = [f"<dt>flagged</dt><dd><q>{escaped(document.text[diagnostic.start:diagnostic.end])}</q></dd>"]
        figures.extend(f'<dt>{escaped(related.role)}</dt><dd><q>{escaped(related.text)}</q> '
                       f'<span class="where">({_where(document, related.start)})</span></dd>'
                       for related in diagnostic.related)
        suggestion = (f'<p class="suggestion"><strong>Suggestion:</strong> {escaped(diagnostic.suggestion)}</p>'
                      if diagnostic.suggestion else "")
        level = escaped(diagnostic.level)
        return (f'<li class="note {level}" id="n{number}" data-problem="p{number}">'
                f'<p class="head"><span class="level">{level}</span> '
                f'<a href="#p{number}">{_where(document, diagnostic.start)}</a> '
                f'<code{summary}>{escaped(diagnostic.code)}</code> {escaped(diagnostic.name)} '
                f'<span class="category">{escaped(diagnostic.category)}</span></p>'
                f'<p class="message">{escaped(diagnostic.message)}</p>'
                f'<dl>{"".join(figures)}</dl>{suggestion}</li>')

    def html(self, tally: Tally) -> str:
        """The whole page."""
        style, script = _asset("html_report.css"), _asset("html_report.js")
        policy = (f"default-src 'none'; style-src '{_digest(style)}'; script-src '{_digest(script)}'; "
                  "img-src 'none'; base-uri 'none'; form-action 'none'")
        problems = sum(tally.levels.values())
        title = f"figures: {plural(problems, 'problem')} in {plural(len(self.sections), 'file')}"
        rows = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                '<meta name="referrer" content="no-referrer">',
                f"<title>{title}</title>", f"<style>{style}</style>", "</head>", "<body>",
                '<header class="summary">', "<h1>figures report</h1>",
                f'<p class="totals">{escaped(tally.summary())}</p>']
        work = tally.work()
        if work:
            rows.append(f'<p class="work">{escaped(work)}</p>')
        rows.extend(f'<p class="note-line">{escaped(note)}</p>' for note in tally.notes())
        rows.append('<p class="keys"><span class="js-only">Keys: <kbd>n</kbd> or <kbd>j</kbd> next problem, '
                    '<kbd>p</kbd> or <kbd>k</kbd> previous; </span><kbd>Tab</kbd> moves through the problems.</p>')
        rows.extend(['<div class="overview">', self._categories(), self._legend()])
        if len(self.sections) > 1:
            rows.append('<nav aria-label="Files"><h2>Files</h2><ol>' + "".join(self.contents) + "</ol></nav>")
        rows.extend(["</div>", "</header>", "<main>", *self.sections, "</main>", f"<script>{script}</script>",
                     "</body>", "</html>", ""])
        return "\n".join(rows)

    def _categories(self) -> str:
        if not self.categories:
            return ""
        def rank(name: str) -> tuple:
            known = CATEGORIES.index(name) if name in CATEGORIES else len(CATEGORIES)
            return -sum(self.categories[name, level] for level in LEVELS), known, name

        order = sorted(self.codes, key=rank)
        rows = [f'<tr><th scope="row">{escaped(name)}</th><td>{self.categories[name, "error"]}</td>'
                f'<td>{self.categories[name, "warning"]}</td>'
                f'<td>{escaped(", ".join(sorted(self.codes[name])))}</td></tr>' for name in order]
        return ('<table class="categories"><caption>Problems by category</caption><thead><tr>'
                '<th scope="col">category</th><th scope="col">errors</th><th scope="col">warnings</th>'
                '<th scope="col">rules</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")

    def _legend(self) -> str:
        if not self.kinds:
            return ""
        items = "".join(f'<li><span class="fig k-{kind}">{kind.replace("_", " ")}</span> {self.kinds[kind]}</li>'
                        for kind in KINDS if self.kinds[kind])
        return f'<div class="legend"><h2>Figures by kind</h2><ul>{items}</ul></div>'


def _problem_count(numbered: list) -> str:
    return plural(len(numbered), "problem") if numbered else "no problems"


def _where(document: Document, offset: int) -> str:
    line, column = document.line_col(offset)
    return f"line {line}, column {column}"


class Mark(NamedTuple):
    """A span to wrap in an element: its opening tag, and the one that continues it after a split."""

    start: int
    end: int
    rank: int  # of two marks on the same span, the lower rank is outside
    first: str
    again: str
    tag: str


def _marks(numbered: list[tuple[int, Diagnostic]], found: tuple[Figure, ...]) -> list[Mark]:
    marks = []
    for number, diagnostic in numbered:
        kind = f'class="problem {escaped(diagnostic.level)}" data-problem="p{number}"'
        marks.append(Mark(diagnostic.start, diagnostic.end, _PROBLEM,
                          f'<mark {kind} id="p{number}" tabindex="0" aria-describedby="n{number}">',
                          f"<mark {kind}>", "mark"))
        for related in diagnostic.related:
            tag = f'<span class="rel" data-rel="p{number}" data-role="{escaped(related.role)}">'
            marks.append(Mark(related.start, related.end, _RELATED, tag, tag, "span"))
    for number, figure in enumerate(found, 1):
        tag = f'<span class="fig k-{figure.kind}" data-figure="{number}" title="{escaped(reading(figure))}">'
        marks.append(Mark(figure.start, figure.end, _FIGURE, tag, tag, "span"))
    return marks


def marked(source: str, marks: Iterable[Mark]) -> str:
    """``source`` escaped, each mark an element around its span.  Elements nest; where two spans
    cross, one is split in two (its second part opened with ``again``), a problem only by another
    problem."""
    queue = [(mark.start, -mark.end, mark.rank, order, mark, True)
             for order, mark in enumerate(marks) if 0 <= mark.start < mark.end <= len(source)]
    heapq.heapify(queue)
    order = itertools.count(len(queue))
    parts: list[str] = []
    stack: list[tuple[int, Mark]] = []  # (end, mark), ends not increasing from the bottom
    at = 0
    while queue or stack:
        position = min(queue[0][0] if queue else len(source), stack[-1][0] if stack else len(source))
        parts.append(escaped(source[at:position]))
        at = position
        if stack and stack[-1][0] == position:
            parts.append(f"</{stack.pop()[1].tag}>")
            continue
        _, end, rank, _, mark, first = heapq.heappop(queue)
        end = -end
        inner = len(stack)
        while inner and stack[inner - 1][0] < end:
            inner -= 1
        blocking = [closes for closes, other in stack[inner:] if other.rank < rank]
        if blocking:  # an outer-ranked mark ends first: this one is split at its end
            heapq.heappush(queue, (blocking[0], -end, rank, next(order), mark, False))
            end = blocking[0]
            while inner < len(stack) and stack[inner][0] >= end:
                inner += 1
        reopened = stack[inner:]
        parts.extend(f"</{other.tag}>" for _, other in reversed(reopened))
        del stack[inner:]
        parts.append(mark.first if first else mark.again)
        stack.append((end, mark))
        parts.extend(other.again for _, other in reopened)
        stack.extend(reopened)
    parts.append(escaped(source[at:]))
    return "".join(parts)


@cache
def _asset(name: str) -> str:
    return resources.files("figures.report").joinpath(name).read_text(encoding="utf-8")


def _digest(source: str) -> str:
    """A CSP source expression that allows exactly this inline script or style."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
