"""The HTML report (``figures check --format html``): one self-contained page, the text with every
figure marked by kind and every problem underlined at its words, its note beside it, a summary by
category, keyboard navigation; the user's text escaped.  The page is parsed back with the standard
library's parser; the browser tests load it in a real headless Chromium (skipped, saying so, when
none is on PATH) and keep a screenshot under tests/artifacts/.  Drafts are fictional, in several
outlets' styles."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from drafts import run

from figures.document import Document
from figures.engine import run_checks
from figures.report.html import Mark, marked, reading, render_html
from figures.report.outcome import Outcome, Work
from figures.rules import load_rules

# a results story in Markdown with a dated header: PC01, PW01, WD01 and UC01, all errors
BUSINESS = """date 2025-09-16

# Harlow Foods results

Harlow Foods said profit rose 20% to $150,000 from $100,000 in the quarter. Of its 12 new shops, 15 are in the north.

The chain reopened on Tuesday, September 10, 2025, and its lorries cover 300 km (50 miles) a day.
"""
# a wire story with markup in its text: LC01 (a warning) and PW01
FESTIVAL = """MARLOW, July 9 - The regatta drew crews from three countries: France, Spain, Italy and Portugal.
Organisers said <script>alert("owned")</script> & <img src=x onerror=alert(1)> 2,400 of the 1,800 tickets "sold" \
were for Sunday.</div></main>
"""
# local news, consistent: nothing to report
LOCAL = "date 2023-05-02 Harrowgate: The council approved 14 of the 20 new crossings on Tuesday.\n"

ARTIFACTS = Path(__file__).parent / "artifacts"
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parts: list[str] = field(default_factory=list)
    children: list[Element] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """The page as a tree of elements; fails on a misnested or unclosed element."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.elements: list[Element] = []
        self.doctype = None
        self.feed(source)
        self.close()
        assert self.stack == [self.root], f"unclosed: {[e.tag for e in self.stack[1:]]}"

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        assert len(element.attrs) == len(attrs), f"repeated attribute in <{tag}>"
        self.stack[-1].children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID and self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.parts.append(data)

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        return [e for e in self.elements if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
                and all(e.attrs.get(name.replace("_", "-")) == value for name, value in attrs.items())]

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Element:
        found = self.find(tag, cls, **attrs)
        assert len(found) == 1, (tag, cls, attrs, len(found))
        return found[0]


@pytest.fixture
def drafts(draft):
    return [draft(BUSINESS, "business.md"), draft(FESTIVAL, "festival.txt"), draft(LOCAL, "local.txt")]


# -- the page, parsed back ---------------------------------------------------


def test_every_problem_is_underlined_at_its_words_with_its_note(capsys, drafts):
    code, out, _ = run(capsys, "check", "--format", "html", *drafts)
    assert code == 1
    page = Page(out)
    found = json.loads(run(capsys, "check", "--format", "json", *drafts)[1])
    assert len(found) == 6 and {d["level"] for d in found} == {"error", "warning"}
    texts = {path: Path(path).read_text(encoding="utf-8") for path in drafts}
    for number, diagnostic in enumerate(found, 1):
        flagged = texts[diagnostic["path"]][diagnostic["start"]:diagnostic["end"]]
        mark = page.one("mark", id=f"p{number}")
        pieces = page.find("mark", data_problem=f"p{number}")
        assert "".join(piece.text for piece in pieces) == flagged
        assert {"problem", diagnostic["level"]} <= mark.classes
        assert mark.attrs["tabindex"] == "0" and mark.attrs["aria-describedby"] == f"n{number}"
        note = page.one("li", id=f"n{number}")
        assert diagnostic["level"] in note.classes
        for words in (diagnostic["message"], diagnostic["suggestion"], diagnostic["code"], diagnostic["name"],
                      f"line {diagnostic['line']}, column {diagnostic['column']}"):
            assert words in note.text
        for related in diagnostic["related"]:
            assert related["role"] in note.text and related["text"] in note.text
            spans = page.find("span", cls="rel", data_rel=f"p{number}", data_role=related["role"])
            assert "".join(span.text for span in spans) == related["text"]
        assert page.one("a", href=f"#p{number}") in note.children[0].children
    # each in its file's section, the notes beside the text
    sections = page.find("section", cls="file")
    assert [s.children[0].children[0].children[0].text for s in sections] == drafts
    assert [len([e for e in _descendants(s) if e.tag == "mark" and "id" in e.attrs]) for s in sections] == [4, 2, 0]


