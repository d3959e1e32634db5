"""Dates: absolute, ranges, years, quarters and expressions relative to the dateline.

Each pattern is a small function (``absolute``, ``relative``) marked with its
regex; ``HANDLERS`` runs them in the order ``lang/en/dates.toml`` gives, longest
forms first, and a span taken by one is not read again by the next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from figures.extraction.dates import absolute, holidays, relative
from figures.extraction.dates.calendar import (
    OutsideCalendar,
    Period,
    calendar_unit,
    month_period,
    quarter_period,
    year_period,
)
from figures.extraction.dates.matching import NOT_A_DATE, TO, UNRESOLVABLE, Context, Found
from figures.extraction.dates.readings import date_readings
from figures.extraction.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from figures.extraction.spans import TakenSpans
from figures.extraction.windows import finditer, windows
from figures.lang import LanguageDataError, date_words, holiday_words
from figures.model import Figure


#: The patterns in the order they take spans (``order`` in ``lang/en/dates.toml``).
def _handlers() -> tuple:
    defined = {name: handler for module in (absolute, relative, holidays) for name, handler in vars(module).items()
               if callable(handler) and hasattr(handler, "regex") and handler.__module__ == module.__name__}
    order = date_words().order
    if set(order) != set(defined):
        raise LanguageDataError(f"lang/en/dates.toml: order must name every date pattern once: missing "
                                f"{sorted(set(defined) - set(order))}, unknown {sorted(set(order) - set(defined))}")
    return tuple(defined[name] for name in order)


HANDLERS = _handlers()


def _holiday_words() -> set[str]:
    """The first word of each holiday's name ("christmas", "good"), lower case, as a trigger."""
    return {re.escape(name.split()[0].lower()) for rule in holiday_words().holidays for name in rule["names"]}

#: Every date expression holds one of these; patterns are run only near them: a digit, the start of a
#: month's or a weekday's name, or a trigger word of ``lang/en/dates.toml``.
_TRIGGERS = re.compile(
    r"\d|(?i:\b(?:" + "|".join(sorted({name[:3].lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)}
                                      | date_words().triggers | _holiday_words(), key=len, reverse=True)) + r")\w*)")


