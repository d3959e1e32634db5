"""Calendar arithmetic for dates in text: periods, the year nearest the dateline, shifts.

Arithmetic that leaves the calendar ("65 million years ago", "in 8000 years")
raises ``OutsideCalendar``; the date finder reads such a span as a date it
cannot resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable

from figures.extraction.lexicon import MONTHS

Period = tuple[dt.date, dt.date]


class OutsideCalendar(ValueError):
    """A date that ``datetime`` cannot hold (before year 1 or after 9999)."""


def within_calendar(function):
    """Turn the errors of a date that leaves the calendar into ``OutsideCalendar``."""

    @functools.wraps(function)
    def guarded(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (OverflowError, ValueError) as problem:
            raise OutsideCalendar(str(problem)) from None

    return guarded


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


@within_calendar
def month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


@within_calendar
def year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@within_calendar
def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * quarter - 2
    return dt.date(year, first, 1), month_period(year, first + 2)[1]


@within_calendar
def week_period(day: dt.date) -> Period:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def days_in_month(month: int, year: int | None = None) -> int:
    """How many days ``month`` has in ``year``; without a year, the most it can have (February 29)."""
    return calendar.monthrange(2000 if year is None else year, month)[1]


def impossible(year: int | None, month: int, day: int) -> bool:
    """Whether day ``day`` (1..31) of ``month`` (1..12) is in no calendar: "November 31" never is,
    "February 29" is when ``year`` is written and not a leap year."""
    return day > days_in_month(month, year)


def nearest(make: Callable[[int], Period | None], anchor: dt.date, tense: str | None) -> Period | None:
    """The period, for the year before, of or after the anchor's, nearest the anchor.

    A period on the wrong side of the anchor for the tense is taken only when it
    is a single day at most 31 days away: "was convened on March 24" written on
    March 20 stays this year's March 24 (a contradiction a rule should see), but
    "will meet in December" written in March is next December.
    """
    best, best_cost = None, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        period = make(year)
        if period is None:
            continue
        start, end = period
        distance = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
        wrong_side = (tense == "past" and start > anchor) or (tense == "future" and end < anchor)
        tolerated = 31 if start == end else 0
        cost = distance + (1000 if wrong_side and distance > tolerated else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = period, cost
    return best


@within_calendar
def period_of(day: dt.date, unit: str) -> Period:
    """The calendar day, week, month or year containing ``day`` ("two weeks ago" is a week)."""
    if unit == "week":
        return week_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit in ("year", "decade"):
        return year_period(day.year)
    return day, day


@within_calendar
def shift(anchor: dt.date, amount: int, unit: str, sign: int) -> dt.date | None:
    unit = unit.rstrip("s")
    if unit == "day":
        return anchor + dt.timedelta(days=sign * amount)
    if unit == "week":
        return anchor + dt.timedelta(weeks=sign * amount)
    months = sign * amount * {"month": 1, "year": 12, "decade": 120}[unit]
    total = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(anchor.day, calendar.monthrange(year, month + 1)[1]))


@within_calendar
def calendar_unit(anchor: dt.date, unit: str, shift: int) -> Period:
    if unit == "week":
        return week_period(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        saturday = week_period(anchor + dt.timedelta(weeks=shift))[0] + dt.timedelta(days=5)
        if shift == -1 and anchor.weekday() >= 5:
            saturday -= dt.timedelta(weeks=0)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + shift
        return month_period(total // 12, total % 12 + 1)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return quarter_period(index // 4, index % 4 + 1)
    return year_period(anchor.year + shift)


@within_calendar
def part_of(period: Period, mod: str, anchor: dt.date) -> Period | None:
    start, end = period
    length = (end - start).days + 1
    if mod == "earlier":
        return (start, anchor - dt.timedelta(days=1)) if start < anchor <= end else period
    if mod == "later":
        return (anchor + dt.timedelta(days=1), end) if start <= anchor < end else period
    if length != 7:
        return period  # "early next year": where early ends is a matter of taste; the year is certain
    offsets = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[mod]
    return start + dt.timedelta(days=offsets[0]), start + dt.timedelta(days=offsets[1])