def _descendants(element: Element) -> list[Element]:
    found = []
    for child in element.children:
        found.append(child)
        found.extend(_descendants(child))
    return found


def test_every_figure_is_marked_with_its_kind_and_reading(capsys, drafts):
    page = Page(run(capsys, "check", "--format", "html", drafts[0])[1])
    figures = json.loads(run(capsys, "extract", "--format", "json", drafts[0])[1])
    assert len(figures) >= 8
    for number, figure in enumerate(figures, 1):
        spans = page.find("span", cls="fig", data_figure=str(number))
        assert spans and "".join(span.text for span in spans) == figure["text"]
        assert all(f"k-{figure['kind']}" in span.classes and span.attrs["title"].startswith(figure["kind"] + " ")
                   for span in spans)
    titles = {span.text: span.attrs["title"] for span in page.find("span", cls="fig") if "data-figure" in span.attrs}
    assert titles["$150,000"] == "money 150,000 USD (145,000 .. 155,000)"
    assert titles["20%"].startswith("percent 20%")
    assert titles["300 km"].startswith("quantity 300 kilometer")
    assert titles["Tuesday, September 10, 2025"] == "date 2025-09-10"
    legend = page.one("div", cls="legend")
    assert "money" in legend.text and "quantity" in legend.text


def test_summary_by_category_and_files(capsys, drafts, tmp_path):
    missing = str(tmp_path / "missing.md")
    code, out, err = run(capsys, "check", "--format", "html", *drafts, missing)
    assert code == 2 and "missing.md" in err
    page = Page(out)
    header = page.one("header", cls="summary")
    assert ("Found 6 problems (5 errors, 1 warning) in 2 of 3 files. 1 input could not be read or checked."
            in header.text)
    rows = {row.children[0].text: [cell.text for cell in row.children[1:]]
            for row in page.find("tr") if row.children[0].tag == "th" and row.children[0].attrs.get("scope") == "row"}
    assert rows == {"part-whole": ["2", "0", "PW01"], "percent-change": ["1", "0", "PC01"],
                    "weekday-date": ["1", "0", "WD01"], "unit-conversion": ["1", "0", "UC01"],
                    "list-count": ["0", "1", "LC01"]}
    assert list(rows)[0] == "part-whole"  # the most frequent first
    files = page.one("nav").text
    assert "business.md: 4 problems" in files and "local.txt: 0 problems" in files
    assert "missing.md: could not be read or checked" in files
    sections = page.find("section", cls="file")
    assert len(sections) == 4
    alert = page.one(role="alert")
    assert alert in _descendants(sections[3]) and "no such file" in alert.text
    # a file with problems is open, a clean one closed (still there to read)
    assert ["open" in s.children[0].attrs for s in sections[:3]] == [True, True, False]
    assert "No problems found." in sections[2].text


def test_the_users_text_is_escaped(capsys, draft):
    path = draft(FESTIVAL, 'crews "<b>&amp;<i>".txt')
    page = Page(run(capsys, "check", "--format", "html", path)[1])
    scripts = page.find("script")
    assert len(scripts) == 1 and "owned" not in scripts[0].text
    assert not page.find("img") and not page.find("b") and not page.find(tag="div", cls="x")
    region = page.one("div", cls="text")
    assert region.text == FESTIVAL  # every character of the draft, as written, and nothing else
    assert page.one("h2", id="file-1-title").text == path
    assert page.one("aside").attrs["aria-label"] == f"Problems in {path}"


