"""The parse (figures/parsing.py, figures/attribute_index.py): batched and indexed, yet the same parse."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.attribute_index import IndexedRuler
from figures.document import Document
from figures.extraction import extract_figures
from figures.parsing import Parses, pipeline

#: Written for these tests: contractions, colloquial forms, spaces, numbers, quotes, dashes.
SENTENCES = [
    "The council said on Tuesday it ain't gonna raise rents by 4.5% before April 2027.",
    "Let's see what they've got: 1,200 homes, 3 schools and a £4.1bn budget.",
    "  She'd   have gotten  there by 10 p.m., wouldn't she?",
    "Shares of Acme Corp. rose 12 cents to $45.10 in heavy trading -- the most since 2019.",
    "\"We're gonna win,\" coach Ana Díaz told reporters after the 3-1 win over Riverside.",
    "The U.S. Senate voted 52-48; two senators didn't vote.",
    "Dr. O'Neill's team tested 1.5 million samples in 18 months.",
    "Gotta love it, y'all — it's the city's 150th birthday!",
    "Rainfall totalled 12mm, well below the 40mm average for March.",
    "He gets up at 5, got to work by 6 and was gone by noon.",
    "There was nothin' left, and there are 2 shops where there were 10.",
]


def _features(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_indexed_attribute_ruler_finds_what_spacys_matcher_finds():
    ruler = pipeline().get_pipe("attribute_ruler")
    indexed = IndexedRuler.of(ruler)
    assert indexed is not None
    for sentence in SENTENCES:
        doc = pipeline().make_doc(sentence)
        for name, component in pipeline().pipeline:
            if name == "attribute_ruler":
                break
            doc = component(doc)
        assert indexed.match(doc) == type(ruler).match(ruler, doc), sentence


#: Words of the ruler's patterns (contractions, "there" before a copula, spaces) and plain ones.
_WORDS = ["there", "is", "was", "were", "'s", "nothin'", "y'", "all", "ya", "gonna", "got", "to", "she",
          "'d", "have", "the", "12", "%", ",", ".", "  ", "\n", "not", "n't", "ca", "wo", "let", "us", "down"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_the_indexed_ruler_matches_as_the_matcher_on_any_words(words):
    ruler = pipeline().get_pipe("attribute_ruler")
    doc = pipeline().make_doc(" ".join(words))
    for name, component in pipeline().pipeline:
        if name == "attribute_ruler":
            break
        doc = component(doc)
    assert IndexedRuler.of(ruler).match(doc) == type(ruler).match(ruler, doc)


def test_a_ruler_with_predicates_the_index_cannot_read_keeps_its_matcher():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">": 3}}]], {"LEMMA": "long"})
    assert IndexedRuler.of(ruler) is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_batched_parse_is_the_parse_of_the_sentence_alone(sentence):
    text = "Officials met on May 4, 2021. " + sentence + " Nothing else was said."
    document = Document(text)
    batched = Parses(document, extract_figures(document))
    start = text.index(sentence.strip())
    sentence_start, sentence_end = document.sentence_at(start)
    alone = pipeline()(text[sentence_start:sentence_end])
    span = batched.span(start, start + 1)
    assert span is not None
    assert _features(span.doc) == _features(alone)


def test_a_sentence_without_figures_is_parsed_alone_when_asked_about():
    text = "The board met on 3 March. Nobody spoke. It adjourned."
    document = Document(text)
    parses = Parses(document, extract_figures(document))
    span = parses.span(text.index("Nobody"), text.index("Nobody") + len("Nobody"))
    assert span is not None and span.text == "Nobody"
    assert span[0].dep_ == "nsubj"


def test_the_tokenizer_built_empty_is_the_models_own_once_loaded():
    import spacy

    loaded = spacy.load(_installed_model(), exclude=["ner", "senter"])  # as configured: English defaults first
    texts = SENTENCES + ["Don't e-mail info@example.com before 9 a.m.; see https://example.org/x?y=1 :-)",
                         "The U.K.'s GDP grew 0.3% q/q in Q2 -- its 3rd rise (vs. 2.1% y/y)."]
    for text in texts:
        assert [t.text for t in pipeline().tokenizer(text)] == [t.text for t in loaded.tokenizer(text)], text
    assert [t.text for t in pipeline().tokenizer("don't")] == ["do", "n't"]
    dropped = set(loaded.tokenizer.rules) - set(pipeline().tokenizer.rules)
    assert dropped and all(any(c.isdigit() for c in rule) for rule in dropped)


@pytest.mark.parametrize("text, tokens", [
    ("vote on Sunday (July 8)", ["vote", "on", "Sunday", "(", "July", "8", ")"]),
    ("rose to 8-D", ["rose", "to", "8", "-", "D"]),
    ("fans :-)", ["fans", ":-)"]),
])
def test_an_emoticon_made_with_a_digit_is_read_as_the_digit(text, tokens):
    assert [t.text for t in pipeline().tokenizer(text)] == tokens


def _installed_model() -> str:
    import importlib.util

    from figures.parsing import MODELS

    return next(name for name in MODELS if importlib.util.find_spec(name) is not None)


def test_spacy_is_imported_without_its_command_line_which_still_loads_on_demand():
    code = (
        "import sys; from figures.parsing import pipeline; pipeline();"
        "import spacy; assert 'weasel' not in sys.modules and 'spacy.cli' not in sys.modules;"
        "import spacy.cli; from spacy.cli.info import info; assert callable(spacy.cli.setup_cli);"
        "assert spacy.info.__module__ == 'figures.parsing'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
