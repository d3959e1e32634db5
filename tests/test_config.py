"""Configuration: [tool.figures] or figures.toml, found from each file; the command line over it;
per-file ignores; validation (one line naming the file and the key, exit 2, other files checked)."""

from __future__ import annotations

import json
import os

import pytest

from figures.cli import main
from figures.config import Configs, spacy_model
from figures.parsing import MODEL_VARIABLE

# Drafts in several outlets' styles, each with a problem a rule finds.
FLOOD = "Flooding in the valley has driven 40 families from their homes, of whom 55 have found shelter.\n"  # PW01
FORECAST = "The ministry forecasts that unemployment will run at 9-6 percent next year.\n"  # RO01
SUMMIT = ("BRUSSELS (Continental Wire) - Ministers will attend a summit set to take place next week. "
          "The summit will take place on April 6-7.\n")  # RD01 (a warning) when dated 2022-04-05
BOTH = FLOOD + FORECAST
HOUSE_RULE = '''\
code = "HW01"
name = "house-part-whole"
category = "part-whole"
check = "part_whole"
level = "warning"
summary = "A part larger than its whole, reported as a warning."
why = "House style."

[[examples]]
text = "Flooding drove 40 families from their homes, of whom 55 found shelter."
expect = ["HW01"]
'''


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """Write files (``{"path": "text"}``) under tmp_path, the current folder of the test."""
    monkeypatch.chdir(tmp_path)

    def write(files: dict[str, str]) -> None:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    return write


def check(capsys, *args: str) -> tuple[int, dict[str, list[str]], str]:
    """Exit code, the codes found in each file checked (json lines), and stderr."""
    code = main(["check", "--format", "jsonl", *args])
    out, err = capsys.readouterr()
    found: dict[str, list[str]] = {}
    for record in map(json.loads, out.splitlines()):
        if record["type"] == "file" and record["status"] != "error":
            found.setdefault(record["path"], [])
        elif record["type"] == "diagnostic":
            found.setdefault(record["path"], []).append(record["code"])
    return code, found, err


# -- discovery ----------------------------------------------------------------


def test_the_nearest_configuration_wins_and_files_are_not_merged(capsys, tree):
    tree({
        "pyproject.toml": '[project]\nname = "newsroom"\n\n[tool.figures]\nignore = ["part-whole"]\n',
        "desk/figures.toml": 'select = ["PW"]\n',
        "front.md": BOTH,
        "desk/story.md": BOTH,
        "desk/deeper/brief.md": BOTH,
    })
    code, found, err = check(capsys, "front.md", "desk/story.md", "desk/deeper/brief.md")
    assert (code, err) == (1, "")
    assert found == {"front.md": ["RO01"], "desk/story.md": ["PW01"], "desk/deeper/brief.md": ["PW01"]}


def test_figures_toml_comes_before_pyproject_in_the_same_folder(capsys, tree):
    tree({"pyproject.toml": '[tool.figures]\nselect = ["RO"]\n', "figures.toml": 'select = ["PW"]\n',
          "draft.md": BOTH})
    assert check(capsys, "draft.md")[1] == {"draft.md": ["PW01"]}


def test_a_pyproject_without_a_figures_table_is_passed_over(capsys, tree):
    tree({"figures.toml": 'select = ["PW"]\n', "site/pyproject.toml": '[tool.black]\nline-length = 88\n',
          "site/draft.md": BOTH})
    assert check(capsys, "site/draft.md")[1] == {"site/draft.md": ["PW01"]}


def test_config_names_one_file_for_every_input_and_isolated_ignores_them(capsys, tree):
    tree({"desk/figures.toml": 'select = ["PW"]\n', "shared.toml": 'select = ["RO"]\n', "desk/story.md": BOTH})
    assert check(capsys, "--config", "shared.toml", "desk/story.md")[1] == {"desk/story.md": ["RO01"]}
    assert check(capsys, "--isolated", "desk/story.md")[1] == {"desk/story.md": ["PW01", "RO01"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--config", "nowhere.toml"], "figures: nowhere.toml: no such file", id="missing"),
        pytest.param(["--config", "pyproject.toml"], "figures: pyproject.toml: no [tool.figures] table",
                     id="no-table"),
        pytest.param(["--config", "pyproject.toml", "--isolated"],
                     "figures: --config and --isolated cannot be used together", id="both"),
    ],
)
def test_a_bad_config_option_is_a_usage_error(capsys, tree, args, message):
    tree({"pyproject.toml": '[project]\nname = "figures-desk"\n', "draft.md": BOTH})
    code, found, err = check(capsys, *args, "draft.md")
    assert (code, found, err.splitlines()) == (2, {}, [message])


