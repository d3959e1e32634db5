"""Holidays as dates (``lang/en/holidays.toml``, ``figures/extraction/dates/holidays.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import figures
from figures.extraction.dates.holidays import easter, holiday_day
from figures.lang import holiday_words

#: Western Easter Sundays, from published tables.
EASTERS = {1961: (4, 2), 1987: (4, 19), 2000: (4, 23), 2008: (3, 23), 2011: (4, 24), 2019: (4, 21),
           2024: (3, 31), 2025: (4, 20), 2038: (4, 25)}


@pytest.mark.parametrize("year", sorted(EASTERS))
def test_easter_is_the_published_sunday(year):
    assert easter(year) == dt.date(year, *EASTERS[year])


@given(st.integers(1600, 2400))
def test_easter_is_a_sunday_between_march_22_and_april_25(year):
    day = easter(year)
    assert day.weekday() == 6 and dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@given(st.integers(1900, 2100), st.sampled_from([rule for rule in holiday_words().holidays if "nth" in rule]))
def test_an_nth_weekday_holiday_falls_on_its_weekday_in_its_month(year, rule):
    day = holiday_day(rule, year)
    assert day.weekday() == rule["weekday"] and day.month == rule["month"]
    assert (day + dt.timedelta(days=7)).month != rule["month"] if rule["nth"] == -1 else \
        (day.day - 1) // 7 + 1 == rule["nth"]


@pytest.mark.parametrize("example", holiday_words().examples, ids=lambda e: e["text"][:30])
def test_the_examples_of_the_holiday_file(example):
    days = [f.date_start.isoformat() for f in figures.extract(example["text"]) if f.date_start]
    assert days == ([example["date"]] if example["date"] else [])


def test_a_past_event_on_a_holiday_after_the_dateline_is_flagged():
    later = figures.check("The ceasefire began on Christmas Day 2019.", date="2019-12-20")
    assert any(d.category == "date-order" for d in later)
    assert not figures.check("The ceasefire began on Christmas Day 2019.", date="2019-12-28")
