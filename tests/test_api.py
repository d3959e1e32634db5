"""The Python API: figures.extract and its pandas view."""

import datetime as dt

import pandas

import figures
from figures.model import FIELDS


def test_extract_accepts_a_date_object_and_an_iso_string():
    text = "Talks resumed on Tuesday."
    by_object = figures.extract(text, date=dt.date(2022, 3, 31))
    by_string = figures.extract(text, date="2022-03-31")
    assert by_object == by_string
    # 2022-03-31 is a Thursday; the past-tense Tuesday before it is 03-29
    assert by_object[0].date_start == dt.date(2022, 3, 29)


def test_to_frame_has_one_row_per_figure_and_the_contract_columns():
    found = figures.extract("Over 10 million fled, including almost 4 million children.")
    frame = figures.to_frame(found)
    assert list(frame.columns) == list(FIELDS)
    assert len(frame) == 2
    assert frame.loc[0, "low"] == 10_000_000 and pandas.isna(frame.loc[0, "high"])
    assert frame.loc[1, "high"] == 4_000_000


def test_extract_is_callable_again_after_the_engine_is_imported():
    import figures.extraction  # noqa: F401  (the subpackage must not shadow the function)

    assert callable(figures.extract)
    assert figures.extract("30 people") != []


def test_every_unit_the_extractor_writes_is_a_pint_unit_and_every_currency_a_dimension():
    from figures.extraction import unit_words
    from figures.units import CURRENCIES, registry

    units = registry()
    for unit in {*unit_words.UNIT_WORDS.values(), *unit_words.UNIT_SYMBOLS.values(),
                 *(unit for unit, _ in unit_words.TIME_UNITS.values())}:
        units.Unit(unit)  # raises for a name pint does not know
    codes = {*unit_words.CURRENCY_SIGNS.values(), *unit_words.CURRENCY_WORDS.values(),
             *unit_words.CURRENCY_ADJECTIVES.values(), *unit_words.CROWN_ADJECTIVES.values()}
    assert codes <= set(CURRENCIES)
    assert units.Unit("USD").dimensionality != units.Unit("EUR").dimensionality
