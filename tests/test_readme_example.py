"""The README's worked example runs, catches its bug, and matches examples/."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"<!-- example: (?P<name>[\w.]+) -->\n```python\n(?P<code>.*?)```", re.S)
EXAMPLES = {match["name"]: match["code"] for match in BLOCK.finditer(README)}


def run_example(folder: Path, generator: str) -> subprocess.CompletedProcess:
    (folder / "report_generator.py").write_text(generator, encoding="utf-8")
    (folder / "test_report_generator.py").write_text(EXAMPLES["test_report_generator.py"], encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_report_generator.py"],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


def test_the_readme_shows_the_example_files():
    assert set(EXAMPLES) == {"report_generator.py", "test_report_generator.py"}
    for name, code in EXAMPLES.items():
        assert code == (ROOT / "examples" / name).read_text(encoding="utf-8"), name


def test_the_readme_example_passes(tmp_path):
    result = run_example(tmp_path, EXAMPLES["report_generator.py"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readme_example_fails_when_the_bug_is_put_back(tmp_path):
    correct = EXAMPLES["report_generator.py"]
    assert "/ last_year * 100" in correct
    result = run_example(tmp_path, correct.replace("/ last_year * 100", "/ this_year * 100"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "PC01 [error]" in result.stdout and "does not fit the figures" in result.stdout


@pytest.mark.parametrize("module", ["figures.testing", "figures.pytest_plugin"])
def test_modules_for_test_suites_import_without_hypothesis(module):
    code = f"import sys; sys.modules['hypothesis'] = None; import {module}"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_strategies_without_hypothesis_say_how_to_install_it():
    code = "import sys; sys.modules['hypothesis'] = None; import figures.strategies"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert "pip install 'figures-check[hypothesis]'" in result.stderr.strip().splitlines()[-1]


def test_the_pytest_plugin_loads_nothing_heavy():
    code = ("import sys, figures.pytest_plugin; "
            "heavy = [m for m in ('pint', 'pandas', 'hypothesis', 'figures.extraction', 'figures.engine') "
            "if m in sys.modules]; print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_the_pytest_plugin_warms_figures():
    code = ("import sys, figures.pytest_plugin as p; p.warm(); "
            "print(all(m in sys.modules for m in ('pint', 'figures.engine', 'figures.extraction')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "True", result.stderr
