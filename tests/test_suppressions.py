"""Suppression comments, and the GitHub annotation format."""

from __future__ import annotations

import pytest

import figures
from figures.cli import main
from figures.suppressions import find_suppressions, read_suppressions

BROKEN = "The storm killed 12 people, of whom 15 were children."
REVERSED = "Between 50 and 40 people were injured."


def codes(text: str) -> list[str]:
    return [d.code for d in figures.check(text)]


def test_ignore_covers_the_next_block_only():
    text = f"<!-- figures: ignore[PW01] the count excludes the missing -->\n{BROKEN}\n\n{BROKEN}\n"
    [diagnostic] = figures.check(text)
    assert diagnostic.code == "PW01" and diagnostic.start > text.index("\n\n")


def test_ignore_names_rules_by_code_prefix_name_or_category():
    for selector in ("PW01", "PW", "part-exceeds-whole", "part-whole"):
        assert codes(f"<!-- figures: ignore[{selector}] -->\n{BROKEN}") == []
    assert codes(f"<!-- figures: ignore[range-order] -->\n{BROKEN}") == ["PW01"]


def test_disable_and_enable_bound_a_range():
    text = (f"<!-- figures: disable[RO01] -->\n{REVERSED}\n\n{REVERSED}\n<!-- figures: enable[RO01] -->\n\n"
            f"{REVERSED}\n")
    [diagnostic] = figures.check(text)
    assert diagnostic.start > text.index("enable")


def test_file_ignore_covers_the_whole_file():
    assert codes(f"{BROKEN}\n\n<!-- figures: file-ignore[PW01, RO01] -->\n\n{REVERSED}\n") == []


def test_numbers_in_comments_and_front_matter_are_not_figures():
    text = "---\ntitle: 12 of 15\ndate: 2022-03-29\n---\n<!-- between 50 and 40 -->\nNothing to see."
    assert figures.extract(text) == []


def test_an_unknown_rule_in_a_suppression_is_an_input_error(tmp_path, capsys):
    path = tmp_path / "draft.md"
    path.write_text(f"<!-- figures: ignore[PW99] typo -->\n{BROKEN}\n", encoding="utf-8")
    assert main(["check", "--format", "concise", str(path)]) == 2
    out, err = capsys.readouterr()
    assert err.strip() == f"figures: {path}:1: unknown rule 'PW99' in a suppression comment"
    assert "PW01" in out  # the file is still checked


def test_github_format_writes_annotations(tmp_path, capsys):
    path = tmp_path / "draft.md"
    path.write_text(f"Intro.\n{BROKEN}\n", encoding="utf-8")
    assert main(["check", "--format", "github", str(path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"::error file={path},line=2,col=37,endLine=2,endColumn=39,title=PW01 part-exceeds-whole::")


FORM = "expected 'figures: VERB[RULES] reason', VERB one of: ignore, disable, enable, file-ignore"


@pytest.mark.parametrize(("comment", "problem"), [
    ("<!-- figures: ignore PW01 -->", f"malformed suppression comment 'figures: ignore PW01' ({FORM})"),
    ("<!-- figures: ignore[] -->", "suppression comment names no rule: 'figures: ignore[]'"),
    ("<!-- figures: ignore[ , ] why -->", "suppression comment names no rule: 'figures: ignore[ , ] why'"),
    ("<!-- Figures: Ignore[PW01] -->", f"malformed suppression comment 'Figures: Ignore[PW01]' ({FORM})"),
    ("<!-- figures: ignroe[PW01] -->", f"malformed suppression comment 'figures: ignroe[PW01]' ({FORM})"),
    ("<!-- figures: ignore[PW01]", "unclosed suppression comment (no '-->')"),
])
def test_a_malformed_suppression_is_an_input_error(tmp_path, capsys, comment, problem):
    path = tmp_path / "draft.md"
    path.write_text(f"Intro.\n\n{comment}\n{BROKEN}\n", encoding="utf-8")
    assert main(["check", "--format", "concise", str(path)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"figures: {path}:3: {problem}"]
    assert "PW01" in out  # the file is still checked, and the comment suppresses nothing


@pytest.mark.parametrize("comment", [
    "<!-- Figures: ONS, 2022 -->", "<!-- figures are from the census -->", "<!-- TODO: 12 of 15 -->",
])
def test_other_comments_are_not_suppressions(tmp_path, capsys, comment):
    path = tmp_path / "draft.md"
    path.write_text(f"{comment}\n{BROKEN}\n", encoding="utf-8")
    assert main(["check", "--format", "concise", str(path)]) == 1
    assert capsys.readouterr().err == ""


def test_ignore_ends_at_a_paragraph_break_whatever_the_line_ends():
    for end in ("\r\n", "\r", "\u2028"):
        text = f"<!-- figures: ignore[PW01] -->{end}{BROKEN}{end}{end}{BROKEN}{end}"
        assert len(find_suppressions(text)) == 1
        [diagnostic] = figures.check(text)
        assert diagnostic.start > text.index(BROKEN) + len(BROKEN)


@pytest.mark.parametrize(("piece", "comments", "problems"), [
    ("<!-- figures: ignore[PW01] ", 0, 1),  # one unclosed comment, to the end of the text
    ("<!-- figures: ignore[PW01] -->\n", 6451, 0),
    ("<!--", 0, 0),
    ("<!-- figures: ignore[] -->", 0, 7692),
])
def test_many_comments_are_read_in_one_pass(piece, comments, problems):
    """200 KB of unclosed or repeated comments (once quadratic: a minute for this size)."""
    suppressions, malformed = read_suppressions(piece * (200_000 // len(piece)))
    assert (len(suppressions), len(malformed)) == (comments, problems)


def test_ignore_before_a_tight_list_covers_its_first_item_only():
    text = ("date 2024-05-01 Leeds:\n\n"
            "<!-- figures: ignore[PW01] the parts count people, the whole households -->\n"
            "- Of the 120 households, 170 said yes.\n"
            "- Of the 80 schools, 95 reopened.\n")
    found = [d for d in figures.check(text) if d.code == "PW01"]
    assert [text[d.start:d.end] for d in found] == ["95"]
