"""Property tests of extraction (issue 2, Acceptance 6): for any text, never raise, exact spans.

Example counts come from the hypothesis profile (tests/conftest.py): ``ci`` by
default, ``HYPOTHESIS_PROFILE=thorough`` for a longer hunt.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import figures
from figures.model import KINDS

# -- strategies ----------------------------------------------------------------

FRAGMENTS = [
    # numbers and number words
    "0", "7", "30", "1,496", "1,500", "12,400", "4.2", "0.5", "-3", "1 245", "2022", "1987",
    "7-1/2", "½", "¾", "one", "twenty-one", "three hundred", "a dozen", "half", "two-thirds",
    "one in five", "10 million", "4.5 mln", "1.2bn", "$5m", "£600m", "€3.2bn", "¥980",
    "US$25 million", "4.5 mln dlrs", "13.8 billion yuan", "2,500 rupees",
    "dozens", "hundreds", "thousands", "tens of thousands", "millions of",
    # qualifiers
    "about", "around", "roughly", "some", "an estimated", "or so", "almost", "nearly",
    "close to", "just under", "not quite", "over", "more than", "above", "exceeding",
    "in excess of", "upwards of", "-plus", "+", "just over", "slightly more than",
    "at least", "no fewer than", "up to", "as many as", "at most", "no more than",
    "under", "less than", "fewer than", "below", "between", "and", "to", "from",
    # units
    "km", "km/h", "mph", "miles", "metres", "square kilometres", "tonnes", "tons", "pounds",
    "kg", "°C", "°F", "C", "degrees Celsius", "litres", "gallons", "ml", "kWh", "GB",
    "%", "percent", "per cent", "pct", "percentage points", "dlrs", "$", "£", "€", "¥",
    "-year-old", "aged", "hours", "-day", "weeks", "a month-long", "a decade",
    # dates
    "January", "Feb.", "March", "April", "May", "may", "June", "Sept.", "December",
    "Monday", "on Tuesday", "Friday's", "today", "yesterday", "tomorrow", "last week",
    "late last week", "next week", "this month", "earlier this month", "last year",
    "two weeks ago", "in two weeks", "the previous day", "the next day", "April 6-7",
    "6-7 April", "March 3-April 5", "1985-87", "2012-13", "the 1990s", "Q1", "first quarter",
    "2022-03-29", "24th", "ago", "will", "said", "was",
    # not figures
    "<GM>", "<7203.T>", "7-6 (7-2)", "2-1", "2.15pm", "10:30 a.m.", "Voyager 2",
    "Section 3", "COVID-19", "G7", "F-16", "No. 1", "(212) 555-0147",
    # punctuation and layout
    ",", ".", ";", ":", "-", "–", "—", "/", "(", ")", "'", "\u2019", '"', "\u201c", "\n", "\n\n",
    "\t", "  ", "\r\n", "\u00a0",
]

fragments = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.integers(min_value=-10**7, max_value=10**13).map(str),
    st.integers(min_value=0, max_value=10**9).map("{:,}".format),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.text(max_size=4),
)

news_texts = st.tuples(
    st.lists(fragments, max_size=40),
    st.sampled_from([" ", "", " ", "\n"]),
).map(lambda parts: parts[1].join(parts[0]))

any_texts = st.one_of(st.text(), news_texts)

datelines = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

#: A header line like the seed's, always with a valid date.
headed_texts = st.tuples(datelines, st.sampled_from(["", " "]), news_texts).map(
    lambda parts: f"{parts[1]}date {parts[0].isoformat()} Brussels: {parts[2]}"
)

# -- the properties ---------------------------------------------------------------


def extract(text, date=None):
    """figures.extract never raises, whatever the text (a bad header date gives no dateline)."""
    return list(figures.extract(text, date=date))


def check_figures(text: str, found) -> None:
    last_start = -1
    for fig in found:
        assert fig.kind in KINDS, fig
        assert isinstance(fig.start, int) and isinstance(fig.end, int), fig
        assert 0 <= fig.start < fig.end <= len(text), fig
        assert text[fig.start:fig.end] == fig.text, fig
        assert fig.start >= last_start, "figures are not in order of position"
        last_start = fig.start
        if fig.low is not None and fig.high is not None:
            assert fig.low <= fig.high, fig
        if fig.date_start is not None and fig.date_end is not None:
            if not getattr(fig, "reversed", False):
                assert fig.date_start <= fig.date_end, fig


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """Load the extractor (and anything slow it imports) outside the examples."""
    figures.extract("Warm-up: 5 km, 40%, $3m on March 24.", date="2022-03-29")


@given(any_texts)
@example("Some of the Ministers may attend via video link.")
@example("April 6-7")
@example("")
@example("\n")
@example("7-6 (7-2)")
def test_any_text(text):
    check_figures(text, extract(text))


@given(any_texts, datelines)
@example("The ministers will meet on April 6-7, the alliance said on Tuesday.",
         dt.date(2022, 3, 29))
@example("The offer will expire on Feb. 29.", dt.date(2023, 2, 27))
@example("Talks opened on March 3 and ended the next day.", dt.date(1900, 1, 1))
def test_any_text_with_a_dateline(text, date):
    check_figures(text, extract(text, date=date))


@given(any_texts, datelines)
def test_dateline_as_iso_string(text, date):
    check_figures(text, extract(text, date=date.isoformat()))


@given(headed_texts)
def test_text_with_a_header_dateline(text):
    check_figures(text, extract(text))


@given(st.lists(fragments, max_size=30).map(" ".join))
def test_text_between_blank_lines(text):
    padded = "\n" + text + " \n"
    check_figures(padded, extract(padded))
