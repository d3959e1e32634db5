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

from phrasings import category_tests

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
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
