"""An HTML page as its readers see it, through the standard library's parser.

The text of the page is decoded (entities, ``&nbsp;``), its white space collapsed as a
browser does; scripts, styles, code, the head and every attribute are left out; each block
element (paragraph, heading, list item, table cell ...) is a paragraph of its own.  The page's
own date is its dateline: ``<meta property="article:published_time">`` and the like, JSON-LD
``datePublished``, or a ``<time datetime>`` that marks it (``pubdate``,
``itemprop="datePublished"``) or comes before the first paragraph; the words of that ``<time>``
are then the dateline's span.  Every offset of the prose maps back to the page's source.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

from figures.document import DateError, Dateline
from figures.formats.dates import day_of, format_words
from figures.formats.reading import Prose
from figures.sections import OffsetMap

#: Elements whose content is no prose.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "svg", "math", "pre", "code", "kbd", "samp",
                     "textarea", "head", "iframe", "object", "canvas", "select", "button"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
                     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                     "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "section",
                     "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"})
#: Blocks of running text: a <time> in one (and after one) is an event's date, not the page's.
_TEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dd", "blockquote", "figcaption"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_ENTITY = re.compile(r"&#?[A-Za-z0-9]+;?")
_WHERE = "page's metadata"


def read_html(text: str) -> tuple[Prose, Dateline | None, str | None]:
    """The prose of the page ``text`` (with its map to ``text``), its own date in the prose's
    offsets, and why that date is none when the page gives a day the calendar lacks."""
    reader = _Reader(text)
    reader.feed(text)
    reader.close()
    prose = Prose("".join(reader.pieces), OffsetMap(reader.starts, reader.origins, reader.lengths))
    try:
        return prose, reader.dateline(), None
    except DateError as problem:
        return prose, None, str(problem)


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.lengths: list[int | None] = []
        self.size = 0
        self.hidden: list[str] = []  # the hidden elements open around the parser
        self.space = True  # the prose ends with white space (or is empty): collapse what follows
        self.metas: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.times: list[tuple[str, int, int]] = []  # datetime, rank (0 marked, 1 in a byline), prose offset
        self.open_time = False
        self.time_span: dict[int, tuple[int, int]] = {}
        self.header = 0  # <header> elements open
        self.texts = 0  # text blocks (<p>, <li>, <td> ...) opened so far
        self.text_open = 0  # and still open

    # -- positions ---------------------------------------------------------

    def source_offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def emit(self, piece: str, origin: int, length: int | None) -> None:
        if not piece:
            return
        self.pieces.append(piece)
        self.starts.append(self.size)
        self.origins.append(origin)
        self.lengths.append(length)
        self.size += len(piece)
        self.space = piece[-1].isspace()

    def brk(self, origin: int, piece: str = "\n\n") -> None:
        """A paragraph (or line) break, standing for the tag at ``origin``."""
        if not self.size:
            return
        while self.pieces and self.pieces[-1].isspace() and self.pieces[-1] in (" ", "\n", "\n\n"):
            if self.pieces[-1] == "\n\n" or (piece == "\n" and self.pieces[-1] == "\n"):
                return
            self._drop()
        self.emit(piece, origin, 0)

    def _drop(self) -> None:
        self.size -= len(self.pieces.pop())
        self.starts.pop(), self.origins.pop(), self.lengths.pop()

    # -- the parser's events ----------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # a head never closed ends where the body starts
            self.hidden = [name for name in self.hidden if name != "head"]
        self._start(tag, dict(attrs))
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, dict(attrs))

    def _start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "meta":
            name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if name and attrs.get("content"):
                self.metas.setdefault(name, attrs["content"])
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self.in_json_ld = True
        if self.hidden:
            return
        if tag == "time" and attrs.get("datetime"):
            marked = "pubdate" in attrs or (attrs.get("itemprop") or "").lower() in format_words().time_marks
            byline = self.header or not (self.texts or self.text_open)
            self.open_time = True
            self.times.append((attrs["datetime"], 0 if marked else 1 if byline else 2, self.size))
        elif tag in _TEXT_BLOCKS:
            self.texts += 1
            self.text_open += 1
        elif tag == "header":
            self.header += 1
        if tag in _BLOCKS:
            self.brk(self.source_offset())
        elif tag == "br":
            self.brk(self.source_offset(), "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if self.hidden:
            if tag == self.hidden[-1] or tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if tag == "time" and self.open_time:
            self.time_span[len(self.times) - 1] = (self.times[-1][2], self.size)
            self.open_time = False
        elif tag in _TEXT_BLOCKS:
            self.text_open = max(self.text_open - 1, 0)
        elif tag == "header":
            self.header = max(self.header - 1, 0)
        if tag in _BLOCKS:
            self.brk(self.source_offset())

    def handle_data(self, data: str) -> None:
        if self.hidden:
            if self.in_json_ld:
                self.json_ld.append(data)
            return
        origin = self.source_offset()
        at = 0
        for space in _SPACE.finditer(data):
            self.emit(data[at:space.start()], origin + at, None)
            if not self.space:
                self.emit(" ", origin + space.start(), space.end() - space.start())
            at = space.end()
        self.emit(data[at:], origin + at, None)

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        if self.hidden:
            return
        origin = self.source_offset()
        match = _ENTITY.match(self.text, origin)
        written = match.group() if match else "&"
        decoded = html.unescape(written)
        if decoded.isspace() and decoded not in "\u00a0\u202f":
            if self.space:
                return
            decoded = " "
        self.emit(decoded, origin, len(written))

    # -- the page's own date ----------------------------------------------

    def dateline(self) -> Dateline | None:
        words = format_words()
        for name in words.meta_names:
            day = day_of(self.metas.get(name), where=_WHERE)
            if day:
                return Dateline(day, "page")
        for key in words.json_ld_keys:
            for value in _json_values(self.json_ld, key):
                day = day_of(value, where=_WHERE)
                if day:
                    return Dateline(day, "page")
        ranked = sorted((rank, index) for index, (_, rank, _) in enumerate(self.times) if rank < 2)
        for _, index in ranked[:1]:
            day = day_of(self.times[index][0], where=_WHERE)
            if day:
                start, end = self.time_span.get(index, (0, 0))
                prose = "".join(self.pieces)
                while start < end and prose[start].isspace():
                    start += 1
                return Dateline(day, "page", start, end) if start < end else Dateline(day, "page")
        return None


def _json_values(blocks: list[str], key: str) -> list[object]:
    """The values of ``key`` anywhere in the JSON-LD ``blocks`` (bad JSON is skipped)."""
    found: list[object] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if key in node:
                found.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for block in blocks:
        try:
            walk(json.loads(block))
        except ValueError:
            continue
    return found
