"""Dates written out: days, day and month ranges, months, quarters, halves, years, decades."""

from __future__ import annotations

import datetime as dt
import re

from figures.extraction.dates.calendar import (
    Period,
    day_number,
    impossible,
    month_number,
    month_period,
    nearest,
    quarter_period,
    safe_date,
    week_period,
    year_period,
)
from figures.extraction.dates.matching import (
    AMBIGUOUS,
    DAY,
    INVALID,
    MONTH,
    NOT_A_DATE,
    PAST_MONTH_END,
    TO,
    WEEKDAY_AFTER,
    WEEKDAY_BEFORE,
    YEAR,
    Context,
    Found,
    explicit_or_inferred,
    named,
    pattern,
    word_before,
    written_weekday,
)
from figures.extraction.dates.readings import date_readings
from figures.extraction.lexicon import MONTH_NAME_PATTERN, MONTH_ONLY_NAME_PATTERN, MONTH_TRIGGER
from figures.extraction.unit_words import CURRENCY_SIGNS, TIME_UNITS, UNIT_AFTER
from figures.lang import calendar_words


@pattern(named(r"{WB}\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d)){WA}",
               WB=WEEKDAY_BEFORE, WA=WEEKDAY_AFTER))
def iso(match, ctx):
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    weekday, start = written_weekday(match, ctx, match.start("y"))
    date = safe_date(year, month, day)
    if date is None:  # "2023-02-29" is an impossible date; "2022-13-45" no date, and no three numbers either
        if 1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year:
            return Found(start, match.end(), None, INVALID, weekday=weekday, kind="date",
                         written=(year, month, day))
        return Found(match.start("y"), match.end(), None, NOT_A_DATE)
    return Found(start, match.end(), (date, date), "explicit", weekday=weekday)


@pattern(named(r"{WB}(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>{Y})\b(?![/-]\d|\.\d){WA}",
               Y=YEAR, WB=WEEKDAY_BEFORE, WA=WEEKDAY_AFTER), needs=r"\d/\d{1,2}/\d{4}")
