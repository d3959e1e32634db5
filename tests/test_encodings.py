"""Inputs in UTF-8 (with or without a BOM), UTF-16 or UTF-32 with a BOM, or the encoding
``--encoding`` names; an undecodable file is one line naming it, and the others still run."""

from __future__ import annotations

import codecs

import pytest
from drafts import figures_of, records, run

TEXT = "Café owners said the road is 30 km (50 miles) long.\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(TEXT.encode("utf-32"), id="utf-32-bom"),
    ],
)
def test_unicode_files_are_read_without_being_told(capsys, tmp_path, data):
    draft = tmp_path / "d.txt"
    draft.write_bytes(data)
    found = records(capsys, "check", str(draft))
    assert [(d["start"], d["line"], d["column"]) for d in found] == [(36, 1, 37)]  # offsets after the BOM


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16-le", "mac_roman"])
def test_encoding_names_the_encoding_for_check_and_extract(capsys, tmp_path, encoding):
    draft = tmp_path / "d.md"
    draft.write_bytes(TEXT.encode(encoding))
    found = records(capsys, "check", "--encoding", encoding, str(draft))
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("UC01", 1, 37)]
    assert figures_of(capsys, "--encoding", encoding, str(draft)) == [("quantity", "30 km", 1, 30),
                                                                     ("quantity", "50 miles", 1, 37)]


def test_an_undecodable_file_is_one_line_and_the_others_still_run(capsys, tmp_path):
    bad, good = tmp_path / "bad.md", tmp_path / "good.md"
    bad.write_bytes(TEXT.encode("cp1252"))
    good.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "check", "--isolated", "--format", "concise", str(bad), str(good))
    assert code == 2
    assert err == (f"figures: {bad}: not valid UTF-8 (byte 0xe9 at offset 3); if it is in another encoding, "
                   "name it with --encoding\n")
    assert out.startswith(f"{good}:1:37: UC01")


def test_a_file_not_in_the_named_encoding_is_one_line(capsys, tmp_path):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes("30 km “quoted”".encode())
    good.write_text("Plain ASCII, 3 staff.\n", encoding="ascii")
    code, out, err = run(capsys, "extract", "--isolated", "--encoding", "ascii", str(bad), str(good))
    assert code == 2
    assert err == f"figures: {bad}: not valid ascii (byte 0xe2 at offset 6)\n"
    assert out.startswith(f"{good}: 1 figure")


@pytest.mark.parametrize("name", ["klingon", "rot13"])
def test_an_unknown_encoding_is_a_usage_error(capsys, tmp_path, name):
    draft = tmp_path / "d.txt"
    draft.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "check", "--encoding", name, str(draft))
    assert (code, out) == (2, "")
    assert err == f"figures: --encoding: unknown encoding {name!r}\n"


def test_nul_bytes_in_a_utf8_file_are_still_refused(capsys, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes(b"30 km\x00\x00 (50 miles)")
    code, _, err = run(capsys, "check", str(draft))
    assert code == 2 and err == f"figures: {draft}: binary file (NUL bytes)\n"
