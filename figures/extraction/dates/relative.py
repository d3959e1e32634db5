"""Dates relative to the dateline or to each other: today, last week, two weeks ago, on Tuesday."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from figures.extraction.dates.calendar import (
    calendar_unit,
    month_number,
    month_period,
    nearest,
    part_of,
    period_of,
    safe_date,
    shift,
    year_period,
)
from figures.extraction.dates.matching import MONTH, WEEKDAY, YEAR, Found, named, pattern
from figures.extraction.dates.readings import date_readings
from figures.extraction.lexicon import MONTH_NAME_PATTERN, WEEKDAYS
from figures.extraction.numbers import SCALED_NUMBER, Number, parse_scaled
from figures.extraction.tense import Tenses


@pattern(rf"(?<![\d,.])\b(?:{SCALED_NUMBER}|an?)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.I,
         needs=r"\bago\b")
def ago(match, ctx):
    amount = _whole_amount(match)
    if amount is None:
        return None
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    unit = match["unit"].lower().rstrip("s")
    day = shift(ctx.anchor, amount, unit, -1)
    return Found(match.start(), match.end(), period_of(day, unit), "relative")


@pattern(rf"(?<![\d,.])\b(?:{SCALED_NUMBER}|an?)\s+(?P<unit>days?|weeks?|months?|years?)\s+from\s+(?:today|now)\b",
         re.I, needs=r"\bfrom\s+(?:today|now)\b")
def from_now(match, ctx):
    """"three years from today", "two weeks from now": the day that far ahead of the dateline."""
    amount = _whole_amount(match)
    if amount is None:
        return None
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    day = shift(ctx.anchor, amount, match["unit"].lower(), 1)
    return Found(match.start(), match.end(), (day, day), "relative") if day else None


@pattern(rf"\bin\s+(?:{SCALED_NUMBER}|an?)\s+(?P<unit>days?|weeks?|months?|years?)(?:'\s*time)?\b", re.I,
         needs=r"\bin\s")
def in_future(match, ctx):
    if ctx.tense(match.start()) != "future" or re.search(r"\b(?:first|last)\b[^.]{0,60}$",
                                                          ctx.text[max(0, match.start() - 60):match.start()]):
        return None
    amount = _whole_amount(match)
    if amount is None:
        return None
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    day = shift(ctx.anchor, amount, match["unit"].lower(), 1)
    return Found(match.start(), match.end(), (day, day), "relative") if day else None


def _whole_amount(match) -> int | None:
    """The whole number of units ("two", "65 million", "a"); None for "2.5" or no number."""
    number = parse_scaled(match) if match["number"] else Number(1.0, 0.0)
    return int(number.value) if number and float(number.value).is_integer() else None


@pattern(r"\b(?:(?P<mod>early|mid|late|earlier|later)[\s-]+)?(?P<rel>last|this|next)\s+"
          r"(?P<unit>week|weekend|month|year|quarter)\b", re.I, needs=r"\b(?:last|this|next)\s")
def last_this_next(match, ctx):
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    rel = (match.groupdict().get("rel") or "this").lower()  # "earlier this month" has no group of its own
    shift = {"last": -1, "this": 0, "next": 1}[rel]
    if match["unit"][0].isupper() and not match["unit"].isupper() and _in_prose(ctx, match):
        return None  # "ABC News' 'This Week'": a title
    unit = match["unit"].lower()
    if (unit, shift) == ("weekend", 0) and ctx.anchor.weekday() < 4 and ctx.tense(match.start()) == "past":
        shift = -1  # "agreed this weekend", told on a Monday: the weekend just gone
    period = calendar_unit(ctx.anchor, unit, shift)
    if match["mod"]:
        period = part_of(period, match["mod"].lower(), ctx.anchor)
    if not period:
        return None
    if (unit, rel, match["mod"]) == ("year", "last", None) and _compared(ctx, match):
        # "compared with a loss of $3 million last year": the reporting period in force, a year back
        return Found(match.start(), match.end(), period, "relative", reference="year_before_figure")
    return Found(match.start(), match.end(), period, "relative")


def _in_prose(ctx, match) -> bool:
    """Whether the sentence around ``match`` is prose (two words in five, besides the match, in
    lower case), not a headline in title case."""
    start, end = ctx.document.sentence_at(match.start())
    words = re.findall(r"\b[A-Za-z]{2,}\b", ctx.text[start:match.start()] + " " + ctx.text[match.end():end])
    return bool(words) and sum(word[0].islower() for word in words) * 5 >= 2 * len(words)


def _compared(ctx, match) -> bool:
    """Whether a comparison ("compared with", "from") opens the clause before ``match``."""
    sentence_start = ctx.document.sentence_at(match.start())[0]
    before = ctx.text[max(sentence_start, match.start() - 80):match.start()]
    before = re.split(r"[;:]|\.\s", before)[-1]
    return bool(date_readings().comparison.search(before))


@pattern(r"\b(?P<mod>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I, needs=r"\bthis\s")
def earlier_this(match, ctx):
    return last_this_next(match, ctx)


@pattern(r"\b(?:the\s+day\s+(?P<two>before\s+yesterday|after\s+tomorrow)|(?P<w>today|tonight|yesterday|tomorrow))\b",
         re.I)
def deictic(match, ctx):
    """"today", "yesterday", "tomorrow"; "the day before yesterday" and "the day after
    tomorrow" two days off."""
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    if match["two"]:
        offset = -2 if match["two"].lower().startswith("before") else 2
    else:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[match["w"].lower()]
    day = ctx.anchor + dt.timedelta(days=offset)
    return Found(match.start(), match.end(), (day, day), "relative")


