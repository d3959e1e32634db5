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
from figures.extraction.dates.calendar import OutsideCalendar, Period, quarter_period
from figures.extraction.dates.matching import NOT_A_DATE, TO, UNRESOLVABLE, Context, Found
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
    for item in found:
        period, resolution, weekday, kind = item.period, item.resolution, item.weekday, item.kind
        sentence = document.sentence_index(item.start)
        if resolution == "context" and kind == "quarter":  # "the quarter": the quarter last named
            period, weekday, kind = _quarters_before(previous_quarter, -weekday), None, "date_range"
            if period is None:
                continue  # no quarter named before: nothing to say which one
        elif resolution == "context":  # "the previous day": the day named in this or the last sentence
            recent = previous_day if sentence - previous_sentence <= 1 else None
            anchor = recent or ctx.anchor
            sign, weekday = weekday, None
            period = None if anchor is None else (anchor + dt.timedelta(days=sign),) * 2
            resolution = "context" if recent else "relative"
        if dateline_span and item.start <= dateline_span[0] < item.end:
            resolution = "dateline"
        kind = kind or _kind_of(period)
        text = document.text[item.start:item.end]
        if period and period[0] == period[1]:
            previous_day, previous_sentence = period[0], sentence
        if period and _is_quarter(period) and resolution != "context":
            previous_quarter = period
        yield Figure(
            kind=kind, text=text, start=item.start, end=item.end,
            date_start=period[0] if period else None, date_end=period[1] if period else None,
            resolution=resolution, reversed=item.reversed, weekday=weekday,
            written_date=_iso_written(item.written),
        )


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

