"""Walking folders and expanding globs: the file types figures reads, exclude and extend-exclude,
.gitignore, paths named on the command line, --force-exclude."""

from __future__ import annotations

import json

import pytest

from figures.cli import main
from figures.config import Configs
from figures.walk import Unmatched, expand

NOTE = "The council approved 3 new parks.\n"
FLOOD = "Flooding drove 40 families from their homes, of whom 55 found shelter.\n"  # PW01


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """Create files (empty unless given a text) under tmp_path, the current folder of the test."""
    monkeypatch.chdir(tmp_path)

    def make(*names: str, **texts: str) -> None:
        for name, text in [*((name, NOTE) for name in names), *texts.items()]:
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    return make


def inputs(*paths: str, force_exclude: bool = False, isolated: bool = False) -> list[str]:
    return [str(p) if isinstance(p, Unmatched) else p
            for p in expand(paths, Configs(isolated=isolated), force_exclude)]


# -- folders ----------------------------------------------------------------------


def test_a_folder_is_walked_for_the_file_types_figures_reads(tree):
    tree("docs/index.md", "docs/guide.markdown", "docs/notes.txt", "docs/page.html", "docs/old/page.htm",
         "docs/LOUD.MD", "docs/logo.png", "docs/setup.py", "docs/readme.rst", "docs/a/b/c/deep.md")
    assert inputs("docs") == ["docs/LOUD.MD", "docs/guide.markdown", "docs/index.md", "docs/notes.txt",
                              "docs/page.html", "docs/a/b/c/deep.md", "docs/old/page.htm"]


def test_the_default_excludes_skip_tool_folders(tree):
    tree("docs/index.md", "docs/node_modules/pkg/README.md", "docs/.venv/lib/notes.txt", "docs/_build/html/index.html",
         "docs/.git/description.txt", "docs/.github/ISSUE_TEMPLATE.md")
    assert inputs("docs") == ["docs/index.md", "docs/.github/ISSUE_TEMPLATE.md"]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds_to_them(tree):
    tree("pyproject.toml", "drafts/one.md", "desk/draft-2.md", "desk/final.md", "desk/_build/out.md",
         **{"pyproject.toml": '[tool.figures]\nextend-exclude = ["drafts/", "draft-*.md"]\n'})
    assert inputs(".") == ["./desk/final.md"]
    tree(**{"pyproject.toml": '[tool.figures]\nexclude = ["drafts/"]\n'})
    assert inputs(".") == ["./desk/draft-2.md", "./desk/final.md", "./desk/_build/out.md"]


def test_each_folder_takes_the_excludes_of_its_own_configuration(tree):
    tree("archive/1999.md", "archive/2024.md", "news/1999.md",
         **{"archive/figures.toml": 'extend-exclude = ["1999.md"]\n'})
    assert inputs(".") == ["./archive/2024.md", "./news/1999.md"]


def test_anchored_patterns_are_relative_to_the_configuration(tree):
    tree("top.md", "desk/top.md", **{"figures.toml": 'extend-exclude = ["/top.md"]\n'})
    assert inputs(".") == ["./desk/top.md"]


# -- .gitignore -----------------------------------------------------------------


def test_gitignore_files_are_respected_inside_a_work_tree(tree, tmp_path):
    (tmp_path / ".git" / "info").mkdir(parents=True)
    tree("docs/index.md", "docs/scratch.md", "docs/private/memo.md", "docs/keep.tmp.md", "docs/a.tmp.md",
         "docs/sub/local.md", "docs/sub/other.md",
         **{".gitignore": "scratch.md\nprivate/\n*.tmp.md\n", "docs/.gitignore": "!keep.tmp.md\n",
            "docs/sub/.gitignore": "local.md\n", ".git/info/exclude": "other.md\n"})
    assert inputs("docs") == ["docs/index.md", "docs/keep.tmp.md"]


def test_gitignore_is_not_read_outside_a_work_tree(tree):
    tree("docs/index.md", "docs/scratch.md", **{"docs/.gitignore": "scratch.md\n"})
    assert inputs("docs") == ["docs/index.md", "docs/scratch.md"]


# -- globs ------------------------------------------------------------------------


