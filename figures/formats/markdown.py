"""Markdown as its readers see it, through markdown-it-py (CommonMark with GFM tables).

Prose, headings, list items, block quotes and table cells are read; code (fenced,
indented, inline), link targets and reference definitions, image paths, raw HTML tags and
front matter are blanked in the view (offsets and line ends kept).  Link texts and image
alt texts are read.  HTML comments are kept for the suppression reader (extraction never
reads them), except inside code, where they are code.  Table cells are read as separate
paragraphs (``breaks``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

_LINE_END = re.compile(r"\r\n?|\n")  # what markdown-it counts as a line end
_CODE_BLOCKS = frozenset({"fence", "code_block"})
_LEAVES = frozenset({"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr", "tr_open"})
_HTML_HIDDEN = re.compile(
    r"<(script|style|textarea|pre|code)\b.*?</\1\s*>|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<![A-Za-z][^>]*>"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S | re.I)

Blank = Callable[[int, int], None]


@functools.cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def markdown_view(text: str, *, body: int = 0) -> tuple[str, tuple[int, ...]]:
    """The view of Markdown ``text`` whose body starts at ``body`` (after front matter), and the
    offsets of the view read as line ends (the borders of table cells)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for index in range(max(start, 0), min(end, len(chars))):
            if chars[index] not in "\r\n":
                chars[index] = " "

    blank(0, body)
    source = "".join(chars)
    starts = [0] + [match.end() for match in _LINE_END.finditer(source)]

    def line_span(first: int, last: int) -> tuple[int, int]:
        return starts[first], starts[last] if last < len(starts) else len(source)

    covered = bytearray(len(starts))
    rows: list[int] = []
    cursors: dict[int, int] = {}
    for token in _parser().parse(source):
        if token.map is None:
            continue
        first, last = token.map
        if token.type in _LEAVES:
            covered[first:last] = b"\x01" * (last - first)
        if token.type in _CODE_BLOCKS or token.type == "hr":
            blank(*line_span(first, last))
        elif token.type == "html_block":
            _blank_tags(source, *line_span(first, last), blank)
        elif token.type == "tr_open":
            rows.append(first)
        elif token.type == "inline" and token.children:
            start, end = line_span(first, last)
            head = token.content.split("\n", 1)[0]
            found = source.find(head, cursors.get(first, start), end) if head else -1
            cursor = found if found >= 0 else cursors.get(first, start)
            cursors[first] = _inline(token.children, source, cursor, end, blank)
    for line, done in enumerate(covered):
        if not done:  # reference definitions, a table's delimiter row
            blank(*line_span(line, line + 1))
    view = "".join(chars)
    return view, tuple(_cell_breaks(view, [line_span(row, row + 1) for row in rows]))


def _inline(children: Sequence, source: str, cursor: int, end: int, blank: Blank) -> int:
    """Blank the code, link targets, image paths and HTML tags of one inline run, found in
    ``source`` from ``cursor`` in the order markdown-it gives its children; where the run ends."""
    index = 0
    while index < len(children) and cursor >= 0:
        child = children[index]
        kind = child.type
        if kind == "text" and child.content:
            found = source.find(child.content, cursor, end)
            cursor = found + len(child.content) if found >= 0 else cursor
        elif kind == "code_inline":
            opening = _find(source, child.markup, cursor, end)
            closing = _run(source, child.markup, opening + len(child.markup), end) if opening >= 0 else -1
            if closing < 0:
                return end
            blank(opening, closing + len(child.markup))
            cursor = closing + len(child.markup)
        elif kind == "html_inline":
            found = source.find(child.content, cursor, end)
            if found >= 0:
                if not child.content.startswith("<!--"):
                    blank(found, found + len(child.content))
                cursor = found + len(child.content)
        elif kind == "link_open":
            close = _closing(children, index)
            if child.markup == "autolink":
                opening = source.find("<", cursor, end)
                closing = source.find(">", opening, end) if opening >= 0 else -1
                if closing < 0:
                    return end
                blank(opening, closing + 1)
                cursor = closing + 1
            else:
                cursor = _bracketed(children[index + 1:close], "[", source, cursor, end, blank)
            index = close
        elif kind == "image":
            cursor = _bracketed(child.children or [], "![", source, cursor, end, blank)
        index += 1
    return end if cursor < 0 else cursor


def _bracketed(children: Sequence, opener: str, source: str, cursor: int, end: int, blank: Blank) -> int:
    """A link or image: its text read, its brackets and its target ``(url "title")`` or
    ``[label]`` blanked."""
    opening = _find(source, opener, cursor, end)
    if opening < 0:
        return -1
    blank(opening, opening + len(opener))
    cursor = _inline(children, source, opening + len(opener), end, blank)
    closing = _find(source, "]", cursor, end)
    if closing < 0:
        return -1
    after = closing + 1
    if source.startswith("(", after):
        after = _paren_end(source, after, end)
    elif source.startswith("[", after):
        label_end = _find(source, "]", after, end)
        after = label_end + 1 if label_end >= 0 else after
    blank(closing, after)
    return after


def _paren_end(source: str, at: int, end: int) -> int:
    """The end of the ``(destination "title")`` that starts at ``at``."""
    depth, quote, index = 0, "", at
    while index < end:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and depth == 1 and source[index - 1].isspace():
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return end


def _closing(children: Sequence, index: int) -> int:
    """The index of the ``link_close`` that closes the ``link_open`` at ``index``."""
    depth = 0
    for position in range(index, len(children)):
        kind = children[position].type
        depth += kind == "link_open"
        depth -= kind == "link_close"
        if depth == 0:
            return position
    return len(children) - 1


def _find(source: str, needle: str, start: int, end: int) -> int:
    """The first ``needle`` in ``source[start:end]`` not escaped by a backslash, or -1."""
    found = source.find(needle, start, end)
    while found >= 0 and _escaped(source, found):
        found = source.find(needle, found + 1, end)
    return found


def _run(source: str, run: str, start: int, end: int) -> int:
    """The first backtick run of exactly ``run`` from ``start`` (a code span's closer), or -1."""
    for match in re.finditer(r"`+", source[start:end]):
        if match.group() == run:
            return start + match.start()
    return -1


def _escaped(source: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and source[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _blank_tags(source: str, start: int, end: int, blank: Blank) -> None:
    """The tags of an HTML block blanked (and script, style and code whole); its text and
    comments kept."""
    for match in _HTML_HIDDEN.finditer(source, start, end):
        blank(*match.span())


def _cell_breaks(view: str, rows: list[tuple[int, int]]) -> list[int]:
    """Where a table row's cell borders (``|``, with the space before one) become line ends, so
    each cell reads as its own paragraph."""
    breaks = []
    for start, end in rows:
        for at in range(start, end):
            if view[at] == "|" and not _escaped(view, at):
                breaks.append(at)
                if at > start and view[at - 1] == " ":
                    breaks.append(at - 1)
    return sorted(breaks)