@pattern(r"\b(?:the\s+(?P<dir>previous|following|next)\s+day|the\s+day\s+(?P<dir2>before|after)"
          r"(?=[ \t]*(?:[,.;:)!?\n—–]|\s(?:and|but|when|while|as)\b|$))"
          r"|a\s+day\s+(?P<dir3>earlier|later))\b", re.I, needs=r"\bday\b")
def context_day(match, ctx):
    """"the previous day", "the day after", "a day later": a day from the day of the story (not
    "the day after the vote", "the day after falling 250 points": a day from another event)."""
    word = (match["dir"] or match["dir2"] or match["dir3"]).lower()
    sign = -1 if word in ("previous", "before", "earlier") else 1
    return Found(match.start(), match.end(), None, "context", weekday=sign)  # resolved later


@pattern(named(r"\b(?:(?P<verb>{V})\s+|(?P<within>{I})\s+)(?P<day>the\s+day)\b"
               r"(?!\s+(?:of|that|when)\b|\s+(?:before|after)\s+(?!\w+ing\b)|-)",
               V=date_readings().day_verbs, I=date_readings().within_day), re.I, needs=r"\bthe\s+day\b")
def day_in_force(match, ctx):
    """"the index ended the day higher", "later in the day": the day of the story."""
    start = match.start() if match["within"] else match.start("day")
    return Found(start, match.end(), None, "context", weekday=0)  # resolved later


_R = date_readings()
_A_YEAR_BACK = r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|the\s+(?:previous|prior)\s+year)"


@pattern(named(
    r"\bthe\s+(?P<adj>{A})\s+(?P<n1>{N})\b"
    r"|\bthe\s+{S}\s+(?P<n2>{N}|month)\s+{B}\b"
    r"|\bthe\s+(?P<n3>{N})\s+(?:a|one)\s+year\s+(?:ago|earlier|before)\b"
    r"|\blast\s+year's\s+(?P<n4>{N})\b"
    r"|(?<!\bfor\s)\b(?P<ph>{P})\b(?!\s+than\b)"
    r"|\b(?P<adj2>{H})(?=\s+[a-z])(?!\s+{N}\b)",
    A=_R.adjectives, N=_R.nouns, S=_R.same, B=_A_YEAR_BACK, P=_R.phrases, H=_R.hyphenated),
    re.I, needs=r"\byear")
