"""The format drafts of ``tests/data/drafts`` and running the command line on them in-process."""

from __future__ import annotations

import json
from pathlib import Path

from figures.cli import main

DRAFTS = Path(__file__).parent / "data" / "drafts"


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``figures ARGS`` run in this process: its exit code, stdout and stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def records(capsys, command: str, *args: str) -> list[dict]:
    """The JSON records of ``figures COMMAND --format json ARGS`` (which must exit 0 or 1)."""
    code, out, err = run(capsys, command, "--format", "json", "--isolated", *args)
    assert code in (0, 1), err
    return json.loads(out)


def figures_of(capsys, *args: str) -> list[tuple[str, str, int, int]]:
    """``(kind, text, line, column)`` of every figure ``figures extract`` reads."""
    return [(r["kind"], r["text"], r["line"], r["column"]) for r in records(capsys, "extract", *args)]


def findings_of(capsys, *args: str) -> list[tuple[str, str, int, int]]:
    """``(code, flagged text, line, column)`` of every diagnostic ``figures check`` reports."""
    found = []
    for item in records(capsys, "check", *args):
        path = Path(item["path"])
        text = _decoded(path)[item["start"]:item["end"]] if path.suffix != ".docx" else None
        found.append((item["code"], text, item["line"], item["column"]))
    return found


def _decoded(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """The 1-based line and column of the ``nth`` ``needle`` in ``text`` (to state expectations)."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    before = text[:start]
    return before.count("\n") + 1, start - (before.rfind("\n") + 1) + 1
