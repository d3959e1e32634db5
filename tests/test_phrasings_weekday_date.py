"""Phrasing tests for the "weekday-date" category: a weekday that the calendar contradicts.

A weekday written with a date (before it, after it in brackets, as "a
Wednesday" in apposition, abbreviated) must be that date's weekday; a date
without a year takes the year of the dateline.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles, US and
British date orders. Each weekday was checked with Python's datetime. Each
firing case holds one wrong weekday, with the weekday and date that should be
flagged; its consistent twin names the right weekday. The shared machinery is in
tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "weekday-date"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged weekday and date, consistent twin)
CASES = [
    (
        "us-wire-abbreviated-weekday-yearless",
        "WASHINGTON (AP) - The Senate will vote on the spending bill on Wed., March 31, "
        "leaders said.",
        "2022-03-25",  # March 31, 2022 is a Thursday
        "Wed., March 31",
        "WASHINGTON (AP) - The Senate will vote on the spending bill on Thu., March 31, "
        "leaders said.",
    ),
    (
        "broadsheet-british-no-comma-full-date",
        "The public inquiry will open on Monday 14 October 2025 in Cardiff.",
        "2025-10-01",  # 14 October 2025 is a Tuesday
        "Monday 14 October 2025",
        "The public inquiry will open on Tuesday 14 October 2025 in Cardiff.",
    ),
    (
        "press-release-iso-weekday-after",
        "Submissions for the design competition close on 2023-09-15 (Thursday) at "
        "noon.",
        "2023-09-01",  # 2023-09-15 is a Friday
        "2023-09-15 (Thursday)",
        "Submissions for the design competition close on 2023-09-15 (Friday) at "
        "noon.",
    ),
    (
        "sports-past-match-british",
        "The match, played on Sunday, 4 May 2019, ended 2-2 after extra time.",
        "2019-05-06",  # 4 May 2019 is a Saturday
        "Sunday, 4 May 2019",
        "The match, played on Saturday, 4 May 2019, ended 2-2 after extra time.",
    ),
    (
        "local-us-yearless-holiday",
        "Services will be held Sunday, Dec. 25, at 10 a.m. at St. Mark's Church.",
        "2023-12-10",  # Dec. 25, 2023 is a Monday
        "Sunday, Dec. 25",
        "Services will be held Monday, Dec. 25, at 10 a.m. at St. Mark's Church.",
    ),
    (
        "local-yearless-from-dateline",
        "The school board meets on Thursday, June 6, to vote on the new calendar.",
        "2025-05-28",  # June 6, 2025 is a Friday
        "Thursday, June 6",
        "The school board meets on Friday, June 6, to vote on the new calendar.",
    ),
    (
        "broadsheet-a-weekday-in-apposition",
        "The law takes effect on 1 January 2026, a Wednesday, giving employers less "
        "than three weeks to prepare.",
        "2025-12-15",  # 1 January 2026 is a Thursday
        "1 January 2026, a Wednesday",
        "The law takes effect on 1 January 2026, a Thursday, giving employers less "
        "than three weeks to prepare.",
    ),
    (
        "local-listings-abbreviated-british",
        "Doors open Wed 3 Feb 2026, 7pm; tickets from the box office.",
        "2026-01-20",  # 3 February 2026 is a Tuesday
        "Wed 3 Feb 2026",
        "Doors open Tue 3 Feb 2026, 7pm; tickets from the box office.",
    ),
    (
        "finance-results-due-full-us-date",
        "Results are due before the market opens on Tuesday, Aug. 6, 2025.",
        "2025-07-30",  # Aug. 6, 2025 is a Wednesday
        "Tuesday, Aug. 6, 2025",
        "Results are due before the market opens on Wednesday, Aug. 6, 2025.",
    ),
    (
        "sports-kick-off-yearless-british",
        "Kick-off is at 3pm on Saturday 18 January at the Old Mill ground.",
        "2026-01-10",  # 18 January 2026 is a Sunday
        "Saturday 18 January",
        "Kick-off is at 3pm on Sunday 18 January at the Old Mill ground.",
    ),
    (
        "wire-past-reported-full-date",
        "Police said the fire broke out on Friday, Nov. 3, 2022, in a disused "
        "warehouse.",
        "2022-11-07",  # Nov. 3, 2022 is a Thursday
        "Friday, Nov. 3, 2022",
        "Police said the fire broke out on Thursday, Nov. 3, 2022, in a disused "
        "warehouse.",
    ),
    (
        "press-release-embargo",
        "Embargoed until 00:01 on Monday, 2 April 2025.",
        "2025-03-28",  # 2 April 2025 is a Wednesday
        "Monday, 2 April 2025",
        "Embargoed until 00:01 on Wednesday, 2 April 2025.",
    ),
    (
        "science-weekday-in-brackets-after",
        "The total solar eclipse on 8 April 2024 (Sunday) will cross Mexico, the "
        "United States and Canada.",
        "2024-03-20",  # 8 April 2024 is a Monday
        "8 April 2024 (Sunday)",
        "The total solar eclipse on 8 April 2024 (Monday) will cross Mexico, the "
        "United States and Canada.",
    ),
    (
        "local-us-abbreviated-fri",
        "The library book sale runs through Fri., Oct. 10.",
        "2024-10-01",  # Oct. 10, 2024 is a Thursday
        "Fri., Oct. 10",
        "The library book sale runs through Thurs., Oct. 10.",
    ),
    (
        "local-named-day-then-weekday-date",
        "Bars may stay open until 2am on New Year's Eve, Wednesday 31 December 2024.",
        "2024-12-20",  # 31 December 2024 is a Tuesday
        "Wednesday 31 December 2024",
        "Bars may stay open until 2am on New Year's Eve, Tuesday 31 December 2024.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