def year_before(match, ctx):
    """The same period a year before, as earnings reports write it: "the year-ago period", "the
    same month a year ago", "last year's quarter", "up from $58 million a year earlier", "year-
    earlier results".  Resolved with the figures, from the reporting period in force; "a year
    ago" is read as the year a year back when none is."""
    noun = next((match[g].lower() for g in ("n1", "n2", "n3", "n4") if match[g]), None)
    phrase = (match["ph"] or "").lower()
    if phrase.endswith("before") and not re.match(r"[ \t]*(?:[.,;:)]|$)", ctx.text[match.end():match.end() + 2]):
        return None  # "a year before the election": a year back from another event
    fallback, resolution = None, "context"
    if phrase.endswith("ago"):
        if ctx.anchor is None:
            return Found(match.start(), match.end(), None, "relative")
        fallback, resolution = period_of(shift(ctx.anchor, 1, "year", -1), "year"), "relative"
    reference = "year_before_figure" if phrase else "year_before"
    return Found(match.start(), match.end(), fallback, resolution, reference=reference, noun=noun)


@pattern(named(r"\bthe\s+(?P<y>{Y})\s+(?P<noun>{N})\b", Y=YEAR, N=_R.nouns), re.I, needs=r"\d{4}\s")
def period_of_year(match, ctx):
    """"the 1988 period": the reporting period in force, in the year written (the year itself
    when none is)."""
    year = int(match["y"])
    return Found(match.start(), match.end(), year_period(year), "explicit", reference="year_of",
                 noun=match["noun"].lower(), year=year)


@pattern(named(
    r"\bthe\s+(?:(?P<latest>{L})\s+|(?P<previous>{PR})\s+|(?P<following>{FO})\s+)?(?P<noun>quarter|period)\b"
    r"(?:(?=\s+(?:ended|ending)\s+(?P<m>{M}))|(?!\s+(?:of|from|in|ending|ended)\b|\s+to\s+(?:{M}|end)\b|-))",
    L=_R.latest, PR=_R.previous, FO=_R.following, M=MONTH), re.I, needs=r"\b(?:quarter|period)\b")
def context_quarter(match, ctx):
    """A quarter named by reference, as earnings reports write it: "the quarter" is the quarter
    last named in the article, "the latest quarter" (or period) the last named that had ended by
    the dateline, else the one before the dateline's; "the quarter ended Sept. 30" the three
    months ending then."""
    noun = match["noun"].lower()
    if match["m"]:
        if ctx.anchor is None:
            return None
        last = month_number(match["m"])
        period = nearest(lambda y: _three_months_to(y, last), ctx.anchor, ctx.date_tense(match.start()) or "past")
        return Found(match.start(), match.end("noun"), period, "inferred-year")
    if match["previous"] or match["following"]:
        if noun != "quarter":
            return None
        step = -1 if match["previous"] else 1
        fallback = calendar_unit(ctx.anchor, "quarter", step) if ctx.anchor else None
        return Found(match.start(), match.end(), fallback, "relative", reference="step", noun=str(step))
    if match["latest"]:
        return Found(match.start(), match.end(), None, "context", kind="quarter", reference="latest", noun=noun)
    if noun == "period":
        return None
    return Found(match.start(), match.end(), None, "context", weekday=0, kind="quarter")


@pattern(rf"\b{_R.whole_year}\b(?!\s+(?:ended|ending|to|of|before|after)\b)", re.I, needs=r"\byear\b")
def whole_year(match, ctx):
    """"for the full year": the year of the reporting period in force, else the dateline's."""
    return Found(match.start(), match.end(), None, "context", reference="whole_year")


def _three_months_to(year: int, month: int):
    index = year * 12 + month - 1
    first = index - 2
    return month_period(first // 12, first % 12 + 1)[0], month_period(year, month)[1]


def _ahead_of_telling(match, ctx) -> bool:
    """A weekday as a limit ahead ("closed until Friday"); not "by Friday" told in the past ("most
    ballots were counted by Friday"), which is mostly the last one."""
    if not ctx.looking_ahead(match.start()):
        return False
    return not (re.search(r"\bby\s+$", ctx.text[max(0, match.start() - 4):match.start()], re.I)
                and ctx.tense(match.start()) == "past")


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1}


@pattern(named(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(?P<wd>{W})\s+(?:of|in)\s+"
    r"(?:(?P<m>{N})(?:,?\s+(?P<y>{Y}))?|(?P<rel>the|this|next|last)\s+month)\b", W=WEEKDAY, N=MONTH_NAME_PATTERN,
    Y=YEAR), needs=r"day\s+(?:of|in)\s")
