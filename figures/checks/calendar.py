"""Checks on the calendar itself: dates it does not have ("November 31", "February 29, 2023")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figures.checks import Finding, check
from figures.extraction.dates.calendar import days_in_month
from figures.lang import calendar_words
from figures.relations import Relations


@check("invalid_date")
def invalid_date(relations: Relations, options: dict) -> Iterator[Finding]:
    """A date in date position whose day its month lacks: certain, no reading makes it real (the
    extractor reads "Feb 30 students" as a month and a count, and a year-less February 29 as a
    date some year has)."""
    messages = calendar_words().messages
    for figure in relations.figures:
        if figure.resolution != "invalid" or not figure.written_date:
            continue
        year_text, month_text, day_text = figure.written_date.rsplit("-", 2)
        year = int(year_text) if year_text.strip("-") else None
        month, day = int(month_text), int(day_text)
        fields = {"text": figure.text, "month": f"{dt.date(2000, month, 1):%B}", "day": day,
                  "days": days_in_month(month, year), "year": year}
        kind = ("leap_year" if month == 2 and day == 29 else "february" if month == 2 and year is None
                else "month_length")
        yield Finding(figure.start, figure.end, messages[kind].format(**fields), True, (),
                      messages[f"{kind}_fix"].format(**fields))