def numeric(match, ctx):
    """"27/10/2040" (only day/month reads), "10/27/2040" (only month/day), "03/04/2021" (both:
    unless the weekday written with it fits one reading, its period runs from one reading to
    the other, resolution AMBIGUOUS), "30/02/2021" (neither: impossible, in date position)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    weekday, start = written_weekday(match, ctx, match.start("a"))
    readings = sorted({d for d in (safe_date(year, second, first), safe_date(year, first, second)) if d})
    if not readings:
        month, day = (second, first) if 1 <= second <= 12 else (first, second)
        sure = weekday is not None or word_before(ctx.text, start) in calendar_words().before_day_month
        if 1 <= month <= 12 and 1 <= day <= 31 and sure:
            return Found(start, match.end(), None, INVALID, weekday=weekday, kind="date",
                         written=(year, month, day))
        return Found(match.start("a"), match.end(), None, NOT_A_DATE)
    if len(readings) == 2 and weekday is not None:
        fitting = [d for d in readings if d.weekday() == weekday]
        readings = fitting if len(fitting) == 1 else readings
    if len(readings) == 1:
        return Found(start, match.end(), (readings[0], readings[0]), "explicit", weekday=weekday, kind="date")
    return Found(start, match.end(), (readings[0], readings[1]), AMBIGUOUS, weekday=weekday, kind="date")


@pattern(named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?"
    r"(?P<to>{TO}|\s+and\s+)(?P<m2>{M})\s+(?P<d2>{D})\b(?:,?\s+(?P<y2>{Y})\b)?",
    M=MONTH, D=DAY, Y=YEAR, TO=TO), needs=MONTH_TRIGGER)
def month_day_to_month_day(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    year = match["y2"] or match["y1"]
    first = (month_number(match["m1"]), day_number(match["d1"]))
    second = (month_number(match["m2"]), day_number(match["d2"]))
    return _range(match, ctx, year, first, second, year_first=match["y1"])


@pattern(named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<m1>{M})\s+(?P<d1>{D})(?P<to>{TO}|\s+and\s+)"
    r"(?P<d2>{D})\b(?![.,]\d|\s*(?:%|percent|per\s+cent|pct|mln|million|billion|bln)\b)(?:,?\s+(?P<y1>{Y})\b)?",
    M=MONTH, D=DAY, Y=YEAR, TO=TO), needs=MONTH_TRIGGER)
def month_day_to_day(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    month = month_number(match["m1"])
    return _range(match, ctx, match["y1"], (month, day_number(match["d1"])),
                  (month, day_number(match["d2"])))


@pattern(named(
    r"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?\b(?P<d1>{D})(?:\s+(?P<m1>{M}))?(?P<to>{TO}|\s+and\s+)"
    r"(?P<d2>{D})\s+(?P<m2>{M})(?:,?\s+(?P<y1>{Y})\b)?",
    M=MONTH, D=DAY, Y=YEAR, TO=TO), needs=MONTH_TRIGGER)
def day_to_day_month(match, ctx):
    if "and" in match["to"] and (match["pre"] or "").lower() != "between":
        return None
    month2 = month_number(match["m2"])
    month1 = month_number(match["m1"]) if match["m1"] else month2
    return _range(match, ctx, match["y1"], (month1, day_number(match["d1"])),
                  (month2, day_number(match["d2"])))


def _range(match, ctx, year, first, second, year_first=None) -> Found | None:
    def make(y: int) -> Period | None:
        start = safe_date(int(year_first) if year_first else y, *first)
        end = safe_date(y, *second)
        if start is None or end is None:
            return None
        if end < start and first[0] > second[0] and not year_first:  # "December 28 - January 3"
            start = safe_date(y - 1, *first)
            if start is None:  # "February 29 - January 3, 2024": no February 29 in 2023
                return None
        return (start, end) if start <= end else (end, start)

    reversed_ = first[0] == second[0] and first[1] > second[1]
    groups = match.groupdict()
    month_first = bool(groups.get("m1")) and match.start("m1") < match.start("d1")
    start = match.start("m1") if month_first else match.start("d1")
    if groups.get("pre"):
        start = match.start("pre")
    ends = ((int(year_first) if year_first else None, *first), (int(year) if year else None, *second))
    bad = next((end for end in ends if impossible(*end)), None)
    if bad is not None:  # "Feb. 28-30, 2024", "from April 28 to April 31"
        words = calendar_words().before_month_day if month_first else calendar_words().before_day_month
        if (year or groups.get("pre") or (groups.get("m1") and groups.get("m2"))
                or _CLAUSE_END.match(ctx.text, match.end()) or word_before(ctx.text, start) in words):
            return Found(start, match.end(), None, INVALID, reversed_, kind="date_range", written=bad)
        return None
    period, resolution = explicit_or_inferred(ctx, match.start(), make, year)
    if period is None and (year or ctx.anchor):
        return None
    return Found(start, match.end(), period, resolution, reversed_, kind="date_range")


@pattern(named(
    r"{WB}\b(?P<m>{M})\s+(?P<d>{D}|{DX})(?!\d|:\d)(?!\s*(?:%|percent|per\s+cent|pct)\b)"
    r"(?:,?\s+(?P<y>{Y})\b)?{WA}",
    M=MONTH, D=DAY, DX=PAST_MONTH_END, Y=YEAR, WB=WEEKDAY_BEFORE, WA=WEEKDAY_AFTER),
    needs=MONTH_TRIGGER)
def month_day(match, ctx):
    return _single_day(match, ctx, month_number(match["m"]), day_number(match["d"]), match.start("m"),
                       calendar_words().before_month_day)


@pattern(named(
    r"{WB}(?P<the>\bthe\s+)?\b(?P<d>{D}|{DX})\s+(?P<of>of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y})\b)?{WA}",
    M=MONTH, D=DAY, DX=PAST_MONTH_END, Y=YEAR, WB=WEEKDAY_BEFORE, WA=WEEKDAY_AFTER),
    needs=MONTH_TRIGGER)
def day_month(match, ctx):
    body = match.start("the") if match["the"] else match.start("d")
    return _single_day(match, ctx, month_number(match["m"]), day_number(match["d"]), body,
                       calendar_words().before_day_month)


@pattern(named(
    r"\bthe\s+week\s+(?P<how>of|beginning|starting(?:\s+on)?|commencing)\s+(?:(?P<m>{M})\s+(?P<d>{D})"
    r"|(?P<d2>{D})\s+(?P<m2>{M}))\b(?:,?\s+(?P<y>{Y})\b)?", M=MONTH, D=DAY, Y=YEAR), re.I, needs=r"\bweek\s")
def week_of(match, ctx):
    """"the week of March 6" (the Monday-to-Sunday week holding it), "the week beginning 4
    February" (the seven days from it)."""
    month = month_number(match["m"] or match["m2"])
    day = day_number(match["d"] or match["d2"])
    of = match["how"].lower() == "of"

    def make(year: int) -> Period | None:
        date = safe_date(year, month, day)
        if date is None:
            return None
        return week_period(date) if of else (date, date + dt.timedelta(days=6))

    period, resolution = explicit_or_inferred(ctx, match.start(), make, match["y"])
    if period is None and (match["y"] or ctx.anchor):
        return None
    return Found(match.start(), match.end(), period, resolution, kind="date_range")


