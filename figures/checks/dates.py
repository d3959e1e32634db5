"""Checks on dates: against the dateline, the weekday, each other, and stated durations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figures.checks import Finding, Option, check, related
from figures.extraction.dates.calendar import nearest
from figures.extraction.lexicon import WEEKDAY_NAMES
from figures.model import Figure
from figures.relations import Event, Relations

_DAYS_PER_UNIT = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366),
                  "hour": (1 / 24, 1 / 24)}


def _span(figure: Figure) -> str:
    return _days_text(figure.date_start, figure.date_end)


def _days_text(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start}..{end}"


def _dated_events(relations: Relations) -> Iterator[tuple[Event, dt.date]]:
    """Events with a date (explicit, of an inferred year, or relative to the dateline: "said
    tomorrow") and a dateline to compare with; only an explicit date makes a finding certain."""
    if relations.dateline is None:
        return
    for event in relations.events:
        if event.figure.resolution in _COMPARED:
            yield event, relations.dateline.date


_COMPARED = ("explicit", "inferred-year", "relative")
#: Dates whose day is written (a year inferred at most), not read from the dateline ("on Sunday").
_WRITTEN = ("explicit", "inferred-year")


def _certain(event: Event) -> bool:
    """Sure only of an explicit date whose attachment to its verb the parse leaves in no doubt."""
    return event.figure.resolution == "explicit" and event.time.sure


def _tense(event: Event) -> str | None:
    return event.time.tense if event.time else None


@check("past_after_dateline")
def past_event_after_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        days = _days_read(event, "past", dateline)
        if _tense(event) == "past" and not event.since and days and days[0] > dateline:
            yield Finding(
                figure.start, figure.end,
                f"A past event is dated after the article: '{figure.text}' is {_days_text(*days)}, "
                f"the dateline is {dateline}",
                _certain(event), (),
                "If the event is still to come, put the verb in the future tense; otherwise check the date"
                + (" (or give its year)." if figure.resolution == "inferred-year" else "."),
            )


@check("future_before_dateline")
def future_event_before_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        if _tense(event) != "future" or event.since or (figure.resolution == "inferred-year" and not event.time.sure):
            continue  # "payable on February 28 and August 31": a yearless day ahead may be next year's
        days = _days_read(event, "future", dateline)
        if days and days[1] < dateline:
            yield Finding(
                figure.start, figure.end,
                f"A future event is dated before the article: '{figure.text}' is {_days_text(*days)}, "
                f"the dateline is {dateline}",
                _certain(event), (),
                "If the event has happened, put the verb in the past tense; otherwise check the date.",
            )


@check("since_after_dateline")
def since_after_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        days = _days_read(event, "past", dateline)
        if event.since and days and days[0] > dateline:
            yield Finding(
                figure.start, figure.end,
                f"'since {figure.text}' counts from {_days_text(*days)}, after the dateline {dateline}",
                figure.resolution == "explicit", (),
                "Check the date: 'since' needs a date before the article's.",
            )


def _days_read(event: Event, tense: str, dateline: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of the event's date as the rule reads them.  A yearless date's year was inferred
    from the tense of the words around it; read again with the tense of its own verb (or the past
    of "since"), it is the nearest year that tense allows: "said it will redeem the shares on
    April 15" written on March 12 is this April, not last, whatever the tense of "said"."""
    figure = event.figure
    if figure.resolution != "inferred-year":
        return figure.date_start, figure.date_end

    def make(year: int) -> tuple[dt.date, dt.date] | None:
        try:
            return (figure.date_start.replace(year=year),
                    figure.date_end.replace(year=year + figure.date_end.year - figure.date_start.year))
        except ValueError:  # February 29 in another year
            return None

    return nearest(make, dateline, tense)


@check("weekday_date")
def weekday_mismatch(relations: Relations, options: dict) -> Iterator[Finding]:
    for figure in relations.figures:
        if figure.weekday is None or figure.date_start is None:
            continue
        if figure.resolution == "ambiguous":
            yield from _ambiguous_weekday(figure, relations)
            continue
        if figure.date_start != figure.date_end:
            continue
        day = figure.date_start
        if day.weekday() == figure.weekday:
            continue
        stated, actual = WEEKDAY_NAMES[figure.weekday], WEEKDAY_NAMES[day.weekday()]
        other = day + dt.timedelta(days=_nearest_shift(day.weekday(), figure.weekday))
        other_years = [y for y in (day.year - 1, day.year + 1) if _weekday_in(y, day, figure.weekday)]
        certain = figure.resolution == "explicit" or not other_years
        yield Finding(
            figure.start, figure.end,
            f"{day:%B} {day.day}, {day.year} {_was(day, relations)} a {actual}, not a {stated}",
            certain, (),
            f"Write '{actual}, {_written_day(day, figure)}' or '{stated}, {_written_day(other, figure)}'.",
        )


def _written_day(day: dt.date, figure: Figure) -> str:
    """``day`` as a suggestion writes it: with its year when the figure's text has one."""
    return f"{day:%B} {day.day}, {day.year}" if str(figure.date_start.year) in figure.text else f"{day:%B} {day.day}"


def _ambiguous_weekday(figure: Figure, relations: Relations) -> Iterator[Finding]:
    """A numeric date that reads both ways ("Friday 03/04/2021"): a finding only when the weekday
    fits neither reading (the extractor takes the reading it fits when it fits one)."""
    readings = (figure.date_start, figure.date_end)
    if any(day.weekday() == figure.weekday for day in readings):
        return
    stated = WEEKDAY_NAMES[figure.weekday]
    read = " or ".join(f"{WEEKDAY_NAMES[day.weekday()]}, {day:%B} {day.day}, {day.year}" for day in readings)
    yield Finding(
        figure.start, figure.end,
        f"'{figure.text}' is {read}: not a {stated} either way",
        True, (),
        "Check the weekday or the date, and write the month as a word to make the date unambiguous.",
    )


def _was(day: dt.date, relations: Relations) -> str:
    """The tense of a date's weekday as the article sees it: "was" before its dateline, else "is"."""
    return "is" if relations.dateline is not None and day >= relations.dateline.date else "was"


def _nearest_shift(actual: int, stated: int) -> int:
    forward = (stated - actual) % 7
    return forward if forward <= 3 else forward - 7


def _weekday_in(year: int, day: dt.date, weekday: int) -> bool:
    try:
        return day.replace(year=year).weekday() == weekday
    except ValueError:
        return False


@check("relative_vs_absolute")
def relative_date_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    for pair in relations.same_event:
        relative, absolute = pair.first, pair.second
        if relative.figure.resolution != "relative":
            relative, absolute = absolute, relative
        if relative.figure.resolution != "relative" or absolute.figure.resolution == "relative":
            continue
        rel, ab = relative.figure, absolute.figure
        if rel.date_end < ab.date_start or ab.date_end < rel.date_start:
            yield Finding(
                rel.start, rel.end,
                f"'{rel.text}' is {_span(rel)}, but the same "
                f"{relative.head if pair.label is None else 'event (' + pair.label + ')'} is dated "
                f"'{ab.text}' ({_span(ab)})",
                False, (related(ab, "date"),),
                f"Check the dateline or the dates: '{ab.text}' is {_week_words(ab.date_start, relations)}.",
            )


def _week_words(day: dt.date, relations: Relations) -> str:
    dateline = relations.dateline.date
    weeks = ((day - dt.timedelta(days=day.weekday())) - (dateline - dt.timedelta(days=dateline.weekday()))).days // 7
    return {-1: "last week", 0: "this week", 1: "next week"}.get(
        weeks, f"{abs(weeks)} weeks {'after' if weeks > 0 else 'before'} the dateline's week")


@check("duration_vs_dates", tolerance=Option(float, 0.25, between=(0, 1)))
def duration_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    if relations.dateline is None:
        return
    tolerance = options["tolerance"]
    for link in relations.durations:
        duration, start = link.duration, link.start
        end = link.end.date_end if link.end else relations.dateline.date
        if link.end is None and not link.ongoing:
            continue
        elapsed = (end - start.date_start).days
        told = [start, *([link.end] if link.end else [])]
        relative = any(figure.resolution not in _WRITTEN for figure in told)
        if elapsed < 0 and relative:
            continue  # "starts on Saturday and ends on Sunday": a weekday read the wrong way, not the text
        inclusive = elapsed + 1  # "a three-day strike from December 14 to 16": both ends may count
        low, high = _days(duration)
        if low is None:
            continue
        short = inclusive < low * (1 - tolerance) and (link.open_ended or link.end is not None)
        long_ = high is not None and elapsed > high * (1 + tolerance)
        if not (short or long_):
            continue
        certain = not relative and ((short and inclusive < low / 2) or (high is not None and elapsed > high * 2))
        until = f"'{link.end.text}'" if link.end else f"the dateline {end}"
        yield Finding(
            duration.start, duration.end,
            f"The {link.head} is called '{duration.text}', but from '{start.text}' ({start.date_start}) "
            f"to {until} is {elapsed} days" + (f" ({inclusive} counting both)" if short else ""),
            certain, (related(start, "start"),) + ((related(link.end, "end"),) if link.end else ()),
            "Check the duration or the start date.",
        )


def _days(duration: Figure) -> tuple[float | None, float | None]:
    factors = _DAYS_PER_UNIT.get(duration.unit or "")
    if factors is None or duration.low is None:
        return None, None
    high = duration.high * factors[1] if duration.high is not None else None
    return duration.low * factors[0], high


@check("relative_apposition")
def relative_apposition_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    """A relative date and the date beside it ("yesterday (March 11)") name different days. Every
    reading of the relative date is tried (a weekday alone within a week either way of the
    dateline, "last Tuesday" the latest or last week's); a miss by one day only (an article dated
    the day after it was written), or a pair read as one time only as usually read (``Apposed.sure``),
    is a warning."""
    if relations.dateline is None:
        return
    dateline = relations.dateline.date
    for pair in relations.apposed:
        relative, absolute = pair.relative, pair.absolute
        if pair.named_weekday is not None:
            day = relative.date_start
            distance = (day.weekday() - pair.named_weekday) % 7
            distance = min(distance, 7 - distance)
            if distance == 0:
                continue
            yield Finding(
                pair.start, pair.end,
                f"'{relative.text}' is {WEEKDAY_NAMES[day.weekday()]}, {day:%B} {day.day} by the dateline "
                f"{dateline}, not a {WEEKDAY_NAMES[pair.named_weekday]}",
                pair.sure and distance >= 2, (related(absolute, "date"),),
                "Check the weekday or the dateline.",
            )
            continue
        if _fits(pair, dateline, 0):
            continue
        certain = pair.sure and not (_fits(pair, dateline, -1) or _fits(pair, dateline, 1))
        readings = _readings(pair, dateline, 0)
        said = " or ".join(_day_words(start, dateline) if start == end
                           else f"{_day_words(start, dateline)}..{_day_words(end, dateline)}" for start, end in readings)
        written = f"'{absolute.text}'"
        yield Finding(
            pair.start, pair.end,
            f"By the dateline {dateline}, {_relative_words(pair, relations)} is {said}, but {written} is {_span(absolute)}",
            certain, () if absolute is relative else (related(absolute, "date"),),
            "Check the date, the relative date or the dateline.",
        )


def _day_words(day: dt.date, dateline: dt.date) -> str:
    """"March 13", with its year when it is not the dateline's ("December 31, 2024")."""
    return f"{day:%B} {day.day}" if day.year == dateline.year else f"{day:%B} {day.day}, {day.year}"


def _relative_words(pair, relations: Relations) -> str:
    if pair.relative is pair.absolute:  # "last Tuesday, 4 March": its words before the date
        return f"'{relations.text[pair.start:pair.relative.start]}{WEEKDAY_NAMES[pair.weekday]}'"
    return f"'{pair.relative.text}'"


def _readings(pair, dateline: dt.date, shift: int) -> list[tuple[dt.date, dt.date]]:
    """The days the relative date may be for a dateline ``shift`` days off."""
    if pair.weekday is not None:
        base = dateline + dt.timedelta(days=shift)
        days = sorted({day for reading in pair.readings for day in _weekday_days(base, pair.weekday, reading)})
        return [(day, day) for day in days]
    first, last = pair.relative.date_start, pair.relative.date_end
    moved = dateline + dt.timedelta(days=shift)
    if first == last:  # "yesterday", "two days ago": a day from the dateline
        return [(first + dt.timedelta(days=shift), last + dt.timedelta(days=shift))]
    if (last - first).days < 7:  # "last week": a calendar week, another only if the day before is in another
        weeks = (moved - dt.timedelta(days=moved.weekday()) - (dateline - dt.timedelta(days=dateline.weekday()))).days
        return [(first + dt.timedelta(days=weeks), last + dt.timedelta(days=weeks))]
    months = (moved.year - dateline.year) * 12 + moved.month - dateline.month  # "last month", "earlier this month"
    return [(_add_months(first, months), _add_months(last, months, end=True))]


def _add_months(day: dt.date, months: int, end: bool = False) -> dt.date:
    """``day`` moved by whole ``months`` (to the new month's last day when ``end``)."""
    import calendar

    if not months:
        return day
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, last if end else min(day.day, last))


def _weekday_days(base: dt.date, weekday: int, reading: str) -> list[dt.date]:
    """The days of ``weekday`` a reading allows from the dateline ``base``."""
    monday = base - dt.timedelta(days=base.weekday())
    in_week = {"last-week": -7, "this-week": 0, "next-week": 7}
    if reading in in_week:
        return [monday + dt.timedelta(days=in_week[reading] + weekday)]
    low, high = {"around": (-7, 7), "latest": (-7, -1), "coming": (1, 7)}[reading]
    days = (base + dt.timedelta(days=k) for k in range(low, high + 1))
    return [day for day in days if day.weekday() == weekday]


def _fits(pair, dateline: dt.date, shift: int) -> bool:
    """The date beside falls in a reading of the relative date; a yearless date ("last year, in
    March") in any year of that reading, as the relative date gives its year."""
    absolute = pair.absolute
    for start, end in _readings(pair, dateline, shift):
        for year in _years(absolute, start, end):
            first, last = _in_year(absolute, year)
            if first is not None and start <= last and first <= end:
                return True
    return False


def _years(absolute: Figure, start: dt.date, end: dt.date) -> list[int]:
    if absolute.resolution != "inferred-year":
        return [absolute.date_start.year]
    return [absolute.date_start.year, *range(start.year - 1, end.year + 2)]


def _in_year(figure: Figure, year: int) -> tuple[dt.date | None, dt.date | None]:
    """The figure's days moved to ``year`` (its end year kept as far after as written)."""
    shift = year - figure.date_start.year
    try:
        return figure.date_start.replace(year=year), figure.date_end.replace(year=figure.date_end.year + shift)
    except ValueError:  # February 29
        return None, None


@check("duration_vs_span", tolerance=Option(float, 0.25, between=(0, 1)))
def duration_span_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    """A duration against the dates it spans ("for three weeks, from Aug. 1 to Sept. 15"), or from
    its start to the dateline ("in the five years since 2022", "now in its sixth week, began on
    April 20"). The days between are counted both ways (exclusive, inclusive) over every day the
    dates allow; the duration's usual reading has its unit's slack ("two weeks": 10 to 18 days).
    Off that reading only: a warning; off it by more than the tolerance as well: an error."""
    from figures.lang import event_words

    units = event_words().duration_units
    tolerance = options["tolerance"]
    dateline = relations.dateline.date if relations.dateline else None
    told = {id(link.duration) for link in relations.durations if link.end is not None}
    for link in relations.spans:
        if link.told != "span" and id(link.duration) in told:
            continue  # "the 10-day strike, which began on ..., ended on ...": DU01 reads it
        (start_first, start_last) = link.start_bounds
        if link.end_bounds is None:
            if dateline is None or start_first > dateline:
                continue
            end_first = end_last = dateline
        else:
            end_first, end_last = link.end_bounds
        shortest = max(0, (end_first - start_last).days)
        longest = (end_last - start_first).days + 1
        least, most, slack = units[link.unit]
        if link.ordinal:
            usual = ((link.low - 1) * least, link.high * most)
        else:
            usual = (link.low * least - slack, link.high * most + slack if link.high is not None else float("inf"))
        if usual[0] <= longest and shortest <= usual[1]:
            continue
        loose = (usual[0] * (1 - tolerance) - 1, usual[1] * (1 + tolerance) + 1)
        certain = link.sure and not (loose[0] <= longest and shortest <= loose[1])
        counted = f"{shortest} days" if shortest + 1 >= longest else f"{shortest} to {longest} days"
        if link.unit in ("month", "year"):  # and in the duration's own unit
            counted += f", {shortest / most:.1f} to {longest / least:.1f} {link.unit}s"
        stated = f"its {link.duration.text} {link.unit}" if link.ordinal else f"'{link.duration.text}'"
        if link.end is link.start:
            dates = f"'{link.start.text}'"
        else:
            dates = f"from '{link.start.text}' to " + (f"'{link.end.text}'" if link.end else f"the dateline {dateline}")
        yield Finding(
            link.duration.start, link.duration.end,
            f"The time is called {stated}, but {dates} is {counted} (counting one end or both)",
            certain, (related(link.start, "start"),) + ((related(link.end, "end"),) if link.end and link.end is not link.start else ()),
            "Check the duration or its dates.",
        )
