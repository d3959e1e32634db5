"""Reversed ranges (figures/relations/ranges.py): which forms must run forwards, from the examples
of lang/en/ranges.toml."""

from __future__ import annotations

import pytest

import figures
from figures.lang import range_words


def _reading(text: str) -> str:
    found = [d.level for d in figures.check(text, date="2026-06-01") if d.category == "range-order"]
    assert len(found) <= 1, found
    return found[0] if found else "none"


@pytest.mark.parametrize("example", range_words().examples, ids=lambda example: example["text"][:40])
def test_every_example_of_the_range_words(example):
    assert any(f.reversed for f in figures.extract(example["text"], date="2026-06-01")), "no reversed figures"
    assert _reading(example["text"]) == example["reading"]
