"""Phrasing tests for the "percent-change" category: a stated change against its two values.

A change given with its old and new values ("rose 9 pct to 236 mln from 201
mln", "a rise of 20 per cent", "doubled", "0.6 percentage points", "50 basis
points") must match them in size and in direction, up to rounding.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. Each
firing case holds one contradiction, with the stated change that should be
flagged; its consistent twin corrects that change (or, for "halved", the old
value). The shared machinery is in tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "percent-change"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged change, consistent twin)
CASES = [
    (
        "wire-terse-rose-pct-to-from-mln",
        "FRANKFURT, Feb 6 (Reuters) - Net profit rose 9 pct to 236 mln euros from "
        "201 mln a year earlier, the company said.",
        "2025-02-06",
        "9 pct",
        "FRANKFURT, Feb 6 (Reuters) - Net profit rose 17 pct to 236 mln euros from "
        "201 mln a year earlier, the company said.",
    ),
    (
        "finance-fell-comma-from-sterling",
        "Pre-tax profit fell 25% to £2.7bn, from £3.3bn, as bad-debt charges mounted.",
        "2024-08-01",
        "25%",
        "Pre-tax profit fell 18% to £2.7bn, from £3.3bn, as bad-debt charges mounted.",
    ),
    (
        "us-finance-climbed-percent-billion",
        "Revenue climbed 8 percent to $1.48 billion from $1.21 billion in the third "
        "quarter.",
        "2024-10-24",
        "8 percent",
        "Revenue climbed 22 percent to $1.48 billion from $1.21 billion in the third "
        "quarter.",
    ),
    (
        "broadsheet-percentage-points",
        "The unemployment rate fell 0.6 percentage points to 4.3% from 4.7%, the "
        "statistics office said.",
        "2024-12-17",
        "0.6 percentage points",
        "The unemployment rate fell 0.4 percentage points to 4.3% from 4.7%, the "
        "statistics office said.",
    ),
    (
        "local-doubled-from-to",
        "The number of cyclists crossing the bridge doubled, from 3,400 a day to "
        "5,100, after the new lanes opened.",
        "2024-06-06",
        "doubled",
        "The number of cyclists crossing the bridge rose by half, from 3,400 a day to "
        "5,100, after the new lanes opened.",
    ),
    (
        "local-halved-to-from",
        "The hospital's waiting list has halved to 1,900 from 2,600 last year.",
        "2025-04-15",
        "halved",
        "The hospital's waiting list has halved to 1,300 from 2,600 last year.",
    ),
    (
        "broadsheet-went-from-to-a-rise-of-per-cent",
        "Season ticket prices went from £40 to £46, a rise of 20 per cent.",
        "2024-05-14",
        "20 per cent",
        "Season ticket prices went from £40 to £46, a rise of 15 per cent.",
    ),
    (
        "sports-up-percent-on-last-season",
        "Average attendance at Riverside was up 30% on last season, from 12,400 to "
        "14,900.",
        "2025-05-20",
        "30%",
        "Average attendance at Riverside was up 20% on last season, from 12,400 to "
        "14,900.",
    ),
    (
        "science-shrank-by-per-cent-years",
        "Average summer sea-ice extent shrank by 40 per cent, from 7.2 million square "
        "kilometres in 1980 to 5.1 million in 2020.",
        "2024-03-21",
        "40 per cent",
        "Average summer sea-ice extent shrank by 29 per cent, from 7.2 million square "
        "kilometres in 1980 to 5.1 million in 2020.",
    ),
    (
        "finance-slid-percent-share-price",
        "Shares of Tallis Group slid 4.5% to $38.20 from $41.10 after the profit "
        "warning.",
        "2024-09-26",
        "4.5%",
        "Shares of Tallis Group slid 7.1% to $38.20 from $41.10 after the profit "
        "warning.",
    ),
    (
        "science-tripled-from-to",
        "Installed solar capacity tripled in five years, from 2.1 gigawatts to "
        "4.9 gigawatts.",
        "2025-01-30",
        "tripled",
        "Installed solar capacity more than doubled in five years, from 2.1 gigawatts "
        "to 4.9 gigawatts.",
    ),
    (
        "local-totalled-up-percent-from",
        "Home sales in the county totalled 1,312 in June, up 18% from 1,240 a year "
        "earlier.",
        "2024-07-22",
        "18%",
        "Home sales in the county totalled 1,312 in June, up 6% from 1,240 a year "
        "earlier.",
    ),
    (
        "broadsheet-a-fall-of-per-cent-after",
        "Applications slipped to 8,700 from 9,100, a fall of 14 per cent.",
        "2025-02-18",
        "14 per cent",
        "Applications slipped to 8,700 from 9,100, a fall of 4 per cent.",
    ),
    (
        "finance-wrong-direction-points",
        "Inflation rose 0.3 percentage points to 2.1% in March from 2.4% in February.",
        "2025-04-16",
        "rose 0.3 percentage points",
        "Inflation fell 0.3 percentage points to 2.1% in March from 2.4% in February.",
    ),
    (
        "press-release-wrong-direction-percent",
        "Sales increased 5% to €190m, from €200m, reflecting the disposal of the "
        "packaging unit.",
        "2025-03-12",
        "increased 5%",
        "Sales decreased 5% to €190m, from €200m, reflecting the disposal of the "
        "packaging unit.",
    ),
    (
        "broadsheet-increase-on-previous-year",
        "The charity's income of £5.6m was a 40 per cent increase on the previous "
        "year's £4.6m.",
        "2024-11-06",
        "40 per cent",
        "The charity's income of £5.6m was a 22 per cent increase on the previous "
        "year's £4.6m.",
    ),
    (
        "finance-basis-points",
        "The central bank raised its key rate by 50 basis points to 4.25% from 4.00%.",
        "2023-07-27",
        "50 basis points",
        "The central bank raised its key rate by 25 basis points to 4.25% from 4.00%.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
