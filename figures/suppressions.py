"""Suppression comments in Markdown/HTML, which vanish when the text is rendered (Vale's way).

    <!-- figures: ignore[PW01] the total excludes "don't know" answers -->   the next block
    <!-- figures: disable[date-order] -->  ...  <!-- figures: enable[date-order] -->
    <!-- figures: file-ignore[RF01] -->                                     the whole file

Each names rules by code, code prefix, name or category (comma-separated); free
text after ``]`` is the reason.  There is no blanket form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"<!--\s*figures:\s*(?P<verb>ignore|disable|enable|file-ignore)\[(?P<selectors>[^\]]*)\]\s*(?P<reason>.*?)\s*-->",
    re.S)
_BLOCK_END = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Suppression:
    """Diagnostics of ``selectors`` starting in ``start``..``end`` are not reported."""

    selectors: tuple[str, ...]
    start: int
    end: int
    reason: str
    at: int  # where the comment is, to point at it


def find_suppressions(text: str) -> list[Suppression]:
    found = []
    open_ranges: dict[str, tuple[int, str, int]] = {}
    for match in _DIRECTIVE.finditer(text):
        selectors = tuple(s.strip() for s in match["selectors"].split(",") if s.strip())
        verb, reason = match["verb"], match["reason"]
        if verb == "file-ignore":
            found.append(Suppression(selectors, 0, len(text), reason, match.start()))
        elif verb == "ignore":
            found.append(Suppression(selectors, match.end(), _next_block_end(text, match.end()), reason,
                                     match.start()))
        elif verb == "disable":
            for selector in selectors:
                open_ranges[selector] = (match.end(), reason, match.start())
        else:
            for selector in selectors:
                if selector in open_ranges:
                    start, why, at = open_ranges.pop(selector)
                    found.append(Suppression((selector,), start, match.start(), why, at))
    found.extend(Suppression((selector,), start, len(text), why, at)
                 for selector, (start, why, at) in open_ranges.items())
    return found


def _next_block_end(text: str, after: int) -> int:
    """The end of the first block (paragraph, list item) after ``after``."""
    content = re.search(r"\S", text[after:])
    if content is None:
        return len(text)
    block_end = _BLOCK_END.search(text, after + content.start())
    return block_end.start() if block_end else len(text)


def matches(item, selector: str) -> bool:
    """A rule or a diagnostic is named by a code, a code prefix, a name or a category."""
    return (item.code.startswith(selector.upper()) or selector == item.name or selector == item.category
            or selector.lower() == "all")


def is_suppressed(diagnostic, suppressions: list[Suppression]) -> bool:
    return any(s.start <= diagnostic.start < s.end and any(matches(diagnostic, sel) for sel in s.selectors)
               for s in suppressions)
