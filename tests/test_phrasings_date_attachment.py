"""Phrasing tests for "date-order" where the date stands away from its verb.

A past event dated after the dateline is a contradiction wherever the date
stands in the clause: after a long object and its phrases ("delivered blankets
to families in the flooded villages on 23 March"), on the second item of a
gapped coordination ("bought 2,000 shares on May 4 and 1,500 on May 29"), on
a verb's gerund complement ("began clearing the debris on"), on a gerund after
"after" or "while" ("resigned after admitting the charges on"), or between
a past reporting verb and a past reported clause, where it is past whichever
verb it belongs to ("said on June 18 it had closed").

These passages were written fresh, before reading how the checker treats them;
they are invented, in several outlets' styles. Each firing case has one
contradiction, with the date that should be flagged; its twin moves the date
before the dateline. The hard negatives at the end are dates a past verb does
not place: the day of a planned thing the object names, a reported clause in
another tense, a deadline.
"""

from __future__ import annotations

import pytest
from phrasings import category_tests

import figures

CATEGORY = "date-order"

#: Contradictions figures does not find yet: strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

#: Twins figures wrongly flags: strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged date, consistent twin)
CASES = [
    (
        "finance-said-on-day-reported-past",
        "The retailer said on June 18 it had closed three stores in the north.",
        "2024-06-10",
        "June 18",
        "The retailer said on June 8 it had closed three stores in the north.",
    ),
    (
        "wire-said-relative-reported-past",
        "Officials said tomorrow the bridge reopened to traffic after repairs.",
        "2023-09-14",
        "tomorrow",
        "Officials said yesterday the bridge reopened to traffic after repairs.",
    ),
    (
        "local-object-and-two-phrases",
        "The charity delivered blankets to families in the flooded villages of the valley on 23 March.",
        "2023-03-15",
        "23 March",
        "The charity delivered blankets to families in the flooded villages of the valley on 13 March.",
    ),
    (
        "wire-rescued-from-ledge",
        "Firefighters rescued two hikers from a ledge above the gorge on Aug. 30, a spokesman said.",
        "2022-08-21",
        "Aug. 30",
        "Firefighters rescued two hikers from a ledge above the gorge on Aug. 20, a spokesman said.",
    ),
    (
        "finance-gapped-second-purchase",
        "The fund bought 2,000 shares on May 4 and another 1,500 shares on May 29.",
        "2021-05-20",
        "May 29",
        "The fund bought 2,000 shares on May 4 and another 1,500 shares on May 14.",
    ),
    (
        "local-began-clearing",
        "Crews began clearing the debris from the motorway on 28 November.",
        "2022-11-20",
        "28 November",
        "Crews began clearing the debris from the motorway on 18 November.",
    ),
    (
        "local-stopped-collecting",
        "The council stopped collecting garden waste from homes in the borough on Oct. 31.",
        "2019-10-24",
        "Oct. 31",
        "The council stopped collecting garden waste from homes in the borough on Oct. 3.",
    ),
    (
        "sports-while-chasing",
        "Okafor was injured while chasing a loose ball near the touchline on Sept. 27.",
        "2020-09-20",
        "Sept. 27",
        "Okafor was injured while chasing a loose ball near the touchline on Sept. 17.",
    ),
    (
        "broadsheet-after-admitting",
        "The deputy mayor resigned after admitting the charges in court on 12 February 2021.",
        "2021-02-03",
        "12 February 2021",
        "The deputy mayor resigned after admitting the charges in court on 2 February 2021.",
    ),
    (
        "wire-detained-by-guards-near-town",
        "The two suspects were detained by border guards at a checkpoint near the town on 19 January.",
        "2020-01-11",
        "19 January",
        "The two suspects were detained by border guards at a checkpoint near the town on 9 January.",
    ),
    (
        "press-release-flew-passengers-home",
        "The airline flew 300 stranded passengers home from the island on April 22.",
        "2018-04-14",
        "April 22",
        "The airline flew 300 stranded passengers home from the island on April 12.",
    ),
    (
        "sports-signed-contract-with-club",
        "Rivera signed a three-year contract with the club on July 9, his agent said.",
        "2017-07-02",
        "July 9",
        "Rivera signed a three-year contract with the club on July 1, his agent said.",
    ),
    (
        "science-collected-samples-at-sites",
        "Researchers collected samples of the lake's sediment at three sites on 30 May 2018.",
        "2018-05-21",
        "30 May 2018",
        "Researchers collected samples of the lake's sediment at three sites on 10 May 2018.",
    ),
    (
        "wire-held-talks-light-verb",
        "Ministers held talks with rebel leaders in the capital on 9 June, a spokesman said.",
        "2023-06-01",
        "9 June",
        "Ministers held talks with rebel leaders in the capital on 1 June, a spokesman said.",
    ),
    (
        "finance-sold-dollars-to-lenders",
        "The central bank sold dollars to domestic lenders at the official rate on Dec. 16.",
        "2015-12-09",
        "Dec. 16",
        "The central bank sold dollars to domestic lenders at the official rate on Dec. 6.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS
)

# (id, text, dateline): a past verb whose date is not the time of its event.
HARD_NEGATIVES = [
    ("infinitive-plan", "The union voted to walk out at the three depots on 30 March.", "2022-03-21"),
    ("tickets-for-event", "The club sold tickets for the final on May 29.", "2021-05-20"),
    ("deadline-noun", "The board set a deadline for bids on 30 June.", "2020-06-20"),
    ("repairs-planned", "The council agreed funding for repairs to the library roof on 2 May.", "2019-04-20"),
    ("reported-future", "The minister said on June 28 the talks would resume.", "2023-06-20"),
    ("reported-will", "The minister said on June 28 the talks will resume in Vienna.", "2023-06-20"),
    ("maturing-bonds", "Investors bought bonds maturing on 15 July.", "2016-07-01"),
    ("ahead-of-match", "Police arrested two men ahead of the match against the visitors on 30 March.", "2024-03-25"),
    ("booked-flights", "The family booked flights to Lisbon for their holiday on 14 August.", "2018-08-01"),
    ("by-deadline", "The court ordered the firm to file its accounts with the registry by 31 March.", "2020-03-10"),
    ("ordered-delivery", "The hospital ordered ventilators from a supplier for delivery on 9 May.", "2020-04-28"),
    ("before-gerund", "The minister resigned before appearing in court on 12 February.", "2021-02-03"),
    ("record-set-for", "The committee set a date for the vote on 30 June.", "2020-06-20"),
    ("launched-and-matures", "The bond was issued in 2019 and matures on 1 March 2031.", "2024-06-01"),
    ("notice-of-strike", "The union gave notice of a strike at the depot on 9 June.", "2023-06-01"),
    ("plans-for-strike", "The union made plans for a strike at the depot on 9 June.", "2023-06-01"),
    ("gapped-future", "The fund bought 2,000 shares on May 4 and will buy 1,500 more on May 29.", "2021-05-20"),
]


@pytest.mark.parametrize("text, date", [pytest.param(text, date, id=cid) for cid, text, date in HARD_NEGATIVES])
def test_undated_by_its_verb_is_silent(text, date):
    found = [d for d in figures.check(text, date=date) if d.category == CATEGORY or d.level == "error"]
    assert not found, [(d.code, d.level, text[d.start:d.end]) for d in found]
