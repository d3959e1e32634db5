"""Checks on dates: against the dateline, the weekday, each other, and stated durations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figures.checks import Finding, Option, check, related
from figures.extraction.lexicon import WEEKDAY_NAMES
from figures.model import Figure
from figures.relations import Event, Relations

_DAYS_PER_UNIT = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366),
                  "hour": (1 / 24, 1 / 24)}


def _span(figure: Figure) -> str:
    if figure.date_start == figure.date_end:
        return figure.date_start.isoformat()
    return f"{figure.date_start}..{figure.date_end}"


def _dated_events(relations: Relations) -> Iterator[tuple[Event, dt.date]]:
    """Events with a date (explicit, of an inferred year, or relative to the dateline: "said
    tomorrow") and a dateline to compare with; only an explicit date makes a finding certain."""
    if relations.dateline is None:
        return
    for event in relations.events:
        if event.figure.resolution in _COMPARED:
            yield event, relations.dateline.date


_COMPARED = ("explicit", "inferred-year", "relative")


def _certain(event: Event) -> bool:
    """Sure only of an explicit date whose attachment to its verb the parse leaves in no doubt."""
    return event.figure.resolution == "explicit" and event.time.sure


def _tense(event: Event) -> str | None:
    return event.time.tense if event.time else None


@check("past_after_dateline")
def past_event_after_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        if _tense(event) == "past" and not event.since and figure.date_start > dateline:
            yield Finding(
                figure.start, figure.end,
                f"A past event is dated after the article: '{figure.text}' is {_span(figure)}, "
                f"the dateline is {dateline}",
                _certain(event), (),
                "If the event is still to come, put the verb in the future tense; otherwise check the date"
                + (" (or give its year)." if figure.resolution == "inferred-year" else "."),
            )


@check("future_before_dateline")
def future_event_before_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        if _tense(event) == "future" and not event.since and figure.date_end < dateline:
            yield Finding(
                figure.start, figure.end,
                f"A future event is dated before the article: '{figure.text}' is {_span(figure)}, "
                f"the dateline is {dateline}",
                _certain(event), (),
                "If the event has happened, put the verb in the past tense; otherwise check the date.",
            )


@check("since_after_dateline")
def since_after_dateline(relations: Relations, options: dict) -> Iterator[Finding]:
    for event, dateline in _dated_events(relations):
        figure = event.figure
        if event.since and figure.date_start > dateline:
            yield Finding(
                figure.start, figure.end,
                f"'since {figure.text}' counts from {_span(figure)}, after the dateline {dateline}",
                figure.resolution == "explicit", (),
                "Check the date: 'since' needs a date before the article's.",
            )


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
            f"Write '{actual}, {day:%B} {day.day}' or '{stated}, {other:%B} {other.day}'.",
        )


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
                f"'{rel.text}' is {_span(rel)}, but the same {relative.head} is dated "
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
        low, high = _days(duration)
        if low is None:
            continue
        short = elapsed < low * (1 - tolerance) and (link.open_ended or link.end is not None)
        long_ = high is not None and elapsed > high * (1 + tolerance)
        if not (short or long_):
            continue
        certain = (short and elapsed < low / 2) or (high is not None and elapsed > high * 2)
        until = f"'{link.end.text}'" if link.end else f"the dateline {end}"
        yield Finding(
            duration.start, duration.end,
            f"The {link.head} is called '{duration.text}', but from '{start.text}' ({start.date_start}) "
            f"to {until} is {elapsed} days",
            certain, (related(start, "start"),) + ((related(link.end, "end"),) if link.end else ()),
            "Check the duration or the start date.",
        )


def _days(duration: Figure) -> tuple[float | None, float | None]:
    factors = _DAYS_PER_UNIT.get(duration.unit or "")
    if factors is None or duration.low is None:
        return None, None
    high = duration.high * factors[1] if duration.high is not None else None
    return duration.low * factors[0], high
