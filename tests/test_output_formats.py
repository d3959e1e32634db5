"""The outputs CI and editors read: SARIF, JUnit, GitLab Code Quality, fixes in JSON; --exit-zero,
--quiet, colour; the work line and the no-dateline note; carets under wide characters; GitHub
annotations escaped.  Drafts are fictional, in several outlets' styles."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest
from drafts import run
from sarif_structure import sarif_problems

from figures.document import Document
from figures.model import Diagnostic, Related
from figures.report.colour import wants_colour
from figures.report.edits import edit_of
from figures.report.snippet import display_width, snippet
from figures.rules import load_rules

# wire, no year in the dateline: PW01 error at "240"
WIRE = "GENEVA, June 4 - The agency said 240 of the 180 delegates had registered by noon.\n"
WIRE_TWIN = "GENEVA, June 4 - The agency said 140 of the 180 delegates had registered by noon.\n"
# sports, a range written backwards: RO01 warning at "between 50 and 40", a single edit
SPORTS = "# Carnival report\n\nSpectators counted between 50 and 40 floats on the seafront route.\n"
# science: UC01 error, a suggestion with two alternatives (no edit)
SCIENCE = "The probe travelled 150 km (193 miles) before its parachute opened.\n"
# local news with a dated header, consistent: nothing to report
LOCAL = "date 2023-05-02 Harrowgate: The council approved 14 of the 20 new crossings on Tuesday.\n"


# -- SARIF -----------------------------------------------------------------


def test_sarif_is_valid_and_describes_the_rules_and_results(capsys, draft):
    wire, sports, science = draft(WIRE, "wire.txt"), draft(SPORTS, "sports.md"), draft(SCIENCE, "science.txt")
    code, out, err = run(capsys, "check", "--format", "sarif", wire, sports, science)
    assert (code, err) == (1, "")
    log = json.loads(out)
    assert sarif_problems(log) == []
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "figures" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {rule.code: rule for rule in load_rules([])}
    assert [descriptor["id"] for descriptor in driver["rules"]] == list(rules)
    pw01 = next(descriptor for descriptor in driver["rules"] if descriptor["id"] == "PW01")
    assert pw01["shortDescription"]["text"] == rules["PW01"].summary
    assert "A part cannot be larger than the total" in pw01["help"]["text"]
    assert pw01["defaultConfiguration"]["level"] == "error"
    assert run_["invocations"] == [{"executionSuccessful": True}]
    assert run_["columnKind"] == "unicodeCodePoints"

    results = run_["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("PW01", "error"), ("RO01", "warning"), ("UC01", "error")]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    part = results[0]
    location = part["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("wire.txt")
    assert location["region"] == {"startLine": 1, "startColumn": 34, "endLine": 1, "endColumn": 37,
                                  "charOffset": 33, "charLength": 3, "snippet": {"text": "240"}}
    whole = part["relatedLocations"][0]
    assert whole["message"]["text"] == "whole: '180'"
    assert whole["physicalLocation"]["region"]["startColumn"] == WIRE.index("180") + 1
    assert "fixes" not in part and "fixes" not in results[2]  # "Check both figures"; two alternatives


def test_sarif_fix_is_the_single_replacement(capsys, draft):
    path = draft(SPORTS, "sports.md")
    _, out, _ = run(capsys, "check", "--format", "sarif", path)
    (result,) = json.loads(out)["runs"][0]["results"]
    (fix,) = result["fixes"]
    assert fix["description"]["text"] == "Write 'between 40 and 50'."
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    deleted = replacement["deletedRegion"]
    assert (deleted["startLine"], deleted["startColumn"], deleted["endLine"]) == (3, 20, 3)
    start = deleted["charOffset"]
    fixed = SPORTS[:start] + replacement["insertedContent"]["text"] + SPORTS[start + deleted["charLength"]:]
    assert fixed == "# Carnival report\n\nSpectators counted between 40 and 50 floats on the seafront route.\n"


def test_sarif_columns_count_characters_not_bytes(capsys, draft):
    text = "Le maire 京都 a dit: the 12 staff, of whom 15 were engineers, would move. 🎉\n"
    _, out, _ = run(capsys, "check", "--format", "sarif", "--select", "PW01", draft(text, "cjk.txt"))
    log = json.loads(out)
    assert sarif_problems(log) == []
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == text.index("15") + 1
    assert region["snippet"]["text"] == "15"


def test_sarif_of_a_clean_file_and_an_unreadable_one(capsys, draft, tmp_path):
    missing = str(tmp_path / "missing.txt")
    code, out, _ = run(capsys, "check", "--format", "sarif", draft(LOCAL, "local.txt"), missing)
    assert code == 2
    log = json.loads(out)
    assert sarif_problems(log) == []
    run_ = log["runs"][0]
    assert run_["results"] == []
    (invocation,) = run_["invocations"]
    assert invocation["executionSuccessful"] is False
    (notice,) = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and notice["message"]["text"] == f"{missing}: no such file"


def test_the_structural_check_catches_what_the_schema_forbids():
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"ruleId": "PW01", "level": "fatal", "message": {},
         "locations": [{"physicalLocation": {"region": {"startColumn": 0}}}], "colour": "red"}]}]}
    problems = sarif_problems(bad)
    assert any("'fatal'" in problem for problem in problems)
    assert any("message needs one of" in problem for problem in problems)
    assert any("startColumn: 0" in problem for problem in problems)
    assert any("no property 'colour'" in problem for problem in problems)
    assert any("physicalLocation needs one of" in problem for problem in problems)


# -- JUnit -----------------------------------------------------------------


def test_junit_has_a_suite_per_file_and_a_failure_per_finding(capsys, draft, tmp_path):
    wire, local = draft(WIRE, "wire.txt"), draft(LOCAL, "local.txt")
    missing = str(tmp_path / "missing.txt")
    code, out, _ = run(capsys, "check", "--format", "junit", "--select", "PW,RO,UC", wire, local, missing)
    assert code == 2
    root = ElementTree.fromstring(out)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == [wire, local, missing]
    wire_suite, local_suite, missing_suite = suites
    cases = wire_suite.findall("testcase")
    assert [case.get("name") for case in cases] == ["PW01 part-exceeds-whole at 1:34", "RO01 reversed-range",
                                                    "UC01 conversion-mismatch"]
    failure = cases[0].find("failure")
    assert failure.get("type") == "error" and "240" in failure.get("message")
    assert failure.text.startswith(f"{wire}:1:34: PW01 [error] ")
    assert (wire_suite.get("tests"), wire_suite.get("failures")) == ("3", "1")
    assert [case.find("failure") for case in local_suite.findall("testcase")] == [None, None, None]
    (error,) = missing_suite.iter("error")
    assert error.get("message") == "no such file"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "1", "1")


def test_junit_holds_text_xml_cannot(capsys, draft):
    path = draft("The 12 staff, of whom 15 were engineers \x0b moved.\n", "odd.txt")
    _, out, _ = run(capsys, "check", "--format", "junit", "--select", "PW01", path)
    assert ElementTree.fromstring(out).find("testsuite") is not None


# -- GitLab Code Quality ---------------------------------------------------


def test_gitlab_code_quality(capsys, draft, monkeypatch, tmp_path):
    monkeypatch.setenv("CI_PROJECT_DIR", str(tmp_path))
    wire, sports = draft(WIRE, "wire.txt"), draft(SPORTS, "sports.md")
    code, out, _ = run(capsys, "check", "--format", "gitlab", wire, sports)
    assert code == 1
    issues = json.loads(out)
    assert [(i["check_name"], i["severity"]) for i in issues] == [("PW01", "major"), ("RO01", "minor")]
    part = issues[0]
    assert part["location"] == {"path": "wire.txt", "lines": {"begin": 1, "end": 1}}
    assert part["description"].startswith("PW01 (part-exceeds-whole): A part is larger than its whole")
    assert issues[1]["location"]["lines"]["begin"] == 3
    assert len({i["fingerprint"] for i in issues}) == 2


def test_gitlab_fingerprints_survive_an_added_paragraph_but_not_an_edit(capsys, draft, monkeypatch, tmp_path):
    monkeypatch.setenv("CI_PROJECT_DIR", str(tmp_path))

    def fingerprint(text: str) -> str:
        run(capsys, "check", "--format", "gitlab", draft(text, "wire.txt"))
        return json.loads(run(capsys, "check", "--format", "gitlab", str(tmp_path / "wire.txt"))[1])[0]["fingerprint"]

    first = fingerprint(WIRE)
    assert fingerprint(WIRE) == first
    assert fingerprint("Updated at 14:00.\n\n" + WIRE) == first
    assert fingerprint(WIRE.replace("240", "260")) != first
    assert json.loads(run(capsys, "check", "--format", "gitlab", draft(WIRE_TWIN, "twin.txt"))[1]) == []


# -- fixes in JSON ---------------------------------------------------------


def test_json_fix_for_a_single_replacement_only(capsys, draft):
    path = draft(SPORTS + SCIENCE, "mixed.md")
    _, out, _ = run(capsys, "check", "--format", "json", path)
    rows = {row["code"]: row for row in json.loads(out)}
    assert "fix" not in rows["UC01"]  # "Write 93 mi, or, if '193 miles' is right, ..."
    fix = rows["RO01"]["fix"]
    assert fix["applicability"] == "unsafe" and fix["message"] == "Write 'between 40 and 50'."
    (edit,) = fix["edits"]
    assert edit["content"] == "between 40 and 50"
    assert (SPORTS + SCIENCE)[edit["start"]:edit["end"]] == "between 50 and 40"
    assert (edit["line"], edit["column"], edit["end_line"], edit["end_column"]) == (3, 20, 3, 37)
    _, out, _ = run(capsys, "check", "--format", "jsonl", path)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["fix"]["edits"][0]["content"] for r in records if "fix" in r] == ["between 40 and 50"]


@pytest.mark.parametrize(("suggestion", "edit"), [
    pytest.param("Write 'April 6-7'.", ("April 6-7",), id="one-replacement"),
    pytest.param("Write 'Thursday, March 24' or 'Wednesday, March 23'.", None, id="two-replacements"),
    pytest.param("Write 12.5%, or check '30' and '240'.", None, id="replacement-or-check"),
    pytest.param("Check both figures.", None, id="no-replacement"),
    pytest.param("Write 'April 7-6'.", None, id="same-as-written"),
    pytest.param(None, None, id="no-suggestion"),
])
def test_edit_of_a_suggestion(suggestion, edit):
    text = "The talks ran April 7-6 in Vienna."
    start = text.index("April")
    diagnostic = Diagnostic("RO01", "reversed-range", "range-order", "error", "...", start, start + 9,
                            suggestion=suggestion)
    found = edit_of(diagnostic, text)
    assert (found and (found.replacement,)) == edit
    if found:
        assert (found.start, found.end) == (start, start + 9)


# -- exit codes, quiet, colour ---------------------------------------------


def test_exit_zero_with_findings_but_2_for_bad_input(capsys, draft, tmp_path):
    wire = draft(WIRE, "wire.txt")
    assert run(capsys, "check", "--exit-zero", wire)[0] == 0
    assert run(capsys, "check", "--exit-zero", "--fail-level", "warning", draft(SPORTS, "s.md"))[0] == 0
    assert run(capsys, "check", "--exit-zero", wire, str(tmp_path / "missing.txt"))[0] == 2
    assert run(capsys, "check", "--exit-zero", "--select", "XX99", wire)[0] == 2


@pytest.mark.parametrize("format_", ["full", "concise", "github"])
def test_quiet_prints_the_findings_only(capsys, draft, format_):
    wire = draft(WIRE, "wire.txt")
    code, out, _ = run(capsys, "check", "--quiet", "--format", format_, wire)
    assert code == 1
    assert "Found 1 problem" not in out and "note:" not in out and "Checked" not in out
    assert "240" in out
    assert run(capsys, "check", "-q", "--format", format_, draft(LOCAL, "local.txt"))[1] == ""


def test_no_colour_when_stdout_is_not_a_terminal(capsys, draft, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" not in run(capsys, "check", draft(WIRE, "wire.txt"))[1]


def test_force_color_colours_and_no_color_wins(capsys, draft, monkeypatch):
    wire = draft(WIRE, "wire.txt")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = run(capsys, "check", wire)[1]
    assert "\x1b[1;31m[error]\x1b[0m" in out and "\x1b[1;31m^^^\x1b[0m" in out
    plain = out.replace("\x1b[0m", "")
    for style in ("\x1b[1;31m", "\x1b[1m", "\x1b[1;36m", "\x1b[34m", "\x1b[1;32m"):
        plain = plain.replace(style, "")
    monkeypatch.setenv("NO_COLOR", "1")
    assert run(capsys, "check", wire)[1] == plain
    assert "\x1b[" not in run(capsys, "check", "--format", "json", wire)[1]


class _Terminal:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("tty", "environ", "expected"), [
    (True, {}, True),
    (False, {}, False),
    (True, {"NO_COLOR": "1"}, False),
    (True, {"NO_COLOR": ""}, True),  # empty means unset (no-color.org)
    (False, {"FORCE_COLOR": "1"}, True),
    (False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (True, {"TERM": "dumb"}, False),
])
def test_wants_colour(tty, environ, expected):
    assert wants_colour(_Terminal(tty), environ) is expected


# -- the work line and the no-dateline note --------------------------------


def test_the_work_line_counts_figures_and_relations(capsys, draft):
    code, out, _ = run(capsys, "check", draft(LOCAL, "local.txt"))
    rows = out.splitlines()
    # the header's date, 14, 20 and Tuesday; "14 of the 20" is the one link
    assert code == 0
    assert rows[-2:] == ["Checked 4 figures and 1 relation with 19 rules.", "No problems found in 1 file."]
    assert run(capsys, "check", "--select", "PW01", draft(LOCAL, "local.txt"))[1].splitlines()[-2] == (
        "Checked 4 figures and 1 relation with 1 rule.")


def test_a_note_when_date_rules_were_skipped(capsys, draft):
    wire = draft(WIRE, "wire.txt")
    rows = run(capsys, "check", wire)[1].splitlines()
    (note,) = [row for row in rows if row.startswith("note:")]
    assert note.startswith(f"note: {wire} has no dateline, so the rules that need the article's date were "
                           "skipped (DO01, DO02, DO03, DU01, RD01, RD02)")
    assert "--date YYYY-MM-DD" in note
    assert not any(row.startswith("note:") for row in run(capsys, "check", "--date", "2023", wire)[1].splitlines())
    assert not any(row.startswith("note:")
                   for row in run(capsys, "check", "--date", "2023-06-04", wire)[1].splitlines())
    # no date in the text: nothing was lost; only rules that do not need a date: nothing skipped
    assert "note:" not in run(capsys, "check", draft(SCIENCE, "science.txt"))[1]
    assert "note:" not in run(capsys, "check", "--select", "PW01", wire)[1]


def test_one_note_for_many_undated_files(capsys, draft):
    paths = [draft(WIRE, f"wire{number}.txt") for number in range(5)]
    rows = run(capsys, "check", *paths)[1].splitlines()
    (note,) = [row for row in rows if row.startswith("note:")]
    assert note.startswith(f"note: 5 files ({paths[0]}, {paths[1]}, {paths[2]} and 2 more) have no dateline")


def test_the_dateline_checks_are_those_that_need_a_date():
    """Each rule whose check kind is listed fires on its own examples with their date, and not
    without it (the examples carry no date of their own)."""
    import figures
    from figures.report.skipped import DATELINE_CHECKS

    tried = set()
    for rule in load_rules([]):
        if rule.check not in DATELINE_CHECKS:
            continue
        for example in rule.examples:
            if not example.expect or not example.date or Document(example.text).dateline is not None:
                continue
            assert rule.code in [d.code for d in figures.check(example.text, date=example.date)]
            assert rule.code not in [d.code for d in figures.check(example.text)], example.text
            tried.add(rule.check)
    assert tried == DATELINE_CHECKS


# -- carets under wide characters; GitHub annotations ----------------------


def test_display_width():
    assert display_width("abc") == 3
    assert display_width("京都") == 4
    assert display_width("🎉") == 2
    assert display_width("e\u0301") == 1  # e + combining acute
    assert display_width("👩\u200d🔬") == 4  # the joiner takes no cell


def test_carets_align_under_cjk_and_emoji():
    text = "Fans 🎉🎉 of 京都 said 12 staff, of whom 15 were engineers.\n"
    part, whole = text.index("15"), text.index("12")
    rows = snippet(Document(text), Diagnostic(
        "PW01", "part-exceeds-whole", "part-whole", "error", "...", part, part + 2,
        (Related(whole, whole + 2, "12", "whole"),),
    ))
    source, underline, label = rows[1], rows[2], rows[3]
    assert source == "1 | " + text.rstrip("\n")
    prefix = len("1 | ")
    assert underline.index("^^") == prefix + display_width(text[:part])
    assert underline.index("--") == prefix + display_width(text[:whole])
    assert label.index("whole") == prefix + display_width(text[:whole])


def test_carets_cover_a_wide_flagged_character():
    text = "Score: ５-３ in the final."  # full-width digits
    start = text.index("５")
    rows = snippet(Document(text), Diagnostic("RO01", "reversed-range", "range-order", "error", "...",
                                              start, start + 3))
    assert rows[2] == "  | " + " " * len("Score: ") + "^" * 5


def test_github_annotations_escape_file_names_and_messages(capsys, tmp_path):
    path = tmp_path / "draft, v2: final%.txt"
    path.write_text("Of the 1,200 staff, 300 people, or 35%, joined the strike.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--format", "github", "--select", "PO01", str(path))
    assert code == 1
    line = out.splitlines()[0]
    escaped = str(path).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert line.startswith(f"::error file={escaped},line=1,col=")
    properties, message = line[len("::error "):].split("::", 1)
    assert [item.split("=", 1)[0] for item in properties.split(",")] == [
        "file", "line", "col", "endLine", "endColumn", "title"]
    assert "35%25" in message and "%" not in message.replace("%25", "")
