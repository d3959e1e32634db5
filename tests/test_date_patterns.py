"""The date patterns' order and triggers are data (``lang/en/dates.toml``); each pattern's examples run."""

from __future__ import annotations

import datetime as dt

import pytest

import figures
from figures.extraction.dates import HANDLERS
from figures.lang import date_words


@pytest.mark.parametrize("example", date_words().examples, ids=lambda e: e["pattern"])
def test_each_pattern_reads_its_examples(example):
    found = [(f.date_start, f.date_end) for f in figures.extract(example["text"], date=example.get("dateline"))
             if f.date_start is not None]
    expected = (dt.date.fromisoformat(example["start"]), dt.date.fromisoformat(example["end"]))
    assert expected in found, found


def test_every_pattern_has_an_example_and_runs_in_the_order_of_the_data():
    assert [handler.__name__ for handler in HANDLERS] == list(date_words().order)
    assert {example["pattern"] for example in date_words().examples} == set(date_words().order)


def test_a_quarter_named_by_reference_with_no_quarter_before_is_no_date():
    assert [f for f in figures.extract("The quarter was hard, the chief executive said.", date="2021-10-20")
            if f.kind in ("date", "date_range")] == []


def test_the_quarter_ended_on_a_day_is_read_from_the_day_not_by_reference():
    text = "Profit rose in the third quarter of 2021. In the quarter ended Dec. 31, it fell."
    found = [(f.text, f.resolution, f.date_start, f.date_end) for f in figures.extract(text, date="2022-02-01")]
    assert all(resolution != "context" for _, resolution, _, _ in found)
    assert ("the quarter", "inferred-year", dt.date(2021, 10, 1), dt.date(2021, 12, 31)) in found
