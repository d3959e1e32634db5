"""Dates: absolute, ranges, years, quarters and expressions relative to the dateline."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from figures.extraction.lexicon import MONTHS, WEEKDAYS
from figures.extraction.numbers import NUMBER, parse_number
from figures.extraction.tense import tense_at
from figures.extraction.unit_words import CURRENCY_SIGNS, TIME_UNITS, UNIT_AFTER
from figures.extraction.windows import finditer, windows
from figures.model import Figure

Period = tuple[dt.date, dt.date]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|--)\s*"
_TO = rf"(?:{_DASH}|\s+(?:to|through|thru|until|till)\s+)"


def _named(pattern: str, **names: str) -> str:
    for key, name in names.items():
        pattern = pattern.replace("{" + key + "}", name)
    return pattern


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    period: Period | None
    resolution: str
    reversed: bool = False
    weekday: int | None = None
    kind: str | None = None


class _Context:
    """What resolving a date needs: the text, sentences, dateline and tense."""

    def __init__(self, document):
        self.document = document
        self.text = document.text
        dateline = document.dateline
        self.anchor: dt.date | None = dateline.date if dateline else None

    def tense(self, offset: int) -> str | None:
        return tense_at(self.text, self.document.sentence_at(offset), offset)


# -- calendar helpers ------------------------------------------------------

def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _quarter_period(year: int, quarter: int) -> Period:
    first = 3 * quarter - 2
    return dt.date(year, first, 1), _month_period(year, first + 2)[1]


def _week_period(day: dt.date) -> Period:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(make: Callable[[int], Period | None], anchor: dt.date, tense: str | None) -> Period | None:
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


# -- pattern handlers --------------------------------------------------------

_HANDLERS: list[tuple[re.Pattern, re.Pattern | None, Callable[[re.Match, _Context], _Found | None]]] = []
_MONTH_CUE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"


def _pattern(regex: str, flags: int = 0, needs: str | None = None):
    """Register a handler for ``regex``; ``needs`` is a cheap test the text must pass first."""
    def register(handler):
        _HANDLERS.append((re.compile(regex, flags), re.compile(needs, flags) if needs else None, handler))
        return handler
    return register


def _explicit_or_inferred(ctx: _Context, at: int, make: Callable[[int], Period | None],
                          year: str | None) -> tuple[Period | None, str]:
    if year:
        return make(int(year)), "explicit"
    if ctx.anchor is None:
        return None, "inferred-year"
    return _nearest(make, ctx.anchor, ctx.tense(at)), "inferred-year"


@_pattern(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))")
def _iso(match, ctx):
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:  # "2022-02-30" is no date, and no three numbers either
        return _Found(match.start(), match.end(), None, _NOT_A_DATE)
    return _Found(match.start(), match.end(), (day, day), "explicit")


_NOT_A_DATE = "not-a-date"


@_pattern(_named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?"
    r"(?P<to>{TO}|\s+and\s+)(?P<m2>{M})\s+(?P<d2>{D})\b(?:,?\s+(?P<y2>{Y})\b)?",
    M=_MONTH, D=_DAY, Y=_YEAR, TO=_TO), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _month_day_to_month_day(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    year = match["y2"] or match["y1"]
    first = (_month_number(match["m1"]), _day_number(match["d1"]))
    second = (_month_number(match["m2"]), _day_number(match["d2"]))
    return _range(match, ctx, year, first, second, year_first=match["y1"])


@_pattern(_named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<m1>{M})\s+(?P<d1>{D})(?P<to>{TO}|\s+and\s+)"
    r"(?P<d2>{D})\b(?![.,]\d|\s*(?:%|percent|per\s+cent|pct|mln|million|billion|bln)\b)(?:,?\s+(?P<y1>{Y})\b)?",
    M=_MONTH, D=_DAY, Y=_YEAR, TO=_TO), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _month_day_to_day(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    month = _month_number(match["m1"])
    return _range(match, ctx, match["y1"], (month, _day_number(match["d1"])),
                  (month, _day_number(match["d2"])))


@_pattern(_named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<d1>{D})(?:\s+(?P<m1>{M}))?(?P<to>{TO}|\s+and\s+)"
    r"(?P<d2>{D})\s+(?P<m2>{M})(?:,?\s+(?P<y1>{Y})\b)?",
    M=_MONTH, D=_DAY, Y=_YEAR, TO=_TO), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _day_to_day_month(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    month2 = _month_number(match["m2"])
    month1 = _month_number(match["m1"]) if match["m1"] else month2
    return _range(match, ctx, match["y1"], (month1, _day_number(match["d1"])),
                  (month2, _day_number(match["d2"])))


def _range(match, ctx, year, first, second, year_first=None) -> _Found | None:
    def make(y: int) -> Period | None:
        start = _safe_date(int(year_first) if year_first else y, *first)
        end = _safe_date(y, *second)
        if start is None or end is None:
            return None
        if end < start and first[0] > second[0] and not year_first:  # "December 28 - January 3"
            start = _safe_date(y - 1, *first)
        return (start, end) if start <= end else (end, start)

    period, resolution = _explicit_or_inferred(ctx, match.start(), make, year)
    if period is None and (year or ctx.anchor):
        return None
    reversed_ = first[0] == second[0] and first[1] > second[1]
    start = match.start("m1") if match.groupdict().get("m1") and match.start("m1") < match.start("d1") \
        else match.start("d1")
    if match.groupdict().get("pre"):
        start = match.start("pre")
    return _Found(start, match.end(), period, resolution, reversed_, kind="date_range")


@_pattern(_named(
    r"(?:\b(?P<wd>{W}),?\s+)?\b(?P<m>{M})\s+(?P<d>{D})(?![\d:])(?!\s*(?:%|percent|per\s+cent|pct)\b)"
    r"(?:,?\s+(?P<y>{Y})\b)?",
    M=_MONTH, D=_DAY, Y=_YEAR, W=_WEEKDAY), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _month_day(match, ctx):
    return _single_day(match, ctx, _month_number(match["m"]), _day_number(match["d"]))


@_pattern(_named(
    r"(?:\b(?P<wd>{W}),?\s+)?(?:\bthe\s+)?\b(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y})\b)?",
    M=_MONTH, D=_DAY, Y=_YEAR, W=_WEEKDAY), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _day_month(match, ctx):
    return _single_day(match, ctx, _month_number(match["m"]), _day_number(match["d"]))


def _single_day(match, ctx, month: int, day: int) -> _Found | None:
    if match["m"] == "May" and not match["y"] and _looks_like_verb_may(ctx.text, match.end("m")):
        return None

    def make(year: int) -> Period | None:
        date = _safe_date(year, month, day)
        return (date, date) if date else None

    period, resolution = _explicit_or_inferred(ctx, match.start(), make, match["y"])
    if period is None and (match["y"] or ctx.anchor):
        return None
    weekday = WEEKDAYS[match["wd"].lower()] if match["wd"] else None
    return _Found(match.start(), match.end(), period, resolution, weekday=weekday, kind="date")


def _looks_like_verb_may(text: str, end: int) -> bool:
    return bool(re.match(r"\s+(?:be|have|not|also|well|still|never)\b", text[end:end + 8]))


@_pattern(_named(r"\b(?P<m>{M}),?\s+(?:of\s+)?(?:(?P<y>{Y})\b|(?P<rel>last|this|next)\s+year\b)", M=_MONTH, Y=_YEAR), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _month_year(match, ctx):
    month = _month_number(match["m"])
    if match["y"]:
        return _Found(match.start(), match.end(), _month_period(int(match["y"]), month), "explicit")
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative", kind="date_range")
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    return _Found(match.start(), match.end(), _month_period(year, month), "relative")


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}


@_pattern(_named(
    r"\b(?:(?P<y0>{Y})\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b"
    r"(?:\s+(?:of\s+)?(?:(?P<y>{Y})\b|(?P<rel>this|last|next)\s+year\b))?", Y=_YEAR), re.I, needs='quarter')
def _quarter(match, ctx):
    quarter = _QUARTERS[match["q"].lower()]
    year = match["y"] or match["y0"]
    if year:
        return _Found(match.start(), match.end(), _quarter_period(int(year), quarter), "explicit")
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    if match["rel"]:
        shift = {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
        return _Found(match.start(), match.end(),
                      _quarter_period(ctx.anchor.year + shift, quarter), "relative")
    period = _nearest(lambda y: _quarter_period(y, quarter), ctx.anchor, ctx.tense(match.start()) or "past")
    return _Found(match.start(), match.end(), period, "inferred-year")


@_pattern(_named(r"\bQ(?P<q>[1-4])(?:\s*(?P<y>{Y})\b|\s*'(?P<yy>\d\d)\b)?", Y=_YEAR), needs='Q[1-4]')
def _q_quarter(match, ctx):
    quarter = int(match["q"])
    if match["y"] or match["yy"]:
        year = int(match["y"]) if match["y"] else _two_digit_year(int(match["yy"]), ctx)
        return _Found(match.start(), match.end(), _quarter_period(year, quarter), "explicit")
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "inferred-year")
    period = _nearest(lambda y: _quarter_period(y, quarter), ctx.anchor, ctx.tense(match.start()) or "past")
    return _Found(match.start(), match.end(), period, "inferred-year")


def _two_digit_year(yy: int, ctx: _Context) -> int:
    century = (ctx.anchor.year // 100 * 100) if ctx.anchor else 2000
    return century + yy


@_pattern(_named(r"\b(?P<h>first|second)[\s-]+half\s+(?:of\s+)?(?P<y>{Y})\b", Y=_YEAR), re.I, needs='half')
def _half(match, ctx):
    year = int(match["y"])
    months = (1, 6) if match["h"].lower() == "first" else (7, 12)
    return _Found(match.start(), match.end(),
                  (dt.date(year, months[0], 1), _month_period(year, months[1])[1]), "explicit")


@_pattern(_named(
    r"\b(?:(?P<pre>[Bb]etween)\s+(?P<a>{Y})\s+and\s+(?P<b>{Y})|(?P<from>[Ff]rom)\s+(?P<c>{Y})\s+"
    r"(?:to|until|till|through)\s+(?P<d>{Y}))\b(?!\s*(?:%|percent|pct|people))", Y=_YEAR), needs='\\d{4}\\s+(?:and|to|until|till|through)\\s+\\d{4}')
def _year_to_year(match, ctx):
    first, second = (int(match["a"]), int(match["b"])) if match["a"] else (int(match["c"]), int(match["d"]))
    return _year_range(match, first, second)


@_pattern(_named(
    r"(?:\b(?:[Ff]iscal(?:\s+year)?|FY)\s*)?(?<![\d,.$£€-])\b(?P<a>{Y})(?:-|–|/)(?P<b>\d{4}|\d\d)\b"
    r"(?![-/]\d)", Y=_YEAR), needs='\\d{4}[-–/]\\d')
def _fiscal_years(match, ctx):
    first = int(match["a"])
    second_text = match["b"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if len(second_text) == 2 and second < first and first % 100 >= 90 and second % 100 < 10:
        second += 100  # "1999-00"
    if len(second_text) == 4 and not 1500 <= second <= 2099:
        return None
    return _year_range(match, first, second)


def _year_range(match, first: int, second: int) -> _Found:
    low, high = sorted((first, second))
    return _Found(match.start(), match.end(), (dt.date(low, 1, 1), dt.date(high, 12, 31)),
                  "explicit", reversed=first > second, kind="date_range")


@_pattern(r"\b(?:the\s+)?(?:(?:early|mid|late)-?\s?)?(?P<dec>1[5-9]\d0|20\d0)s\b|\b(?:the\s+)?'(?P<yy>\d0)s\b", needs='0s\\b')
def _decade(match, ctx):
    if match["dec"]:
        start = int(match["dec"])
    else:
        start = (1900 if int(match["yy"]) > 20 else 2000) + int(match["yy"])
    return _Found(match.start(), match.end(), (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)),
                  "explicit", kind="date_range")


@_pattern(rf"\b(?P<n>{NUMBER}|an?)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.I, needs='\\bago\\b')
def _ago(match, ctx):
    amount = 1 if match["n"].lower() in ("a", "an") else parse_number(match["n"])
    amount = amount if isinstance(amount, int) else (amount.value if amount else None)
    if amount is None or amount != int(amount):
        return None
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    unit = match["unit"].lower().rstrip("s")
    day = _shift(ctx.anchor, int(amount), unit, -1)
    return _Found(match.start(), match.end(), _period_of(day, unit), "relative")


def _period_of(day: dt.date, unit: str) -> Period:
    """The calendar day, week, month or year containing ``day`` ("two weeks ago" is a week)."""
    if unit == "week":
        return _week_period(day)
    if unit == "month":
        return _month_period(day.year, day.month)
    if unit in ("year", "decade"):
        return _year_period(day.year)
    return day, day


@_pattern(rf"\bin\s+(?P<n>{NUMBER}|an?)\s+(?P<unit>days?|weeks?|months?|years?)(?:'\s*time)?\b", re.I, needs='\\bin\\s')
def _in_future(match, ctx):
    if ctx.tense(match.start()) != "future" or re.search(r"\b(?:first|last)\b[^.]{0,60}$",
                                                          ctx.text[max(0, match.start() - 60):match.start()]):
        return None
    amount = 1 if match["n"].lower() in ("a", "an") else (parse_number(match["n"]) or None)
    value = amount if isinstance(amount, int) else (amount.value if amount else None)
    if value is None or value != int(value):
        return None
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    day = _shift(ctx.anchor, int(value), match["unit"].lower(), 1)
    return _Found(match.start(), match.end(), (day, day), "relative") if day else None


def _shift(anchor: dt.date, amount: int, unit: str, sign: int) -> dt.date | None:
    unit = unit.rstrip("s")
    if unit == "day":
        return anchor + dt.timedelta(days=sign * amount)
    if unit == "week":
        return anchor + dt.timedelta(weeks=sign * amount)
    months = sign * amount * {"month": 1, "year": 12, "decade": 120}[unit]
    total = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(anchor.day, calendar.monthrange(year, month + 1)[1]))


@_pattern(r"\b(?:(?P<mod>early|mid|late|earlier|later)[\s-]+)?(?P<rel>last|this|next)\s+"
          r"(?P<unit>week|weekend|month|year|quarter)\b", re.I, needs='\\b(?:last|this|next)\\s')
def _last_this_next(match, ctx):
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    shift = {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    period = _calendar_unit(ctx.anchor, match["unit"].lower(), shift)
    if match["mod"]:
        period = _part_of(period, match["mod"].lower(), ctx.anchor)
    return _Found(match.start(), match.end(), period, "relative") if period else None


@_pattern(r"\b(?P<mod>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I, needs='\\bthis\\s')
def _earlier_this(match, ctx):
    return _last_this_next(match, ctx)


def _calendar_unit(anchor: dt.date, unit: str, shift: int) -> Period:
    if unit == "week":
        return _week_period(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        saturday = _week_period(anchor + dt.timedelta(weeks=shift))[0] + dt.timedelta(days=5)
        if shift == -1 and anchor.weekday() >= 5:
            saturday -= dt.timedelta(weeks=0)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + shift
        return _month_period(total // 12, total % 12 + 1)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return _quarter_period(index // 4, index % 4 + 1)
    return _year_period(anchor.year + shift)


def _part_of(period: Period, mod: str, anchor: dt.date) -> Period | None:
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


@_pattern(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", re.I)
def _deictic(match, ctx):
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[match["w"].lower()]
    day = ctx.anchor + dt.timedelta(days=offset)
    return _Found(match.start(), match.end(), (day, day), "relative")


@_pattern(r"\b(?:the\s+(?P<dir>previous|following|next)\s+day|the\s+day\s+(?P<dir2>before|after)"
          r"|a\s+day\s+(?P<dir3>earlier|later))\b", re.I, needs='\\bday\\b')
def _context_day(match, ctx):
    word = (match["dir"] or match["dir2"] or match["dir3"]).lower()
    sign = -1 if word in ("previous", "before", "earlier") else 1
    return _Found(match.start(), match.end(), None, "context", weekday=sign)  # resolved later


@_pattern(_named(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{W})\b(?!s)", W=_WEEKDAY), needs='day\\b')
def _weekday(match, ctx):
    if ctx.anchor is None:
        return _Found(match.start(), match.end(), None, "relative")
    target = WEEKDAYS[match["wd"].lower()]
    rel = (match["rel"] or "").lower()
    back = (ctx.anchor.weekday() - target) % 7
    if rel == "last":
        day = ctx.anchor - dt.timedelta(days=back or 7)
    elif rel == "next":
        day = ctx.anchor + dt.timedelta(days=((target - ctx.anchor.weekday()) % 7) or 7)
    elif back == 0:
        day = ctx.anchor
    elif rel == "this" or ctx.tense(match.start()) == "future":
        day = ctx.anchor + dt.timedelta(days=(target - ctx.anchor.weekday()) % 7)
    else:
        day = ctx.anchor - dt.timedelta(days=back)
    return _Found(match.start(), match.end(), (day, day), "relative")


_MONTH_CONTEXT = (r"in|since|until|till|by|from|to|through|during|before|after|early|mid|late"
                  r"|end\s+of|beginning\s+of|start\s+of|last|next|this|of|and")


@_pattern(_named(r"\b(?P<pre>{C})[\s-]+(?P<m>January|February|March|April|May|June|July|August"
                 r"|September|October|November|December)\b(?![\s-]*\d)", C=_MONTH_CONTEXT), needs='(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)')
def _month_alone(match, ctx):
    month = _month_number(match["m"])
    pre = match["pre"].lower()
    start = match.start("m") if pre in ("in", "since", "until", "till", "by", "from", "to", "through",
                                        "during", "before", "after", "of", "and") else match.start()
    if ctx.anchor is None:
        return _Found(start, match.end(), None, "inferred-year", kind="date_range")
    if pre in ("last", "next", "this"):
        year = ctx.anchor.year
        if pre == "last":
            year -= 1 if month >= ctx.anchor.month else 0
        elif pre == "next":
            year += 1 if month <= ctx.anchor.month else 0
        return _Found(start, match.end(), _month_period(year, month), "relative", kind="date_range")
    tense = ctx.tense(match.start())
    if pre == "since":
        tense = "past"
    period = _nearest(lambda y: _month_period(y, month), ctx.anchor, tense)
    return _Found(start, match.end(), period, "inferred-year", kind="date_range")


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_YEAR = (rf"(?:(?P<c>eighteen|nineteen)[\s-]+(?:(?P<t>{_TENS})(?:[\s-](?P<o>{_ONES}))?|(?P<teen>{_TEENS})"
                 rf"|(?:oh[\s-])?(?P<oh>{_ONES})|hundred)|two\s+thousand(?:\s+and)?(?:\s+(?P<mo>{_ONES}|{_TEENS}))?)")


def _spelled_year_value(match) -> int:
    from figures.extraction.lexicon import TENS_WORDS, UNITS_WORDS
    if match["c"]:
        base = 1800 if match["c"].lower() == "eighteen" else 1900
        if match["t"]:
            return base + TENS_WORDS[match["t"].lower()] + (UNITS_WORDS[match["o"].lower()] if match["o"] else 0)
        word = match["teen"] or match["oh"]
        return base + (UNITS_WORDS[word.lower()] if word else 0)
    return 2000 + (UNITS_WORDS[match["mo"].lower()] if match["mo"] else 0)


@_pattern(_named(rf"(?:\b(?P<m>{{M}})\s+)?\b{_SPELLED_YEAR}\b(?!\s+(?:people|dollars|years|percent))",
                 M=_MONTH), re.I, needs='\\b(?:nineteen|eighteen|two\\s+thousand)\\b')
def _spelled_year(match, ctx):
    before = ctx.text[max(0, match.start() - 12):match.start()]
    if not match["m"] and not match["t"] and not re.search(r"(?i:\b(?:in|since|of|by|until|from|to|and|early|late|mid|the)\s+$|^\s*$|[.\n]\s*$)",
                                         before):
        return None
    year = _spelled_year_value(match)
    if match["m"]:
        return _Found(match.start(), match.end(), _month_period(year, _month_number(match["m"])), "explicit")
    return _Found(match.start(), match.end(), _year_period(year), "explicit", kind="year")


_YEAR_PREFIX = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|through|during|before|after|between|and|early|mid"
    r"|late|fiscal|year|the|for|on|until|around|circa|c\.)|'s|-)\s*$", re.I)


@_pattern(r"(?<![\d,.$£€¥#-])\b(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d|%|-\d)")
def _year(match, ctx):
    before = ctx.text[max(0, match.start() - 25):match.start()]
    after = ctx.text[match.end():match.end() + 30]
    year = int(match["y"])
    has_prefix = bool(_YEAR_PREFIX.search(before))
    if not 1900 <= year <= 2099 and not _STRONG_YEAR_PREFIX.search(before):
        return None
    if _is_measure(after) or _QUALIFIED.search(before) or _currency_before(before):
        return None
    if not has_prefix and re.match(r"\s+[a-z]+s\b(?<!\bsales)", after) and not re.match(
            r"\s+(?:was|has|is|results|figures|levels|earnings|profits|sales|levels|budgets)\b", after):
        return None
    return _Found(match.start(), match.end(), _year_period(year), "explicit", kind="year")


_STRONG_YEAR_PREFIX = re.compile(
    r"\b(?:in|since|until|till|from|during|before|after|early|mid|late|circa|c\.)[\s-]*$", re.I)
_QUALIFIED = re.compile(
    r"\b(?:about|around|some|almost|nearly|over|more than|less than|fewer than|at least|up to|"
    r"approximately|roughly|No\.|number|than|only|just)\s*$", re.I)


def _currency_before(before: str) -> bool:
    stripped = before.rstrip()
    return any(stripped.endswith(sign.strip()) for sign in CURRENCY_SIGNS if not sign.strip().isalpha()) \
        or bool(re.search(r"\b(?:US\$|Rs\.?|USD|EUR|GBP|JPY|CHF)\s*$", before))


def _is_measure(after: str) -> bool:
    if re.match(r"\s*(?:%|percent\b|per\s+cent\b|pct\b|mln\b|million\b|billion\b|bln\b|dlrs\b|"
                r"dollars\b|tonnes\b|people\b|shares\b|-year-old\b|-strong\b)", after, re.I):
        return True
    unit = UNIT_AFTER.match(after)
    if unit and unit.group("word"):
        return True
    time = re.match(r"\s*-?\s*(\w+)", after)
    return bool(time and time.group(1).lower() in TIME_UNITS)


# -- driver ------------------------------------------------------------------

#: Every date expression holds one of these; patterns are run only near them.
_TRIGGERS = re.compile(
    r"\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|today|tonight|yesterday|tomorrow|last|this|next|ago|day|quarter|half|nineteen|eighteen"
    r"|thousand|earlier|later|previous|following|early|mid|late|week|month|year|decade)\w*)")

def find_dates(document, masked: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Date figures of ``document`` and the spans they take (to mask before reading numbers);
    ``masked`` is its text with non-figures blanked."""
    ctx = _Context(document)
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    near = windows(masked, _TRIGGERS, 60)
    for regex, needs, handler in _HANDLERS:
        if needs is not None and not needs.search(masked):
            continue
        for match in finditer(regex, masked, near):
            if _overlaps(taken, match.start(), match.end()):
                continue
            result = handler(match, ctx)
            if result is None or _overlaps(taken, result.start, result.end):
                continue
            taken.append((result.start, result.end))
            found.append(result)
    found.sort(key=lambda f: f.start)
    figures = list(_figures(document, [f for f in found if f.resolution != _NOT_A_DATE], ctx))
    return figures, taken


