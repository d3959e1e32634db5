"""Hard negatives for restated counts and hyphenated count ranges: consistent passages a naive
checker would flag.

A later definite count of a noun said before is not always the same set: a relative clause or a
preposition may pick a subset ("the 8 mice that survived") or another set ("the other 40
branches"), the count may change over time ("now has 62 branches"), a total may gather several
sets ("11 rural and 2 city branches ... the 13 branches that are closing"), and "another 5" adds to
it.  A hyphenated pair of numbers before a noun is not always a range: scores, votes, rulings,
records, odds, clock hours, model numbers.

Written fresh (fictional organisations, people and places), in several outlets' styles.  None may
give a diagnostic of any level in the repeated-figure or range-order categories, nor an error of
any category.
"""

from __future__ import annotations

import pytest
from phrasings import describe

import figures

# (id, text, dateline)
RESTATED_SETS = [
    ("science-subset-that-survived",
     "The 14 mice in the study were fed a high-fat diet. The 8 mice that survived were weighed "
     "each week.", "2024-03-04"),
    ("sports-subset-who-were-injured",
     "The coach named a squad of 31 players. The 3 players who were injured will miss the opening "
     "game.", "2024-09-12"),
    ("finance-other-branches",
     "Harwell Bank will shut 38 branches this year. The other 40 branches will stay open.",
     "2025-01-20"),
    ("wire-now-has-more",
     "Harwell Bank had 60 branches in the region. It now has 62 branches there.", "2025-01-20"),
    ("local-another-few",
     "The council will close 9 libraries. It will also close another 3 libraries next year.",
     "2024-06-18"),
    ("finance-two-sets-summed",
     "The bank will close 11 rural branches and 2 city branches. Staff at the 13 branches that are "
     "closing will be offered other jobs.", "2025-02-03"),
    ("science-two-groups",
     "The 14 mice in the treated group gained weight. The 16 mice in the control group did not.",
     "2023-11-30"),
    ("broadsheet-different-predicate",
     "Penrose Retail will close 27 stores. The 60 stores that remain open will be refitted.",
     "2024-02-19"),
    ("local-different-year",
     "Marlow Library recruited 40 volunteers in 2023. The 52 volunteers recruited in 2024 "
     "started in May.", "2024-08-01"),
    ("press-release-plural-sets-of-one-kind",
     "Greenway Trust planted 450 saplings in the spring. Rangers counted 300 saplings that were "
     "still alive in the autumn.", "2025-10-14"),
]

HYPHEN_PAIRS = [
    ("sports-win-singular", "Corby's 3-1 win over Kettering lifted them to fourth.", "2024-10-06"),
    ("broadsheet-ruling-singular", "The justices handed down a 6-3 ruling on Friday.", "2024-06-28"),
    ("finance-board-voted", "The board voted 7-2 to approve the merger with Alder Group.", "2025-04-09"),
    ("sports-beat-them", "Harlow beat them 3-1 at home on Saturday.", "2024-11-03"),
    ("local-split-singular", "A 52-48 split on the council leaves the plan in doubt.", "2025-03-12"),
    ("sports-led-at-half-time", "The Hawks led 21-14 at half-time but lost in overtime.", "2024-12-01"),
    ("sports-boxing-rounds-counted", "Delgado won two 10-8 rounds on all three cards.", "2024-05-19"),
    ("sports-consecutive-wins", "Back-to-back 4-1 wins have lifted Dunmore off the bottom.",
     "2025-01-26"),
    ("sports-defeats", "Two heavy 5-0 defeats cost the manager his job.", "2025-02-16"),
    ("election-votes-to", "The amendment passed 312-289 after a late rebellion.", "2025-01-29"),
    ("local-clock-hours", "Parents with 9-5 jobs struggle to find childcare in the town.",
     "2024-09-02"),
    ("finance-model-number", "Northwind Air retired its last Boeing 757-200 jets in March.",
     "2025-04-01"),
    ("sports-odds", "Bookmakers offered 100-30 odds on a home win.", "2024-08-17"),
    ("wire-phone-number", "Anyone with information should call 555-0199 before Friday.", "2024-07-08"),
    ("sports-record-team", "The 10-6 Cowboys host the Eagles on Sunday.", "2024-12-20"),
    ("sports-court-ruled-divided", "In a 5-4 decision, the court upheld the ban.", "2024-06-30"),
]

CATEGORIES = ("repeated-figure", "range-order")


@pytest.mark.parametrize("text, date", [pytest.param(text, date, id=cid)
                                        for cid, text, date in RESTATED_SETS + HYPHEN_PAIRS])
def test_hard_negative_is_silent(text, date):
    found = [d for d in figures.check(text, date=date) if d.category in CATEGORIES or d.level == "error"]
    assert not found, describe(text, found)


def test_cases_are_well_formed():
    ids = [cid for cid, _, _ in RESTATED_SETS + HYPHEN_PAIRS]
    assert len(ids) == len(set(ids))


def test_a_pair_written_again_as_a_name_is_a_label_not_a_range():
    text = ("The upgrade lets the 380-200 fly further than before. "
            "The supplier will deliver the first 380-200 wings in June.")
    assert not [d for d in figures.check(text, date="2024-03-01") if d.category == "range-order"]
    alone = "The supplier will deliver 380-200 wings in June."
    assert [d for d in figures.check(alone, date="2024-03-01") if d.category == "range-order"]
