"""Fuzz tests (robustness issue, item 4): news-like texts never break extraction, checking or the CLI.

The texts come from tests/news_grammar.py: every number, date, range, qualifier,
currency and unit form the extractor reads, joined by random glue.  For each:
``figures.extract`` and ``figures.check`` do not raise, every figure's and
diagnostic's span indexes the text, and ``figures check`` run in process prints
valid JSON.  Example counts come from the hypothesis profile (tests/conftest.py:
``ci`` by default, ``HYPOTHESIS_PROFILE=thorough`` for a longer hunt); speed is
measured by benchmarks/fuzz.py, never here.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from news_grammar import archives, datelines, news_texts

import figures
from figures.cli import main

#: Texts that once raised, run before the drawn ones on every run.
REGRESSIONS = (
    "129,000 week ago", "65 million years ago", "in 8000 years, it will be", "890056327 decades ago",
    "dollars around 137.80-85 yen", "about 1.8 billion rand to 2 billion rand", "RMB 2.8 to 1 US dollar",
    "minus 117.40-43 yen", "−117.40-43C", "1" * 310, "1" + "0" * 309 + ":3", "9" * 5000 + ":2",
    "from February 29 to January 3, 2024",
)


def regressions(test):
    """``test`` with each of REGRESSIONS as an explicit example (dated, so relative dates resolve)."""
    for text in REGRESSIONS:
        test = example(text, "2022-03-29")(test)
    return test


def assert_span(text: str, start: int, end: int) -> None:
    """``start``..``end`` is a span of ``text``."""
    assert 0 <= start <= end <= len(text), (start, end, len(text))


@regressions
@given(news_texts(), datelines())
def test_extract_never_raises_and_spans_index_the_text(text, date):
    for figure in figures.extract(text, date=date):
        assert_span(text, figure.start, figure.end)
        assert text[figure.start:figure.end] == figure.text


@regressions
@given(news_texts(), datelines())
def test_check_never_raises_and_diagnostics_index_the_text(text, date):
    for diagnostic in figures.check(text, date=date):
        assert_span(text, diagnostic.start, diagnostic.end)
        for related in diagnostic.related:
            assert_span(text, related.start, related.end)
            assert text[related.start:related.end] == related.text


@settings(max_examples=max(1, settings().max_examples // 100))  # each text is over 100,000 characters
@given(archives(), datelines())
def test_long_texts_read_in_sections_keep_their_spans(text, date):
    for figure in figures.extract(text, date=date):
        assert_span(text, figure.start, figure.end)
        assert text[figure.start:figure.end] == figure.text
    for diagnostic in figures.check(text, date=date):
        assert_span(text, diagnostic.start, diagnostic.end)
        for related in diagnostic.related:
            assert text[related.start:related.end] == related.text


@pytest.fixture(scope="module")
def article_path():
    """One file the CLI tests rewrite for every example (hypothesis runs many per test)."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "article.md"


def run_check(path: Path, text: str, date: str | None, output: str) -> tuple[int, str]:
    """``figures check --format OUTPUT [--date DATE] PATH`` in process on ``text``: its exit code and
    stdout, once it is clear that it did not fail (the CLI reports a crash as an internal error)."""
    path.write_bytes(text.encode("utf-8"))  # bytes: the line ends stay as drawn
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--format", output, str(path), *(["--date", date] if date else [])])
    assert "internal error" not in err.getvalue(), err.getvalue()
    assert code in (0, 1, 2), err.getvalue()  # 2: an empty file, a NUL byte, a bad header date, an unknown rule
    return code, out.getvalue()


@given(news_texts(), datelines())
def test_cli_check_prints_valid_json(article_path, text, date):
    _, out = run_check(article_path, text, date, "json")
    records = json.loads(out)
    assert isinstance(records, list)
    for record in records:
        assert record["line"] >= 1 and record["column"] >= 1


@given(news_texts(), datelines(), st.sampled_from(["full", "concise", "github"]))
def test_cli_check_renders_every_format(article_path, text, date, output):
    _, out = run_check(article_path, text, date, output)
    assert out.endswith("\n")