def nth_weekday(match, ctx):
    """"the first Monday of October", "the last Sunday in March 2024", "the second Tuesday of
    next month": that weekday of the month."""
    nth, target = _ORDINALS[match["nth"].lower()], WEEKDAYS[match["wd"].lower()]

    def make(year: int, month: int):
        day = nth_weekday_of(year, month, target, nth)
        return (day, day) if day else None

    if match["m"]:
        month = month_number(match["m"])
        if match["y"]:
            period = make(int(match["y"]), month)
            return Found(match.start(), match.end(), period, "explicit") if period else None
        if ctx.anchor is None:
            return Found(match.start(), match.end(), None, "inferred-year")
        tense = ctx.date_tense(match.start())
        if nth == -1:  # "last" is no tense marker here: read the clause without it
            blanked = ctx.text[:match.start("nth")] + " " * 4 + ctx.text[match.end("nth"):]
            tense = Tenses(blanked).at(ctx.document.sentence_at(match.start()), match.start())
        period = nearest(lambda y: make(y, month), ctx.anchor, tense)
        return Found(match.start(), match.end(), period, "inferred-year") if period else None
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    shift_by = {"the": 0, "this": 0, "next": 1, "last": -1}[match["rel"].lower()]
    first = calendar_unit(ctx.anchor, "month", shift_by)[0]
    period = make(first.year, first.month)
    return Found(match.start(), match.end(), period, "relative") if period else None


def nth_weekday_of(year: int, month: int, weekday: int, nth: int):
    """The ``nth`` ``weekday`` (0 Monday) of a month, -1 the last; None if the month has none."""
    month_days = (dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1))
    days = [day for day in month_days if day.weekday() == weekday]
    if nth == -1:
        return days[-1]
    return days[nth - 1] if nth <= len(days) else None


@pattern(named(r"\b(?P<wd>{W}),?\s+(?:the\s+(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)|(?P<d2>(?:[12]\d|3[01]|0?[1-9])"
               r"(?:st|nd|rd|th)))\b(?!\s+(?:of\s+)?{N})", W=WEEKDAY, N=MONTH_NAME_PATTERN), needs=r"day,?\s+(?:the\s+)?\d")
def weekday_day(match, ctx):
    """"Tuesday the 19th", "Tuesday 19th": the 19th of the month around the dateline that falls on
    a Tuesday (this month's, else the next or the last)."""
    if ctx.anchor is None:
        return None
    target, number = WEEKDAYS[match["wd"].lower()], int(re.match(r"\d+", match["d1"] or match["d2"]).group())
    for months in (0, 1, -1):
        first = calendar_unit(ctx.anchor, "month", months)[0]
        day = safe_date(first.year, first.month, number)
        if day and day.weekday() == target:
            return Found(match.start(), match.end(), (day, day), "relative", weekday=target, kind="date")
    return None  # no month near the dateline has that weekday on that day: leave it to the weekday


@pattern(named(r"\b(?:(?P<rel>last|next|this(?:\s+coming)?|previous|coming)\s+)?(?P<wd>{W})\b(?!s)", W=WEEKDAY),
         needs=r"day\b")
def weekday(match, ctx):
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    target = WEEKDAYS[match["wd"].lower()]
    if (match["rel"] or "").lower() == "previous" and ctx.text[max(0, match.start() - 4):match.start()].lower() == "the ":
        return None  # "the previous Wednesday": the one before a day of the story, not the dateline's
    rel = " ".join((match["rel"] or "").lower().split())
    rel = {"previous": "last", "coming": "this", "this coming": "this"}.get(rel, rel)
    back = (ctx.anchor.weekday() - target) % 7
    if rel == "last":
        day = ctx.anchor - dt.timedelta(days=back or 7)
    elif rel == "next":
        day = ctx.anchor + dt.timedelta(days=((target - ctx.anchor.weekday()) % 7) or 7)
    elif back == 0:
        day = ctx.anchor
    elif rel == "this" or ctx.tense(match.start()) == "future" or _ahead_of_telling(match, ctx):
        day = ctx.anchor + dt.timedelta(days=(target - ctx.anchor.weekday()) % 7)
    else:
        day = ctx.anchor - dt.timedelta(days=back)
    return Found(match.start(), match.end(), (day, day), "relative")
