"""The examples of lang/en/events.toml: relative dates with the date beside them, durations with their spans."""

from __future__ import annotations

import pytest

from figures.document import Document
from figures.engine import sections
from figures.extraction import extract_figures
from figures.lang import LanguageDataError, event_words
from figures.relations import Relations


def _links(example: dict) -> set[tuple[str, str]]:
    links = set()
    for _, part in sections(Document(example["text"], date=example["date"])):
        relations = Relations(part, extract_figures(part))
        if example["relation"] == "apposed":
            links |= {(pair.relative.text, pair.absolute.text) for pair in relations.apposed}
            links |= {(pair.absolute.text, pair.relative.text) for pair in relations.apposed}
        else:
            links |= {(link.duration.text, link.start.text) for link in relations.spans}
    return links


@pytest.mark.parametrize("example", event_words().examples, ids=lambda example: example["text"][:40])
def test_every_example_of_the_event_words(example):
    linked = (example["first"], example["second"]) in _links(example)
    assert linked == example.get("linked", True)


def test_a_weekday_reading_outside_the_vocabulary_is_refused(monkeypatch):
    import figures.lang as lang

    data = lang.read("events")
    data["weekday_readings"] = {"": ["sometime"]}
    monkeypatch.setattr(lang, "read", lambda name, language="en": data)
    lang.event_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="weekday_readings"):
            lang.event_words()
    finally:
        monkeypatch.undo()
        lang.event_words.cache_clear()
