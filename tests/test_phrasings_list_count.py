"""Phrasing tests for the "list-count" category: a stated count against its list.

A count that announces a full list ("three countries:", "namely", "the four
counties of", a dash or bracket aside that names them) must match the number
of items named.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles. Each
firing case holds one contradiction, with the count word that should be
flagged; its consistent twin changes the count to match the list. The shared
machinery is in tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "list-count"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
#: "Both" and "A pair" are not read as counts by the extractor.
KNOWN_MISSES = frozenset({
    "broadsheet-both-with-three-names", "local-a-pair-of-dash-names",
})

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged count, consistent twin)
CASES = [
    (
        "wire-dash-aside-countries",
        "LISBON, June 2 (Reuters) - Ministers from four countries - Portugal, Spain "
        "and France - signed the water-sharing accord on Monday.",
        "2025-06-02",
        "four",
        "LISBON, June 2 (Reuters) - Ministers from three countries - Portugal, Spain "
        "and France - signed the water-sharing accord on Monday.",
    ),
    (
        "local-colon-two-items",
        "The museum will close three galleries for renovation: the Egyptian hall and "
        "the map room.",
        "2024-02-05",
        "three",
        "The museum will close two galleries for renovation: the Egyptian hall and "
        "the map room.",
    ),
    (
        "sports-capitalised-count-dash-names",
        "Two players were sent off - Mendes, Kowalski and Ibe - in a bad-tempered "
        "derby at Fenwick Road.",
        "2024-10-27",
        "Two",
        "Three players were sent off - Mendes, Kowalski and Ibe - in a bad-tempered "
        "derby at Fenwick Road.",
    ),
    (
        "finance-namely",
        "The audit report names five suppliers, namely Arco, Beltline and Crane "
        "Logistics, as having overcharged the council.",
        "2024-03-19",
        "five",
        "The audit report names three suppliers, namely Arco, Beltline and Crane "
        "Logistics, as having overcharged the council.",
    ),
    (
        "local-parenthesised-list",
        "The two finalists (Oslo, Bergen and Trondheim) will present their bids to "
        "the jury next month.",
        "2025-01-22",
        "two",
        "The three finalists (Oslo, Bergen and Trondheim) will present their bids to "
        "the jury next month.",
    ),
    (
        "broadsheet-both-with-three-names",
        "Both candidates (Ms Reyes, Mr Hall and Ms Osei) declined to comment on the "
        "leaked memo.",
        "2024-04-30",
        "Both",
        "All three candidates (Ms Reyes, Mr Hall and Ms Osei) declined to comment on "
        "the leaked memo.",
    ),
    (
        "press-release-categories-colon",
        "The Harbour Prize recognises six categories: innovation, sustainability, "
        "design, service and community.",
        "2025-05-06",
        "six",
        "The Harbour Prize recognises five categories: innovation, sustainability, "
        "design, service and community.",
    ),
    (
        "science-species-colon-four",
        "The team sequenced the genomes of three species: the red fox, the arctic fox, "
        "the fennec and the kit fox.",
        "2023-08-24",
        "three",
        "The team sequenced the genomes of four species: the red fox, the arctic fox, "
        "the fennec and the kit fox.",
    ),
    (
        "local-a-pair-of-dash-names",
        "A pair of Labour councillors - Ann Poole, Jim Reid and Li Chen - resigned "
        "from the group on Thursday.",
        "2024-03-15",
        "A pair",
        "Three Labour councillors - Ann Poole, Jim Reid and Li Chen - resigned "
        "from the group on Thursday.",
    ),
    (
        "us-broadsheet-the-four-counties-of",
        "The hurricane hit the four coastal counties of Brevard, Volusia and Flagler "
        "hardest, officials said.",
        "2024-10-11",
        "four",
        "The hurricane hit the three coastal counties of Brevard, Volusia and Flagler "
        "hardest, officials said.",
    ),
    (
        "finance-segments-dash",
        "The company reports in two segments - retail, wholesale and online - and "
        "all grew in the quarter.",
        "2024-08-08",
        "two",
        "The company reports in three segments - retail, wholesale and online - and "
        "all grew in the quarter.",
    ),
    (
        "sports-the-following-colon",
        "The following five nations qualified for the finals: Japan, Korea, Iran and "
        "Australia.",
        "2025-06-11",
        "five",
        "The following four nations qualified for the finals: Japan, Korea, Iran and "
        "Australia.",
    ),
    (
        "local-digit-count-numbered-routes",
        "The 3 bus routes affected - the 12, the 47, the 52 and the 88 - will be "
        "diverted along Mill Lane.",
        "2024-07-01",
        "3 bus routes",
        "The 4 bus routes affected - the 12, the 47, the 52 and the 88 - will be "
        "diverted along Mill Lane.",
    ),
    (
        "wire-oxford-comma-colon",
        "BERLIN (AP) - Police searched seven properties in three cities: Hamburg, "
        "Bremen, Kiel, and Lübeck.",
        "2024-12-03",
        "three cities",
        "BERLIN (AP) - Police searched seven properties in four cities: Hamburg, "
        "Bremen, Kiel, and Lübeck.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
