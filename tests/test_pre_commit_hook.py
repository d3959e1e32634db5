"""The pre-commit hook (``.pre-commit-hooks.yaml``) runs the checker on the files pre-commit passes."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _hook() -> dict:
    yaml = pytest.importorskip("yaml")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def test_the_hook_is_declared_for_markdown_html_and_text():
    hook = _hook()
    assert hook["id"] == "figures" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}


def test_the_hook_entry_fails_a_draft_with_a_contradiction_and_passes_its_twin(tmp_path):
    command = shlex.split(_hook()["entry"])
    assert command[0] == "figures"
    broken, fixed = tmp_path / "broken.md", tmp_path / "fixed.md"
    broken.write_text("The ring road is 42 km (42 miles) long.\n", encoding="utf-8")
    fixed.write_text("The ring road is 42 km (26 miles) long.\n", encoding="utf-8")
    run = [sys.executable, "-m", "figures", *command[1:]]
    failed = subprocess.run([*run, str(broken)], capture_output=True, text=True, timeout=120)
    passed = subprocess.run([*run, str(fixed)], capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1 and "UC01" in failed.stdout, failed.stdout + failed.stderr
    assert passed.returncode == 0, passed.stdout + passed.stderr