# -- the command line over the file ---------------------------------------------


@pytest.mark.parametrize(
    ("settings", "options", "codes"),
    [
        pytest.param('select = ["PW"]', [], ["PW01"], id="file-select"),
        pytest.param('select = ["PW"]', ["--select", "RO"], ["RO01"], id="cli-select-replaces"),
        pytest.param('ignore = ["RO01"]', ["--select", "RO01"], ["RO01"], id="cli-select-over-file-ignore"),
        pytest.param('select = ["PW"]', ["--extend-select", "RO"], ["PW01", "RO01"], id="cli-extend-select"),
        pytest.param('select = ["PW", "RO"]', ["--ignore", "PW01"], ["RO01"], id="cli-ignore-adds"),
        pytest.param('select = ["PW"]\nextend-select = ["range-order"]', [], ["PW01", "RO01"], id="file-extend"),
    ],
)
def test_command_line_selection_is_applied_after_the_file(capsys, tree, settings, options, codes):
    tree({"figures.toml": settings + "\n", "draft.md": BOTH})
    assert check(capsys, *options, "draft.md")[1] == {"draft.md": codes}


def test_per_file_ignores_are_patterns_relative_to_the_config(capsys, tree):
    tree({
        "figures.toml": '[per-file-ignores]\n"letters/*.md" = ["PW01"]\n"*.txt" = ["range-order"]\n',
        "letters/reader.md": BOTH,
        "front.md": BOTH,
        "wire/bulletin.txt": BOTH,
    })
    code, found, _ = check(capsys, "letters/reader.md", "front.md", "wire/bulletin.txt", "--select", "PW,RO")
    assert found == {"letters/reader.md": ["RO01"], "front.md": ["PW01", "RO01"], "wire/bulletin.txt": ["PW01"]}


def test_fail_level_from_the_file_and_the_command_line(capsys, tree):
    tree({"figures.toml": 'fail-level = "warning"\ndate = 2022-04-05\n', "summit.md": SUMMIT})
    code, found, _ = check(capsys, "summit.md")
    assert (code, found) == (1, {"summit.md": ["RD01"]})  # a warning fails at the file's level
    assert check(capsys, "--fail-level", "error", "summit.md")[0] == 0


def test_date_from_the_file_and_the_command_line(capsys, tree):
    tree({"figures.toml": 'date = "2022-04-05"\n', "summit.md": SUMMIT})
    assert check(capsys, "summit.md")[1] == {"summit.md": ["RD01"]}
    assert check(capsys, "--date", "2022-03-29", "summit.md")[1] == {"summit.md": []}
    assert main(["extract", "summit.md"]) == 0
    assert "dateline 2022-04-05" in capsys.readouterr().out.splitlines()[0]


def test_rule_folders_are_relative_to_the_config(capsys, tree):
    tree({"desk/figures.toml": 'rules = ["house"]\nselect = ["HW01"]\n', "desk/house/HW01.toml": HOUSE_RULE,
          "desk/story.md": FLOOD})
    assert check(capsys, "desk/story.md")[1] == {"desk/story.md": ["HW01"]}


def test_a_command_line_selector_may_name_a_rule_of_the_run_config(capsys, tree):
    tree({"figures.toml": 'rules = ["house"]\n', "house/HW01.toml": HOUSE_RULE, "story.md": FLOOD})
    assert check(capsys, "--select", "HW01", "story.md")[1] == {"story.md": ["HW01"]}


def test_the_model_is_named_for_the_run_unless_the_environment_names_one(monkeypatch):
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    with spacy_model("en_newsroom_sm"):
        assert os.environ[MODEL_VARIABLE] == "en_newsroom_sm"
    assert MODEL_VARIABLE not in os.environ
    monkeypatch.setenv(MODEL_VARIABLE, "en_core_web_sm")
    with spacy_model("en_newsroom_sm"):
        assert os.environ[MODEL_VARIABLE] == "en_core_web_sm"


