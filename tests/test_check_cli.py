"""The command line: `figures check` (formats, selection, exit codes) and `figures rules`."""

from __future__ import annotations

import io
import json
import sys

import pytest
from drafts import run

from figures.cli import main
from figures.document import Document
from figures.model import Diagnostic, Related
from figures.report.snippet import snippet

STORM = "The storm killed 12 people, of whom 15 were children."  # PW01 error at "15"
RANGE = "Inflation will run at 5-3 percent this year."  # RO01 error at "5-3 percent"
TWO_PROBLEMS = f"{STORM}\n{RANGE}\n"
CLEAN = "The company employs 1,200 people in 30 countries.\n"
CONTRACT_KEYS = {
    "path", "code", "name", "category", "level", "message", "start", "end",
    "line", "column", "end_line", "end_column", "related", "suggestion",
}
HOUSE_RULE = '''\
code = "HW01"
name = "house-part-whole"
category = "part-whole"
check = "part_whole"
level = "warning"
summary = "A part larger than its whole, reported as a warning."
why = "House style."

[[examples]]
text = "The storm killed 12 people, of whom 15 were children."
expect = ["HW01"]
'''


@pytest.fixture
def article(tmp_path):
    """Write ``text`` to a file in tmp_path; return its path."""

    def write(text: str, name: str = "article.txt") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def two_problems(article):
    return article(TWO_PROBLEMS, "two.txt")


@pytest.fixture
def clean(article):
    return article(CLEAN, "clean.txt")


def codes_of(capsys, *args: str) -> list[str]:
    code, out, _ = run(capsys, "check", "--format", "json", *args)
    assert code in (0, 1)
    return [row["code"] for row in json.loads(out)]


# -- exit codes ------------------------------------------------------------


def test_clean_text_exits_0(capsys, clean):
    code, out, err = run(capsys, "check", clean)
    assert (code, err) == (0, "")
    assert out == "Checked 2 figures and 0 relations with 19 rules.\nNo problems found in 1 file.\n"


def test_errors_exit_1(capsys, two_problems, clean):
    code, out, err = run(capsys, "check", two_problems, clean)
    assert (code, err) == (1, "")
    assert out.splitlines()[-1] == "Found 2 problems (2 errors) in 1 of 2 files."


def test_warnings_fail_only_at_fail_level_warning(capsys, tmp_path, article):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "HW01.toml").write_text(HOUSE_RULE, encoding="utf-8")
    path = article(STORM)
    args = ("check", "--rules", str(tmp_path / "house"), "--select", "HW01", path)
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert f"{path}:1:37: HW01 [warning] " in out
    assert out.splitlines()[-1] == "Found 1 problem (1 warning) in 1 file."
    assert run(capsys, *args, "--fail-level", "warning")[0] == 1


def test_fail_level_warning_also_fails_on_errors(capsys, two_problems):
    assert run(capsys, "check", "--fail-level", "warning", two_problems)[0] == 1


def test_bad_input_among_good_ones_exits_2_and_the_good_one_is_reported(
    capsys, tmp_path, two_problems
):
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "check", "--format", "concise", str(missing), two_problems)
    assert code == 2
    assert err == f"figures: {missing}: no such file\n"
    assert out.startswith(f"{two_problems}:1:37: PW01 [error] ")
    assert out.splitlines()[-1] == "Found 2 problems (2 errors) in 1 file. 1 input could not be read or checked."


def test_bad_date_option_is_a_usage_error(capsys, clean):
    code, out, err = run(capsys, "check", "--date", "2022-13-01", clean)
    assert (code, out) == (2, "")
    assert err.startswith("figures: --date: ")


def test_date_option_sets_the_dateline(capsys, article):
    path = article("Ministers will attend a meeting set to take place next week. "
                   "The meeting will take place on April 6-7.")
    assert "RD01" in codes_of(capsys, "--date", "2022-04-05", path)
    assert "RD01" not in codes_of(capsys, "--date", "2022-03-29", path)


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TWO_PROBLEMS.encode())))
    code, out, _ = run(capsys, "check", "--format", "json", "-")
    assert code == 1
    assert {row["path"] for row in json.loads(out)} == {"<stdin>"}


# -- selection -------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        pytest.param(["--select", "PW01"], ["PW01"], id="code"),
        pytest.param(["--select", "PW"], ["PW01"], id="prefix"),
        pytest.param(["--select", "part-exceeds-whole"], ["PW01"], id="name"),
        pytest.param(["--select", "range-order"], ["RO01"], id="category"),
        pytest.param(["--select", "PW01,RO01"], ["PW01", "RO01"], id="comma-separated"),
        pytest.param(["--select", "PW01", "--select", "RO"], ["PW01", "RO01"], id="repeated"),
        pytest.param(["--ignore", "RO01"], ["PW01"], id="ignore-code"),
        pytest.param(["--ignore", "part-whole"], ["RO01"], id="ignore-category"),
        pytest.param(["--select", "PW,RO", "--ignore", "reversed-range"], ["PW01"], id="both"),
    ],
)
def test_select_and_ignore(capsys, two_problems, options, codes):
    assert codes_of(capsys, *options, two_problems) == codes


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_selector_is_one_line_exit_2(capsys, two_problems, option):
    code, out, err = run(capsys, "check", option, "PW01,XX01", two_problems)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"figures: {option}: unknown rule selector 'XX01' (not a code, prefix, name or category)"
    ]


