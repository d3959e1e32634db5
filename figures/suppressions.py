"""Suppression comments in Markdown/HTML, which vanish when the text is rendered (Vale's way).

    <!-- figures: ignore[PW01] the total excludes "don't know" answers -->   the next block
    <!-- figures: disable[date-order] -->  ...  <!-- figures: enable[date-order] -->
    <!-- figures: file-ignore[RF01] -->                                     the whole file

Each names rules by code, code prefix, name or category (comma-separated); free
text after ``]`` is the reason.  There is no blanket form.  A comment meant as
one (``figures:`` and then a verb or a ``[``, in any case) that is not exactly
one is a problem to report, never silently ignored.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from figures.document import normalise_line_ends
from figures.markup import html_comments
from figures.rules import matches

_VERBS = ("ignore", "disable", "enable", "file-ignore")
_DIRECTIVE = re.compile(rf"\s*figures:\s*(?P<verb>{'|'.join(_VERBS)})\[(?P<selectors>[^\]]*)\](?P<reason>.*)", re.S)
_MEANT = re.compile(rf"\s*figures\s*:\s*(?:(?:{'|'.join(_VERBS)})\b|[\w-]*\s*\[)", re.I)
_FORM = f"expected 'figures: VERB[RULES] reason', VERB one of: {', '.join(_VERBS)}"
_CONTENT = re.compile(r"\S")
_BLOCK_END = re.compile(r"\n[ \t]*\n")
#: A line that starts a list item ends the item before it: "- one\n- two" is two blocks.
_ITEM_START = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")

Problem = tuple[int, str]  # where (the comment's offset) and what


@dataclass(frozen=True)
class Suppression:
    """Diagnostics of ``selectors`` starting in ``start``..``end`` are not reported."""

    selectors: tuple[str, ...]
    start: int
    end: int
    reason: str
    at: int  # where the comment is, to point at it


def find_suppressions(text: str) -> list[Suppression]:
    """The suppressions of ``text`` (a malformed directive suppresses nothing)."""
    return read_suppressions(text)[0]


def suppression_problems(text: str, rules: Sequence) -> list[Problem]:
    """The malformed directives of ``text`` and the selectors that name none of ``rules``, in text order."""
    suppressions, problems = read_suppressions(text)
    problems += [(s.at, f"unknown rule {selector!r} in a suppression comment")
                 for s in suppressions for selector in s.selectors if not any(matches(r, selector) for r in rules)]
    return sorted(problems)


def read_suppressions(text: str) -> tuple[list[Suppression], list[Problem]]:
    """The suppressions of ``text``, and its comments meant as directives that are none."""
    text = normalise_line_ends(text)  # the offsets are kept
    block_ends = [m.start() for m in _BLOCK_END.finditer(text)]
    found, problems = [], []
    open_ranges: dict[str, tuple[int, str, int]] = {}
    for at, body, end in html_comments(text):
        if not _MEANT.match(body):
            continue
        directive = _DIRECTIVE.fullmatch(body) if end is not None else None
        selectors = tuple(s.strip() for s in directive["selectors"].split(",") if s.strip()) if directive else ()
        if not selectors:
            problems.append((at, _problem(body, directive, end)))
            continue
        verb, reason = directive["verb"], directive["reason"].strip()
        if verb == "file-ignore":
            found.append(Suppression(selectors, 0, len(text), reason, at))
        elif verb == "ignore":
            found.append(Suppression(selectors, end, _next_block_end(text, end, block_ends), reason, at))
        elif verb == "disable":
            for selector in selectors:
                open_ranges[selector] = (end, reason, at)
        else:
            for selector in selectors:
                if selector in open_ranges:
                    start, why, where = open_ranges.pop(selector)
                    found.append(Suppression((selector,), start, at, why, where))
    found.extend(Suppression((selector,), start, len(text), why, at)
                 for selector, (start, why, at) in open_ranges.items())
    return found, problems


def _problem(body: str, directive: re.Match | None, end: int | None) -> str:
    if end is None:
        return "unclosed suppression comment (no '-->')"
    if directive is None:
        return f"malformed suppression comment {body.strip()[:60]!r} ({_FORM})"
    return f"suppression comment names no rule: {body.strip()[:60]!r}"


def _next_block_end(text: str, after: int, block_ends: list[int]) -> int:
    """The end of the first block (paragraph, list item) after ``after``; ``block_ends`` are
    where the blank lines of ``text`` start, and in a tight list the next item's line ends one."""
    content = _CONTENT.search(text, after)
    if content is None:
        return len(text)
    index = bisect.bisect_left(block_ends, content.start())
    end = block_ends[index] if index < len(block_ends) else len(text)
    item = _ITEM_START.search(text, content.start(), end)
    return item.start() if item else end


def is_suppressed(diagnostic, suppressions: list[Suppression]) -> bool:
    return any(s.start <= diagnostic.start < s.end and any(matches(diagnostic, sel) for sel in s.selectors)
               for s in suppressions)