def test_a_glob_is_expanded_with_double_star_at_any_depth(tree):
    tree("docs/index.md", "docs/guide/start.md", "docs/guide/deep/more.md", "docs/guide/notes.txt")
    assert inputs("docs/**/*.md") == ["docs/guide/deep/more.md", "docs/guide/start.md", "docs/index.md"]
    assert inputs("docs/*.md") == ["docs/index.md"]


def test_a_glob_chooses_the_types_but_not_what_is_excluded(tree, tmp_path):
    (tmp_path / ".git").mkdir()
    tree("notes/a.rst", "notes/b.rst", "notes/drafts/c.rst", "notes/node_modules/d.rst",
         **{".gitignore": "b.rst\n", "figures.toml": 'extend-exclude = ["drafts/"]\n'})
    assert inputs("notes/**/*.rst") == ["notes/a.rst"]


def test_the_fixed_part_of_a_glob_is_named_so_its_excludes_are_disregarded(tree):
    tree("build/html/index.html", "build/html/_build/x.html", "build/drafts/y.html",
         **{"figures.toml": 'extend-exclude = ["drafts/"]\n'})
    assert inputs("build/**/*.html") == ["build/html/index.html"]


def test_a_glob_that_matches_a_folder_walks_it(tree):
    tree("desk/2024/jan.md", "desk/2025/feb.md", "desk/2025/logo.png")
    assert inputs("desk/202*") == ["desk/2024/jan.md", "desk/2025/feb.md"]


def test_a_glob_that_matches_nothing(tree):
    assert inputs("missing/**/*.md") == ["missing/**/*.md: no file matches"]


def test_an_existing_file_with_glob_characters_is_read_as_named(tree):
    tree("draft[1].md")
    assert inputs("draft[1].md") == ["draft[1].md"]


# -- paths named on the command line ----------------------------------------------


def test_a_named_path_is_read_even_if_excluded_unless_force_exclude(tree):
    tree("drafts/one.md", "drafts/two.md", "news.md", **{"figures.toml": 'extend-exclude = ["drafts/"]\n'})
    assert inputs("drafts/one.md", "drafts", "news.md") == ["drafts/one.md", "drafts/one.md", "drafts/two.md",
                                                            "news.md"]
    assert inputs("drafts/one.md", "drafts", "news.md", force_exclude=True) == ["news.md"]
    assert inputs("drafts/one.md", force_exclude=True, isolated=True) == ["drafts/one.md"]


def test_a_named_folder_that_is_excluded_or_ignored_still_skips_what_is_excluded_inside(tree, tmp_path):
    (tmp_path / ".git").mkdir()
    tree("drafts/one.md", "drafts/one.tmp.md", "drafts/node_modules/x.md", "private/memo.md", "private/.cache/y.md",
         **{"figures.toml": 'extend-exclude = ["drafts/", "*.tmp.md"]\n', ".gitignore": "private/\n.cache/\n"})
    assert inputs("drafts", "private") == ["drafts/one.md", "private/memo.md"]


def test_stdin_and_missing_files_pass_through(tree):
    assert inputs("-", "gone.md") == ["-", "gone.md"]


# -- the command line ---------------------------------------------------------------


def test_check_walks_a_folder_and_reports_each_file(capsys, tree):
    tree("docs/clean.md", "docs/drafts/wip.md", **{"docs/desk/flood.txt": FLOOD,
                                                  "figures.toml": 'extend-exclude = ["drafts/"]\n'})
    assert main(["check", "--format", "jsonl", "docs"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["path"], r["status"]) for r in records if r["type"] == "file"] == [
        ("docs/clean.md", "ok"), ("docs/desk/flood.txt", "problems")]


def test_a_glob_that_matches_nothing_is_one_line_exit_2_and_the_rest_is_checked(capsys, tree):
    tree(**{"desk/flood.md": FLOOD})
    code = main(["check", "--format", "concise", "wire/**/*.md", "desk/**/*.md"])
    out, err = capsys.readouterr()
    assert (code, err) == (2, "figures: wire/**/*.md: no file matches\n")
    assert out.startswith("desk/flood.md:1:")


def test_extract_walks_too(capsys, tree):
    tree("desk/a.md", "desk/b.txt")
    assert main(["extract", "desk"]) == 0
    assert [line.split(":")[0] for line in capsys.readouterr().out.splitlines() if "figure" in line] == [
        "desk/a.md", "desk/b.txt"]
