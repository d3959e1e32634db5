"""Failures are isolated (issue 8): a crash in one rule or one document costs only that rule or that
document; every output format stays valid; the API raises InternalError with the stage."""

from __future__ import annotations

import json

import pytest

import figures
from figures import engine
from figures.checks import CHECKS
from figures.cli import main

STORM = "The storm killed {n} people, of whom {m} were children."
RANGE = "Between 50 and 40 people were injured."
BROKEN = "article-1000.txt"


def crash_on(marker: str):
    """An extraction that raises for documents whose path ends with ``marker``."""
    real = engine.extract_figures

    def extract(document):
        if (document.path or "").endswith(marker):
            raise RuntimeError("injected fault")
        return real(document)

    return extract


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """2,000 articles, every 100th with a PW01 error, listed in a file for --files-from."""
    folder = tmp_path_factory.mktemp("archive")
    paths = []
    for n in range(1, 2001):
        path = folder / f"article-{n}.txt"
        path.write_text(STORM.format(n=n, m=2 * n + 7 if n % 100 == 0 else n // 2) + "\n", encoding="utf-8")
        paths.append(str(path))
    listing = folder / "list.txt"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    return str(listing), paths


@pytest.mark.parametrize("output", ["json", "jsonl"])
def test_one_crashing_document_among_2000(capsys, monkeypatch, archive, output):
    listing, paths = archive
    monkeypatch.setattr(engine, "extract_figures", crash_on(BROKEN))
    code = main(["check", "--format", output, "--files-from", listing])
    out, err = capsys.readouterr()
    broken = next(p for p in paths if p.endswith("/" + BROKEN))
    assert code == 2
    assert err == f"figures: {broken}: internal error in extraction: RuntimeError: injected fault (please report)\n"
    if output == "json":
        diagnostics = json.loads(out)
    else:
        records = [json.loads(line) for line in out.splitlines()]
        files = [r for r in records if r["type"] == "file"]
        assert [r["path"] for r in files] == paths  # every input has its status, in order
        statuses = {r["path"]: r["status"] for r in files}
        assert statuses[broken] == "error"
        assert sum(status == "problems" for status in statuses.values()) == 19
        assert sum(status == "ok" for status in statuses.values()) == 1980
        diagnostics = [r for r in records if r["type"] == "diagnostic"]
    # every 100th article has its error, but the broken one (article 1000) was not checked
    assert sorted(d["path"] for d in diagnostics) == sorted(
        p for n, p in enumerate(paths, 1) if n % 100 == 0 and n != 1000)


def test_a_crashing_rule_costs_only_that_rule(capsys, monkeypatch, tmp_path):
    def broken(relations, options):
        raise ZeroDivisionError("injected")
        yield  # pragma: no cover

    monkeypatch.setitem(CHECKS, "part_whole", broken)
    article = tmp_path / "a.txt"
    article.write_text(STORM.format(n=12, m=15) + "\n" + RANGE + "\n", encoding="utf-8")
    code = main(["check", "--format", "concise", str(article)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"figures: {article}: internal error in rule PW01: ZeroDivisionError: injected (please report)\n"
    assert [line.split(" ")[1] for line in out.splitlines()[:-1]] == ["RO01"]


def test_the_api_raises_internal_error_with_the_stage_and_the_other_rules_diagnostics(monkeypatch):
    def broken(relations, options):
        raise ZeroDivisionError("injected")
        yield  # pragma: no cover

    monkeypatch.setitem(CHECKS, "part_whole", broken)
    with pytest.raises(figures.InternalError) as raised:
        figures.check(STORM.format(n=12, m=15) + " " + RANGE)
    assert raised.value.stage == "rule PW01"
    assert isinstance(raised.value.__cause__, ZeroDivisionError)
    assert [d.code for d in raised.value.diagnostics] == ["RO01"]


def test_the_api_names_the_extraction_stage(monkeypatch):
    monkeypatch.setattr(engine, "extract_figures", crash_on(""))
    with pytest.raises(figures.InternalError, match="internal error in extraction: RuntimeError"):
        figures.extract("12 people")


def test_an_interrupted_run_leaves_a_closed_json_array(capsys, monkeypatch, archive):
    listing, paths = archive
    real = engine.extract_figures
    seen = []

    def interrupt_third(document):
        seen.append(document.path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(document)

    monkeypatch.setattr(engine, "extract_figures", interrupt_third)
    code = main(["check", "--format", "json", *paths[98:103]])  # article 100 has an error, 101 crashes
    out, _ = capsys.readouterr()
    assert code == 130
    assert [d["path"] for d in json.loads(out)] == [paths[99]]


def test_a_crash_while_reading_an_input_is_an_internal_error_of_that_input(capsys, monkeypatch, tmp_path):
    from figures import inputs

    def broken(path, *, date):
        raise UnicodeError("injected")

    good = tmp_path / "good.txt"
    good.write_text(RANGE + "\n", encoding="utf-8")
    real = inputs.open_document
    monkeypatch.setattr(inputs, "open_document",
                        lambda path, *, date: broken(path, date=date) if path.endswith("bad.txt") else real(path, date=date))
    code = main(["check", "--format", "jsonl", str(tmp_path / "bad.txt"), str(good)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"figures: {tmp_path / 'bad.txt'}: internal error in reading: UnicodeError: injected (please report)\n"
    statuses = [(r["path"], r["status"]) for r in map(json.loads, out.splitlines()) if r["type"] == "file"]
    assert statuses == [(str(tmp_path / "bad.txt"), "error"), (str(good), "problems")]


@pytest.mark.parametrize("output", ["json", "jsonl"])
def test_a_usage_error_prints_no_output(capsys, tmp_path, output):
    article = tmp_path / "a.txt"
    article.write_text(RANGE + "\n", encoding="utf-8")
    assert main(["check", "--format", output, "--date", "0001-01-01", str(article)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "figures: --date: year out of range (1000..2999): '0001-01-01'\n"
