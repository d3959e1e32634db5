"""English verb forms from lemmas (``figures/extraction/inflection.py``, ``lang/en/inflections.toml``)."""

from __future__ import annotations

import pytest

from figures import extract
from figures.extraction.inflection import verb_forms
from figures.lang import irregular_verbs


@pytest.mark.parametrize("example", irregular_verbs().examples, ids=lambda e: e["lemma"])
def test_inflections_toml_examples(example):
    assert verb_forms(example["lemma"]) == frozenset(example["forms"])


@pytest.mark.parametrize("lemma,form", [
    ("slip", "slipped"), ("trim", "trimming"), ("ease", "easing"), ("plunge", "plunged"),
    ("shrink", "shrunk"), ("slash", "slashes"), ("lower", "lowered"), ("halve", "halved"),
])
def test_regular_and_irregular_forms(lemma, form):
    assert form in verb_forms(lemma)


@pytest.mark.parametrize("text", [
    "Shares in the miner slumped 40 to 310 pence.",
    "The benchmark rate was trimmed 25 to 4.5 percent, economists said.",
    "The index tumbled 120 to 7,410 points.",
])
def test_a_change_verb_in_any_form_makes_no_range(text):
    assert not [f for f in extract(text) if f.qualifier == "range"], text


def test_a_range_after_other_verbs_is_still_a_range():
    assert [f for f in extract("Organisers expect 40 to 60 million euros in sponsorship.") if f.qualifier == "range"]