def _single_day(match, ctx, month: int, day: int, body: int, taking_a_day: frozenset[str]) -> Found | None:
    """A day of a month ("March 24, 2022", "Tuesday, 24 March"); ``body`` is where it starts
    without its weekday, and ``taking_a_day`` the words before it that make it a date."""
    if match["m"] == "May" and not match["y"] and _looks_like_verb_may(ctx.text, match.end("m")):
        return None
    weekday, start = written_weekday(match, ctx, body)
    if impossible(int(match["y"]) if match["y"] else None, month, day):
        if not _in_date_position(match, ctx, weekday, body, taking_a_day):
            return None  # "Feb 30 students": February, and 30 of them
        year = int(match["y"]) if match["y"] else None
        return Found(start, match.end(), None, INVALID, weekday=weekday, kind="date", written=(year, month, day))

    def make(year: int) -> Period | None:
        date = safe_date(year, month, day)
        return (date, date) if date else None

    period, resolution = explicit_or_inferred(ctx, match.start(), make, match["y"])
    if period is None and match["y"]:
        return None
    return Found(start, match.end(), period, resolution, weekday=weekday, kind="date")


_CLAUSE_END = re.compile(r"[ \t]*(?:[.,](?!\d)|[;:!?)\]\n]|\s[—–-]\s|$)")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")


def _in_date_position(match, ctx, weekday: int | None, body: int, taking_a_day: frozenset[str]) -> bool:
    """Whether a month name and a day number are certainly a date, not a month and a count: with
    a year, an ordinal, "the ... of", a weekday, at the end of a clause, or after a word that
    takes a day (``lang/en/calendar.toml``)."""
    groups = match.groupdict()
    if re.match(r"[.,]\d", ctx.text[match.end("d"):match.end("d") + 2]):
        return False  # "on March 31,000": a number
    if match["y"] or weekday is not None or _ORDINAL.search(match["d"]) or groups.get("the") or groups.get("of"):
        return True
    return bool(_CLAUSE_END.match(ctx.text, match.end())) or word_before(ctx.text, body) in taking_a_day


def _looks_like_verb_may(text: str, end: int) -> bool:
    return bool(re.match(r"\s+(?:be|have|not|also|well|still|never)\b", text[end:end + 8]))


@pattern(named(r"\b(?P<m>{M}),?\s+(?:of\s+)?(?:(?P<y>{Y})\b|(?P<rel>last|this|next)\s+year\b)", M=MONTH, Y=YEAR), needs=MONTH_TRIGGER)
def month_year(match, ctx):
    month = month_number(match["m"])
    if match["y"]:
        return Found(match.start(), match.end(), month_period(int(match["y"]), month), "explicit")
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative", kind="date_range")
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    return Found(match.start(), match.end(), month_period(year, month), "relative")


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}


