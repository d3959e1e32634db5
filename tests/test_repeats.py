"""One entity's figure said twice, read from the parse (figures/relations/repeats.py,
lang/en/repeats.toml) and checked by RF01.

The phrasings are made up, in the styles of several outlets (wire, local, sports, finance, science,
press release); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.extraction import extract_figures
from figures.lang import LanguageDataError, repeat_words
from figures.relations import Relations


def repeats_of(text: str, date: str | None = None):
    document = Document(text, date=date)
    return [(r.first.text, r.second.text) for r in Relations(document, extract_figures(document)).repeats]


def warnings_of(text: str, date: str | None = None):
    return [(d.code, d.level, text[d.start:d.end]) for d in figures.check(text, date=date)
            if d.category == "repeated-figure"]


# -- the language file's own examples ----------------------------------------------------------

@pytest.mark.parametrize("example", repeat_words().examples, ids=lambda example: example["text"][:50])
def test_every_example_of_the_repeat_words(example):
    found = repeats_of(example["text"])
    if example.get("repeat") is False:
        assert found == []
    else:
        assert (example["first"], example["second"]) in found


def _load_with(monkeypatch, change):
    import figures.lang as lang

    data = {**lang.read("repeats"), **change}
    monkeypatch.setattr(lang, "read", lambda name, language="en": data)
    return repeat_words.__wrapped__("en")


@pytest.mark.parametrize("bad", [
    {"subject_owners": ["Have"]},  # not lower case
    {"once": []},
    {"same_measure": {"employee": ["worker"], "resident": ["worker"]}},  # two classes
    {"restricting": {"relatives": ["that"]}},  # lists missing
    {"places": {"Spanish": "spain"}},
    {"counting_owners": ["possess"]},  # not an owner verb
    {"colour": ["red"]},  # unknown key
    {"examples": [{"text": "It has 5 shops.", "first": "5"}]},  # no second
    {"examples": [{"text": "It has 5 shops.", "repeat": True}]},
])
def test_the_repeat_words_are_validated_at_load(monkeypatch, bad):
    with pytest.raises(LanguageDataError, match="repeats.toml"):
        _load_with(monkeypatch, bad)


def test_the_shipped_repeat_words_load():
    words = repeat_words()
    assert "employ" in words.subject_owners and words.same_measure["worker"] == "employee"
    assert words.places["french"] == "france" and "that" in words.relatives


# -- what is paired, what is not -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a pronoun's owner is the nearest company named before it
    "Halden Bank has 300 branches in Chile. The lender said its 330 Chilean branches would stay open.",
    # an owner verb in a relative clause
    "The Solent Velodrome, which seats 4,000, reopens on Friday. Riders love the 6,000-seat Solent Velodrome.",
    # a size said with its adjective, and in a compound
    "The Brann Tower stands 310 metres tall. Climbers scaled the 290-metre Brann Tower on Sunday.",
    # a year said in a participle before its owner
    "Founded in 1902, Castlebar Wanderers play at Ferry Road. Castlebar Wanderers, founded in 1920, won the cup.",
    # a set the article has named, counted again
    "The 12 victims were named on Monday. Police said the 14 victims were all from Hull.",
    # a copula and "at" with the same noun and owner
    "Turnout in the Marlow council election was 41%. With turnout in the Marlow council election at 47%, the vote stood.",
])
def test_restatements_are_paired_and_warned(text):
    assert len(repeats_of(text)) == 1
    assert [level for _, level, _ in warnings_of(text)] == ["warning"]


@pytest.mark.parametrize("text", [
    # different owners
    "Halden Bank has 300 branches in Chile. Rival Corvo Bank has 420 branches in Chile.",
    # different places
    "Halden Bank has 300 branches in Chile. Its 120 Peruvian branches are smaller.",
    # a change said
    "Halden Bank has 300 branches in Chile, up from 240 in 2019.",
    "Halden Bank had 300 branches in Chile. It now has 260 branches in Chile.",
    # different tenses of the owner verb
    "Halden Bank had 300 branches in Chile. Halden Bank has 260 branches in Chile.",
    # different years of one budget
    "The council's budget for 2024 was £41m. Of the £48m budget for 2025, half goes on care.",
    # a subset
    "The 30 countries that signed met in Oslo. The 12 countries met again.",
    # coordinated sets
    "The six brothers and sisters met. The nine brothers arrived later.",
    # two sizes of one thing
    "Lake Orrin is 12 km long. Lake Orrin is 3 km wide.",
    # two figures each said in a compound, which may tell one of a kind from another
    "She won the 100-metre final. The 200-metre final is on Friday.",
    # one sentence
    "The 40 stores in Leeds and the 55 stores in York sell shoes.",
    # an amount with no owner said
    "Net profit was $4.1 million. Net profit was $3.8 million, the filing showed.",
    # an amount per share that is no price
    "Marden Oil paid a dividend of 40 cents per share. It reported earnings of 95 cents per share.",
    # a value supposed, not stated
    "Shares in Marden Oil cost $30 each. Analysts said Marden Oil shares could cost $45 each.",
    # a kind of thing, not one
    "Each 500-euro bond pays a coupon. The 1,000-euro bonds pay a coupon too.",
    # a number that names a singular
    "The 737 jet was grounded. Airlines fly the 747 jet to Lima.",
])
def test_different_entities_times_and_sets_are_not_paired(text):
    assert warnings_of(text) == []


def test_figures_whose_intervals_meet_are_not_warned():
    text = "Tovan Mining employs about 800 people at its Ridge mine. All 820 workers at the Ridge mine went home."
    assert warnings_of(text) == []


def test_a_year_is_compared_by_its_days():
    text = "Corran Rovers, founded in 1903, won on Saturday. Since it was founded in 1903, the club has moved twice."
    assert repeats_of(text, "2024-05-06") == [("1903", "1903")]
    assert warnings_of(text, "2024-05-06") == []
