"""Ages against births: lang/en/people.toml's own examples, the age arithmetic, decades of life."""

from __future__ import annotations

import datetime as dt

import pytest

import figures
from figures.checks.ages import possible_ages
from figures.document import Document
from figures.extraction import extract_figures
from figures.lang import people_words
from figures.relations import Relations

PAIRED = [example for example in people_words().examples if "expect" in example]
DECADES = [example for example in people_words().examples if "decade" in example]


def _links(text: str, date: str):
    document = Document(text, date=date)
    return Relations(document, extract_figures(document)).ages_born


# -- the language file's own examples ----------------------------------------------------------------

@pytest.mark.parametrize("example", PAIRED, ids=lambda example: example["text"][:45])
def test_people_example(example):
    text, age, born = example["text"], example["age"], example["born"]
    links = [link for link in _links(text, example["date"])
             if link.age.text == age and link.born.text == born]
    found = [d for d in figures.check(text, date=example["date"], select="AG01")
             if text[d.start:d.end] == age]
    if example["expect"] == "unlinked":
        assert not links and not found
        return
    assert len(links) == 1, f"the age {age!r} is not linked to the birth {born!r}"
    if example["expect"] == "consistent":
        assert not found
    else:
        assert [d.level for d in found] == [example["expect"]]


@pytest.mark.parametrize("example", DECADES, ids=lambda example: example["decade"])
def test_decade_example(example):
    ages = [f for f in figures.extract(example["text"]) if f.kind == "age"]
    assert [(f.text, f.low, f.high, f.unit) for f in ages] == [
        (example["decade"], example["low"], example["high"], "year")]


def test_the_examples_cover_every_outcome():
    assert {example["expect"] for example in PAIRED} == {"error", "warning", "consistent", "unlinked"}


# -- the arithmetic ----------------------------------------------------------------------------------

YEAR_1990 = (dt.date(1990, 1, 1), dt.date(1990, 12, 31))
DAY = dt.date(2024, 6, 10)


def test_a_birth_year_allows_two_ages():
    assert possible_ages(YEAR_1990, (DAY, DAY)) == (33, 34)


def test_a_birth_date_allows_one_age():
    born = (dt.date(1990, 6, 11), dt.date(1990, 6, 11))
    assert possible_ages(born, (DAY, DAY)) == (33, 33)
    assert possible_ages(born, (DAY + dt.timedelta(days=1),) * 2) == (34, 34)


def test_a_leap_day_birthday_comes_on_the_first_of_march_in_other_years():
    born = (dt.date(2000, 2, 29), dt.date(2000, 2, 29))
    assert possible_ages(born, (dt.date(2023, 2, 28),) * 2) == (22, 22)
    assert possible_ages(born, (dt.date(2023, 3, 1),) * 2) == (23, 23)


def test_an_age_reached_in_a_month_is_the_year_of_that_birthday():
    may = (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    assert possible_ages(YEAR_1990, may, turning=True) == (34, 34)
    assert possible_ages(YEAR_1990, may) == (33, 34)


def test_an_undated_past_bounds_the_age_from_above_only():
    youngest, oldest = possible_ages(YEAR_1990, (dt.date.min, DAY))
    assert youngest < 0 and oldest == 34


# -- links the parse decides -------------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Councillor Hana Brook, 44, whose husband was born in 1950, chairs the committee.", "2024-01-09"),
    ("Okafor, 29, said his daughter, born in 2022, had started nursery.", "2025-09-02"),
    ("The 60-year-old sailed a yacht built in 1964.", "2024-07-15"),
    ("Born in 1988, Ruiz was 18 when she moved to Madrid in 2006.", "2025-03-03"),
    ("Tomlin, 34, who turns 35 next month, was born in August 1990.", "2025-07-20"),
    ("Dunmore was born in 1931 and died aged 93 in 2024.", "2025-02-11"),
    ("Quist, born in 1987, was 4 when the family settled in Bergen in 1991.", "2024-10-21"),
    ("Ms Arlo, then 29, was born in 1971.", "2024-04-30"),
    ("Tia, 6, and Max, 9, were born in 2018 and 2015.", "2024-12-01"),
    ("The jockey, aged 51 or 52, who was born in 1972, rode the winner.", "2024-05-01"),
    ("In 2003, Vance, 41, who was born in 1962, became the club's chairman.", "2025-08-08"),
])
def test_no_age_contradiction(text, date):
    assert not figures.check(text, date=date, select="AG01")


@pytest.mark.parametrize("text, date, age, level", [
    ("Dunmore was born in 1931 and died aged 83 in 2024.", "2025-02-11", "83", "error"),
    ("Nakamura, who turned 25 on Tuesday, was born in 1990.", "2025-03-01", "25", "error"),
    # "in 2001" may be the title's ("the 2001 title"): the age may be at another, undated win
    ("Born in 1985, Ito won his first title in 2001 at the age of 12.", "2025-03-01", "12", "warning"),
    ("Tomlin, who was born in August 1990, will be 30 when the season starts.", "2025-07-20", "30", "error"),
    ("A man in his twenties, born in 1961, was named as the driver.", "2024-11-30", "in his twenties", "error"),
    ("Quist, born in 1987, was 14 when the family settled in Bergen in 1991.", "2024-10-21", "14", "error"),
    ("Ms Arlo, then 59, was born in 1971.", "2024-04-30", "59", "error"),
    ("In 2003, Vance, 51, who was born in 1962, became the club's chairman.", "2025-08-08", "51", "error"),
])
def test_age_contradiction(text, date, age, level):
    found = figures.check(text, date=date, select="AG01")
    assert [(text[d.start:d.end], d.level) for d in found] == [(age, level)]


def test_no_dateline_no_present_age():
    assert not figures.check("Marsh, 30, was born in 1950.", select="AG01")
    assert figures.check("Born in 1950, Marsh was 30 when she won in 1990.", select="AG01")


@pytest.mark.parametrize("text, date, expected", [
    # "The N-year-old" opening the next sentence is the one whose birth was just told: likely (a warning)
    ("Goalkeeper Ines Duarte was born in Porto in 1991. The 19-year-old signed a new deal on Monday.",
     "2025-06-02", [("19-year-old", "warning")]),
    ("Goalkeeper Ines Duarte was born in Porto in 1991. The 34-year-old signed a new deal on Monday.",
     "2025-06-02", []),
    # the birth is not the subject's: someone else may be the N-year-old
    ("The coach praised Ines Duarte, who was born in 1991. The 19-year-old signed on Monday.", "2025-06-02", []),
    # the age has a noun of its own: it may be another person
    ("Ines Duarte was born in 1991. The 19-year-old striker signed on Monday.", "2025-06-02", []),
    # not the next sentence
    ("Ines Duarte was born in 1991. She trains in Braga. The 19-year-old signed on Monday.", "2025-06-02", []),
])
def test_an_age_in_the_next_sentence_said_as_the_n_year_old(text, date, expected):
    found = figures.check(text, date=date, select="AG01")
    assert [(text[d.start:d.end], d.level) for d in found] == expected
