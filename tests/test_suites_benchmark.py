"""Scoring and skipping of benchmarks/suites.py on small made-up cases (no ../shared needed)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
suites = pytest.importorskip("suites")

d = dt.date


def row(text, expected, subset="quantities", **extra):
    return {"source": "made-up", "subset": subset, "text": text, "expected": expected, **extra}


# ---------------------------------------------------------------- quantities

def test_close_is_relative_one_in_a_million():
    assert suites.close(1_000_000.0, 1_000_000.9)
    assert not suites.close(1_000_000.0, 1_000_002.0)
    assert suites.close(0.0, 0.0)


def test_ranges_match_by_both_ends_only():
    g = suites.Q((10.0, 20.0), "currency", "currency")
    assert suites.same_value(g, suites.Q((10.0, 20.0), "count", "number"))
    assert not suites.same_value(g, suites.Q((15.0, 15.0), "currency", "currency"))
    assert not suites.same_value(g, suites.Q((10.0, 25.0), "currency", "currency"))


def test_value_and_kind_scores():
    gold = [suites.Q((3.0, 3.0), "[length]", "physical"), suites.Q((40.0, 40.0), "percent", "percent")]
    pred = [suites.Q((3.0, 3.0), "count", "number"), suites.Q((40.0, 40.0), "percent", "percent"),
            suites.Q((7.0, 7.0), "count", "number")]
    (value, kind) = suites.quantity_scores([(gold, pred)])
    assert value == (66.7, 100.0, 80.0)  # 2 of 3 predictions, 2 of 2 gold
    assert kind == (33.3, 50.0, 40.0)  # only the percent has the right kind
    missed, spurious, wrong = suites.quantity_misses(gold, pred)
    assert not missed and [t.value for t in spurious] == [(7.0, 7.0)] and len(wrong) == 1


def test_gold_ranges_of_each_format():
    q = suites.quantity_case("duckling_units", row(
        "between 3 and 5 km", [{"surface": "between 3 and 5 km", "span": [0, 18], "value": None,
                                "unit": "Kilometre", "range": [3, 5]}], subset="Distance/allExamples"))
    assert q.gold[0].value == (3.0, 5.0) and q.gold[0].kind == "[length]" and q.dims == {"physical"}
    q = suites.quantity_case("recognizers_number", row(
        "over 150 of them", [{"surface": "over 150", "span": [0, 8], "type": "numberrange", "value": None,
                              "unit": None, "range": {"low": 150, "high": None}}], subset="NumberRangeModel"))
    assert q.gold[0].value == (150.0, 150.0)  # a half-open range is its finite bound
    q = suites.quantity_case("quantulum3_tests", row("8 to 10 kg and 5±1 kg", [
        {"surface": "8 to 10 kg", "value": 9, "uncertainty": 1, "unit": "kilogram", "span": [0, 10]},
        {"surface": "5±1 kg", "value": 5, "uncertainty": 1, "unit": "kilogram", "span": [15, 21]}]))
    assert [g.value for g in q.gold] == [(8.0, 10.0), (5.0, 5.0)]  # a tolerance is not a range


def test_cents_and_pence_in_the_main_unit():
    q = suites.quantity_case("cqe_recognizers_subsets", row("It costs 45 pence", [
        {"surface": None, "value": 45.0, "unit": "penny", "span": None}]))
    assert q.gold[0].value == (0.45, 0.45) and q.gold[0].kind == "currency"


def test_quantity_skips_and_ignored_items():
    ordinal = suites.quantity_case("duckling_units", row("the third", [
        {"surface": "third", "span": [4, 9], "value": 3, "unit": None, "ordinal": True}],
        subset="Ordinal/allExamples"))
    assert ordinal.skip == suites.R_ORDINAL_SUBSET
    latent = suites.quantity_case("duckling_units", row("about 9", [
        {"surface": "about 9", "span": [0, 7], "value": 9, "unit": "Unnamed"}],
        subset="Quantity/latentCorpus"))
    assert latent.skip == suites.R_LATENT
    code = suites.quantity_case("recognizers_number", row("dial 555-0199", [
        {"surface": "555", "span": [5, 8], "type": "number", "value": 555, "unit": None},
        {"surface": "0199", "span": [9, 13], "type": "number", "value": 199, "unit": None}],
        subset="NumberModel"))
    assert code.skip == suites.R_CODE
    dotnet = suites.quantity_case("recognizers_units", row("x", [
        {"surface": "1 m", "span": [0, 1], "value": 1, "unit": "Meter", "type": "dimension"}],
        subset="DimensionModel", not_supported="dotnet, java"))
    assert dotnet.skip == suites.R_DOTNET
    bare = suites.quantity_case("recognizers_units", row("the dollar rose; 5 euros", [
        {"surface": "dollar", "span": [4, 10], "value": None, "unit": "Dollar", "type": "currency"},
        {"surface": "5 euros", "span": [17, 24], "value": 5, "unit": "Euro", "type": "currency"}],
        subset="CurrencyModel"))
    assert bare.skip is None and len(bare.gold) == 1 and bare.ignored[0][0] == suites.R_NOVALUE
    only_bare = suites.quantity_case("recognizers_units", row("the dollar rose", [
        {"surface": "dollar", "span": [4, 10], "value": None, "unit": "Dollar", "type": "currency"}],
        subset="CurrencyModel"))
    assert only_bare.skip == suites.R_NOVALUE
    negative = suites.quantity_case("recognizers_number", row("an apple", [], subset="NumberModel"))
    assert negative.skip is None and negative.gold == []


def test_predictions_outside_the_dimension_or_on_ignored_gold_are_dropped():
    case = suites.quantity_case("recognizers_units", row("the dollar rose 5 pct to 5 euros", [
        {"surface": "dollar", "span": [4, 10], "value": None, "unit": "Dollar", "type": "currency"},
        {"surface": "5 euros", "span": [24, 31], "value": 5, "unit": "Euro", "type": "currency"}],
        subset="CurrencyModel"))
    pct = suites.Q((5.0, 5.0), "percent", "percent", "5 pct", 16, 21)
    on_ignored = suites.Q((1.0, 1.0), "currency", "currency", "dollar", 4, 10)
    euros = suites.Q((5.0, 5.0), "currency", "currency", "5 euros", 24, 31)
    assert suites.scored(case, [pct, on_ignored, euros]) == [euros]


# ---------------------------------------------------------------- dates

@dataclass(frozen=True)
class Fake:
    text: str
    start: int
    end: int
    date_start: dt.date | None
    date_end: dt.date | None
    kind: str = "date"


def test_duckling_intervals_and_skips():
    case = suites.date_case("duckling_time", row("from 13th to the 15 of July", [
        {"surface": "from 13th to the 15 of July", "span": [0, 27], "type": "daterange", "grain": "day",
         "value": {}, "start": "2013-07-13T00:00:00", "end": "2013-07-16T00:00:00",
         "end_exclusive": True}], subset="Time/allExamples", reference_date="2013-02-12"))
    assert case.gold[0].intervals == {(d(2013, 7, 13), d(2013, 7, 15))}
    week = suites.date_case("duckling_time", row("upcoming week", [
        {"surface": "upcoming week", "span": [0, 13], "type": "date", "grain": "week", "value": "2013-W08"}],
        subset="Time/allExamples", reference_date="2013-02-12"))
    assert week.gold[0].intervals == {(d(2013, 2, 18), d(2013, 2, 24))}
    for expected, reason in (
            ({"type": "time", "grain": "hour", "value": "2013-02-12T15"}, suites.R_CLOCK),
            ({"type": "duration", "grain": "day", "value": "P30D"}, suites.R_DURATION),
            ({"type": "daterange", "grain": "year", "open_interval": "after",
              "start": "2014-01-01T00:00:00", "end": None}, suites.R_OPEN)):
        case = suites.date_case("duckling_time", row("x", [dict(expected, surface="x", span=[0, 1])],
                                                     subset="Time/allExamples", reference_date="2013-02-12"))
        assert case.skip == reason, expected


def test_recognizers_alternatives():
    e = {"surface": "July 1st", "span": [0, 8], "type": "date", "value": "XXXX-07-01",
         "resolution": [{"timex": "XXXX-07-01", "value": "2017-07-01"},
                        {"timex": "XXXX-07-01", "value": "2018-07-01"}]}
    intervals, reason = suites.recognizers_intervals(e)
    assert reason is None and intervals == {(d(2017, 7, 1),) * 2, (d(2018, 7, 1),) * 2}
    e = {"surface": "2014 to 2018", "span": [0, 12], "type": "daterange",
         "value": "(2014-01-01,2018-01-01,P4Y)",
         "resolution": [{"timex": "(2014-01-01,2018-01-01,P4Y)", "start": "2014-01-01",
                         "end": "2018-01-01"}]}
    intervals, _ = suites.recognizers_intervals(e)
    assert intervals == {(d(2014, 1, 1), d(2017, 12, 31)), (d(2014, 1, 1), d(2018, 12, 31))}
    e = {"surface": "mid-November", "span": [0, 12], "type": "daterange", "value": "2018-11", "mod": "mid",
         "resolution": [{"timex": "2018-11", "start": "2018-11-10", "end": "2018-11-21"}]}
    intervals, _ = suites.recognizers_intervals(e)
    assert intervals == {(d(2018, 11, 10), d(2018, 11, 20)), (d(2018, 11, 1), d(2018, 11, 30))}
    e = {"surface": "since late July", "span": [0, 15], "type": "daterange", "value": "XXXX-07",
         "mod": "since-end", "resolution": [{"timex": "XXXX-07", "start": "2018-07-16"}]}
    assert suites.recognizers_intervals(e) == (set(), suites.R_OPEN)


def test_date_matching():
    case = suites.date_case("meantime_timex", row("Sales fell in 2008 and on Friday, for 3 days.", [
        {"surface": "2008", "span": [13, 17], "type": "date", "value": "2008"},
        {"surface": "Friday", "span": [25, 31], "type": "date", "value": "2008-03-07"},
        {"surface": "3 days", "span": [37, 43], "type": "duration", "value": "P3D"}],
        reference_date="2008-03-08"))
    assert case.skip is None and len(case.gold) == 2 and case.ignored[0][0] == suites.R_DURATION
    preds = [Fake("2008", 13, 17, d(2008, 1, 1), d(2008, 12, 31), "year"),
             Fake("2008", 13, 17, d(2008, 1, 1), d(2008, 12, 31), "year"),  # duplicate: fp
             Fake("Friday", 25, 31, d(2008, 2, 29), d(2008, 2, 29)),  # wrong day: fp and fn
             Fake("3 days", 37, 43, d(2008, 3, 5), d(2008, 3, 7)),  # on ignored gold: dropped
             Fake("Sales", 0, 5, d(2008, 1, 1), None),  # nowhere near gold: fp
             Fake("fell", 6, 10, None, None)]  # unresolved: not a prediction
    o = suites.score_dates(case, preds)
    assert (len(o.tp), len(o.fp), len(o.fn)) == (1, 3, 1)
    assert o.fn[0].text == "Friday"


def test_meantime_rows():
    rows = [dict(row("Title", [], doc_id="1", sentence_index=0, reference_date=None)),
            dict(row("March 2, 2009", [{"surface": "March 2, 2009", "span": [0, 13], "type": "date",
                                        "value": "2009-03-02", "m_id": "4", "anchor_m_id": "4"}],
                     doc_id="1", sentence_index=1, reference_date=None)),
            dict(row("Later text.", [], doc_id="1", sentence_index=2, reference_date="03-02-2009"))]
    out = suites.meantime_rows(rows)
    assert [r["reference_date"] for r in out] == ["2009-03-02", "2009-03-02", "2009-02-03"]
    assert [bool(r.get("unannotated")) for r in out] == [False, False, True]
    case = suites.date_case("meantime_timex", out[2])
    assert case.skip == suites.R_UNANNOTATED
