"""Changes read from the parse (figures/relations/changes.py, lang/en/change.toml) and checked by PC01.

The phrasings here are made up, in the styles of several outlets (wire, broadsheet, local, sports,
finance, science, press release); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.extraction import extract_figures
from figures.lang import LanguageDataError, change_words
from figures.relations import Relations


def changes_of(text: str):
    document = Document(text)
    return Relations(document, extract_figures(document)).changes


def percent_change(text: str, date: str | None = None):
    return [d for d in figures.check(text, date=date) if d.category == "percent-change"]


# -- the language file's own examples ----------------------------------------------------------

_DIRECTION = {"up": 1, "down": -1, "either": 0}


@pytest.mark.parametrize("example", change_words().examples, ids=lambda example: example["text"][:50])
def test_every_example_of_the_change_words(example):
    found = changes_of(example["text"])
    if example.get("change") is False:
        assert found == []
        return
    readings = [(c.before.text, c.after.text, c.direction, c.by.text if c.by else None, c.factor, c.certain)
                for c in found]
    wanted = (example["before"], example["after"], _DIRECTION[example["direction"]], example.get("amount"),
              example.get("factor"), example.get("certain", True))
    assert wanted in readings


def _load_with(monkeypatch, change):
    import figures.lang as lang

    good = lang.read("change")
    data = {**good, **change}
    monkeypatch.setattr(lang, "read", lambda name, language="en": data)
    return change_words.__wrapped__("en")


@pytest.mark.parametrize("bad", [
    {"verbs": {"up": ["Rise"], "down": ["fall"]}},  # not lower case
    {"verbs": {"up": ["rise"], "down": ["rise"]}},  # two directions
    {"verbs": {"sideways": ["rise"]}},
    {"nouns": []},
    {"factors": {"double": 1}},
    {"prepositions": {"after": ["to"]}},  # roles missing
    {"points": "point"},
    {"colour": ["red"]},  # unknown key
    {"examples": [{"text": "Sales rose to 5 from 4.", "after": "5"}]},  # no before, no direction
    {"examples": [{"text": "Sales rose to 5 from 4.", "before": "4", "after": "5", "direction": "left"}]},
])
def test_the_change_words_are_validated_at_load(monkeypatch, bad):
    with pytest.raises(LanguageDataError, match="change.toml"):
        _load_with(monkeypatch, bad)


def test_the_shipped_change_words_load():
    words = change_words()
    assert words.verbs["rise"] == 1 and words.verbs["fall"] == -1 and words.verbs["go"] == 0
    assert words.factors["double"] == 2.0 and "from" in words.before


# -- contradictions, each with its consistent twin ----------------------------------------------

# (id, text, the words the finding must touch, the twin with the figure put right)
FIRING = [
    ("wire-pct-to-from", "LONDON (Reuters) - Pretax profit rose 9 pct to 412 mln stg from 350 mln, the bank said.",
     "9 pct", "LONDON (Reuters) - Pretax profit rose 18 pct to 412 mln stg from 350 mln, the bank said."),
    ("broadsheet-percent-apart", "Group revenue rose 4% in the year to £4.1bn, from £3.6bn.",
     "4%", "Group revenue rose 14% in the year to £4.1bn, from £3.6bn."),
    ("local-up-after-the-figures", "Visitor numbers climbed to 1,240 from 1,100, up 27% on the previous summer.",
     "27%", "Visitor numbers climbed to 1,240 from 1,100, up 13% on the previous summer."),
    ("finance-was-up-from", "Quarterly revenue was $845 million, up 31% from $702 million.",
     "31%", "Quarterly revenue was $845 million, up 20% from $702 million."),
    ("broadsheet-a-fall-of-points", "The survey showed a fall of 0.9 percentage points in the vacancy rate to "
     "6.2% from 6.5%.", "0.9 percentage points",
     "The survey showed a fall of 0.3 percentage points in the vacancy rate to 6.2% from 6.5%."),
    ("politics-points-between-percentages", "Labour's lead widened 6 points to 11% from 8%.",
     "6 points", "Labour's lead widened 3 points to 11% from 8%."),
    ("wire-up-pct-commas", "Coffee exports were up 4.5 pct, to 2.3 mln bags, from 2.1 mln.",
     "4.5 pct", "Coffee exports were up 9.5 pct, to 2.3 mln bags, from 2.1 mln."),
    ("finance-per-share-between", "Third-quarter earnings dropped 14% to $61.3 million, or 52 cents a share, "
     "from $88.9 million, or 75 cents.", "14%",
     "Third-quarter earnings dropped 31% to $61.3 million, or 52 cents a share, from $88.9 million, or 75 cents."),
    ("finance-period-between", "Net sales were up 9.1% in the period to $3.48 billion from $3.35 billion.",
     "9.1%", "Net sales were up 3.9% in the period to $3.48 billion from $3.35 billion."),
    ("wire-unit-written-once", "Group profit fell 12.6 percent to 318 million euros in the half-year from "
     "341 million.", "12.6 percent", "Group profit fell 6.7 percent to 318 million euros in the half-year from "
     "341 million."),
    ("local-by-a-fraction", "Membership of the club increased by a quarter to 90 from 60.",
     "a quarter", "Membership of the club increased by a half to 90 from 60."),
    ("local-went-from-a-rise", "Fares went from £2.40 to £2.90, a 12% rise.",
     "12%", "Fares went from £2.40 to £2.90, a 21% rise."),
    ("council-the-increase-to-from", "The council's 9% increase, to £1,850 from £1,610, was approved on Tuesday.",
     "9%", "The council's 15% increase, to £1,850 from £1,610, was approved on Tuesday."),
    ("education-a-gain-of-after-dates", "Enrolment rose to 4,460 last autumn from 4,020 in 2023, a gain of 6%.",
     "6%", "Enrolment rose to 4,460 last autumn from 4,020 in 2023, a gain of 11%."),
    ("science-shrank-by-from-to", "Average glacier thickness shrank by 18 per cent, from 64 metres in 1990 to "
     "58 metres in 2020.", "18 per cent",
     "Average glacier thickness shrank by 9 per cent, from 64 metres in 1990 to 58 metres in 2020."),
    ("tech-doubled", "Broadband subscriptions doubled to 1.9 million from 1.3 million.",
     "doubled", "Broadband subscriptions doubled to 2.7 million from 1.3 million."),
    ("sports-wrong-direction", "Attendance rose to 18,200 from 19,400 at the stadium this season.",
     "rose", "Attendance fell to 18,200 from 19,400 at the stadium this season."),
    ("central-bank-basis-points", "The bank lifted its deposit rate by 75 basis points to 3.50% from 3.00%.",
     "75 basis points", "The bank lifted its deposit rate by 50 basis points to 3.50% from 3.00%."),
    ("markets-index-points", "The index gained 42 points to 3,180 from 3,160.",
     "42", "The index gained 20 points to 3,180 from 3,160."),
    ("europe-compared-with-a-rise", "Operating profit was 214 million euros, compared with 180 million a year "
     "earlier, a rise of 12 percent.", "12 percent",
     "Operating profit was 214 million euros, compared with 180 million a year earlier, a rise of 19 percent."),
    ("sports-down-from-last-season", "The club's average crowd was 31,400, down 12% from 33,100 last season.",
     "12%", "The club's average crowd was 31,400, down 5% from 33,100 last season."),
    ("press-release-currency-code", "Net revenue increased 18% to CHF 1.12 billion, from CHF 1.02 billion in 2023.",
     "18%", "Net revenue increased 10% to CHF 1.12 billion, from CHF 1.02 billion in 2023."),
    ("charity-income-of-was-an-increase", "The trust's income of £2.9m was a 45 per cent increase on the "
     "previous year's £2.5m.", "45 per cent",
     "The trust's income of £2.9m was a 16 per cent increase on the previous year's £2.5m."),
    ("science-halved", "The lake's phosphate load has halved to 41 tonnes from 58 tonnes since 2015.",
     "halved", "The lake's phosphate load has halved to 29 tonnes from 58 tonnes since 2015."),
    ("housing-base-over", "Listings dropped 5 pct to 27,300 from more than 30,000.",
     "5 pct", "Listings dropped 10 pct to 27,300 from more than 30,000."),
]


#: Contradictions with another reading, reported as warnings: a change in the wrong direction
#: (quotes can be inverted, ranks fall as they rise), an amount said after the figures with a base
#: of its own ("up 27% on the previous summer") or between them before another phrase.
WARNED = frozenset(text for case_id, text, _, _ in FIRING if case_id in {
    "sports-wrong-direction", "local-up-after-the-figures", "charity-income-of-was-an-increase"})


@pytest.mark.parametrize(("text", "flagged"), [pytest.param(t, f, id=i) for i, t, f, _ in FIRING])
def test_a_contradicted_change_is_an_error(text, flagged):
    start = text.index(flagged)
    found = percent_change(text)
    level = "warning" if text in WARNED else "error"
    assert any(d.level == level and d.start < start + len(flagged) and start < d.end for d in found), found


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, _, _, t in FIRING])
def test_its_consistent_twin_is_clean(text):
    assert percent_change(text) == []


# -- what must give no error ----------------------------------------------------------------------

NEGATIVES = [
    # the base is an interval: "more than 30,000" allows a fall of 9% and more
    "Imports dropped 9 pct to 27,300 from more than 30,000.",
    "Imports dropped 15 pct to 27,300 from more than 30,000.",
    "Ticket sales slipped 20% to 3,900 from almost 5,000.",
    # a change of plan, not of a figure
    "The committee moved the vote forward from 2027 to 2025.",
    "Organisers brought the final forward from June 14 to June 7.",
    # percentages of different things, each in its own clause
    "Sales rose 5% while profit climbed to 40 million from 30 million.",
    "The yield rose to 4.2% from 3.9% as prices fell 2%.",
    "Exports grew 7 percent, but the deficit widened to $9 billion from $5 billion.",
    # two changes in one sentence, each with its own figures
    "Revenue rose 8% to $2.2 billion from $2.04 billion, while operating profit fell 11% to $310 million "
    "from $348 million.",
    "Wheat output rose 4 pct to 52 mln tonnes from 50 mln and barley fell 10 pct to 9 mln from 10 mln.",
    # shares with "or" alternatives
    "Its holding rose 2.7 points to 12.5%, or 4.1 million shares, from 9.8%.",
    "The fund cut its stake by 40% to 6%, or 2.2 million shares, from 10%.",
    # per-share figures beside the totals
    "Net income rose 25% to $5 million, or 40 cents a share, from $4 million, or 38 cents a share.",
    "Profit fell 10 pct to 90 mln dlrs, or 1.10 dlrs a share, from 100 mln, or 1.45 dlrs.",
    # points written as percent, and percent written between percentages
    "Unemployment fell from 8.1 percent to 7.8 percent, a drop of 3.7 percent.",
    "Turnout fell 3 points to 61% from 64%.",
    # the thing that changes is not a change
    "Growth slowed to 2.1% from 3.4%.",
    "Exports grew at 7 percent compared with 9 percent for imports.",
    # bases listed, the scale written once
    "Deposits dropped to 4.1 billion against 4.5 and 4.3 billion.",
    # no before, no after, or no change word
    "Profit rose 6% on the year to £4.1bn.",
    "Yields ranged from 9 to 8 pct during the session.",
    "The home side led by 52% to 41% in the final poll.",
    "The index traded between 3,412.50 and 3,388.10.",
    "City won 3-1 to climb from fifth to third.",
    "She rose to number 3 from 10 in the world rankings.",
    "The storm strengthened to Category 4 from Category 2, then eased to Category 3.",
    # a rate cut stated twice
    "The rate was cut to 4.75% from 5%, the first reduction of 25 basis points since 2020.",
    # another noun's change in a clause without its verb
    "Profit rose 12% to $56 million, or 90 cents a share, from $50 million, or 80 cents, a year earlier, "
    "on sales up 7% at $1.1 billion.",
    "Turnover increased to €88m from €80m last year, with online sales up 25%.",
    # a rate per period is not the whole change
    "Spending will increase by 2% a year to 2030, from £50bn to £57bn.",
    "Spending will grow 2% annually, from £50bn to £57bn by 2030.",
    "Output grew 3% per annum from 100 to 116.",
    # amounts listed for two measures, and a participle with a change of its own
    "Exports rose 50% to 150 from 100 in dollar terms and 30% in euros.",
    "Shares fell 10% to $45, having risen 50% this year from $30.",
    # a second base hung on the verb after the figures
    "The surplus had risen to 7.5 billion marks in May from 6.1 billion in April and 6.3 billion marks a "
    "year earlier.",
    # consistent readings in several styles
    "Gold fell $12.30 to $1,940.10 an ounce from $1,952.40.",
    "The population grew from 3.2 million in 2000 to 4.1 million in 2020, an increase of 28%.",
    "Turnout was 67.3%, up from 61.2% in 2019, a rise of 6.1 points.",
    "Net debt fell by £200m to £1.1bn from £1.3bn.",
    "Crude oil rose $2, or 2.5%, to $82 a barrel, from $80.",
    "The index dropped 3.2 points, or 0.6%, to 512.4 from 515.6.",
    "Approval ratings dropped from 52% to 44%, down 8 percentage points.",
    "Revenue rose 6.5% to 1.2 billion euros ($1.3 billion) from 1.13 billion euros.",
    "From 1,200 in 2015, the colony has grown to 1,900, a rise of 58%.",
    "A 15% cut in the budget, from £40m to £34m, was announced on Monday.",
    "Temperatures rose by 1.1C, from 13.9C to 15C.",
    "The Band D bill will rise by £84 to £2,184 from £2,100.",
    "Smith cut his handicap from 12 to 8, a drop of four shots.",
    "Mortgage approvals rose to 61,300 in March, up 5% from 58,400 in February and the highest since 2021.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_error_where_the_figures_may_agree(text):
    assert percent_change(text) == []


# (text, why the reading is in doubt): a warning, never an error
DOUBTFUL = [
    ("The stock rose 2% to $51, up from $30 a year ago.", "the base is said apart, for another period"),
    ("The index was down 12.4 points at 6,412.3, compared with an opening 6,430.1.",
     "the amount is from the previous close"),
    ("Imports dropped 40 pct to 27,300 from more than 30,000.", "only a soft bound of the base contradicts"),
    ("The krona firmed to 10.42 to the euro from 10.61.", "a currency quoted per unit of another moves against "
     "its number"),
    ("The peso rose to 17.1 pesos per dollar from 17.6.", "the price of a dollar in pesos falls as the peso rises"),
]


@pytest.mark.parametrize(("text", "why"), DOUBTFUL, ids=[why for _, why in DOUBTFUL])
def test_a_reading_in_doubt_is_a_warning(text, why):
    found = percent_change(text)
    assert found and all(d.level == "warning" for d in found), found


# -- the relation itself ------------------------------------------------------------------------

def test_an_alternative_after_the_figure_is_not_the_after():
    (change,) = changes_of("Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million.")
    assert (change.before.text, change.after.text, change.by.text) == ("$52.2 million", "$32.9 million", "37%")


def test_a_restated_amount_is_a_second_amount():
    found = changes_of("The index rose 12.3 points, or 1.2%, to 1,034.5 from 1,022.2.")
    assert sorted((c.by.text, c.measure) for c in found) == [("1.2%", "percent"), ("12.3", "units")]


def test_the_change_word_is_located_for_the_finding():
    text = "Attendance rose to 18,200 from 19,400."
    (change,) = changes_of(text)
    assert text[change.word_start:change.word_end] == "rose"


def test_a_sentence_without_two_comparable_figures_is_not_parsed():
    document = Document("Sales rose 6% in 2024. Profit was up 3%.")
    relations = Relations(document, extract_figures(document))
    assert relations.changes == [] and relations.parses._parsed == {}