def find_dates(document, masked: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Date figures of ``document`` and the spans they take (to mask before reading numbers);
    ``masked`` is its text with non-figures blanked."""
    ctx = Context(document)
    taken = TakenSpans()
    found: list[Found] = []
    near = windows(masked, _TRIGGERS, 60)
    for handler in HANDLERS:
        if handler.needs is not None and not handler.needs.search(masked):
            continue
        for match in finditer(handler.regex, masked, near):
            if taken.overlaps(match.start(), match.end()):
                continue
            try:
                result = handler(match, ctx)
            except OutsideCalendar:  # "65 million years ago": a date, but not one the calendar holds
                result = Found(match.start(), match.end(), None, UNRESOLVABLE)
            if result is None or taken.overlaps(result.start, result.end):
                continue
            taken.add(result.start, result.end)
            found.append(result)
        taken.commit()
    found.sort(key=lambda f: f.start)
    days = _spans_of_days(masked, [f for f in found if f.resolution != NOT_A_DATE])
    figures = list(_figures(document, days, ctx))
    return figures, list(taken)


_LINK = re.compile(rf"{TO}|\s+and\s+", re.I)
_OPENING = re.compile(r"\b(?:(?P<between>between)|from)\s+$", re.I)


def _spans_of_days(text: str, found: list[Found]) -> list[Found]:
    """Two days written in full and joined as a span ("from 2013-10-15 to 2013-11-03", "between 4
    October 2000 and 13 March 2001") are one range, as "May 4-12" is (the patterns of ranges read
    only a month and day on each side)."""
    merged: list[Found] = []
    for item in found:
        first = merged[-1] if merged else None
        if first is not None and _full_day(first) and _full_day(item):
            link = _LINK.fullmatch(text, first.end, item.start)
            opening = _OPENING.search(text, max(0, first.start - 9), first.start)
            if link and ("and" not in link.group().lower() or (opening and opening["between"])):
                start = opening.start() if opening else first.start
                merged[-1] = Found(start, item.end, (min(first.period[0], item.period[0]),
                                                     max(first.period[0], item.period[0])),
                                   "explicit", first.period[0] > item.period[0], kind="date_range")
                continue
        merged.append(item)
    return merged


def _full_day(item: Found) -> bool:
    """A single day with its year written (not a range, a relative day or an inferred year)."""
    return item.resolution == "explicit" and item.kind in (None, "date") and item.period is not None \
        and item.period[0] == item.period[1]


def _figures(document, found: list[Found], ctx: Context) -> Iterator[Figure]:
    dateline_span = document.dateline_span
    previous_day: dt.date | None = None
    previous_quarter: Period | None = None
    previous_sentence = -2
    force = _InForce(ctx)
    for item in found:
        period, resolution, weekday, kind = item.period, item.resolution, item.weekday, item.kind
        sentence = document.sentence_index(item.start)
        if item.reference is not None:
            period, resolution = force.resolve(item, document)
            weekday, kind = None, None
            if period is None:
                continue
            if item.reference == "latest":
                force.quarter_named(period, item.end)
                previous_quarter = period
        elif resolution == "context" and kind == "quarter":  # "the quarter": the quarter last named
            period, weekday, kind = _quarters_before(previous_quarter, -weekday), None, "date_range"
            if period is None:
                continue  # no quarter named before: nothing to say which one
        elif resolution == "context":  # "the previous day": the day named in this or the last sentence
            recent = previous_day if sentence - previous_sentence <= 1 else None
            anchor = recent or ctx.anchor
            sign, weekday = weekday, None
            period = None if anchor is None else (anchor + dt.timedelta(days=sign),) * 2
            resolution = "context" if recent or not sign else "relative"
        if dateline_span and item.start <= dateline_span[0] < item.end:
            resolution = "dateline"
        kind = kind or _kind_of(period)
        text = document.text[item.start:item.end]
        if period and period[0] == period[1]:
            previous_day, previous_sentence = period[0], sentence
        if period and _is_quarter(period) and resolution != "context":
            previous_quarter = period
            force.quarter_named(period, item.end)
        elif period and item.reference is None and _is_month(period):
            force.month_named(period, sentence)
        elif period and item.reference is None and resolution == "relative" and kind == "year":
            force.year_named(item.end)  # "for this year, up from last year's": the year in force
        if item.reference is None and resolution == "context" and kind == "date_range" and period:
            force.quarter_named(period, item.end)  # "the quarter": still the quarter in force
        yield Figure(
            kind=kind, text=text, start=item.start, end=item.end,
            date_start=period[0] if period else None, date_end=period[1] if period else None,
            resolution=resolution, reversed=item.reversed, weekday=weekday,
            written_date=_iso_written(item.written),
        )


class _InForce:
    """The reporting period in force as the figures are read in order: the quarter last named
    (and the last that had ended by the dateline), the month last named, for the dates named by
    reference to them ("the year-ago period", "the latest quarter", "the 1988 period")."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.quarter: Period | None = None
        self.quarter_end = 0
        self.past_quarter: Period | None = None
        self.month: Period | None = None
        self.month_sentence = -2
        self.year_end = -1

    def quarter_named(self, period: Period, end: int) -> None:
        self.quarter, self.quarter_end = period, end
        if self.ctx.anchor is not None and period[1] < self.ctx.anchor:
            self.past_quarter = period

    def year_named(self, end: int) -> None:
        self.year_end = end

    def month_named(self, period: Period, sentence: int) -> None:
        self.month, self.month_sentence = period, sentence

    def resolve(self, item: Found, document) -> tuple[Period | None, str]:
        """The period ``item`` names and its resolution: "context" when read from the period in
        force, else its own reading (``item.period``, maybe None)."""
        fallback = item.period, item.resolution
        text = self.ctx.text
        if item.reference == "whole_year":
            year = self.quarter[0].year if self.quarter else self.ctx.anchor.year if self.ctx.anchor else None
            return (year_period(year), "context") if year else fallback
        if item.reference == "latest":
            if self.past_quarter is not None or self.quarter is not None:
                return self.past_quarter or self.quarter, "context"
            if item.noun == "quarter" and self.ctx.anchor is not None:
                return calendar_unit(self.ctx.anchor, "quarter", -1), "context"
            return None, item.resolution
        if item.reference == "step":  # "the previous quarter": next to the quarter in force
            return (_quarters_before(self.quarter, -int(item.noun)), "context") if self.quarter else fallback
        longer = self.quarter is not None and (self.year_end > self.quarter_end or bool(
            date_readings().longer.search(text, self.quarter_end, item.start)))
        if item.reference == "year_of":
            if self.quarter is None or longer:
                return fallback
            return quarter_period(item.year, (self.quarter[0].month - 1) // 3 + 1), "context"
        sentence = document.sentence_index(item.start)
        if item.noun == "month":
            if self.month is None or sentence - self.month_sentence > 1:
                return fallback
            return _months_before(self.month, 12), "context"
        if item.reference == "year_before_figure":
            start = document.sentence_at(item.start)[0]
            if not re.search(r"\d", text[start:item.start]):
                return fallback  # "he left a year ago": no figure compared
        if item.noun == "quarter":
            return (_quarters_before(self.quarter, 4), "context") if self.quarter else fallback
        if self.quarter is None:
            return fallback
        if longer:  # "for the nine months ... a year earlier": the year before
            year = year_period(self.quarter[0].year - 1)
            return fallback if fallback[0] == year else (year, "context")
        return _quarters_before(self.quarter, 4), "context"


def _months_before(month: Period, back: int) -> Period:
    index = month[0].year * 12 + month[0].month - 1 - back
    return month_period(index // 12, index % 12 + 1)


def _is_month(period: Period) -> bool:
    start, end = period
    return start.day == 1 and (start.year, start.month) == (end.year, end.month) and (end + dt.timedelta(days=1)).day == 1


def _is_quarter(period: Period) -> bool:
    start, end = period
    return start.day == 1 and start.month in (1, 4, 7, 10) and (start.year, start.month + 2) == (end.year, end.month) \
        and (end + dt.timedelta(days=1)).day == 1


def _quarters_before(quarter: Period | None, back: int) -> Period | None:
    """The quarter ``back`` quarters before ``quarter`` (None when no quarter was named)."""
    if quarter is None:
        return None
    index = quarter[0].year * 4 + (quarter[0].month - 1) // 3 - back
    return quarter_period(index // 4, index % 4 + 1)


def _iso_written(written: tuple[int | None, int, int] | None) -> str | None:
    """An impossible date as ISO 8601 writes it: "2014-11-31", "--02-30" without a year."""
    if written is None:
        return None
    year, month, day = written
    return f"{'-' if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def _kind_of(period: Period | None) -> str:
    if period is None:
        return "date"
    start, end = period
    if start == end:
        return "date"
    if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return "year"
    return "date_range"