def _figures(document, found: list[_Found], ctx: _Context) -> Iterator[Figure]:
    dateline_span = document.dateline_span
    previous_day: dt.date | None = None
    previous_sentence = -2
    for item in found:
        period, resolution, weekday = item.period, item.resolution, item.weekday
        sentence = document.sentence_index(item.start)
        if resolution == "context":  # "the previous day": the day named in this or the last sentence
            recent = previous_day if sentence - previous_sentence <= 1 else None
            anchor = recent or ctx.anchor
            sign, weekday = weekday, None
            period = None if anchor is None else (anchor + dt.timedelta(days=sign),) * 2
            resolution = "context" if recent else "relative"
        if dateline_span and item.start <= dateline_span[0] < item.end:
            resolution = "dateline"
        kind = item.kind or _kind_of(period)
        text = document.text[item.start:item.end]
        if period and period[0] == period[1]:
            previous_day, previous_sentence = period[0], sentence
        yield Figure(
            kind=kind, text=text, start=item.start, end=item.end,
            date_start=period[0] if period else None, date_end=period[1] if period else None,
            resolution=resolution, reversed=item.reversed, weekday=weekday,
        )


def _kind_of(period: Period | None) -> str:
    if period is None:
        return "date"
    start, end = period
    if start == end:
        return "date"
    if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return "year"
    return "date_range"


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in taken)

