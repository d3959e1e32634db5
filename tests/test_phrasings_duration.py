"""Phrasing tests for the "duration" category: a stated duration against its dates.

A duration stated with the dates that bound it ("for three weeks, from Aug. 1
to Sept. 15", "the 10-day festival, which runs from 3 to 20 July"), or with its
start and the dateline ("now in its third week, began on Jan. 5", "in the five
years since the merger in 2022"), must fit them under every reading (inclusive
or exclusive counting, any day of a month or year that is named alone).

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. The day
counts were checked with Python's datetime. Each firing case holds one
contradiction, with the duration that should be flagged; its consistent twin
corrects the duration or one of its dates. The shared machinery is in
tests/phrasings.py.
"""

from __future__ import annotations

import pytest
from phrasings import category_tests, describe

import figures

CATEGORY = "duration"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
#: Clock times are not extracted ("from 2pm to 5pm", "from 6 a.m. on Tuesday"), nor "a decade".
KNOWN_MISSES = frozenset({
    "local-a-decade-since-year", "local-minute-meeting-clock-times", "wire-hour-stoppage-clock-and-weekdays",
})

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged duration, consistent twin)
CASES = [
    (
        "wire-idle-for-weeks-from-to",
        "The factory was idle for three weeks, from Aug. 1 to Sept. 15, while the "
        "furnace was rebuilt.",
        "2025-10-01",  # Aug. 1 to Sept. 15 is 45 days
        "three weeks",
        "The factory was idle for three weeks, from Aug. 1 to Aug. 22, while the "
        "furnace was rebuilt.",
    ),
    (
        "wire-now-in-its-nth-week-began",
        "The strike, now in its third week, began on Jan. 5 when talks on pay "
        "collapsed.",
        "2025-02-20",  # 46 days after Jan. 5: the seventh week
        "third week",
        "The strike, now in its seventh week, began on Jan. 5 when talks on pay "
        "collapsed.",
    ),
    (
        "local-n-day-festival-runs-from-to",
        "The 10-day festival, which runs from 3 to 20 July, expects 40,000 visitors.",
        "2025-06-01",  # 3 to 20 July is 18 days counted inclusively
        "10-day",
        "The 10-day festival, which runs from 3 to 12 July, expects 40,000 visitors.",
    ),
    (
        "local-minute-meeting-clock-times",
        "The 90-minute meeting ran from 2pm to 5pm, with residents queueing to speak.",
        "2024-04-18",
        "90-minute",
        "The 90-minute meeting ran from 2pm to 3.30pm, with residents queueing to "
        "speak.",
    ),
    (
        "broadsheet-fronted-years-in-office",
        "After 12 years in office, from 2001 to 2021, Mayor Tran stepped down.",
        "2022-01-10",
        "12 years",
        "After 20 years in office, from 2001 to 2021, Mayor Tran stepped down.",
    ),
    (
        "science-lasted-months-month-span",
        "The trial lasted six months, from March to November 2023, and enrolled 420 "
        "patients.",
        "2024-02-01",  # March to November 2023 is at least seven months
        "six months",
        "The trial lasted six months, from March to September 2023, and enrolled 420 "
        "patients.",
    ),
    (
        "broadsheet-n-day-summit-weekday-dates",
        "The two-day summit opens on Monday 9 June and closes on Thursday 12 June.",
        "2025-05-26",  # 9 June 2025 is a Monday, 12 June a Thursday
        "two-day",
        "The four-day summit opens on Monday 9 June and closes on Thursday 12 June.",
    ),
    (
        "local-a-decade-since-year",
        "The pier, closed for a decade since it was damaged in 2019, reopens on "
        "Saturday.",
        "2024-06-03",
        "a decade",
        "The pier, closed for five years since it was damaged in 2019, reopens on "
        "Saturday.",
    ),
    (
        "press-release-runs-for-weeks-british-dates",
        "The exhibition runs for eight weeks, from 1 March to 30 June, at the "
        "Northgate gallery.",
        "2025-02-01",  # 1 March to 30 June is 121 days
        "eight weeks",
        "The exhibition runs for eight weeks, from 1 March to 26 April, at the "
        "Northgate gallery.",
    ),
    (
        "wire-hour-stoppage-clock-and-weekdays",
        "The 48-hour stoppage will run from 6 a.m. on Tuesday to 6 a.m. on Wednesday, "
        "the union said.",
        "2024-03-11",  # a Monday
        "48-hour",
        "The 24-hour stoppage will run from 6 a.m. on Tuesday to 6 a.m. on Wednesday, "
        "the union said.",
    ),
    (
        "us-local-n-day-amnesty-running-from-to",
        "A 100-day amnesty, running from Jan. 10 to March 1, lets residents return "
        "overdue library books without a fine.",
        "2025-01-05",  # Jan. 10 to March 1, 2025 is 50 days
        "100-day",
        "A 50-day amnesty, running from Jan. 10 to March 1, lets residents return "
        "overdue library books without a fine.",
    ),
    (
        "finance-in-the-years-since",
        "In the five years since the merger in 2022, the combined group has cut 3,000 "
        "jobs.",
        "2025-06-10",
        "five years",
        "In the three years since the merger in 2022, the combined group has cut "
        "3,000 jobs.",
    ),
    (
        "finance-served-for-months-month-years",
        "Ortiz served as chief executive for 14 months, from June 2023 to February "
        "2024.",
        "2024-05-07",  # June 2023 to February 2024 is seven to nine months
        "14 months",
        "Ortiz served as chief executive for eight months, from June 2023 to February "
        "2024.",
    ),
    (
        "science-now-in-its-nth-year",
        "The drought, now in its fourth year, began in 2024, the agency said.",
        "2025-09-01",
        "fourth year",
        "The drought, now in its second year, began in 2024, the agency said.",
    ),
    (
        "science-n-month-survey-between-months",
        "The 18-month survey, carried out between January and March 2024, counted "
        "1,200 otters.",
        "2024-09-16",
        "18-month",
        "The three-month survey, carried out between January and March 2024, counted "
        "1,200 otters.",
    ),
    # A state ("closed for N days") or an N-unit event ("the 10-month study") against the date it
    # began (its start, or the event it followed) and the date a verb of ending says it ended.
    (
        "local-closed-for-days-after-burst-reopened",
        "Harlow Road library was closed for 12 days after a pipe burst on Jan. 3; it "
        "reopened on Feb. 20, the council said.",
        "2025-03-01",  # Jan. 3 to Feb. 20 is 48 days
        "12 days",
        "Harlow Road library was closed for 12 days after a pipe burst on Jan. 3; it "
        "reopened on Jan. 15, the council said.",
    ),
    (
        "broadsheet-week-review-began-concluded",
        "The six-week review, which began on 2 September, concluded on 14 December "
        "with 31 recommendations.",
        "2026-01-10",  # 2 September to 14 December is 103 days, nearly 15 weeks
        "six-week",
        "The six-week review, which began on 2 September, concluded on 14 October "
        "with 31 recommendations.",
    ),
    (
        "science-month-study-started-completed",
        "The 10-month study, which started on 1 March 2023, was completed on 30 June "
        "2024, the authors write.",
        "2024-09-02",  # 1 March 2023 to 30 June 2024 is 16 months
        "10-month",
        "The 10-month study, which started on 1 March 2023, was completed on 31 "
        "December 2023, the authors write.",
    ),
    (
        "finance-suspended-for-days-after-resumed",
        "Trading in Corvane shares was suspended for two days after the company missed "
        "a filing deadline on May 6, and resumed on May 27.",
        "2024-06-03",  # May 6 to May 27 is 21 days
        "two days",
        "Trading in Corvane shares was suspended for two days after the company missed "
        "a filing deadline on May 6, and resumed on May 8.",
    ),
    (
        "press-release-day-consultation-opened-closed",
        "The 14-day public consultation, which opened on 1 April, closed on 30 May, "
        "Westbury Council said.",
        "2025-06-12",  # 1 April to 30 May is 59 days
        "14-day",
        "The 14-day public consultation, which opened on 1 April, closed on 15 April, "
        "Westbury Council said.",
    ),
    (
        "broadsheet-closed-on-for-days-reopened",
        "The Elm Street bridge, closed on 3 March for nine days, reopened on 28 April "
        "after repairs to its deck.",
        "2025-05-10",  # 3 March to 28 April is 56 days
        "nine days",
        "The Elm Street bridge, closed on 3 March for nine days, reopened on 12 March "
        "after repairs to its deck.",
    ),
    (
        "finance-day-offer-period-began-ended",
        "The 30-day offer period, which began on Aug. 1, ended on Oct. 30 with 62% of "
        "holders accepting.",
        "2024-11-04",  # Aug. 1 to Oct. 30 is 90 days
        "30-day",
        "The 30-day offer period, which began on Aug. 1, ended on Aug. 31 with 62% of "
        "holders accepting.",
    ),
    (
        "local-closed-for-days-after-storm-and-reopened",
        "Brook Lane primary was closed for two days after a storm on Nov. 12 and "
        "reopened on Nov. 26, the head teacher said.",
        "2024-12-02",  # Nov. 12 to Nov. 26 is 14 days
        "two days",
        "Brook Lane primary was closed for two days after a storm on Nov. 12 and "
        "reopened on Nov. 14, the head teacher said.",
    ),
    (
        "wire-shut-for-weeks-after-reopened-next-clause",
        "The port of Selvik was shut for three weeks after a fire on 4 March, and it "
        "reopened to shipping on 29 June, officials said.",
        "2025-07-08",  # 4 March to 29 June is 117 days, nearly 17 weeks
        "three weeks",
        "The port of Selvik was shut for three weeks after a fire on 4 March, and it "
        "reopened to shipping on 25 March, officials said.",
    ),
    (
        "sports-month-ban-began-ended",
        "Dalca's four-month ban, which began on 1 January, ended on 30 October, and "
        "she raced again the next week.",
        "2025-11-20",  # 1 January to 30 October is 302 days, nearly 10 months
        "four-month",
        "Dalca's four-month ban, which began on 1 January, ended on 30 April, and "
        "she raced again the next week.",
    ),
    (
        "us-local-week-closure-started-lifted",
        "The two-week closure of Route 9, which started on June 2, was lifted on "
        "Aug. 25, the state said.",
        "2025-09-01",  # June 2 to Aug. 25 is 84 days, 12 weeks
        "two-week",
        "The two-week closure of Route 9, which started on June 2, was lifted on "
        "June 16, the state said.",
    ),
    (
        "science-week-campaign-began-finished-iso",
        "The eight-week sampling campaign, which began on 2024-03-04, finished on "
        "2024-09-30.",
        "2024-11-15",  # 2024-03-04 to 2024-09-30 is 210 days, 30 weeks
        "eight-week",
        "The eight-week sampling campaign, which began on 2024-03-04, finished on "
        "2024-04-29.",
    ),
    (
        "sports-out-for-weeks-between-day-month",
        "Okonjo was out for six weeks between 3 November 2024 and 20 April 2025 with "
        "a knee injury.",
        "2025-05-02",  # 3 November to 20 April is 168 days, 24 weeks
        "six weeks",
        "Okonjo was out for 24 weeks between 3 November 2024 and 20 April 2025 with "
        "a knee injury.",
    ),
    (
        "broadsheet-shut-for-weeks-from-md-to-iso",
        "The smelter was shut for four weeks, from June 2 to 2024-12-29, while the "
        "kiln was relined.",
        "2025-02-10",  # June 2 to December 29 is 210 days, 30 weeks
        "four weeks",
        "The smelter was shut for four weeks, from June 2 to 2024-06-30, while the "
        "kiln was relined.",
    ),
    # the length of a verb of taking, with its participles of starting and finishing
    (
        "trade-took-months-starting-finishing",
        "The refurbishment took 14 months, starting in May 2022 and finishing in March 2024.",
        "2025-05-01",  # May 2022 to March 2024 is 22 months
        "14 months",
        "The refurbishment took 14 months, starting in May 2022 and finishing in July 2023.",
    ),
    (
        "wire-has-lasted-since-began",
        "The dock strike, which began on 3 March, has lasted nine weeks.",
        "2025-03-31",  # four weeks to the dateline
        "nine weeks",
        "The dock strike, which began on 27 January, has lasted nine weeks.",
    ),
    (
        "local-curfew-imposed-lifted",
        "The 10-day curfew, imposed on 2 June, was lifted on 30 June.",
        "2025-07-10",
        "10-day",
        "The 10-day curfew, imposed on 2 June, was lifted on 12 June.",
    ),
]

