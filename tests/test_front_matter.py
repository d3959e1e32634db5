"""Front matter (YAML ``---`` or TOML ``+++``) gives the dateline under the usual keys and in the
usual date forms, and is never read as body text."""

from __future__ import annotations

import sys

import pytest
from drafts import DRAFTS, at, figures_of, findings_of, run

from figures.formats import read_text


def _dateline(text: str, path: str = "draft.md"):
    document = read_text(text, path=path)
    return document.dateline and (str(document.dateline.date), document.dateline.source)


@pytest.mark.parametrize("key", ["date", "Date", "DATE", "published", "publishDate", "publish_date", "pubDate",
                                 "published_at", "datePublished", "created"])
def test_the_usual_keys_give_the_dateline(key):
    assert _dateline(f"---\ntitle: Vote\n{key}: 2022-03-20\n---\nThe vote was yesterday.\n") == (
        "2022-03-20", "front-matter")


@pytest.mark.parametrize(
    "value",
    ["2022-03-20", "'2022-03-20'", '"20 March 2022"', "20 March 2022", "March 20, 2022", "Mar. 20 2022",
     "20th March 2022", "Sunday, 20 March 2022", "2022-03-20T23:30:00-05:00", "2022-03-20 09:30:00 +0100",
     "2022-03-20T09:30:00Z", "2022/03/20", "Sun, 20 Mar 2022 09:30:00 GMT"],
)
def test_the_usual_date_forms_are_read(value):
    assert _dateline(f"---\ndate: {value}\n---\nText.\n") == ("2022-03-20", "front-matter")


@pytest.mark.parametrize(
    "entry",
    ["date = 2022-03-20", "date = 2022-03-20T09:30:00+01:00", 'date = "20 March 2022"', "publishDate = 2022-03-20",
     "date = 2022-03-20 09:30:00"],
)
def test_toml_front_matter(entry):
    assert _dateline(f'+++\ntitle = "Vote"\n{entry}\n+++\nText.\n') == ("2022-03-20", "front-matter")


def test_the_first_key_that_holds_a_date_wins():
    text = "---\ndate: soon\npublished: 2022-03-20\ncreated: 2021-01-01\n---\nText.\n"
    assert _dateline(text) == ("2022-03-20", "front-matter")


def test_the_dateline_span_is_the_value_as_written():
    text = '---\ntitle: x\npublished: "March 20, 2022" # edited\n---\nText.\n'
    start, end = read_text(text, path="d.md").dateline_span
    assert text[start:end] == "March 20, 2022"


def test_front_matter_is_never_read_as_body(capsys, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text('+++\ntitle = "5 km (9 miles)"\nweight = 40\n[params]\nsize = "3 km (9 miles)"\n+++\n'
                     "It is 30 km (50 miles) long.\n", encoding="utf-8")
    assert figures_of(capsys, str(draft)) == [("quantity", "30 km", 7, 7), ("quantity", "50 miles", 7, 14)]


def test_front_matter_in_plain_text_too(capsys):
    budget = DRAFTS / "budget.txt"
    text = budget.read_text(encoding="utf-8")
    assert figures_of(capsys, str(budget)) == [
        ("date", "yesterday", *at(text, "yesterday")), ("quantity", "40 metres", 6, 1),
        ("quantity", "200 feet", 6, 12), ("percent", "5%", *at(text, "5%"))]
    assert findings_of(capsys, str(budget)) == [("UC01", "200 feet", 6, 12)]
    code, out, _ = run(capsys, "extract", "--isolated", str(budget))
    assert "dateline 2022-03-20 from the front matter" in out
    assert "2022-03-19" in out  # "yesterday"


def test_a_thematic_break_and_a_setext_heading_are_no_front_matter():
    text = "---\nThe vote 2022\n---\nIt was yesterday.\n"
    document = read_text(text, path="d.md")
    assert document.body_start == 0 and document.dateline is None
    assert "The vote 2022" in document.analysis_text


def test_empty_and_unparsable_front_matter():
    assert read_text("---\n---\nText 5.\n", path="d.md").body_start == 8
    broken = "---\ntitle: [unclosed\ndate: 2022-03-20\n---\nText.\n"  # not YAML: its key lines are read
    assert _dateline(broken) == ("2022-03-20", "front-matter")


def test_without_pyyaml_the_key_lines_are_read(monkeypatch):
    monkeypatch.setitem(sys.modules, "yaml", None)
    assert _dateline("---\ntitle: Vote\npubDate: '20 March 2022'\n---\nText.\n") == ("2022-03-20", "front-matter")


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        pytest.param("---\ndate: 2022-02-30\n---\n", "invalid date in the front matter: 2022-02-30", id="yaml"),
        pytest.param("+++\ndate = 2022-02-30\n+++\n", "invalid date in the front matter: 2022-02-30", id="toml"),
        pytest.param("---\npublished: 30 February 2022\n---\n", "invalid date in the front matter: 30 February 2022",
                     id="words"),
        pytest.param("---\ndate: 0999-03-20\n---\n", "year out of range (1000..2999): '0999-03-20'", id="year"),
    ],
)
def test_a_date_the_calendar_lacks_is_a_one_line_error(capsys, tmp_path, front, problem):
    bad, good = tmp_path / "bad.md", tmp_path / "good.md"
    bad.write_text(front + "It is 5 km (9 miles) long.\n", encoding="utf-8")
    good.write_text("It is 30 km (50 miles) long.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--isolated", "--format", "concise", str(bad), str(good))
    assert code == 2
    assert err == f"figures: {bad}: {problem}\n"
    assert f"{good}:1:14: UC01" in out


def test_without_a_dateline_the_date_rules_are_skipped_with_a_note(capsys, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("---\ntitle: Vote\n---\nThe vote was last week.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--isolated", str(draft))
    assert code == 0
    assert f"note: {draft} has no dateline" in out
    code, out, _ = run(capsys, "check", "--isolated", str(draft), "--date", "2022-03-20")
    assert "no dateline" not in out
