"""Phrasing tests for the "sum-total" category: parts that do not add up to their total.

Parts that split a total ("split into", "divided between", "made up of",
"break down as", "in all", "a total of") must add up to it; parts of one whole
that exclude each other cannot add up to more than it, and neither can shares
of one whole that exclude each other add up to more than 100%.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. Either the
total or a part may be the typo, so the flagged words run from the total to the
last part (or over the shares); the consistent twin changes one figure so that
the parts add up. The shared machinery is in tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "sum-total"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
#: "Mr Lamb 270": the extractor drops the last figure; "split evenly between Heathrow and Gatwick,
#: 14 at each airport": a distributive ("each") item is not multiplied out.
KNOWN_MISSES = frozenset({
    "local-votes-cast-parts-exceed", "wire-two-dozen-split-evenly",
    # "a total of 27 containers, to the port": a "to" anywhere in the sentence reads it as a change;
    # "has ... five forwards for the tour": not read yet (not examined)
    "press-release-total-of-after-of-parts", "sports-compound-squad-has",
})

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged words, consistent twin)
CASES = [
    (
        "wire-divided-into-equal-groups",
        "The 64 delegates were divided into four working groups of 15, 15, 15 and 15, "
        "organisers said on Monday.",
        "2024-04-16",
        "64 delegates were divided into four working groups of 15, 15, 15 and 15",
        "The 64 delegates were divided into four working groups of 16, 16, 16 and 16, "
        "organisers said on Monday.",
    ),
    (
        "finance-split-between-regions-parenthesised",
        "Group revenue of €7.8bn was split between Europe (€4.1bn), the Americas "
        "(€2.2bn) and Asia (€1.9bn).",
        "2025-02-27",
        "€7.8bn was split between Europe (€4.1bn), the Americas (€2.2bn) and Asia (€1.9bn)",
        "Group revenue of €8.2bn was split between Europe (€4.1bn), the Americas "
        "(€2.2bn) and Asia (€1.9bn).",
    ),
    (
        "local-votes-cast-parts-exceed",
        "Of the 1,250 votes cast, Ms Grant received 610, Mr Ode 420 and Mr Lamb 270.",
        "2024-05-03",
        "1,250 votes cast, Ms Grant received 610, Mr Ode 420 and Mr Lamb 270",
        "Of the 1,250 votes cast, Ms Grant received 610, Mr Ode 420 and Mr Lamb 220.",
    ),
    (
        "local-comprise-spelled-parts",
        "The county's 18 new teachers comprise nine at Oakfield, six at Birchmont and "
        "five at Pine Hill.",
        "2024-09-02",
        "18 new teachers comprise nine at Oakfield, six at Birchmont and five at Pine Hill",
        "The county's 18 new teachers comprise nine at Oakfield, six at Birchmont and "
        "three at Pine Hill.",
    ),
    (
        "sports-break-down-as",
        "The striker's 31 goals this season break down as 17 in the league, 9 in the "
        "cup and 8 in Europe.",
        "2025-05-26",
        "31 goals this season break down as 17 in the league, 9 in the cup and 8 in Europe",
        "The striker's 31 goals this season break down as 17 in the league, 9 in the "
        "cup and 5 in Europe.",
    ),
    (
        "press-release-grant-colon-list",
        "The $2.4 million grant will fund three projects: $1.1 million for housing, "
        "$900,000 for transit and $600,000 for parks.",
        "2024-10-01",
        "$2.4 million grant will fund three projects: $1.1 million for housing, "
        "$900,000 for transit and $600,000",
        "The $2.4 million grant will fund three projects: $1.1 million for housing, "
        "$900,000 for transit and $400,000 for parks.",
    ),
    (
        "science-assigned-to-groups",
        "The 120 mice were randomly assigned to three groups of 45, 40 and 45.",
        "2023-06-19",
        "120 mice were randomly assigned to three groups of 45, 40 and 45",
        "The 120 mice were randomly assigned to three groups of 35, 40 and 45.",
    ),
    (
        "local-dash-in-all-after-parts",
        "Rescuers pulled 14 people from the river, 9 from the bridge and 6 from the "
        "bank - 27 in all.",
        "2024-01-08",
        "14 people from the river, 9 from the bridge and 6 from the bank - 27 in all",
        "Rescuers pulled 14 people from the river, 9 from the bridge and 6 from the "
        "bank - 29 in all.",
    ),
    (
        "broadsheet-a-total-of-colon",
        "The bank will cut a total of 1,900 jobs: 1,200 in retail banking and 800 in "
        "its investment arm.",
        "2024-02-22",
        "1,900 jobs: 1,200 in retail banking and 800",
        "The bank will cut a total of 1,900 jobs: 1,200 in retail banking and 700 in "
        "its investment arm.",
    ),
    (
        "broadsheet-poll-shares-over-hundred",
        "In the poll, 46 per cent backed the merger, 41 per cent opposed it and "
        "19 per cent were undecided.",
        "2024-07-11",
        "46 per cent backed the merger, 41 per cent opposed it and 19 per cent",
        "In the poll, 46 per cent backed the merger, 41 per cent opposed it and "
        "13 per cent were undecided.",
    ),
    (
        "finance-of-the-raised-sterling",
        "Of the £12.5m raised by the appeal, £8m came from individual donors, £3m from "
        "companies and £2.5m from a lottery grant.",
        "2025-03-31",
        "£12.5m raised by the appeal, £8m came from individual donors, £3m from "
        "companies and £2.5m",
        "Of the £12.5m raised by the appeal, £8m came from individual donors, £3m from "
        "companies and £1.5m from a lottery grant.",
    ),
    (
        "wire-terse-totalled-with-mln",
        "Output totalled 3.2 mln tonnes, with 1.9 mln tonnes from the north and "
        "1.5 mln from the south, the ministry said.",
        "2024-12-05",
        "3.2 mln tonnes, with 1.9 mln tonnes from the north and 1.5 mln",
        "Output totalled 3.2 mln tonnes, with 1.9 mln tonnes from the north and "
        "1.3 mln from the south, the ministry said.",
    ),
    (
        "broadsheet-hyphenated-board-made-up-of",
        "The 11-member board is made up of five directors elected by shareholders, "
        "four appointed by the state and three staff representatives.",
        "2024-06-13",
        "11-member board is made up of five directors elected by shareholders, four "
        "appointed by the state and three",
        "The 11-member board is made up of five directors elected by shareholders, "
        "four appointed by the state and two staff representatives.",
    ),
    (
        "wire-two-dozen-split-evenly",
        "The two dozen flights cancelled on Monday were split evenly between Heathrow "
        "and Gatwick, 14 at each airport.",
        "2024-11-19",
        "two dozen flights cancelled on Monday were split evenly between Heathrow "
        "and Gatwick, 14",
        "The two dozen flights cancelled on Monday were split evenly between Heathrow "
        "and Gatwick, 12 at each airport.",
    ),
    (
        "science-cohort-consisted-of",
        "The cohort of 1,320 volunteers consisted of 610 smokers and 840 non-smokers, "
        "the researchers said.",
        "2024-02-08",
        "1,320 volunteers consisted of 610 smokers and 840",
        "The cohort of 1,320 volunteers consisted of 610 smokers and 710 non-smokers, "
        "the researchers said.",
    ),
    (
        "local-comprised-councillors",
        "The panel of 15 councillors comprised nine Conservatives, five Liberal "
        "Democrats and three independents.",
        "2025-05-12",
        "15 councillors comprised nine Conservatives, five Liberal Democrats and three",
        "The panel of 15 councillors comprised nine Conservatives, five Liberal "
        "Democrats and one independent.",
    ),
    (
        "sports-squad-made-up-of",
        "Harrow Vale's squad of 26 players is made up of 14 academy graduates and 15 "
        "signings from other clubs.",
        "2024-08-09",
        "26 players is made up of 14 academy graduates and 15",
        "Harrow Vale's squad of 26 players is made up of 14 academy graduates and 12 "
        "signings from other clubs.",
    ),
    (
        "finance-two-mills-combined",
        "The two mills turn out 2,400 and 3,100 tonnes of paper a month, or 6,500 "
        "tonnes combined.",
        "2024-10-17",
        "2,400 and 3,100 tonnes of paper a month, or 6,500",
        "The two mills turn out 2,400 and 3,100 tonnes of paper a month, or 5,500 "
        "tonnes combined.",
    ),
    (
        "wire-in-total-arrests",
        "Police arrested 46 people on Friday and 38 on Saturday, 94 in total, a "
        "spokesman said.",
        "2024-07-22",
        "46 people on Friday and 38 on Saturday, 94",
        "Police arrested 46 people on Friday and 38 on Saturday, 84 in total, a "
        "spokesman said.",
    ),
    (
        "broadsheet-comprises-money-budget",
        "The €900m recovery fund comprises €420m for housing, €310m for hospitals and "
        "€260m for schools.",
        "2025-04-01",
        "€900m recovery fund comprises €420m for housing, €310m for hospitals and "
        "€260m",
        "The €900m recovery fund comprises €420m for housing, €310m for hospitals and "
        "€170m for schools.",
    ),
    (
        "local-compound-council-has",
        "After Thursday's by-election the 14-member parish council has six Greens, five Labour "
        "councillors and four independents.",
        "2025-05-09",
        "14-member parish council has six Greens, five Labour councillors and four",
        "After Thursday's by-election the 14-member parish council has six Greens, five Labour "
        "councillors and three independents.",
    ),
    (
        "sports-compound-squad-has",
        "Pell's 23-man squad has 11 defenders, eight midfielders and five forwards for the tour.",
        "2025-06-02",
        "23-man squad has 11 defenders, eight midfielders and five",
        "Pell's 23-man squad has 11 defenders, eight midfielders and four forwards for the tour.",
    ),
    (
        "local-fronted-of-possessive",
        "Of the county's 42 wards, 25 swung to Labour, 12 to the Conservatives and 8 to the "
        "Liberal Democrats.",
        "2024-05-04",
        "42 wards, 25 swung to Labour, 12 to the Conservatives and 8",
        "Of the county's 42 wards, 25 swung to Labour, 12 to the Conservatives and 5 to the "
        "Liberal Democrats.",
    ),
    (
        "broadsheet-survey-found-choices",
        "A survey of 1,240 adults by Harbour Research found 655 supported the tunnel, 540 opposed "
        "it and 85 had no opinion.",
        "2025-03-14",
        "1,240 adults by Harbour Research found 655 supported the tunnel, 540 opposed it and 85",
        "A survey of 1,240 adults by Harbour Research found 655 supported the tunnel, 540 opposed "
        "it and 45 had no opinion.",
    ),
    (
        "wire-ballot-of-members",
        "In a ballot of 3,412 members, 1,906 backed the offer and 1,588 rejected it, the union said.",
        "2024-11-28",
        "3,412 members, 1,906 backed the offer and 1,588",
        "In a ballot of 3,412 members, 1,906 backed the offer and 1,506 rejected it, the union said.",
    ),
    (
        "local-poll-said-yes-no",
        "Asked whether the pier should reopen, 38 per cent said yes, 49 per cent said no and 17 "
        "per cent were unsure.",
        "2024-08-21",
        "38 per cent",
        "Asked whether the pier should reopen, 38 per cent said yes, 49 per cent said no and 13 "
        "per cent were unsure.",
    ),
    (
        "press-release-total-of-after-of-parts",
        "The charity shipped 8 containers of flour, 12 of rice and 5 of lentils, a total of 27 "
        "containers, to the port.",
        "2025-01-20",
        "27",
        "The charity shipped 8 containers of flour, 12 of rice and 5 of lentils, a total of 25 "
        "containers, to the port.",
    ),
    (
        "local-dash-kinds-of-people",
        "Lifeboat crews brought 17 people ashore - nine men, six women and three children - after "
        "the ferry grounded.",
        "2024-09-30",
        "17 people ashore - nine men, six women and three",
        "Lifeboat crews brought 17 people ashore - nine men, six women and two children - after "
        "the ferry grounded.",
    ),
    (
        "science-colon-kinds-of-people",
        "The trial enrolled 212 participants: 118 women, 87 men and 12 children.",
        "2023-10-05",
        "212 participants: 118 women, 87 men and 12",
        "The trial enrolled 212 participants: 118 women, 87 men and 7 children.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
