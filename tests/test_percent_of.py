"""The percent-of relation read from the parse (lang/en/shares.toml's own examples), and how PO01 judges it."""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.lang import LanguageDataError, share_words
from figures.relations import Relations


def links(text):
    relations = Relations(Document(text), figures.extract(text))
    return [(link.count.text, link.percent.text, link.total.text, link.certain) for link in relations.percent_of]


def findings(text):
    return [(d.level, text[d.start:d.end]) for d in figures.check(text) if d.code == "PO01"]


@pytest.mark.parametrize("example", share_words().examples, ids=lambda example: example["text"][:45])
def test_language_file_example(example):
    read = links(example["text"])
    if example.get("linked", True):
        assert (example["part"], example["share"], example["whole"], example["certain"]) in read
    else:
        assert not [link for link in read if link[1] == example["share"]], read


def test_words_are_loaded():
    words = share_words()
    assert ("or",) in words.restating and ("equivalent", "to") in words.restating
    assert ("account", "for") in words.verbs and ("represent", None) in words.verbs
    assert "whom" in words.relative and "of" in words.of


def test_bad_file_is_refused(monkeypatch):
    import figures.lang as lang

    monkeypatch.setattr(lang, "read", lambda name, language="en": {"of": {"words": ["Of"]}})
    lang.share_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError):
            lang.share_words()
    finally:
        monkeypatch.undo()
        lang.share_words.cache_clear()


@pytest.mark.parametrize(("text", "link"), [
    # the share after its part, with its own whole
    ("Hollin Water shed 640 jobs, or 16 pct of its 4,000 staff, in the spring.", ("640", "16 pct", "4,000", True)),
    # the share after its part's own whole, with none of its own
    ("Okafor converted 9 of his 12 penalties - exactly 75 per cent.", ("9", "75 per cent", "12", True)),
    # the share before the whole, the part in apposition after it
    ("Three-quarters of the 48 councillors, 36 in all, backed the budget.", ("36", "Three-quarters", "48", True)),
    # the share of "whom": the whole is the antecedent
    ("The club has 2,400 members, 30% of whom, or 720, are juniors.", ("720", "30%", "2,400", True)),
    # the share as the object of a verb whose subject is the part: likely, never sure
    ("Tolls of $1.2 million make up 40% of the bridge's $3 million budget.", ("$1.2 million", "40%", "$3 million", False)),
])
def test_the_three_figures_are_linked(text, link):
    assert link in links(text)


@pytest.mark.parametrize("text", [
    "The 2,000 members voted, and 40% of the 1,500 who stayed were retired.",  # no tie between part and share
    "Labour won 200 seats or 40% of the 500 seats, the exit poll said.",  # "or" with no comma: an alternative
    "About 300 pupils, 40 teachers, 25% of the 160 parents and the mayor came.",  # a list
    "Kestrel Motors sold 300 cars and 200 vans, or 25% of the 2,000 vehicles it made.",  # the share of a sum
    "The plant makes 800 cars a day, or 20% of the 3,000 cars a week it once made.",  # rates of two periods
    "A third of the 300 delegates, 40 of them from abroad, backed the motion.",  # a part of the whole, not the share
    "Profit rose 300 mln dlrs, or 25 pct, to 1.5 bln dlrs.",  # a change, with no whole
    "Labour won 200 of the 650 seats, up 12 per cent.",  # a change of the part
    "Nearly 30% of the 2,000 respondents - up from 500 last year - said so.",  # the object of "from"
])
def test_no_link_without_a_tie(text):
    assert links(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a certain relation: an error
    ("Some 300 people, or 35% of the 1,200 staff, will lose their jobs.", [("error", "35%")]),
    # a share as a verb's object: a warning
    ("The 300 job cuts account for 35% of the 1,200-strong workforce.", [("warning", "35%")]),
    # "a third" of 1,200 is 400: 300 is a quarter
    ("A third of the 1,200 staff, or 300 people, left.", [("error", "A third")]),
    ("A third of the 1,200 staff, or 400 people, left.", []),
    # a round share: 380 of 1,200 may be called a third; 340 only loosely (a warning)
    ("A third of the 1,200 staff, or 380 people, left.", []),
    ("A third of the 1,200 staff, or 340 people, left.", [("warning", "A third")]),
    # "about a third" is an interval: 300 of 1,200 is outside its usual reading only
    ("About a third of the 1,200 staff, or 300 people, left.", [("warning", "About a third")]),
    # qualified shares are intervals with open ends
    ("Vance has scored 18 of the club's 24 goals - more than 80 per cent.", [("error", "more than 80 per cent")]),
    ("Vance has scored 18 of the club's 24 goals - more than 70 per cent.", []),
    ("Nearly 40% of the 500 delegates, 210 people, walked out.", [("error", "Nearly 40%")]),
    ("Nearly 40% of the 500 delegates, 195 people, walked out.", []),
    # "3 of 12 councillors": small numbers the parser may read as one number phrase
    ("Only 3 of 12 councillors (50%) backed the motion.", [("error", "50%")]),
    ("Only 3 of 12 councillors (25%) backed the motion.", []),
    ("In the pilot, 9 of 60 wards (30 per cent) missed the target.", [("error", "30 per cent")]),
    ("In the pilot, 9 of 60 wards (15 per cent) missed the target.", []),
])
def test_the_check_reads_the_share_as_an_interval(text, expected):
    assert findings(text) == expected
