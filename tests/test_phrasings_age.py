"""Phrasing tests for the "age" category: a stated age against the person's birth date.

A person's age ("Ortega, 29,", "aged 35", "the 71-year-old", "(57)", "in his
fifties", "turned 40 last month", "at the age of 18") must fit their own birth
date or birth year at the dateline, or at the date of the event the age is
given for, under every reading of a birth year that names no day.

These passages were written fresh, without reading the checker's code; they are
invented (fictional people and places) and spread over wire, broadsheet, local,
sports, finance, science and press-release styles. Each firing case holds one
contradiction, with the age that should be flagged; its consistent twin
corrects the age or the birth year. Ages measured against someone else's birth
year are in tests/test_hard_negatives.py. The shared machinery is in
tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "age"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged age, consistent twin)
CASES = [
    (
        "sports-apposition-who-was-born-in",
        "Defender Luis Ortega, 29, who was born in 1990, has signed a two-year deal "
        "with the club.",
        "2025-01-20",  # born 1990: 34 or 35
        "29",
        "Defender Luis Ortega, 29, who was born in 1996, has signed a two-year deal "
        "with the club.",
    ),
    (
        "broadsheet-full-birth-date",
        "Ms Patel, 46, was born on 3 March 1982 in Leicester.",
        "2026-05-01",  # 44
        "46",
        "Ms Patel, 44, was born on 3 March 1982 in Leicester.",
    ),
    (
        "local-obituary-died-aged",
        "Edith Marr, who was born in Leeds in 1931, died on Sunday aged 89.",
        "2025-03-11",  # 93 or 94
        "89",
        "Edith Marr, who was born in Leeds in 1931, died on Sunday aged 93.",
    ),
    (
        "us-wire-age-hometown-born-in",
        "Marquez, 52, of Tucson, was born in 1981, according to court records.",
        "2024-04-02",  # 42 or 43
        "52",
        "Marquez, 42, of Tucson, was born in 1981, according to court records.",
    ),
    (
        "sports-at-the-age-of-at-event",
        "Born in 2004, she became world champion in 2019 at the age of 18.",
        "2024-10-03",  # 14 or 15 in 2019
        "18",
        "Born in 2004, she became world champion in 2019 at the age of 15.",
    ),
    (
        "broadsheet-year-old-compound",
        "The 71-year-old actor, born on 12 August 1960, will return to the stage in "
        "the spring.",
        "2024-09-01",  # 64
        "71-year-old",
        "The 64-year-old actor, born on 12 August 1960, will return to the stage in "
        "the spring.",
    ),
    (
        "science-b-dot-then-age",
        "Soren Vik (b. 1988), 24, leads the glacier team at the institute.",
        "2025-03-04",  # 36 or 37
        "24",
        "Soren Vik (b. 1988), 36, leads the glacier team at the institute.",
    ),
    (
        "local-irish-bracketed-age",
        "Harriet Lowe (57), who was born in 1948, has lived on the island all her "
        "life.",
        "2024-07-09",  # 75 or 76
        "57",
        "Harriet Lowe (75), who was born in 1948, has lived on the island all her "
        "life.",
    ),
    (
        "broadsheet-turned-last-month",
        "Mr Adler, who was born in 1990, turned 40 last month.",
        "2024-06-10",  # turned 34 in May 2024
        "40",
        "Mr Adler, who was born in 1990, turned 34 last month.",
    ),
    (
        "sports-fronted-at-age-dash-aside",
        "At 19, the Kenyan - born in January 2001 - is the youngest runner in the "
        "field.",
        "2024-08-01",  # 23
        "19",
        "At 23, the Kenyan - born in January 2001 - is the youngest runner in the "
        "field.",
    ),
    (
        "science-age-when-study-began",
        "The oldest participant, born in 1932, was 84 when the study began in 2021.",
        "2024-02-15",  # 88 or 89 in 2021
        "84",
        "The oldest participant, born in 1932, was 89 when the study began in 2021.",
    ),
    (
        "local-aged-born-day-month-year",
        "Police named the victim as Carl Booth, aged 35, born 14 May 1999, of "
        "Castle Street.",
        "2025-02-01",  # 25
        "35",
        "Police named the victim as Carl Booth, aged 25, born 14 May 1999, of "
        "Castle Street.",
    ),
    (
        "broadsheet-in-his-decade",
        "Mr Ide, who is in his fifties, was born in 1988 in Osaka.",
        "2025-05-12",  # 36 or 37
        "in his fifties",
        "Mr Ide, who is in his thirties, was born in 1988 in Osaka.",
    ),
    (
        "finance-age-born-in-step-down",
        "Chief executive Anna Berg, 61, born in 1971, will step down next year.",
        "2026-03-05",  # 54 or 55
        "61",
        "Chief executive Anna Berg, 55, born in 1971, will step down next year.",
    ),
    (
        "press-release-milestone-birthday",
        "Sir Alan Pike, 80, who celebrated his 70th birthday in 2020, will open the "
        "new wing.",
        "2025-06-18",  # 70 in 2020: 74 or 75
        "80",
        "Sir Alan Pike, 75, who celebrated his 70th birthday in 2020, will open the "
        "new wing.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
