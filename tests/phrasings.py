"""Shared machinery of the phrasing tests (tests/test_phrasings_*.py).

Each of those modules holds, for one category, firing cases and their
consistent twins as tuples ``(id, text, dateline, flagged, twin)``:

* the firing ``text`` holds exactly one contradiction of the category, and a
  diagnostic of that category must touch the ``flagged`` words (which occur
  once in the text);
* the ``twin`` is the firing text minimally edited so that it is consistent: it
  must give no diagnostic of the category and no error of any category.

Contradictions figures does not find yet, and twins it wrongly flags, are strict
xfails, so each shows up when it starts to pass.
"""

from __future__ import annotations

import pytest

import figures

MISS_REASON = "not found yet (issue 9)"
FALSE_ALARM_REASON = "false alarm (issue 9)"


def xfail_if_known(case_id, known, reason):
    """The marks of one parametrised case: a strict xfail when it is a known failure."""
    return [pytest.mark.xfail(reason=reason, strict=True)] if case_id in known else []


def firing_params(cases, known_misses):
    """``(text, date, flagged)`` parameters of the firing cases."""
    _check_cases(cases, known_misses)
    return [
        pytest.param(text, date, flagged, id=cid, marks=xfail_if_known(cid, known_misses, MISS_REASON))
        for cid, text, date, flagged, _ in cases
    ]


def twin_params(cases, known_false_alarms):
    """``(text, date)`` parameters of the consistent twins."""
    _check_cases(cases, known_false_alarms)
    return [
        pytest.param(twin, date, id=cid, marks=xfail_if_known(cid, known_false_alarms, FALSE_ALARM_REASON))
        for cid, _, date, _, twin in cases
    ]


def describe(text, diagnostics):
    """What the diagnostics say, for assertion messages."""
    return [(d.code, d.category, d.level, text[d.start:d.end]) for d in diagnostics]


def assert_flagged(category, text, date, flagged):
    """A diagnostic of ``category`` touches the one occurrence of ``flagged``."""
    assert text.count(flagged) == 1, f"{flagged!r} must occur exactly once in the case"
    start = text.index(flagged)
    end = start + len(flagged)
    found = [d for d in figures.check(text, date=date) if d.category == category]
    assert any(d.start < end and start < d.end for d in found), (
        f"expected a {category} diagnostic over {flagged!r}; got {describe(text, found)}"
    )


def assert_consistent(category, text, date):
    """No diagnostic of ``category`` and no error of any category."""
    found = [d for d in figures.check(text, date=date) if d.category == category or d.level == "error"]
    assert not found, f"unexpected diagnostics: {describe(text, found)}"


def _check_cases(cases, known):
    ids = [case[0] for case in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(ids) >= 12, "at least 12 firing cases a category"
    assert known <= set(ids), f"known failures that are not cases: {sorted(known - set(ids))}"
    assert all(text != twin for _, text, _, _, twin in cases), "a twin must differ from its case"


def category_tests(category, cases, known_misses, known_false_alarms):
    """The two tests of one category's module: each contradiction is flagged, each twin is clean."""

    @pytest.mark.parametrize("text, date, flagged", firing_params(cases, known_misses))
    def test_contradiction_is_flagged(text, date, flagged):
        assert_flagged(category, text, date, flagged)

    @pytest.mark.parametrize("text, date", twin_params(cases, known_false_alarms))
    def test_consistent_twin_is_clean(text, date):
        assert_consistent(category, text, date)

    return test_contradiction_is_flagged, test_consistent_twin_is_clean
