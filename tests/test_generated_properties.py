"""Properties of figures on generated articles (figures.strategies), checked with figures.testing.

Consistent by construction means no diagnostic; one injected inconsistency means a
diagnostic of its category at its words; and re-writing an article without changing
what it says (digits or words, date formats, units swapped in a conversion, another
paragraph order, unrelated text) does not change what figures finds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import figures
from figures.strategies import (
    CATEGORIES,
    DATE_STYLES,
    articles,
    numbers,
    quantities,
    write_date,
    written_dates,
)
from figures.testing import assert_consistent, assert_flags

DATELINE = dt.date(2022, 3, 29)


def findings(article):
    """What figures reports, by code and flagged words (offsets move when text is re-written)."""
    return sorted((d.code, article.text[d.start:d.end]) for d in figures.check(article.text, date=article.date))


@given(articles())
def test_consistent_articles_give_no_diagnostic(article):
    assert_consistent(article.text, date=article.date)


@pytest.mark.parametrize("category", CATEGORIES)
@given(data=st.data())
def test_an_injected_inconsistency_is_found_at_its_words(category, data):
    article = data.draw(articles(inject=category))
    site = article.injected
    matching = assert_flags(article.text, category, date=article.date)
    assert any(d.start < site.end and site.start < d.end for d in matching), (site, matching)


@given(articles(), st.sampled_from(("digits", "words")))
def test_digits_or_words_do_not_change_the_findings(article, style):
    assert findings(article) == findings(article.rendered(numbers=style)) == []


@given(articles(inject="part-whole"))
def test_an_injected_part_is_found_in_digits_and_in_words(article):
    for style in ("digits", "words"):
        assert_flags(article.rendered(numbers=style).text, "part-whole", date=article.date)


@given(articles(categories=["date-order", "weekday-date"]), st.sampled_from(DATE_STYLES))
def test_date_formats_do_not_change_the_findings(article, style):
    assert findings(article.rendered(dates=style)) == []


@given(articles(inject="date-order"), st.sampled_from(DATE_STYLES))
def test_a_date_after_the_dateline_is_found_in_every_format(article, style):
    assert_flags(article.rendered(dates=style).text, "date-order", date=article.date)


@given(articles(categories=["unit-conversion"]))
def test_a_conversion_stated_the_other_way_round_is_still_consistent(article):
    assert findings(article.rendered(swap_units=True)) == []


@given(articles(inject="unit-conversion"))
def test_a_broken_conversion_is_found_either_way_round(article):
    for swap in (False, True):
        assert_flags(article.rendered(swap_units=swap).text, "unit-conversion", date=article.date)


@given(st.data())
def test_paragraph_order_and_unrelated_text_do_not_change_the_findings(data):
    article = data.draw(articles(inject=data.draw(st.sampled_from(CATEGORIES))))
    order = data.draw(st.permutations(range(len(article.statements))))
    moved = article.rendered(order=order, filler=["The minister declined to comment.",
                                                  "Shares of the company closed higher on the day."])
    assert findings(moved) == findings(article)


@given(numbers())
def test_numbers_read_back_as_written(written):
    [figure] = figures.extract(f"Officials counted {written.text} ballots.")
    assert figure.low <= written.value <= figure.high


@given(quantities())
def test_quantities_read_back_with_their_unit(written):
    [figure] = figures.extract(f"The reading was {written.text} on the day.")
    assert figure.kind == "quantity" and figure.unit == written.unit
    assert figure.low <= written.value <= figure.high


@given(written_dates(dateline=DATELINE))
def test_dates_read_back_as_written(written):
    found = [f for f in figures.extract(f"It happened {written.text}.", date=DATELINE) if f.date_start]
    assert [(f.date_start, f.date_end) for f in found] == [(written.date_start, written.date_end)]


def test_write_date_styles():
    day = dt.date(2022, 3, 24)
    assert [write_date(day, style) for style in DATE_STYLES] == ["March 24, 2022", "24 March 2022", "2022-03-24"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: articles(categories=["part-whole", "nonsense"]), "categories must be a non-empty selection"),
    (lambda: articles(categories="part-whole"), "not the string"),
    (lambda: articles(inject="nonsense"), "inject must be one of"),
    (lambda: articles(min_statements=3, max_statements=2), "min_statements <= max_statements"),
    (lambda: articles(dateline="2022-03-29"), "dateline must be a datetime.date"),
    (lambda: numbers(min_value=10, max_value=5), "min_value <= max_value"),
    (lambda: quantities(kinds=["weight"]), "kinds must be a non-empty selection"),
    (lambda: written_dates(dateline=DATELINE, forms=[]), "forms must be a non-empty selection"),
])
def test_bad_options_are_refused_with_a_reason(make, message):
    with pytest.raises(InvalidArgument, match=message):
        make()


def test_assert_consistent_reports_the_problem_in_full():
    with pytest.raises(AssertionError) as failure:
        assert_consistent("The storm killed 12 people, of whom 15 were children.")
    report = str(failure.value)
    assert "PW01 [error]" in report and "^^" in report and "15 (part: '15') > 12" in report


def test_assert_flags_says_what_it_found_instead():
    with pytest.raises(AssertionError, match="expected a 'unit-conversion' problem.*PW01"):
        assert_flags("The storm killed 12 people, of whom 15 were children.", "unit-conversion")
    with pytest.raises(AssertionError, match="figures found no problem"):
        assert_flags("The storm killed 12 people.", "part-whole")