def test_the_page_is_self_contained(capsys, drafts):
    out = run(capsys, "check", "--format", "html", *drafts)[1]
    page = Page(out)
    assert page.doctype.lower() == "doctype html"
    assert [e.tag for e in page.root.children] == ["html"] and page.root.children[0].attrs["lang"] == "en"
    assert [e.tag for e in page.root.children[0].children] == ["head", "body"]
    for element in page.elements:
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = element.attrs.get(name, "")
            assert not re.match(r"\s*(https?:|//|file:)", value, re.I), (element.tag, name, value)
        assert element.tag not in {"link", "iframe", "object", "embed", "img", "base"}
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    style, script = page.one("style").text, page.one("script").text
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert "http" not in script and "fetch(" not in script and "XMLHttpRequest" not in script
    policy = page.one("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "default-src 'none'" in policy
    for source in (style, script):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_a_clean_run_is_a_page_too(capsys, draft):
    code, out, _ = run(capsys, "check", "--format", "html", draft(LOCAL, "local.txt"))
    page = Page(out)
    assert code == 0 and not page.find("mark") and not page.find("table")
    assert "No problems found in 1 file." in page.one("header").text
    assert len([span for span in page.find("span", cls="fig") if "data-figure" in span.attrs]) == 4


def test_a_stream_that_is_not_utf8_gets_character_references():
    document = Document("The team of 11 players fielded 12 of its players on Sunday. Caf\u00e9 \u2014 \u5317\u4eac\n",
                        path="cafe.txt")
    rules = load_rules()
    checked = run_checks(document, rules)
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    render_html([Outcome("cafe.txt", document, checked.diagnostics, work=Work(found=checked.found))], stream)
    stream.flush()
    source = stream.buffer.getvalue().decode("ascii")
    assert Page(source).one("div", cls="text").text == document.text


# -- marking crossing spans ------------------------------------------------


def _mark(start: int, end: int, rank: int, name: str) -> Mark:
    return Mark(start, end, rank, f'<b class="{name}">', f'<b class="{name} again">', "b")


def test_crossing_spans_nest_and_a_problem_stays_whole():
    source = "0123456789abcdef"
    # a figure that starts inside a problem and runs past it is split, not the problem
    html = marked(source, [_mark(2, 8, 0, "problem"), _mark(5, 12, 2, "figure")])
    assert html == ('01<b class="problem">234<b class="figure">567</b></b>'
                    '<b class="figure again">89ab</b>cdef')
    # and one that starts before it, too
    html = marked(source, [_mark(4, 10, 0, "problem"), _mark(1, 6, 2, "figure")])
    assert html == ('0<b class="figure">123</b><b class="problem"><b class="figure again">45</b>6789</b>abcdef')
    # two problems that cross: the first is split
    html = marked(source, [_mark(0, 6, 0, "a"), _mark(3, 9, 0, "b")])
    assert Page(html) and re.sub(r"<[^>]+>", "", html) == source
    # the same span twice: both, nested; an empty or out-of-range one is left out
    html = marked("<x>&", [_mark(0, 4, 0, "a"), _mark(0, 4, 0, "b"), _mark(2, 2, 0, "c"), _mark(3, 9, 0, "d")])
    assert html == '<b class="a"><b class="b">&lt;x&gt;&amp;</b></b>'


def test_reading_of_a_vague_and_a_bounded_figure():
    from figures import extract

    readings = {figure.text: reading(figure) for figure in
                extract("More than 10,000 people and thousands of cars came; 3.5% of them on April 3, 2024.")}
    assert readings["More than 10,000"] == "count 10,000 (>= 10,000) (More than)"
    assert readings["thousands"].startswith("count 2,000 .. ")
    assert readings["3.5%"].startswith("percent 3.5%")


# -- in a real browser -------------------------------------------------------

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    BROWSER is None, reason="no headless Chromium on PATH (Debian: apt-get install chromium; .ci/run installs it)")

