"""Dates relative to the dateline or to each other: today, last week, two weeks ago, on Tuesday."""

from __future__ import annotations

import datetime as dt
import re

from figures.extraction.dates.calendar import calendar_unit, part_of, period_of, shift
from figures.extraction.dates.matching import WEEKDAY, Found, named, pattern
from figures.extraction.lexicon import WEEKDAYS
from figures.extraction.numbers import SCALED_NUMBER, Number, parse_scaled


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
    shift = {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    period = calendar_unit(ctx.anchor, match["unit"].lower(), shift)
    if match["mod"]:
        period = part_of(period, match["mod"].lower(), ctx.anchor)
    return Found(match.start(), match.end(), period, "relative") if period else None


@pattern(r"\b(?P<mod>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I, needs=r"\bthis\s")
def earlier_this(match, ctx):
    return last_this_next(match, ctx)


@pattern(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", re.I)
def deictic(match, ctx):
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[match["w"].lower()]
    day = ctx.anchor + dt.timedelta(days=offset)
    return Found(match.start(), match.end(), (day, day), "relative")


@pattern(r"\b(?:the\s+(?P<dir>previous|following|next)\s+day|the\s+day\s+(?P<dir2>before|after)"
          r"|a\s+day\s+(?P<dir3>earlier|later))\b", re.I, needs=r"\bday\b")
def context_day(match, ctx):
    word = (match["dir"] or match["dir2"] or match["dir3"]).lower()
    sign = -1 if word in ("previous", "before", "earlier") else 1
    return Found(match.start(), match.end(), None, "context", weekday=sign)  # resolved later


@pattern(r"\b(?:the\s+(?:(?:latest|most\s+recent|recent)\s+)?quarter(?P<ago>\s+a\s+year\s+(?:ago|earlier))?"
          r"|(?P<ago2>the\s+(?:year-ago|year-earlier|year\s+earlier|prior-year|year-before)\s+quarter"
          r"|last\s+year's\s+quarter))\b(?!\s+(?:of|to|from|in|ending|ended)\b|-)", re.I, needs=r"\bquarter\b")
def context_quarter(match, ctx):
    """A quarter named by reference, as earnings reports write it: "the quarter", "the latest
    quarter" are the quarter last named in the article; "the year-ago quarter", "the quarter a year
    earlier", "last year's quarter" the same quarter a year before (resolved with the figures)."""
    back = 4 if match["ago"] or match["ago2"] else 0
    return Found(match.start(), match.end(), None, "context", weekday=-back, kind="quarter")


@pattern(named(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{W})\b(?!s)", W=WEEKDAY), needs=r"day\b")
def weekday(match, ctx):
    if ctx.anchor is None:
        return Found(match.start(), match.end(), None, "relative")
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
    return Found(match.start(), match.end(), (day, day), "relative")
