"""The seed article is consistent; edits that break it are found at the edited words."""

from pathlib import Path

import pytest

import figures

SEED = (Path(__file__).parents[1] / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt").read_text(
    encoding="utf-8")


def test_the_seed_article_is_clean():
    assert figures.check(SEED) == []


def edited(old: str, new: str) -> str:
    assert SEED.count(old) == 1
    return SEED.replace(old, new)


@pytest.mark.parametrize(("text", "date", "category", "words"), [
    (edited("including almost 4 million", "including almost 40 million"), None, "part-whole",
     "almost 40 million"),
    (edited("April 6-7", "April 7-6"), None, "range-order", "April 7-6"),
    (SEED, "2022-03-20", "date-order", "March 24"),
    (SEED, "2022-04-05", "relative-date", "next week"),
    (edited("was convened on March 24", "was convened on Wednesday, March 24"), None, "weekday-date",
     "Wednesday, March 24"),
], ids=["a-part-whole", "b-range-order", "c-date-order", "d-relative-date", "e-weekday-date"])
def test_an_edit_is_reported_at_the_edited_words(text, date, category, words):
    diagnostics = figures.check(text, date=date)
    assert any(d.category == category and text[d.start:d.end] == words for d in diagnostics), diagnostics
    # other findings may only be genuine consequences of the edit, in the rules' own categories
    assert {d.category for d in diagnostics} <= {category, "relative-date", "date-order"}


def test_the_relative_date_edit_explains_itself():
    [diagnostic] = figures.check(SEED, date="2022-04-05")
    assert "2022-04-11..2022-04-17" in diagnostic.message and "April 6-7" in diagnostic.message
    assert [r.text for r in diagnostic.related] == ["April 6-7"]