#: Runs first: records every error, rejected promise, CSP violation and console error or warning.
EARLY_PROBE = """window.__probe = {errors: []};
window.addEventListener("error", function (e) { window.__probe.errors.push("error: " + e.message); });
window.addEventListener("unhandledrejection", function (e) { window.__probe.errors.push("rejection: " + e.reason); });
document.addEventListener("securitypolicyviolation", function (e) {
  window.__probe.errors.push("csp: " + e.violatedDirective + " " + e.blockedURI); });
["error", "warn"].forEach(function (level) {
  var original = console[level];
  console[level] = function () {
    window.__probe.errors.push(level + ": " + Array.prototype.join.call(arguments, " "));
    original.apply(console, arguments); };
});"""
#: Runs last: where each problem is on screen, and what the keys do; the result goes into the DOM.
LATE_PROBE = """(function () {
  var result = window.__probe;
  result.js = document.documentElement.classList.contains("js");
  result.problems = Array.prototype.map.call(document.querySelectorAll("mark.problem[id]"), function (mark) {
    mark.scrollIntoView({block: "center"});
    var box = mark.getClientRects()[0], style = getComputedStyle(mark);
    var hit = document.elementFromPoint(box.left + Math.min(4, box.width / 2), box.top + box.height / 2);
    var note = document.getElementById(mark.getAttribute("aria-describedby"));
    note.scrollIntoView({block: "nearest"});
    var noteBox = note.getBoundingClientRect();
    var noteHit = document.elementFromPoint(noteBox.left + 8, noteBox.top + 8);
    return {id: mark.id, width: box.width, height: box.height, visibility: style.visibility,
            underline: style.borderBottomStyle + " " + style.borderBottomWidth, onTop: mark.contains(hit),
            text: Array.prototype.map.call(document.querySelectorAll('mark[data-problem="' + mark.id + '"]'),
                                           function (piece) { return piece.textContent; }).join(""),
            noteShown: noteBox.height > 0 && note.contains(noteHit), note: note.textContent};
  });
  window.scrollTo(0, 0);
  result.keys = ["n", "n", "k", "j", "j", "p"].map(function (key) {
    document.body.dispatchEvent(new KeyboardEvent("keydown", {key: key, bubbles: true, cancelable: true}));
    var current = document.querySelectorAll(".note.current");
    return [document.activeElement.id, current.length === 1 ? current[0].id : null];
  });
  result.related = document.querySelectorAll(".rel.on").length;
  console.log("figures-probe-done");
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
}());"""


def _chromium(tmp_path: Path, page: Path, *options: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
               "--disable-background-networking", "--disable-sync", "--disable-component-update",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--window-size=1280,900",
               *options, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _with_probes(source: str) -> str:
    """The page with the probes in, and the policy allowing them by their hashes."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(probe.encode()).digest()).decode()}'"
                      for probe in (EARLY_PROBE, LATE_PROBE))
    source = source.replace("script-src ", f"script-src {hashes} ", 1)
    source = source.replace("<title>", f"<script>{EARLY_PROBE}</script>\n<title>", 1)
    return source.replace("</body>", f"<script>{LATE_PROBE}</script>\n</body>", 1)


@needs_browser
def test_in_chromium_the_page_loads_cleanly_and_shows_each_problem(capsys, drafts, tmp_path):
    out = run(capsys, "check", "--format", "html", *drafts)[1]
    expected = json.loads(run(capsys, "check", "--format", "json", *drafts)[1])
    texts = {path: Path(path).read_text(encoding="utf-8") for path in drafts}

    pristine = tmp_path / "report.html"
    pristine.write_text(out, encoding="utf-8")
    loaded = _chromium(tmp_path, pristine, "--dump-dom")
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert _console_lines(loaded.stderr) == []
    assert re.search(r'<html lang="en" class="js">', loaded.stdout), "the page's script did not run"

    probed = tmp_path / "probed.html"
    probed.write_text(_with_probes(out), encoding="utf-8")
    run_ = _chromium(tmp_path, probed, "--dump-dom")
    assert run_.returncode == 0, run_.stderr[-2000:]
    assert any("figures-probe-done" in line for line in _console_lines(run_.stderr)), "console is not logged"
    result = json.loads(Page(run_.stdout).one("pre", id="probe").text)
    assert result["errors"] == [] and result["js"]
    assert [problem["id"] for problem in result["problems"]] == [f"p{n}" for n in range(1, len(expected) + 1)]
    for problem, diagnostic in zip(result["problems"], expected):
        assert problem["text"] == texts[diagnostic["path"]][diagnostic["start"]:diagnostic["end"]]
        assert problem["width"] > 0 and problem["height"] > 0 and problem["visibility"] == "visible"
        assert problem["onTop"], problem
        assert problem["underline"].split()[0] == ("solid" if diagnostic["level"] == "error" else "dashed")
        assert problem["noteShown"] and diagnostic["message"] in problem["note"]
    assert result["keys"] == [["p1", "n1"], ["p2", "n2"], ["p1", "n1"], ["p2", "n2"], ["p3", "n3"], ["p2", "n2"]]
    assert result["related"] == 1  # PW01's whole, '12', is outlined with it


@needs_browser
def test_in_chromium_a_screenshot_is_kept(capsys, drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(run(capsys, "check", "--format", "html", "business.md", "festival.txt")[1], encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    taken = _chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1280,1100", "--hide-scrollbars")
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert _console_lines(taken.stderr) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
