"""Phrasing tests for the "percent-of" category: a share against its part and whole.

A part given with its share of a whole ("or 40 pct of", "a third of",
"two-thirds of ... some 45 people", "one in four") must be that share of the
whole, up to the rounding of the figures and their qualifiers.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. Each
firing case holds one contradiction, with the share that should be flagged; its
consistent twin changes one figure so that the share is right. The shared
machinery is in tests/phrasings.py.
"""

from __future__ import annotations

import pytest
from phrasings import assert_consistent, assert_flagged, firing_params, twin_params

CATEGORY = "percent-of"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
#: Only "PART, or N% of the WHOLE" with a bare "%" was seen to fire: "pct" and "per cent", fractions
#: ("a third", "two-thirds", "half", "a fifth", "one in four"), a share between part and whole
#: ("2,000 of whom, or 40%,"), a share as the verb's object ("covered 80% of", "represent 15% of"),
#: qualified shares ("more than", "nearly") and a share after a dash are not found.
KNOWN_MISSES = frozenset({
    "wire-terse-or-pct-of-target", "local-a-third-of-stock", "broadsheet-fronted-fraction-some-people",
    "finance-per-cent-of-the-total", "local-of-whom-or-percent", "science-of-the-samples-or",
    "sports-half-of-seats-apposition", "us-local-grants-covered-percent", "press-release-represent-percent-of-workforce",
    "sports-more-than-per-cent-dash", "broadsheet-nearly-percent-dash-people", "wire-a-fifth-of-national-cuts",
    "local-one-in-four-about", "finance-terse-bln-or-pct-of-issue",
})

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged share, consistent twin)
CASES = [
    (
        "wire-terse-or-pct-of-target",
        "The carrier flew 1.1 mln passengers in May, or 40 pct of its 4.5 mln annual "
        "target, it said on Wednesday.",
        "2024-06-13",
        "40 pct",
        "The carrier flew 1.1 mln passengers in May, or 24 pct of its 4.5 mln annual "
        "target, it said on Wednesday.",
    ),
    (
        "local-a-third-of-stock",
        "The council sold 300 of its 1,200 homes, a third of its housing stock, "
        "between 2015 and 2020.",
        "2024-02-12",
        "a third",
        "The council sold 300 of its 1,200 homes, a quarter of its housing stock, "
        "between 2015 and 2020.",
    ),
    (
        "broadsheet-fronted-fraction-some-people",
        "Two-thirds of the 90 staff, some 45 people, took voluntary redundancy.",
        "2024-05-29",
        "Two-thirds",
        "Half of the 90 staff, some 45 people, took voluntary redundancy.",
    ),
    (
        "finance-per-cent-of-the-total",
        "Exports to the EU fell to £4.2bn, 60 per cent of the £10.5bn total.",
        "2025-01-09",
        "60 per cent",
        "Exports to the EU fell to £4.2bn, 40 per cent of the £10.5bn total.",
    ),
    (
        "local-of-whom-or-percent",
        "The pension scheme has 8,000 members, 2,000 of whom, or 40%, are retired.",
        "2024-10-17",
        "40%",
        "The pension scheme has 8,000 members, 2,000 of whom, or 25%, are retired.",
    ),
    (
        "science-of-the-samples-or",
        "Of the 250 samples tested, 75, or 20%, contained microplastics, the "
        "researchers reported.",
        "2023-04-27",
        "20%",
        "Of the 250 samples tested, 75, or 30%, contained microplastics, the "
        "researchers reported.",
    ),
    (
        "sports-half-of-seats-apposition",
        "Half of the 1,400 seats, 560, went to season-ticket holders.",
        "2024-08-20",
        "Half",
        "Two-fifths of the 1,400 seats, 560, went to season-ticket holders.",
    ),
    (
        "us-local-grants-covered-percent",
        "Federal grants of $3.6 million covered 80% of the $6 million cost of the "
        "library expansion.",
        "2024-04-04",
        "80%",
        "Federal grants of $3.6 million covered 60% of the $6 million cost of the "
        "library expansion.",
    ),
    (
        "press-release-represent-percent-of-workforce",
        "Our 45 new hires this quarter represent 15% of our 600-person workforce.",
        "2025-07-01",
        "15%",
        "Our 45 new hires this quarter represent 7.5% of our 600-person workforce.",
    ),
    (
        "sports-more-than-per-cent-dash",
        "Johnson has scored 18 of the club's 24 goals - more than 80 per cent.",
        "2025-03-03",
        "more than 80 per cent",
        "Johnson has scored 18 of the club's 24 goals - more than 70 per cent.",
    ),
    (
        "broadsheet-nearly-percent-dash-people",
        "Nearly 30% of the 2,000 respondents - 720 people - said they had skipped "
        "meals to pay their energy bills.",
        "2023-01-18",
        "Nearly 30%",
        "Some 36% of the 2,000 respondents - 720 people - said they had skipped "
        "meals to pay their energy bills.",
    ),
    (
        "wire-a-fifth-of-national-cuts",
        "The region lost 12,000 jobs, a fifth of the 80,000 cut nationally, the "
        "statistics office said.",
        "2024-11-28",
        "a fifth",
        "The region lost 12,000 jobs, a fifth of the 60,000 cut nationally, the "
        "statistics office said.",
    ),
    (
        "local-one-in-four-about",
        "One in four of the 3,200 pupils, about 500, receive free school meals.",
        "2024-01-24",
        "One in four",
        "One in four of the 3,200 pupils, about 800, receive free school meals.",
    ),
    (
        "finance-terse-bln-or-pct-of-issue",
        "Foreign investors hold 1.8 bln euros of the bonds, or 45 pct of the 3 bln "
        "issue, traders said.",
        "2024-09-05",
        "45 pct",
        "Foreign investors hold 1.8 bln euros of the bonds, or 60 pct of the 3 bln "
        "issue, traders said.",
    ),
]


@pytest.mark.parametrize("text, date, flagged", firing_params(CASES, KNOWN_MISSES))
def test_contradiction_is_flagged(text, date, flagged):
    assert_flagged(CATEGORY, text, date, flagged)


@pytest.mark.parametrize("text, date", twin_params(CASES, KNOWN_FALSE_ALARMS))
def test_consistent_twin_is_clean(text, date):
    assert_consistent(CATEGORY, text, date)
