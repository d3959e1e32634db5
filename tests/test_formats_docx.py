"""A Word file is read through python-docx (the ``docx`` extra): its paragraphs and table cells,
positions given as paragraph and character."""

from __future__ import annotations

import sys

import pytest
from drafts import records, run

docx = pytest.importorskip("docx", reason="python-docx (the docx extra) is not installed")


#: The paragraphs of the Word file, in reading order: heading, body, table cells, body.
PARAGRAPHS = ["Reservoir reopens after 2 years",
              "The reservoir, refilled last month, holds 40 million litres.",
              "Its dam is 45 metres (300 ft) tall.",
              "Basin", "Note", "East", "The east basin is 8 km (2 miles) wide.",
              "Boats return on Saturday."]


def _word_file(path, *, with_table: bool = True) -> None:
    """A fictional agency story: a heading, two paragraphs, a table and a closing paragraph."""
    document = docx.Document()
    document.add_heading(PARAGRAPHS[0], 1)
    document.add_paragraph(PARAGRAPHS[1])
    paragraph = document.add_paragraph("Its dam is ")
    paragraph.add_run("45 metres").bold = True  # a figure across runs
    paragraph.add_run(" (300 ft) tall.")
    if with_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = PARAGRAPHS[3:5]
        table.cell(1, 0).text, table.cell(1, 1).text = PARAGRAPHS[5:7]
    document.add_paragraph("Boats return on\nSaturday.")  # a line break inside a paragraph
    document.save(str(path))


def _where(text: str) -> tuple[int, int]:
    """The paragraph (1-based) and character (0-based) of ``text`` in PARAGRAPHS."""
    number = next(n for n, paragraph in enumerate(PARAGRAPHS, 1) if text in paragraph)
    return number, PARAGRAPHS[number - 1].index(text)


def test_findings_are_given_by_paragraph_and_character(capsys, tmp_path):
    path = tmp_path / "reservoir.docx"
    _word_file(path)
    found = records(capsys, "check", "--select", "UC01", str(path))
    assert [(d["code"], d["paragraph"], d["character"]) for d in found] == [
        ("UC01", *_where("300 ft")), ("UC01", *_where("2 miles"))]
    assert [(d["line"], d["column"]) for d in found] == [(3, 23), (7, 25)]  # line = paragraph, column = character + 1


def test_every_paragraph_and_cell_is_read_and_only_them(capsys, tmp_path):
    path = tmp_path / "reservoir.docx"
    _word_file(path)
    figures = records(capsys, "extract", "--date", "2022-03-20", str(path))
    texts = ["2 years", "last month", "40 million litres", "45 metres", "300 ft", "8 km", "2 miles", "Saturday"]
    assert [(f["text"], f["paragraph"], f["character"]) for f in figures] == [(t, *_where(t)) for t in texts]
    assert all(f["line"] == f["paragraph"] and f["column"] == f["character"] + 1 for f in figures)


def test_a_heading_without_a_full_stop_is_its_own_sentence(tmp_path):
    from figures.inputs import open_document

    path = tmp_path / "reservoir.docx"
    _word_file(path, with_table=False)
    part, _ = open_document(str(path), date=None).analysed()
    sentences = [part.text[a:b] for a, b in part.sentences]
    assert sentences[0] == "Reservoir reopens after 2 years"


def test_a_broken_word_file_is_a_one_line_error_and_the_others_still_run(capsys, tmp_path):
    bad, good = tmp_path / "bad.docx", tmp_path / "good.txt"
    bad.write_bytes(b"PK\x03\x04 truncated")
    good.write_text("It is 30 km (50 miles) long.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--isolated", "--format", "concise", str(bad), str(good))
    assert code == 2
    assert err == f"figures: {bad}: not a readable .docx file (BadZipFile)\n"
    assert f"{good}:1:14: UC01" in out


def test_without_python_docx_the_error_says_what_to_install(capsys, tmp_path, monkeypatch):
    path = tmp_path / "reservoir.docx"
    _word_file(path)
    monkeypatch.setitem(sys.modules, "docx", None)  # as if python-docx were not installed
    code, _, err = run(capsys, "check", "--isolated", str(path))
    assert code == 2
    assert err == f"figures: {path}: reading .docx files needs python-docx: pip install 'figures-check[docx]'\n"


def test_a_word_file_on_stdin_is_told_by_its_content(capsys, tmp_path, monkeypatch):
    import io

    path = tmp_path / "reservoir.docx"
    _word_file(path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    found = records(capsys, "check", "-")
    assert [(d["path"], d["paragraph"]) for d in found if d["code"] == "UC01"] == [("<stdin>", 3), ("<stdin>", 7)]
