"""Inputs at their edges: pipes, devices and sockets; every kind of line end; the API's selectors."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading

import pytest

import figures
from figures.cli import main
from figures.document import Document
from figures.inputs import InputError, read_input
from figures.testing import assert_consistent, assert_flags

BROKEN = "The storm killed 12 people, of whom 15 were children."  # PW01 at "15"
REVERSED = "Between 50 and 40 people were injured."  # RO01
posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and sockets are POSIX")

# -- files that are not regular files ----------------------------------------------------------


@posix
def test_a_device_is_not_a_regular_file():
    with pytest.raises(InputError, match=r"^/dev/null: not a regular file$"):
        read_input(os.devnull)


@posix
def test_a_socket_is_not_a_regular_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short path: socket paths are limited to about 100 bytes
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("socket")
        with pytest.raises(InputError, match=r"^socket: not a regular file$"):
            read_input("socket")


@posix
def test_a_fifo_is_read_when_someone_writes_to_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(BROKEN)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert read_input(str(fifo)) == BROKEN
    finally:
        writer.join()


@posix
def test_a_fifo_without_a_writer_times_out_and_the_other_inputs_still_run(tmp_path):
    """Run in a child process, so that a regression fails the test instead of hanging the suite."""
    fifo, good = tmp_path / "pipe", tmp_path / "good.txt"
    os.mkfifo(fifo)
    good.write_text(BROKEN, encoding="utf-8")
    program = ("import sys, figures.inputs, figures.cli; figures.inputs.PIPE_TIMEOUT = 0.2; "
               "sys.exit(figures.cli.main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", program, "check", "--format", "concise", str(fifo), str(good)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"figures: {fifo}: no data from the pipe within 0.2 s"]
    assert f"{good}:1:37: PW01" in done.stdout


@posix
@pytest.mark.skipif(shutil.which("bash") is None, reason="process substitution needs bash")
def test_process_substitution_is_read(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(BROKEN, encoding="utf-8")
    command = f"{sys.executable} -m figures check --format concise <(cat {article})"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (1, "")
    assert ":1:37: PW01" in done.stdout


# -- line ends -----------------------------------------------------------------------------------

LINE_ENDS = ["\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("end", LINE_ENDS, ids=[repr(end) for end in LINE_ENDS])
def test_every_line_end_of_splitlines_ends_a_line(end):
    text = end.join(["one", "two", "three"])
    document = Document(text)
    assert document.line_col(text.index("three") + 2) == (3, 3)
    assert document.offset(3, 3) == text.index("three") + 2
    assert len(document.analysis_text) == len(text)
    assert [line.rstrip(" ") for line in document.analysis_text.split("\n")] == text.splitlines()


def test_crlf_is_one_line_end():
    text = "one\r\ntwo\r\rthree"
    assert Document(text).line_col(text.index("three")) == (4, 1)


def test_cr_line_ends_put_findings_on_their_lines(tmp_path, capsys):
    path = tmp_path / "mac.txt"
    path.write_bytes(f"Intro.\r{BROKEN}\r".encode())
    assert main(["check", "--format", "concise", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}:2:37: PW01")


ARTICLE = """\
date 2022-03-29 Brussels: Ministers met

The total was 100

including 60 men and 70 women

Headline: 10 people

Of whom 20 were children.