#: Consistent passages with a duration and dates that are not its span: none may give a duration
#: diagnostic or an error. (id, text, dateline)
HARD_NEGATIVES = [
    (
        "end-verb-of-another-subject",
        "The coast road was closed for 17 days after it flooded on May 2; the school "
        "reopened on June 27.",
        "2024-07-01",
    ),
    (
        "planned-length-of-the-work",
        "The Castle Street pool, which closed on July 1 for a four-week refit, "
        "reopened on Oct. 14 after the work overran.",
        "2024-10-20",
    ),
    (
        "later-state-for-weeks",
        "The bridge flooded on 2 May and reopened on 27 June; in the autumn it was "
        "closed for two weeks for repainting.",
        "2024-12-01",
    ),
    (
        "a-further-days-from-now",
        "The museum, which closed on 3 March, will stay shut for a further ten days "
        "and reopen on 1 May.",
        "2025-04-20",
    ),
    (
        "duration-of-the-festival-end-of-the-park",
        "The seven-day festival, which opened on 1 July, left the park, which "
        "reopened on 30 August, badly worn.",
        "2025-09-10",
    ),
    (
        "inquiry-report-later-than-its-hearings",
        "The 7-month inquiry, which opened on 3 May 2011, took evidence until "
        "December; its report was published on 3 April 2013.",
        "2013-04-10",
    ),
    (
        "ban-of-another-player",
        "Marek's three-month ban, which began on 1 January, ran alongside Ivo's, "
        "which ended on 30 October.",
        "2025-11-20",
    ),
    (
        "festival-returns-next-year",
        "The three-day Harvest Fair, which opened on 1 July, returns to the showground "
        "on 30 June next year.",
        "2024-07-10",
    ),
    (
        "strike-resumed-after-a-pause",
        "The 10-day strike at Norland Freight, which began on May 1, resumed on June 20 "
        "after talks failed.",
        "2024-07-01",
    ),
    (
        "summit-ended-a-standoff-that-began-earlier",
        "The five-day summit, which opened on 1 June, ended a standoff that began on "
        "1 March.",
        "2025-07-01",
    ),
    (
        "trial-heard-of-another-closing",
        "The two-week trial, which began on May 1, heard that the company closed its "
        "Leeds office on May 30.",
        "2025-07-01",
    ),
    (
        "end-of-another-subject-after-a-semicolon",
        "The plant was shut for two weeks after a fire on 4 March; production resumed "
        "in full on 30 June.",
        "2024-07-01",
    ),
    (
        "length-extended-before-the-end",
        "The six-month contract, which started on 1 January, was extended and finished "
        "on 30 November.",
        "2025-12-10",
    ),
    (
        "a-state-told-twice",
        "The Mill Lane pool was closed for two weeks after a leak was found on 1 June, "
        "then again after a fault on 20 July, and reopened on 1 August.",
        "2025-08-10",
    ),
    (
        "in-total-over-several-closures",
        "The line was closed for 12 days in total after storms on 2 January, and it "
        "fully reopened on 28 February.",
        "2025-03-05",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)


@pytest.mark.parametrize(("text", "date"), [pytest.param(text, date, id=cid) for cid, text, date in HARD_NEGATIVES])
def test_hard_negative_is_silent(text, date):
    found = [d for d in figures.check(text, date=date) if d.category == CATEGORY or d.level == "error"]
    assert not found, f"unexpected diagnostics: {describe(text, found)}"
