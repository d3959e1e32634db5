"""Every crash the census of 79,342 real documents found (issue 8), read at its cause.

Each phrase once raised; each now gives a reading a person would accept, or no figure.
"""

from __future__ import annotations

import pytest

import figures
from figures.document import DateError

DATE = "2022-03-29"


def only(text: str, **kwargs) -> figures.model.Figure:
    found = figures.extract(text, date=DATE, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span", [
    ("129,000 week ago", "129,000 week ago"),
    ("65 million years ago", "65 million years ago"),
    ("about 4,000 years ago", "4,000 years ago"),
    ("2,400 YEAR AGO", "2,400 YEAR AGO"),
    ("890056327 decades ago", "890056327 decades ago"),
    ("4496854 days ago", "4496854 days ago"),
    ("The site will be safe again in 8000 years.", "in 8000 years"),
    ("Not in a million years would he go.", "in a million years"),
])
def test_a_date_beyond_the_calendar_is_unresolvable(text, span):
    figure = only(text)
    assert (figure.text, figure.kind, figure.resolution) == (span, "date", "unresolvable")
    assert figure.date_start is None and figure.date_end is None
    assert figures.check(text, date=DATE) == []


def test_a_date_within_the_calendar_still_resolves():
    figure = only("The plant closed 300 years ago.")
    assert (figure.date_start.isoformat(), figure.date_end.isoformat()) == ("1722-01-01", "1722-12-31")


@pytest.mark.parametrize("text, low, high, unit", [
    # 137.80 to 137.85: the second end gives the last digits of the first, each end +/- 0.005
    ("the dollar at around 137.80-85 yen", 137.795, 137.855, "JPY"),
    ("minus 117.40-43 yen", -117.435, -117.395, "JPY"),
    ("\u2212117.40-43C", -117.435, -117.395, "degree_Celsius"),
])
def test_an_abbreviated_range_end_with_a_qualifier_or_sign(text, low, high, unit):
    figure = only(text)
    assert figure.low == pytest.approx(low) and figure.high == pytest.approx(high)
    assert figure.unit == unit


def test_to_never_abbreviates_a_range_end():
    """Only a dash abbreviates ("137.80-85"): "1.8 billion to 2 billion" ends at 2 billion."""
    figure = only("about 1.8 billion rand to 2 billion rand")
    assert figure.low < 1.8e9 and figure.high >= 2.0e9 and figure.unit == "ZAR"


def test_a_rate_written_with_to_keeps_both_numbers():
    """"2.8 to 1" is never read as "2.8 to 2.1": two amounts in two currencies are no range."""
    found = figures.extract("RMB 2.8 to 1 US dollar", date=DATE)
    assert [(f.text, f.unit, f.low) for f in found] == [("RMB 2.8", "CNY", 2.75), ("1 US dollar", "USD", 1.0)]


def test_circa():
    figure = only("c. 4000")
    assert figure.value == 4000


@pytest.mark.parametrize("text", ["1" * 311, "1" + "0" * 309, "9" * 5000, "the " + "5" * 400 + "th time"])
def test_a_digit_string_too_long_for_any_figure_is_none(text):
    assert figures.extract(text, date=DATE) == []


@pytest.mark.parametrize("text, left", [("1" + "0" * 309 + ":3", "3"), ("9" * 5000 + ":2", "2")])
def test_a_ratio_with_an_over_long_term_is_no_ratio(text, left):
    assert [f.text for f in figures.extract(text, date=DATE)] == [left]


@pytest.mark.parametrize("text", ["from February 29 to January 3, 2024", "Feb. 29 - Jan. 3"])
def test_a_range_from_a_day_the_previous_year_lacks(text):
    """No February 29 in 2023 (or 2021): the range is no date range, and reading goes on."""
    found = figures.extract(text, date=DATE)
    assert [f.kind for f in found if f.kind == "date_range"] == []
    assert any(f.text.startswith(("January 3", "Jan. 3")) for f in found)


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "0999-12-31", "3000-01-01"])
def test_a_dateline_outside_1000_to_2999_is_refused(date):
    with pytest.raises(DateError, match=r"year out of range \(1000\.\.2999\)"):
        figures.check("yesterday, next week, Q4 0, since March", date=date)


@pytest.mark.parametrize("date", ["1000-01-01", "2999-12-31"])
def test_the_dateline_bounds_themselves_work(date):
    found = figures.extract("yesterday, next week, Q4, since March, on Tuesday it said", date=date)
    assert len(found) == 5
