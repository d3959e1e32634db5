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
