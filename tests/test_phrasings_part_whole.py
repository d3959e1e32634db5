"""Phrasing tests for the "part-whole" category: a part larger than its whole.

A figure presented as part of another ("including", "of whom", "of which",
"among them", "out of", "N of them") cannot exceed it.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. Each
firing case holds one contradiction, with the part that should be flagged; its
consistent twin changes that part so that it fits inside its whole. The shared
machinery is in tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "part-whole"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
KNOWN_MISSES = frozenset()

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged part, consistent twin)
CASES = [
    (
        "wire-cut-jobs-including",
        "PARIS, March 4 (Reuters) - Lumen Air said on Tuesday it would cut 800 jobs, "
        "including 950 cabin crew, as part of a restructuring.",
        "2025-03-04",
        "950 cabin crew",
        "PARIS, March 4 (Reuters) - Lumen Air said on Tuesday it would cut 800 jobs, "
        "including 350 cabin crew, as part of a restructuring.",
    ),
    (
        "broadsheet-fronted-of-the-millions",
        "Of the 2.3 million people who voted, 2.6 million backed the new constitution, "
        "according to official results.",
        "2024-05-20",
        "2.6 million",
        "Of the 2.3 million people who voted, 1.6 million backed the new constitution, "
        "according to official results.",
    ),
    (
        "local-n-of-them-after-comma",
        "The Hillcrest school district enrolled 4,120 pupils this year, 4,300 of them "
        "in its primary schools.",
        "2024-09-12",
        "4,300",
        "The Hillcrest school district enrolled 4,120 pupils this year, 3,300 of them "
        "in its primary schools.",
    ),
    (
        "sports-goals-of-them-at-home",
        "Rovers have scored 41 goals in the league this season, 44 of them at home.",
        "2025-02-03",
        "44",
        "Rovers have scored 41 goals in the league this season, 24 of them at home.",
    ),
    (
        "finance-of-which-sterling",
        "The bank set aside £1.2bn for bad loans in the half, of which £1.5bn related "
        "to commercial property.",
        "2024-07-30",
        "£1.5bn",
        "The bank set aside £1.2bn for bad loans in the half, of which £0.5bn related "
        "to commercial property.",
    ),
    (
        "science-among-them",
        "The survey recorded 312 bird species on the island, among them 340 that breed "
        "in its wetlands.",
        "2023-11-02",
        "340",
        "The survey recorded 312 bird species on the island, among them 140 that breed "
        "in its wetlands.",
    ),
    (
        "press-release-including-region",
        "FOR IMMEDIATE RELEASE - Brightwater Foods today announced that it opened 65 "
        "new stores in 2024, including 72 in the Midwest.",
        "2025-01-15",
        "72",
        "FOR IMMEDIATE RELEASE - Brightwater Foods today announced that it opened 65 "
        "new stores in 2024, including 27 in the Midwest.",
    ),
    (
        "local-a-dozen-words",
        "The lifeboat crew rescued a dozen passengers from the stricken ferry, fifteen "
        "of them children.",
        "2024-08-19",
        "fifteen",
        "The lifeboat crew rescued a dozen passengers from the stricken ferry, five "
        "of them children.",
    ),
    (
        "sports-spelled-whole-apposition",
        "Twenty-seven clubs, including 30 from the north, have applied for a licence "
        "for next season.",
        "2025-04-10",
        "30 from the north",
        "Twenty-seven clubs, including 13 from the north, have applied for a licence "
        "for next season.",
    ),
    (
        "us-broadsheet-package-includes",
        "The $4.5 billion transport package includes $5.2 billion for highways and "
        "bridges, the governor's office said.",
        "2024-03-08",
        "$5.2 billion",
        "The $4.5 billion transport package includes $2.2 billion for highways and "
        "bridges, the governor's office said.",
    ),
    (
        "local-out-of-applicants",
        "Out of 600 applicants for the apprenticeship scheme, 640 were invited to an "
        "interview.",
        "2024-06-25",
        "640",
        "Out of 600 applicants for the apprenticeship scheme, 240 were invited to an "
        "interview.",
    ),
    (
        "broadsheet-million-passengers-of-them",
        "The airport handled 18.4 million passengers last year, 19 million of them on "
        "international flights.",
        "2025-02-14",
        "19 million",
        "The airport handled 18.4 million passengers last year, 11 million of them on "
        "international flights.",
    ),
    (
        "science-among-the-fronted-trial",
        "Among the 90 patients enrolled in the trial, 112 received the drug and the "
        "rest a placebo.",
        "2023-10-05",
        "112",
        "Among the 90 patients enrolled in the trial, 45 received the drug and the "
        "rest a placebo.",
    ),
    (
        "finance-workforce-of-including",
        "Kessler Werke, which has a workforce of 3,000, including 3,400 engineers, "
        "reported a 4% rise in orders.",
        "2024-11-21",
        "3,400 engineers",
        "Kessler Werke, which has a workforce of 3,000, including 1,400 engineers, "
        "reported a 4% rise in orders.",
    ),
    (
        "wire-terse-of-whom-mln",
        "The flooding displaced 1.4 mln people, of whom 2.1 mln were in the southern "
        "province, the U.N. said on Friday.",
        "2024-09-14",
        "2.1 mln",
        "The flooding displaced 1.4 mln people, of whom 0.9 mln were in the southern "
        "province, the U.N. said on Friday.",
    ),
    (
        "local-fronted-of-the-candidates-sat",
        "Of the 312 candidates who sat the driving theory test in Wexbury last month, "
        "340 passed at the first attempt.",
        "2025-03-03",
        "340",
        "Of the 312 candidates who sat the driving theory test in Wexbury last month, "
        "240 passed at the first attempt.",
    ),
    (
        "sports-fronted-of-the-runners",
        "Of the 1,850 runners who started the Haldon half marathon, 2,100 crossed the "
        "finish line inside three hours.",
        "2024-04-15",
        "2,100",
        "Of the 1,850 runners who started the Haldon half marathon, 1,100 crossed the "
        "finish line inside three hours.",
    ),
    (
        "science-fronted-of-the-mice",
        "Of the 48 mice given the compound, 53 developed no tumours over the six-month "
        "study, the authors report.",
        "2023-08-29",
        "53",
        "Of the 48 mice given the compound, 33 developed no tumours over the six-month "
        "study, the authors report.",
    ),
    (
        "finance-of-which-shares",
        "Corvane Holdings issued 8.2 million new shares, 9.5 million of which were "
        "placed with institutional investors.",
        "2024-12-02",
        "9.5 million",
        "Corvane Holdings issued 8.2 million new shares, 5.5 million of which were "
        "placed with institutional investors.",
    ),
    (
        "local-of-which-homes",
        "The council approved plans for 420 homes on the former gasworks site, 510 of "
        "which will be classed as affordable.",
        "2024-05-20",
        "510",
        "The council approved plans for 420 homes on the former gasworks site, 110 of "
        "which will be classed as affordable.",
    ),
    (
        "wire-of-whom-residents-evacuated",
        "Rescue teams evacuated 2,300 residents from the valley, 2,900 of whom were "
        "taken to emergency shelters, officials said.",
        "2025-01-11",
        "2,900",
        "Rescue teams evacuated 2,300 residents from the valley, 1,900 of whom were "
        "taken to emergency shelters, officials said.",
    ),
    (
        "press-release-of-which-applications",
        "The foundation received 1,240 grant applications this year, 1,600 of which "
        "came from first-time applicants.",
        "2025-06-30",
        "1,600",
        "The foundation received 1,240 grant applications this year, 600 of which "
        "came from first-time applicants.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