- The city lies 150 km (193 miles) south of Kyiv
- Between 50 and 40 people were injured
"""
FORMS = {"crlf": "\r\n", "cr": "\r", "u2028": "\u2028", "nel": "\x85"}


@pytest.mark.parametrize("form", FORMS)
def test_line_ends_do_not_change_sentences_paragraphs_or_dateline(form):
    lf, other = Document(ARTICLE), Document(ARTICLE.replace("\n", FORMS[form]))
    assert [other.line_col(start) for start, _ in other.sentences] == [lf.line_col(start) for start, _ in lf.sentences]
    assert [other.text[start:end] for start, end in other.sentences] == [
        lf.text[start:end].replace("\n", FORMS[form]) for start, end in lf.sentences]
    assert other.dateline == lf.dateline


@pytest.mark.parametrize("form", FORMS)
def test_front_matter_is_found_whatever_the_line_ends(form):
    text = "---\ntitle: 12 of 15\ndate: 2022-03-29\n---\nBody.\n".replace("\n", FORMS[form])
    document = Document(text)
    assert document.text[document.body_start:] == "Body." + FORMS[form]
    assert document.dateline.source == "front-matter"
    assert document.text[document.dateline.start:document.dateline.end] == "2022-03-29"


@pytest.mark.parametrize("form", FORMS)
def test_line_ends_do_not_change_the_diagnostics(form):
    """Same problems, at the same lines and columns.  Needs extraction and relations to read
    ``Document.analysis_text``."""

    def found(text: str) -> list[tuple]:
        document = Document(text)
        return [(d.code, d.level, d.message, document.line_col(d.start), document.line_col(d.end))
                for d in figures.check(text)]

    assert found(ARTICLE.replace("\n", FORMS[form])) == found(ARTICLE)


LISTED = """\
Leases (billion yen)

1. April 1997 Crown Leasing      1,060.00    finance

2. Oct 1996  Nichiei Finance     1,000.00    credit guarantee

Shareholders may receive 86 shares if the warrants are exercised before April
28. Lending grew in the late
1970s and early 1980s.
"""


@pytest.mark.parametrize("form", FORMS)
def test_line_ends_do_not_change_the_figures(form):
    def found(text: str) -> list[tuple]:
        document = Document(text)
        return [(f.kind, f.low, f.high, f.date_start, document.line_col(f.start), document.line_col(f.end))
                for f in figures.extract(text, date="1987-04-01")]

    assert found(LISTED.replace("\n", FORMS[form])) == found(LISTED)


# -- selectors in the API ------------------------------------------------------------------------

TWO = f"{BROKEN}\n\n{REVERSED}\n"


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def test_select_and_ignore_take_a_string_or_a_list():
    assert codes(figures.check(TWO, select="PW01")) == ["PW01"]
    assert codes(figures.check(TWO, select=["range-order"])) == ["RO01"]
    assert codes(figures.check(TWO, ignore="PW")) == ["RO01"]
    assert codes(figures.check(TWO, select=("PW01", "RO01"), ignore=iter(["RO"]))) == ["PW01"]


def test_a_string_is_one_selector_not_its_letters():
    with pytest.raises(ValueError, match="unknown rule selector 'PW99'"):
        figures.check(TWO, select="PW99")


def test_assert_consistent_takes_select_and_ignore():
    assert_consistent(TWO, select="date-order")
    assert_consistent(TWO, ignore=["PW01", "RO01"])
    with pytest.raises(AssertionError):
        assert_consistent(TWO, select="PW01")


def test_builtin_rules_are_loaded_once():
    from figures.rules import builtin_rules

    assert builtin_rules() is builtin_rules()
    assert isinstance(builtin_rules(), tuple) and {rule.code for rule in builtin_rules()} >= {"PW01", "RO01"}


@pytest.mark.parametrize("selector", ["", "part-hole", "ZZ"])
def test_assert_flags_refuses_a_selector_that_names_no_rule(selector):
    with pytest.raises(ValueError, match=f"unknown rule selector {selector!r}"):
        assert_flags(BROKEN, selector)


def test_assert_flags_matches_like_select():
    for selector in ("PW01", "pw", "part-exceeds-whole", "part-whole"):
        assert codes(assert_flags(TWO, selector)) == ["PW01"]
    with pytest.raises(AssertionError):
        assert_flags(BROKEN, "range-order")


def test_an_empty_selector_selects_nothing():
    from figures.rules import builtin_rules, select

    with pytest.raises(ValueError, match="unknown rule selector ''"):
        select(builtin_rules(), [""])