# -- formats ---------------------------------------------------------------


def test_json_follows_the_contract(capsys, two_problems):
    code, out, _ = run(capsys, "check", "--format", "json", two_problems)
    rows = json.loads(out)
    assert code == 1
    assert [row["code"] for row in rows] == ["PW01", "RO01"]
    # "fix" is optional (additive): only a suggestion that is one edit has it
    assert all(set(row) - {"fix"} == CONTRACT_KEYS and row["path"] == two_problems for row in rows)
    storm, reversed_range = rows
    assert TWO_PROBLEMS[storm["start"]:storm["end"]] == "15"
    assert (storm["name"], storm["category"], storm["level"]) == (
        "part-exceeds-whole", "part-whole", "error")
    assert storm["related"] == [{"start": 17, "end": 19, "text": "12", "role": "whole"}]
    assert TWO_PROBLEMS[reversed_range["start"]:reversed_range["end"]] == "5-3 percent"
    positions = ("line", "column", "end_line", "end_column")
    assert [storm[key] for key in positions] == [1, 37, 1, 39]
    assert [reversed_range[key] for key in positions] == [2, 23, 2, 34]


def test_json_without_problems_is_an_empty_array(capsys, clean):
    code, out, _ = run(capsys, "check", "--format", "json", clean)
    assert (code, json.loads(out)) == (0, [])


def test_full_format_underlines_the_figures(capsys, two_problems, clean):
    _, out, _ = run(capsys, "check", two_problems, clean)
    rows = out.splitlines()
    assert rows[0].startswith(f"{two_problems}:1:37: PW01 [error] A part is larger than its whole")
    source = rows.index(f"1 | {STORM}")
    underline, label = rows[source + 1], rows[source + 2]
    assert underline.index("^^") == rows[source].index("15")
    assert underline.count("^") == 2
    assert underline.index("--") == rows[source].index("12")
    assert label.index("whole") == rows[source].index("12")
    assert any(row.startswith("  = suggestion: ") for row in rows)
    assert rows[-1] == "Found 2 problems (2 errors) in 1 of 2 files."
    assert rows[-2] == "Checked 6 figures and 2 relations with 19 rules."
    assert rows[-3].startswith(f"note: {two_problems} has no dateline") and rows[-4] == ""


def test_full_format_shows_every_line_a_span_touches():
    text = "Officials said the summit was convened on Wednesday,\nMarch 24 in Brussels.\n"
    start, end = text.index("Wednesday"), text.index(" in Brussels")
    rows = snippet(Document(text), Diagnostic(
        "WD01", "weekday-date-mismatch", "weekday-date", "error", "...", start, end,
        suggestion="Write 'Thursday, March 24'.",
    ))
    assert rows == [
        "  |",
        "1 | Officials said the summit was convened on Wednesday,",
        "  |                                           ^^^^^^^^^^",
        "2 | March 24 in Brussels.",
        "  | ^^^^^^^^",
        "  |",
        "  = suggestion: Write 'Thursday, March 24'.",
    ]


def test_full_format_labels_related_figures_on_other_lines():
    text = "The storm killed 12\npeople, of whom 15 were children.\n"
    part, whole = text.index("15"), text.index("12")
    rows = snippet(Document(text), Diagnostic(
        "PW01", "part-exceeds-whole", "part-whole", "error", "...", part, part + 2,
        (Related(whole, whole + 2, "12", "whole"),),
    ))
    assert rows == [
        "  |",
        "1 | The storm killed 12",
        "  |                  --",
        "  |                  whole",
        "2 | people, of whom 15 were children.",
        "  |                 ^^",
    ]


def test_concise_format(capsys, two_problems):
    code, out, _ = run(capsys, "check", "--format", "concise", two_problems)
    rows = out.splitlines()
    assert code == 1 and len(rows) == 3
    assert rows[0].startswith(f"{two_problems}:1:37: PW01 [error] ")
    assert rows[1].startswith(f"{two_problems}:2:23: RO01 [error] The range '5-3 percent'")
    assert rows[2] == "Found 2 problems (2 errors) in 1 file."


def test_statistics(capsys, two_problems, article):
    other = article(STORM, "storm.txt")
    code, out, _ = run(capsys, "check", "--statistics", two_problems, other)
    assert code == 1
    assert out.splitlines() == [
        "2  PW01  part-exceeds-whole",
        "1  RO01  reversed-range",
        "Found 3 problems (3 errors) in 2 files.",
    ]
    _, out, _ = run(capsys, "check", "--statistics", "--format", "json", two_problems)
    assert json.loads(out) == [
        {"code": "PW01", "name": "part-exceeds-whole", "count": 1},
        {"code": "RO01", "name": "reversed-range", "count": 1},
    ]


