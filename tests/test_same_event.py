"""Event coreference across adjacent sentences (figures/relations/same_event.py) and RD01 on it.

A relative and an absolute date in adjacent sentences are one event when their verbs are of one
event class and their subjects corefer (same noun, nouns of one class, or a personal pronoun
continuing the first sentence's only agreeing subject). The hard negatives below tell another
event, another subject, another occurrence, or leave the pronoun's referent open: RD01 must stay
silent on them even though the dates disagree. Passages written fresh; dates checked by hand.
"""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.extraction import extract_figures
from figures.relations import Relations


def _rd01(text, date):
    return [d for d in figures.check(text, date=date) if d.code == "RD01"]


def _pairs(text, date):
    document = Document(text, date=date)
    relations = Relations(document, extract_figures(document))
    return [(p.first.figure.text, p.second.figure.text) for p in relations.same_event]


# (text, dateline, relative, absolute): linked as one event.
LINKED = [
    ("Two teenagers were detained yesterday in Galway. They were arrested on 9 May near the "
     "harbour.", "2025-05-14", "yesterday", "9 May"),
    ("The Lindqvist smelter shut down last month. It closed on 12 February, the owners said.",
     "2025-04-08", "last month", "12 February"),
    ("The tournament will be staged in Porto next month. Kick-off is on 3 June.",
     "2025-04-22", "next month", "3 June"),
    ("The treaty entered into force last year. It took effect on March 1, 2023.",
     "2025-06-30", "last year", "March 1, 2023"),
]


@pytest.mark.parametrize("text, date, relative, absolute", LINKED)
def test_one_event_told_twice_is_linked(text, date, relative, absolute):
    assert (relative, absolute) in _pairs(text, date)


# (id, text, dateline): the dates disagree, but the clauses need not tell one event.
SILENT = [
    # another event: arrest is not charge, closing is not reopening, taking effect is not passing
    ("wire-arrest-then-charge", "The driver was arrested yesterday, police said. He was charged "
     "on 13 March with dangerous driving.", "2025-03-20"),
    ("finance-closed-then-reopen", "The Ashby plant closed last week. It will reopen on 2 June "
     "after a refit.", "2025-04-09"),
    ("broadsheet-in-force-then-passed", "The planning law came into force last year. It was passed "
     "on 4 May 2021.", "2025-01-20"),
    # two events of one kind, told in two tenses: the one that began is not the one that begins
    ("wire-strike-began-then-begins", "The 12-day strike, which began on December 1, 1999, ended on "
     "December 12. The strike begins tomorrow at the ports.", "2000-01-01"),
    # another subject
    ("local-brother-detained", "A 34-year-old man was arrested yesterday. His brother was detained "
     "on June 2 in Carlow.", "2025-06-20"),
    ("finance-sister-plant", "The Ashby plant closed last week. Its sister plant shut on March 3.",
     "2025-04-09"),
    # another occurrence or another time of the event
    ("wire-later-detained", "The activist was arrested yesterday. She was later detained on "
     "9 March at the border.", "2025-03-20"),
    ("sports-another-walkout", "The strike begins tomorrow. Another walkout will start on 14 July.",
     "2025-06-10"),
    ("press-second-store", "Our Harbourside store opens next month. A second store will open on "
     "2 November.", "2025-07-15"),
    ("wire-already-shut", "The mine closed last week. It had already shut on 2 February for "
     "repairs.", "2025-04-09"),
    # a rescheduling, a bound, a possibility, a negation
    ("local-strike-postponed", "The strike begins tomorrow. The walkout had been postponed to "
     "2 May.", "2025-03-03"),
    ("broadsheet-could-start", "The strike begins tomorrow. Leaders warned the walkout could start "
     "on 2 May.", "2025-03-03"),
    ("science-not-launched", "The probe launched yesterday. It did not launch on 2 May as planned.",
     "2025-03-03"),
    # the pronoun may refer to someone else
    ("wire-two-candidates", "A man was arrested yesterday after a woman was stabbed. He was "
     "detained on 4 March.", "2025-03-20"),
    ("finance-company-said-it", "The plant closed last week, the company said. It shut on "
     "3 February.", "2025-04-09"),
    ("wire-they-police", "Two teenagers were detained yesterday, police said. They were arrested "
     "on 9 May near the harbour.", "2025-05-14"),  # "they" may be the police: left silent
    ("local-pronoun-number", "The council's two depots closed last week. It shut on 3 February.",
     "2025-04-09"),
    # an agent for a patient
    ("wire-agent-for-patient", "The officer was arrested yesterday. She detained a man on 4 March.",
     "2025-03-20"),
    # sentences not adjacent
    ("broadsheet-not-adjacent", "The strike begins tomorrow. Talks collapsed overnight. Union "
     "leaders said the walkout would start on 2 May.", "2025-03-03"),
]


@pytest.mark.parametrize("case_id, text, date", SILENT, ids=[c[0] for c in SILENT])
def test_other_event_is_silent(case_id, text, date):
    assert not _rd01(text, date)


def test_message_names_the_verbs():
    text = "The strike begins tomorrow. Union leaders said the walkout would start on 2 May."
    found = _rd01(text, "2025-03-03")
    assert len(found) == 1 and found[0].level == "warning"
    assert text[found[0].start:found[0].end] == "tomorrow"
    assert "'begins' / 'start'" in found[0].message


# More hard negatives: a condition, one of many, two classes without the start of an unnamed event.
SILENT_MORE = [
    ("broadsheet-if-condition", "The strike begins tomorrow. If talks fail, the walkout would start "
     "on 2 May instead.", "2025-03-03"),
    ("finance-plant-plants", "The Ashby plant closed last week. Plants shut on 3 February across "
     "the region.", "2025-04-09"),
    ("local-held-then-began", "The folk festival was held last week. It began on 12 March with a "
     "parade.", "2025-04-09"),
]


@pytest.mark.parametrize("case_id, text, date", SILENT_MORE, ids=[c[0] for c in SILENT_MORE])
def test_other_event_is_silent_more(case_id, text, date):
    assert not _rd01(text, date)


def test_phrasal_verb_the_lexicon_does_not_know_is_another_verb():
    text = "The final will be played next week. The coach played down on 2 June the row over tickets."
    assert not _rd01(text, "2025-05-06")
