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

from phrasings import category_tests

CATEGORY = "percent-of"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

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
    # Added with the relation read from the parse (written fresh as well, not fitted to the code's shapes).
    (
        "wire-representing-pct-of-loan-book",
        "The lender set aside 620 mln dlrs, representing 8 pct of its 3.1 bln dlr loan book, "
        "the bank said.",
        "2024-03-14",
        "8 pct",
        "The lender set aside 620 mln dlrs, representing 20 pct of its 3.1 bln dlr loan book, "
        "the bank said.",
    ),
    (
        "science-fronted-of-bracketed-fraction",
        "Of the 1,850 volunteers who took part, 370 (a quarter) developed antibodies within a week.",
        "2023-09-21",
        "a quarter",
        "Of the 1,850 volunteers who took part, 370 (a fifth) developed antibodies within a week.",
    ),
    (
        "local-of-which-or-fraction",
        "The county has 48 libraries, 12 of which, or a third, will close next year.",
        "2024-05-02",
        "a third",
        "The county has 48 libraries, 16 of which, or a third, will close next year.",
    ),
    (
        "sports-dash-bracketed-per-cent",
        "United converted just 4 of their 20 corners - 40 per cent - in the league campaign.",
        "2025-05-26",
        "40 per cent",
        "United converted just 8 of their 20 corners - 40 per cent - in the league campaign.",
    ),
    (
        "broadsheet-equivalent-to-per-cent",
        "The trust will axe 450 posts, equivalent to 15 per cent of its 6,000-strong workforce.",
        "2024-12-03",
        "15 per cent",
        "The trust will axe 450 posts, equivalent to 7.5 per cent of its 6,000-strong workforce.",
    ),
    (
        "wire-tonnes-accounted-for-pct",
        "Exports of 2.4 mln tonnes accounted for 30 pct of the 6 mln tonne harvest, the ministry said.",
        "2024-10-08",
        "30 pct",
        "Exports of 2.4 mln tonnes accounted for 40 pct of the 6 mln tonne harvest, the ministry said.",
    ),
    (
        "local-nearly-half-some-homes",
        "Nearly half of the 5,200 homes surveyed, some 1,700, had damp.",
        "2023-11-15",
        "Nearly half",
        "Nearly half of the 5,200 homes surveyed, some 2,400, had damp.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