# -- user rules ------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        pytest.param(lambda rule: rule.replace('"HW01"', '"HW01', 1), "not valid TOML", id="toml"),
        pytest.param(lambda rule: rule.replace('why = "House style."\n', ""),
                     "missing field why", id="missing-field"),
        pytest.param(lambda rule: rule.replace('"part_whole"', '"no_such_check"'),
                     "unknown check kind 'no_such_check'", id="unknown-check"),
        pytest.param(lambda rule: rule.replace('"HW01"', '"PW01"', 1),
                     "duplicate rule code 'PW01'", id="duplicate-code"),
        pytest.param(lambda rule: rule.replace('expect = ["HW01"]\n', ""),
                     "example 1 has no expectation", id="no-expect"),
    ],
)
@pytest.mark.parametrize("command", ["check", "rules"])
def test_malformed_user_rule_is_one_line_exit_2(capsys, tmp_path, clean, edit, problem, command):
    folder = tmp_path / "house"
    folder.mkdir()
    rule = folder / "HW01.toml"
    rule.write_text(edit(HOUSE_RULE), encoding="utf-8")
    inputs = [clean] if command == "check" else []
    code, out, err = run(capsys, command, "--rules", str(folder), *inputs)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"figures: {rule}: ") and problem in err


def test_missing_rules_folder(capsys, tmp_path, clean):
    code, _, err = run(capsys, "check", "--rules", str(tmp_path / "nowhere"), clean)
    assert (code, err) == (2, f"figures: {tmp_path / 'nowhere'}: no such rules folder\n")


# -- figures rules ---------------------------------------------------------


def test_rules_lists_every_rule(capsys):
    code, out, _ = run(capsys, "rules")
    rows = out.splitlines()
    assert code == 0
    assert rows[0].split() == ["CODE", "NAME", "CATEGORY", "LEVEL", "SUMMARY"]
    assert any(row.split()[:4] == ["PW01", "part-exceeds-whole", "part-whole", "error"]
               for row in rows)


def test_rules_code_shows_why_and_examples(capsys):
    code, out, _ = run(capsys, "rules", "PW01")
    assert code == 0
    assert out.startswith("PW01 (part-exceeds-whole)\n")
    assert "check:    part_whole" in out
    assert "\nWhy\n" in out and "A part cannot be larger than the total" in out
    assert "  flags PW01 (date 2022-03-29):" in out
    assert "  must not flag:" in out


def test_rules_json(capsys):
    _, out, _ = run(capsys, "rules", "--format", "json")
    assert "PW01" in [rule["code"] for rule in json.loads(out)]
    _, out, _ = run(capsys, "rules", "--format", "json", "PW01")
    rule = json.loads(out)
    assert rule["name"] == "part-exceeds-whole"
    assert ["PW01"] in [example["expect"] for example in rule["examples"]]
    assert [] in [example["expect"] for example in rule["examples"]]


def test_rules_include_user_rules(capsys, tmp_path):
    (tmp_path / "HW01.toml").write_text(HOUSE_RULE, encoding="utf-8")
    code, out, _ = run(capsys, "rules", "--rules", str(tmp_path), "HW01")
    assert code == 0 and out.startswith("HW01 (house-part-whole)\n")


def test_unknown_rule_is_one_line_exit_2(capsys):
    code, out, err = run(capsys, "rules", "XX01")
    assert (code, out) == (2, "")
    assert err == "figures: unknown rule 'XX01' (figures rules lists them)\n"


def test_files_from_reads_a_list_of_paths(capsys, tmp_path):
    good, clean = tmp_path / "good.md", tmp_path / "clean.md"
    good.write_text("Between 50 and 40 people were injured.\n", encoding="utf-8")
    clean.write_text("Nothing here.\n", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{good}\n\n{clean}\n{tmp_path / 'missing.md'}\n", encoding="utf-8")
    assert main(["check", "--format", "concise", "--files-from", str(listing)]) == 2
    out, err = capsys.readouterr()
    assert "RO01" in out and "in 1 of 2 files" in out
    assert err.strip() == f"figures: {tmp_path / 'missing.md'}: no such file"


def test_files_from_a_missing_list_and_no_input_at_all(capsys, tmp_path):
    assert main(["check", "--files-from", str(tmp_path / "nope.txt")]) == 2
    assert main(["check"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"figures: --files-from: {tmp_path / 'nope.txt'}: no such file",
                   "figures: no input: give a PATH, - for stdin, or --files-from LIST"]


@pytest.mark.parametrize("text,suggestion", [
    ("date 2024-03-01 Paris: The summit opened on Tuesday, March 24, 2024.",
     "Write 'Sunday, March 24, 2024' or 'Tuesday, March 26, 2024'."),
    ("date 2024-03-01 Paris: The summit opens on Tuesday, March 24.",
     "Write 'Sunday, March 24' or 'Tuesday, March 26'."),
])
def test_the_weekday_suggestion_writes_the_date_as_the_text_does(text, suggestion):
    import figures

    (found,) = [d for d in figures.check(text) if d.code == "WD01"]
    assert found.suggestion == suggestion