def test_the_run_config_is_the_current_folders(tree, tmp_path):
    tree({"figures.toml": 'model = "pipelines/newsroom"\n', "pipelines/newsroom/meta.json": "{}"})
    assert Configs().run_config().model == "pipelines/newsroom"
    assert Configs(isolated=True).run_config().model is None


# -- validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "problems"),
    [
        pytest.param("figures.toml", 'selct = ["PW"]\n', ["selct: unknown key (did you mean select?)"],
                     id="unknown-key"),
        pytest.param("figures.toml", 'colour = "red"\n',
                     ["colour: unknown key (one of: select, extend-select, ignore, per-file-ignores, exclude, "
                      "extend-exclude, fail-level, date, rules, model)"], id="unknown-key-no-match"),
        pytest.param("figures.toml", 'select = "PW01"\n', ["select: must be a list of strings"], id="wrong-type"),
        pytest.param("figures.toml", 'ignore = ["PW01", "XX09"]\n',
                     ["ignore: unknown rule selector 'XX09' (not a code, prefix, name or category)"],
                     id="unknown-code"),
        pytest.param("figures.toml", '[per-file-ignores]\n"wire/*" = ["ZZ"]\n',
                     ["per-file-ignores.'wire/*': unknown rule selector 'ZZ' (not a code, prefix, name or "
                      "category)"], id="unknown-code-per-file"),
        pytest.param("figures.toml", '[per-file-ignores]\n"wire/*" = "PW01"\n',
                     ["per-file-ignores: 'wire/*' must be a list of strings"], id="per-file-wrong-type"),
        pytest.param("figures.toml", 'fail-level = "fatal"\nexclude = "drafts"\n',
                     ["fail-level: must be one of: warning, error (not 'fatal')", "exclude: must be a list of strings"],
                     id="two-problems-two-lines"),
        pytest.param("figures.toml", 'date = "next Tuesday"\n',
                     ["date: not a date (expected YYYY-MM-DD or YYYY): 'next Tuesday'"], id="bad-date"),
        pytest.param("figures.toml", 'rules = ["house"]\n',
                     ["rules: {root}/desk/house: no such rules folder"], id="missing-rules-folder"),
        pytest.param("figures.toml", 'model = "en_newsroom_sm"\n',
                     ["model: no spaCy pipeline 'en_newsroom_sm' is installed (pip install it, or name a folder)"],
                     id="missing-model"),
        pytest.param("figures.toml", 'select = ["PW"\n', ["not valid TOML (*"], id="not-toml"),
        pytest.param("pyproject.toml", '[tool.figures]\nselect = [1]\n', ["tool.figures.select: must be a list "
                                                                          "of strings"], id="pyproject-key"),
        pytest.param("pyproject.toml", '[tool]\nfigures = "strict"\n', ["tool.figures: must be a table"],
                     id="pyproject-not-a-table"),
    ],
)
def test_a_bad_config_is_one_line_per_problem_and_the_other_files_are_checked(
    capsys, tree, tmp_path, name, text, problems
):
    tree({f"desk/{name}": text, "desk/story.md": FLOOD, "desk/brief.md": FLOOD, "front.md": BOTH})
    code, found, err = check(capsys, "desk/story.md", "desk/brief.md", "front.md")
    assert code == 2
    assert found == {"front.md": ["PW01", "RO01"]}
    expected = [f"figures: desk/{name}: {problem.format(root=tmp_path)}" for problem in problems]
    lines = err.splitlines()
    assert len(lines) == len(expected)  # shown once, although it governs two files
    for line, wanted in zip(lines, expected):
        assert line.startswith(wanted[:-1]) if wanted.endswith("*") else line == wanted


def test_a_bad_config_is_an_error_of_each_file_it_governs(capsys, tree):
    tree({"figures.toml": 'select = "PW"\n', "a.md": FLOOD, "b.md": FLOOD})
    assert main(["check", "--format", "jsonl", "a.md", "b.md"]) == 2
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["path"], r["status"], r["errors"]) for r in records] == [
        (path, "error", ["figures.toml: select: must be a list of strings"]) for path in ("a.md", "b.md")]
