"""What the date patterns share: regex fragments, the Found record, the context, the pattern mark."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from figures.extraction.dates.calendar import Period, nearest
from figures.extraction.tense import Tenses

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DASH = r"\s*(?:-|–|—|--)\s*"
TO = rf"(?:{DASH}|\s+(?:to|through|thru|until|till)\s+)"


def named(pattern: str, **names: str) -> str:
    """``pattern`` with ``{M}``-style placeholders filled (regexes have too many braces for format)."""
    for key, name in names.items():
        pattern = pattern.replace("{" + key + "}", name)
    return pattern


@dataclass(frozen=True)
class Found:
    """What a pattern read: the span, the period it means, and how it was anchored."""

    start: int
    end: int
    period: Period | None
    resolution: str
    reversed: bool = False
    weekday: int | None = None
    kind: str | None = None


class Context:
    """What resolving a date needs: the text, sentences, dateline and tense."""

    def __init__(self, document):
        self.document = document
        self.text = document.analysis_text
        dateline = document.dateline
        self.anchor: dt.date | None = dateline.date if dateline else None
        self.tenses = Tenses(self.text)

    def tense(self, offset: int) -> str | None:
        return self.tenses.at(self.document.sentence_at(offset), offset)


#: The resolution of a span that looks like a date but is none ("2022-02-30"): masked, not reported.
NOT_A_DATE = "not-a-date"
#: The resolution of a date whose arithmetic leaves the calendar ("65 million years ago").
UNRESOLVABLE = "unresolvable"


def pattern(regex: str, flags: int = 0, needs: str | None = None):
    """Mark a handler with its ``regex``; ``needs`` is a cheap test the text must pass first."""
    def mark(handler):
        handler.regex = re.compile(regex, flags)
        handler.needs = re.compile(needs, flags) if needs else None
        return handler
    return mark


def explicit_or_inferred(ctx: Context, at: int, make: Callable[[int], Period | None],
                         year: str | None) -> tuple[Period | None, str]:
    """The period for the written year, or for the year the dateline and tense make likely."""
    if year:
        return make(int(year)), "explicit"
    if ctx.anchor is None:
        return None, "inferred-year"
    return nearest(make, ctx.anchor, ctx.tense(at)), "inferred-year"
