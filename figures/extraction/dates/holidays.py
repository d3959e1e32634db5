"""Holidays as dates: "Christmas Day", "Good Friday 2023", "on Thanksgiving" (``lang/en/holidays.toml``)."""

from __future__ import annotations

import datetime as dt
import functools

from figures.extraction.dates.calendar import nearest
from figures.extraction.dates.matching import YEAR, Context, Found, pattern
from figures.extraction.unit_words import trie_pattern
from figures.lang import holiday_words


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday_day(rule: dict, year: int) -> dt.date:
    """The day of a holiday's ``rule`` in ``year``."""
    if "easter" in rule:
        return easter(year) + dt.timedelta(days=rule["easter"])
    if "day" in rule:
        return dt.date(year, rule["month"], rule["day"])
    first = dt.date(year, rule["month"], 1)
    if rule["nth"] > 0:
        offset = (rule["weekday"] - first.weekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (rule["nth"] - 1))
    following = dt.date(year + rule["month"] // 12, rule["month"] % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - rule["weekday"]) % 7)


@functools.cache
def _names() -> dict[str, tuple[dict, bool]]:
    """Each name, lower case, to its rule and whether it may stand bare."""
    return {name.lower(): (rule, rule.get("bare", False) and name == rule["names"][-1])
            for rule in holiday_words().holidays for name in rule["names"]}


_NAME = trie_pattern(name for rule in holiday_words().holidays for name in rule["names"])  # as news writes them
_POSITION = "|".join(sorted(holiday_words().date_position, key=len, reverse=True))


@pattern(rf"(?:\b(?P<pre>(?i:{_POSITION}))\s+)?\b(?P<h>{_NAME})(?:,?\s+(?P<y>{YEAR})\b)?(?!\s+[A-Z]|\w)",
         needs=_NAME)
def holiday(match, ctx: Context):
    """A holiday's day, in the written year or the one the dateline and tense make nearest; a name
    that is also a season ("Christmas") only in date position."""
    rule, bare = _names()[match["h"].lower()]
    if bare and not (match["pre"] or match["y"]):
        return None  # "Christmas sales", "Easter eggs"
    start = match.start("h")
    if match["y"]:
        day = holiday_day(rule, int(match["y"]))
        return Found(start, match.end(), (day, day), "explicit")
    if ctx.anchor is None:
        return Found(start, match.end(), None, "inferred-year")
    tense = "past" if (match["pre"] or "").lower() in ("last", "since") else \
        "future" if (match["pre"] or "").lower() == "next" else ctx.tense(start)
    period = nearest(lambda year: (holiday_day(rule, year),) * 2, ctx.anchor, tense)
    return Found(start, match.end(), period, "inferred-year")
