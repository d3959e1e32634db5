"""What the date patterns share: regex fragments, the Found record, the context, the pattern mark."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from figures.extraction.dates.calendar import Period, nearest
from figures.extraction.dates.readings import date_readings
from figures.extraction.lexicon import MONTH_PATTERN, WEEKDAYS
from figures.extraction.tense import Tenses
from figures.lang import calendar_words

MONTH = MONTH_PATTERN
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: A day number past every month's end ("January 32"): read only to report it, in date position.
PAST_MONTH_END = r"3[2-9](?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAYS = calendar_words().weekdays
#: A weekday's full name: a date word anywhere ("on Friday").
WEEKDAY = "(?:" + "|".join(name for name, _ in _WEEKDAYS) + ")"
_FULL_NAMES = frozenset(name for name, _ in _WEEKDAYS)
_ABBREVIATED = sorted((a for _, abbreviations in _WEEKDAYS for a in abbreviations), key=len, reverse=True)
#: A weekday as a date writes it, in full or abbreviated with its full stop ("Wed.", "Thurs."):
#: used only in date position, before or after a written date.
DATE_WEEKDAY = rf"(?:{WEEKDAY}|(?:{'|'.join(_ABBREVIATED)})\b\.?)"
#: A weekday before a date ("Wednesday, March 24", "Wed., March 24", "Tue 4 May").
WEEKDAY_BEFORE = rf"(?:\b(?P<wd>{DATE_WEEKDAY}),?\s+)?"
#: A weekday after a date: in parentheses ("2021-07-02 (Thursday)", "July 2 (Fri)") or in
#: apposition at the end of a clause ("on 2 July, a Thursday,").
WEEKDAY_AFTER = (rf"(?:[ \t]*\((?P<wda>{DATE_WEEKDAY})\)"
                 rf"|,[ \t]+an?[ \t]+(?P<wdb>{WEEKDAY})(?=[ \t]*(?:[,.;:!?)\n]|—|–|$)))?")
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
    #: An impossible date (resolution INVALID) as written: (year or None, month, day).
    written: tuple[int | None, int, int] | None = None
    #: A period named by reference to the reporting period in force, resolved with the figures:
    #: "year_before" ("the year-ago period", "a year earlier"), "year_of" ("the 1988 period",
    #: ``year`` the year written), "latest" ("the latest quarter"); ``period`` is then the reading
    #: when no reporting period is in force (None: no figure).
    reference: str | None = None
    #: The noun of the reference: "quarter", "period", "month", or None (an adjective, a phrase).
    noun: str | None = None
    year: int | None = None


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

    def looking_ahead(self, offset: int) -> bool:
        """Whether the date at ``offset`` is a limit looking ahead from the telling ("until Friday",
        "gave it until mid-November", "payable Dec. 7"), its clause not in the past perfect."""
        readings = date_readings()
        if not readings.ahead.search(self.text, max(0, offset - 30), offset):
            return False
        sentence = self.document.sentence_at(offset)
        return not readings.past_perfect.search(self.text, *sentence)

    def date_tense(self, offset: int) -> str | None:
        """The tense that picks the year of a yearless date at ``offset``: the clause's, but none
        (the nearest year) for a limit looking ahead told in the past ("said it would wait until
        March 6")."""
        tense = self.tense(offset)
        return None if tense == "past" and self.looking_ahead(offset) else tense


#: The resolution of a span that looks like a date but is none ("2022-02-30"): masked, not reported.
NOT_A_DATE = "not-a-date"
#: The resolution of a date whose arithmetic leaves the calendar ("65 million years ago").
UNRESOLVABLE = "unresolvable"
#: The resolution of a date in date position that the calendar lacks ("November 31", "February
#: 29, 2023"): a figure with no period, its ``written`` date kept for the rule.
INVALID = "invalid"
#: The resolution of a numeric date that reads both ways ("03/04/2021"): its period runs from the
#: earlier reading to the later, and only those two days are meant.
AMBIGUOUS = "ambiguous"


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
    return nearest(make, ctx.anchor, ctx.date_tense(at)), "inferred-year"


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")


def word_before(text: str, offset: int, lower: bool = True) -> str:
    """The word right before ``offset`` (spaces between allowed), lower case unless ``lower`` is
    false; "" if none (a full stop, a comma or a line end comes first)."""
    found = _WORD_BEFORE.search(text[max(0, offset - 20):offset])
    word = found.group(1) if found else ""
    return word.lower() if lower else word


def written_weekday(match, ctx: Context, body: int) -> tuple[int | None, int]:
    """The weekday written with a date (before it, else after it) and where the date's span
    starts: at the weekday before it, or at ``body`` (the date's first word) when there is none
    or when it is an abbreviation that the word before it makes part of a name: a determiner
    ("the Sun, March 3") or a capitalised word ("Baltimore Sun, March 3")."""
    groups = match.groupdict()
    start, weekday = body, None
    if groups.get("wd"):
        name = groups["wd"].rstrip(".")
        abbreviated = name not in _FULL_NAMES
        before = word_before(ctx.text, match.start("wd"), lower=False)
        if not (abbreviated and (before.lower() in calendar_words().name_determiners or before[:1].isupper())):
            start, weekday = match.start("wd"), WEEKDAYS[name.lower()]
    after = groups.get("wda") or groups.get("wdb")
    if weekday is None and after:
        weekday = WEEKDAYS[after.rstrip(".").lower()]
    return weekday, start

