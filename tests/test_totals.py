"""The sum-total relation read from the parse: lang/en/totals.toml's own examples."""

from __future__ import annotations

import pytest

import figures
from figures.document import Document
from figures.lang import LanguageDataError, total_words
from figures.relations import Relations


@pytest.mark.parametrize("example", total_words().examples, ids=lambda example: example["text"][:45])
def test_language_file_example(example):
    text = example["text"]
    relations = Relations(Document(text), figures.extract(text))
    read = [(link.total.text, [part.text for part in link.parts]) for link in relations.totals]
    if example["parts"]:
        assert (example["total"], example["parts"]) in read
    else:
        assert not [parts for total, parts in read if total == example["total"]], read


def test_words_are_loaded():
    words = total_words()
    assert ("break", "down") in words.splits and ("divide", None) in words.splits
    assert ("in", "all") in words.sums and "or" in words.breaks


def test_bad_file_is_refused(monkeypatch):
    import figures.lang as lang

    monkeypatch.setattr(lang, "read", lambda name, language="en": {"splits": {"verbs": ["Divide"]}})
    lang.total_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError):
            lang.total_words()
    finally:
        monkeypatch.undo()
        lang.total_words.cache_clear()
