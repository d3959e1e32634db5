"""Every rule's own examples, and the rule loader's validation."""

from __future__ import annotations

import pytest

from figures.document import Document
from figures.engine import check_document
from figures.rules import RuleError, load_rules, select

RULES = load_rules()
EXAMPLES = [(rule, number, example) for rule in RULES for number, example in enumerate(rule.examples, 1)]


@pytest.mark.parametrize(("rule", "number", "example"), EXAMPLES,
                         ids=[f"{rule.code}::{number}" for rule, number, _ in EXAMPLES])
def test_rule_example(rule, number, example):
    """The example gives exactly the codes it expects, from all the rules together."""
    diagnostics = check_document(Document(example.text, date=example.date), RULES)
    found = sorted({d.code for d in diagnostics})
    assert found == sorted(set(example.expect)), "\n".join(
        f"{d.code} [{d.level}] {example.text[d.start:d.end]!r}: {d.message}" for d in diagnostics)
    for diagnostic in diagnostics:
        assert 0 <= diagnostic.start < diagnostic.end <= len(example.text)


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_has_three_examples_that_fire_and_three_that_must_not(rule):
    firing = [e for e in rule.examples if rule.code in e.expect]
    quiet = [e for e in rule.examples if rule.code not in e.expect]
    assert len(firing) >= 3, f"{rule.code} needs at least 3 examples that fire"
    assert len(quiet) >= 3, f"{rule.code} needs at least 3 examples that must not fire"


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_is_documented(rule):
    assert len(rule.why.split()) >= 20 and rule.summary.endswith(".")
    assert rule.name == rule.name.lower() and " " not in rule.name


# -- the loader ------------------------------------------------------------------

GOOD = '''
code = "XX01"
name = "house-rule"
category = "part-whole"
check = "part_whole"
level = "warning"
summary = "A house rule."
why = "Because."

[[examples]]
text = "The storm killed 12 people, of whom 15 were children."
expect = ["XX01", "PW01"]
'''


def write_rule(folder, text, name="XX01.toml"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_user_rules_folder_adds_its_rules(tmp_path):
    rules = load_rules([write_rule(tmp_path / "house", GOOD)])
    assert "XX01" in {rule.code for rule in rules}


@pytest.mark.parametrize(("change", "problem"), [
    (lambda t: t.replace('check = "part_whole"', 'check = "nonsense"'), "unknown check kind 'nonsense'"),
    (lambda t: t.replace('code = "XX01"', 'code = "PW01"'), "duplicate rule code 'PW01'"),
    (lambda t: t.replace('name = "house-rule"', 'name = "part-exceeds-whole"'), "duplicate rule name"),
    (lambda t: t.replace('why = "Because."\n', ""), "missing field why"),
    (lambda t: t.replace('expect = ["XX01", "PW01"]\n', ""), "example 1 has no expectation"),
    (lambda t: t.replace('level = "warning"', 'level = "fatal"'), "unknown level 'fatal'"),
    (lambda t: t.replace('category = "part-whole"', 'category = "totals"'), "unknown category 'totals'"),
    (lambda t: t + "\nnot toml at all", "not valid TOML"),
])
def test_a_malformed_rule_is_refused_naming_its_file(tmp_path, change, problem):
    folder = write_rule(tmp_path / "house", change(GOOD))
    with pytest.raises(RuleError) as error:
        load_rules([folder])
    assert problem in str(error.value)
    assert str(error.value).startswith(str(folder / "XX01.toml"))


def test_a_missing_rules_folder_is_refused(tmp_path):
    with pytest.raises(RuleError, match="no such rules folder"):
        load_rules([tmp_path / "absent"])


@pytest.mark.parametrize(("selector", "codes"), [
    ("PW01", {"PW01"}),
    ("DO", {"DO01", "DO02", "DO03"}),
    ("part-exceeds-whole", {"PW01"}),
    ("date-order", {"DO01", "DO02", "DO03"}),
])
def test_select_by_code_prefix_name_or_category(selector, codes):
    assert {rule.code for rule in select(RULES, [selector])} == codes


def test_ignore_removes_what_it_names():
    chosen = {rule.code for rule in select(RULES, ignore=["date-order", "PW"])}
    assert chosen and not chosen & {"DO01", "DO02", "DO03", "PW01"}


def test_an_unknown_selector_is_refused():
    with pytest.raises(ValueError, match="unknown rule selector 'ZZ99'"):
        select(RULES, ["ZZ99"])


def test_the_rules_page_is_up_to_date(capsys):
    """docs/rules.md is what `figures rules --format markdown` prints (regenerate it if not)."""
    from pathlib import Path

    from figures.cli import main

    assert main(["rules", "--format", "markdown"]) == 0
    page = Path(__file__).parents[1] / "docs" / "rules.md"
    assert capsys.readouterr().out == page.read_text(encoding="utf-8")


def test_the_readme_lists_every_rule():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [rule.code for rule in RULES if f"| {rule.code} |" not in readme]
    assert not missing, f"README.md's rules table lacks {missing}"


# -- options ---------------------------------------------------------------------

CONVERSION = GOOD.replace('check = "part_whole"', 'check = "unit_conversion"').replace(
    'expect = ["XX01", "PW01"]', 'expect = ["PW01"]')


def with_options(table: str) -> str:
    return CONVERSION + f"\n[options]\n{table}\n"


@pytest.mark.parametrize(("table", "problem"), [
    ('relative_slack = "lots"', "option relative_slack must be a number, not 'lots'"),
    ("relative_slack = true", "option relative_slack must be a number, not true"),
    ("relative_slack = -0.5", "option relative_slack must be from 0 to 1, not -0.5"),
    ("relative_slak = 0.1", "unknown option relative_slak (unit_conversion takes: relative_slack)"),
    ("tolerance = 0.1", "unknown option tolerance (unit_conversion takes: relative_slack)"),
])
def test_a_malformed_option_is_refused_at_load(tmp_path, table, problem):
    folder = write_rule(tmp_path / "house", with_options(table))
    with pytest.raises(RuleError) as error:
        load_rules([folder])
    assert str(error.value) == f"{folder / 'XX01.toml'}: {problem}"


def test_options_are_validated_and_have_their_defaults(tmp_path):
    rules = {rule.code: rule for rule in load_rules([write_rule(tmp_path / "house", with_options("relative_slack = 1"))])}
    assert rules["XX01"].options == {"relative_slack": 1.0}
    assert isinstance(rules["XX01"].options["relative_slack"], float)
    assert rules["UC01"].options == {"relative_slack": 0.03}
    assert rules["DU01"].options == {"tolerance": 0.25}
    assert rules["PW01"].options == {}


def test_every_check_kind_declares_the_options_it_reads():
    """A check reads its options by name from the validated table: every name it reads is declared."""
    import inspect
    import re

    from figures.checks import CHECKS, OPTIONS

    for kind, function in CHECKS.items():
        read = set(re.findall(r"options\[\"(\w+)\"\]", inspect.getsource(function)))
        assert read == set(OPTIONS[kind]), kind


def test_a_malformed_option_is_one_line_and_exit_2(tmp_path, capsys):
    from figures.cli import main

    folder = write_rule(tmp_path / "house", with_options('relative_slack = "lots"'))
    article = tmp_path / "a.txt"
    article.write_text("The city lies 150 km (93 miles) south of Kyiv.\n", encoding="utf-8")
    assert main(["check", "--rules", str(folder), str(article)]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"figures: {folder / 'XX01.toml'}: option relative_slack must be a number, not 'lots'\n")
