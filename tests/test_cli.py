"""The command line: `figures extract`, its inputs, formats and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from drafts import run

import figures.engine
from figures.inputs import read_input
from figures.model import Figure

TEXT = "The company said on Tuesday it had 30 staff.\n"
CONTRACT_KEYS = {
    "path", "kind", "text", "start", "end", "value", "low", "high", "unit",
    "qualifier", "date_start", "date_end", "line", "column", "end_line", "end_column",
}


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


@pytest.fixture
def staff_figure(monkeypatch):
    """Stand in for the extractor: one count, "30", wherever the text has it."""

    def extract(document):
        start = document.text.index("30")
        return [Figure("count", "30", start, start + 2, 30.0, 30.0, 30.0)]

    monkeypatch.setattr(figures.engine, "extract_figures", extract)


def _missing(path):
    pass


def _empty(path):
    path.write_bytes(b"")


def _binary(path):
    path.write_bytes(b"PK\x03\x04\x00\x00\x08\x00")


def _latin1(path):
    path.write_bytes(b"caf\xe9 au lait: 30 cups\n")


def _huge(path):
    with open(path, "wb") as file:
        file.truncate(20_000_000)  # sparse: no 20 MB actually written


def _bad_header_date(path):
    path.write_text("date 2022-02-30 Brussels: 30 staff.\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        pytest.param(_missing, "no such file", id="missing"),
        pytest.param(_empty, "empty file", id="empty"),
        pytest.param(_binary, "binary file (NUL bytes)", id="binary"),
        pytest.param(_latin1, "not valid UTF-8 (byte 0xe9 at offset 3); if it is in another encoding, name it "
                     "with --encoding", id="latin1"),
        pytest.param(_huge, "file too large (20.0 MB; limit 10 MB)", id="huge"),
        pytest.param(_bad_header_date, "invalid date in the header: 2022-02-30", id="header-date"),
    ],
)
def test_bad_input_is_one_line_and_the_others_still_run(capsys, tmp_path, good, make, problem):
    bad = tmp_path / "bad.txt"
    make(bad)
    code, out, err = run(capsys, "extract", str(bad), good)
    assert code == 2
    assert err.splitlines() == [f"figures: {bad}: {problem}"]
    assert out.startswith(f"{good}: ")  # the good file is still reported
    assert str(bad) not in out


def test_good_input_exits_0_and_names_the_dateline(capsys, good):
    code, out, err = run(capsys, "extract", "--date", "2022-03-29", good)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].endswith("dateline 2022-03-29 from --date")


def test_dateline_from_the_header_line(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("date 2022-03-29 Brussels: " + TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path))
    assert code == 0
    assert "dateline 2022-03-29 from the header line" in out.splitlines()[0]


def test_no_dateline_is_said(capsys, good):
    _, out, _ = run(capsys, "extract", good)
    assert "no dateline" in out.splitlines()[0]


def test_table_row_has_position_and_value(capsys, good, staff_figure):
    _, out, _ = run(capsys, "extract", good)
    row = out.splitlines()[1].split()
    assert row == [f"{good}:1:36", "count", "30", "30"]


def test_json_is_one_array_over_all_inputs(capsys, tmp_path, good, staff_figure):
    other = tmp_path / "other.txt"
    other.write_text("Line one.\nThen 30 more.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "json", good, str(other))
    assert code == 0
    rows = json.loads(out)
    assert [row["path"] for row in rows] == [good, str(other)]
    assert all(next(iter(row)) == "path" and CONTRACT_KEYS <= row.keys() for row in rows)
    positions = ("start", "end", "line", "column", "end_line", "end_column")
    assert [rows[1][key] for key in positions] == [15, 17, 2, 6, 2, 8]


def test_json_without_figures_is_an_empty_array(capsys, good, monkeypatch):
    monkeypatch.setattr(figures.engine, "extract_figures", lambda document: [])
    code, out, _ = run(capsys, "extract", "--format", "json", good)
    assert (code, json.loads(out)) == (0, [])


def test_csv_has_a_header_and_the_json_columns(capsys, good, staff_figure):
    code, out, _ = run(capsys, "extract", "--format", "csv", good)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert CONTRACT_KEYS <= set(rows[0])
    assert (rows[0]["path"], rows[0]["value"], rows[0]["unit"]) == (good, "30.0", "")


def test_csv_header_even_without_figures(capsys, good):
    _, out, _ = run(capsys, "extract", "--format", "csv", good)
    assert out.splitlines()[0].startswith("path,kind,text,start,end,")


def test_extracts_the_staff_count(capsys, good):
    _, out, _ = run(capsys, "extract", "--format", "json", "--date", "2022-03-29", good)
    counts = [row for row in json.loads(out) if row["kind"] == "count"]
    assert [row["value"] for row in counts] == [30.0]
    assert counts[0]["text"].startswith("30")


@pytest.mark.parametrize("value", ["2022-13-01", "yesterday", "22"])
def test_bad_date_option_is_one_line_exit_2(capsys, good, value):
    code, out, err = run(capsys, "extract", "--date", value, good)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("figures: --date: ") and value in err


def test_bare_year_is_a_valid_date_option(capsys, good):
    assert run(capsys, "extract", "--date", "2022", good)[0] == 0


def test_stdin(capsys, monkeypatch, staff_figure):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    code, out, _ = run(capsys, "extract", "--format", "json", "-")
    assert code == 0
    assert [row["path"] for row in json.loads(out)] == ["<stdin>"]


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run(capsys, "extract", "-")
    assert (code, err) == (2, "figures: <stdin>: empty input\n")


def test_bom_is_stripped_and_line_endings_kept(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfOne.\r\nTwo.\r\n")
    assert read_input(str(path)) == "One.\r\nTwo.\r\n"


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"figures {figures.__version__}\n")


def test_no_command_is_a_usage_error(capsys):
    assert run(capsys)[0] == 2


def test_console_script_missing_file_has_no_traceback(tmp_path):
    missing = tmp_path / "missing.txt"
    result = subprocess.run(
        [sys.executable, "-m", "figures", "extract", str(missing)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == f"figures: {missing}: no such file\n"


def test_help_imports_nothing_heavy():
    probe = (
        "import sys; from figures.cli import main; main(['--help']); "
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('figures.', 'pandas', 'pint', 'quantulum3'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "['figures.cli', 'figures.errors']"


def test_closed_stdout_is_quiet(good):
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", "extract", good],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    process.stdout.close()  # like `| head` exiting before figures writes
    stderr = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), stderr) == (141, b"")


def test_stdin_is_read_once_not_as_a_text_and_a_list(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("draft.md\n"))
    code, out, err = run(capsys, "check", "-", "--files-from", "-")
    assert code == 2 and "standard input can be read once" in err and len(err.strip().splitlines()) == 1