@pattern(named(
    r"\b(?:(?P<ago>{A})\s+|(?P<rel0>this|last|next)\s+year's\s+)?(?:(?P<y0>{Y})\s+)?"
    r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b"
    r"(?:\s+(?:of\s+)?(?:(?P<y>{Y})\b|(?P<rel>this|last|next)\s+year\b))?", Y=YEAR,
    A=date_readings().adjectives), re.I, needs=r"quarter")
def quarter(match, ctx):
    """"the third quarter of 2022", "Q3"-free forms: "the fourth quarter" (the nearest, by tense),
    "this year's third quarter", "the year-ago third quarter" (a year before the nearest)."""
    quarter = _QUARTERS[match["q"].lower()]
    year = match["y"] or match["y0"]
    if year:
        return Found(match.start(), match.end(), quarter_period(int(year), quarter), "explicit")
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    rel = match["rel"] or match["rel0"]
    if rel:
        shift = {"this": 0, "last": -1, "next": 1}[rel.lower()]
        return Found(match.start(), match.end(),
                      quarter_period(ctx.anchor.year + shift, quarter), "relative")
    period = nearest(lambda y: quarter_period(y, quarter), ctx.anchor, ctx.date_tense(match.start()) or "past")
    if match["ago"]:
        period = quarter_period(period[0].year - 1, quarter)
    return Found(match.start(), match.end(), period, "inferred-year")


@pattern(named(r"\bQ(?P<q>[1-4])(?:\s*(?P<y>{Y})\b|\s*'(?P<yy>\d\d)\b)?", Y=YEAR), needs=r"Q[1-4]")
def q_quarter(match, ctx):
    quarter = int(match["q"])
    if match["y"] or match["yy"]:
        year = int(match["y"]) if match["y"] else _two_digit_year(int(match["yy"]), ctx)
        return Found(match.start(), match.end(), quarter_period(year, quarter), "explicit")
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "inferred-year")
    period = nearest(lambda y: quarter_period(y, quarter), ctx.anchor, ctx.tense(match.start()) or "past")
    return Found(match.start(), match.end(), period, "inferred-year")


def _two_digit_year(yy: int, ctx: Context) -> int:
    century = (ctx.anchor.year // 100 * 100) if ctx.anchor else 2000
    return century + yy


@pattern(named(r"\b(?P<h>first|second)[\s-]+half\s+(?:of\s+)?(?P<y>{Y})\b", Y=YEAR), re.I, needs=r"half")
def half(match, ctx):
    year = int(match["y"])
    months = (1, 6) if match["h"].lower() == "first" else (7, 12)
    return Found(match.start(), match.end(),
                  (dt.date(year, months[0], 1), month_period(year, months[1])[1]), "explicit")


@pattern(named(
    r"\b(?:(?P<pre>[Bb]etween)\s+(?P<a>{Y})\s+and\s+(?P<b>{Y})|(?P<from>[Ff]rom)\s+(?P<c>{Y})\s+"
    r"(?:to|until|till|through)\s+(?P<d>{Y}))\b(?!\s*(?:%|percent|pct|people))", Y=YEAR), needs=r"\d{4}\s+(?:and|to|until|till|through)\s+\d{4}")
def year_to_year(match, ctx):
    first, second = (int(match["a"]), int(match["b"])) if match["a"] else (int(match["c"]), int(match["d"]))
    return _year_range(match, first, second)


@pattern(named(
    r"(?:\b(?:[Ff]iscal(?:\s+year)?|FY)\s*)?(?<![\d,.$£€-])\b(?P<a>{Y})(?:-|–|/)(?P<b>\d{4}|\d\d)\b"
    r"(?![-/]\d)", Y=YEAR), needs=r"\d{4}[-–/]\d")
def fiscal_years(match, ctx):
    first = int(match["a"])
    second_text = match["b"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if len(second_text) == 2 and second < first and first % 100 >= 90 and second % 100 < 10:
        second += 100  # "1999-00"
    if len(second_text) == 4 and not 1500 <= second <= 2099:
        return None
    return _year_range(match, first, second)


def _year_range(match, first: int, second: int) -> Found:
    low, high = sorted((first, second))
    return Found(match.start(), match.end(), (dt.date(low, 1, 1), dt.date(high, 12, 31)),
                  "explicit", reversed=first > second, kind="date_range")


@pattern(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?P<dec>1[5-9]\d0|20\d0)s\b|\b(?:the\s+)?'(?P<yy>\d0)s\b", needs=r"0s\b")
def decade(match, ctx):
    if match["dec"]:
        start = int(match["dec"])
    else:
        start = (1900 if int(match["yy"]) > 20 else 2000) + int(match["yy"])
    return Found(match.start(), match.end(), (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)),
                  "explicit", kind="date_range")


_MONTH_CONTEXT = (r"in|since|until|till|by|from|between|to|through|during|before|after|early|mid|late"
                  r"|end\s+of|beginning\s+of|start\s+of|last|next|this|of|and|for")


@pattern(named(r"\b(?P<pre>(?i:{C}))[\s-]+(?P<m>{N})\b(?![\s-]*\d)", C=_MONTH_CONTEXT, N=MONTH_NAME_PATTERN),
         needs=MONTH_TRIGGER)
def month_alone(match, ctx):
    """A month named alone after a word that takes a time ("in January", "Last April", "the
    figures for March"); not a month that is also a name after "for" ("voted for May")."""
    month = month_number(match["m"])
    pre = match["pre"].lower()
    if pre == "for" and match["m"] in calendar_words().word_months:
        return None
    start = match.start("m") if pre in ("in", "since", "until", "till", "by", "from", "between", "to", "through",
                                        "during", "before", "after", "of", "and", "for") else match.start()
    if ctx.anchor is None:
        return Found(start, match.end(), None, "inferred-year", kind="date_range")
    if pre in ("last", "next", "this"):
        year = ctx.anchor.year
        if pre == "last":
            year -= 1 if month >= ctx.anchor.month else 0
        elif pre == "next":
            year += 1 if month <= ctx.anchor.month else 0
        return Found(start, match.end(), month_period(year, month), "relative", kind="date_range")
    tense = ctx.date_tense(match.start("m"))
    if pre == "since":
        tense = "past"
    period = nearest(lambda y: month_period(y, month), ctx.anchor, tense)
    return Found(start, match.end(), period, "inferred-year", kind="date_range")


@pattern(rf"\((?P<m>{MONTH_ONLY_NAME_PATTERN})\)", needs=rf"\({MONTH_TRIGGER}")
def month_in_parentheses(match, ctx):
    """A month named alone in parentheses, the gloss of a relative date: "last month (March)" (not
    "(May)", which may be a name)."""
    start, end = match.start("m"), match.end("m")
    if ctx.anchor is None:
        return Found(start, end, None, "inferred-year", kind="date_range")
    month = month_number(match["m"])
    period = nearest(lambda y: month_period(y, month), ctx.anchor, ctx.tense(match.start()))
    return Found(start, end, period, "inferred-year", kind="date_range")


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


@pattern(named(rf"(?:\b(?P<m>{{M}})\s+)?\b{_SPELLED_YEAR}\b(?!\s+(?:people|dollars|years|percent))",
                 M=MONTH), re.I, needs=r"\b(?:nineteen|eighteen|two\s+thousand)\b")
def spelled_year(match, ctx):
    before = ctx.text[max(0, match.start() - 12):match.start()]
    if not match["m"] and not match["t"] and not re.search(r"(?i:\b(?:in|since|of|by|until|from|to|and|early|late|mid|the)\s+$|^\s*$|[.\n]\s*$)",
                                         before):
        return None
    year = _spelled_year_value(match)
    if match["m"]:
        return Found(match.start(), match.end(), month_period(year, month_number(match["m"])), "explicit")
    return Found(match.start(), match.end(), year_period(year), "explicit", kind="year")


_YEAR_PREFIX = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|through|during|before|after|between|and|early|mid"
    r"|late|fiscal|year|the|for|on|until|around|circa|c\.)|'s|-)\s*$", re.I)


@pattern(r"(?<![\d,.$£€¥#-])\b(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d|%|-\d)")
def year(match, ctx):
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
    return Found(match.start(), match.end(), year_period(year), "explicit", kind="year")


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
