"""The language server's parts that need no pygls: positions, settings, the install hint."""

from __future__ import annotations

import sys

import pytest

from figures.cli import main
from figures.lsp_positions import Positions, code_units
from figures.lsp_settings import ServerSettings, SettingsError, file_settings, read_settings


@pytest.mark.parametrize("text, units", [("abc", 3), ("é", 1), ("🚢", 2), ("日本", 2), ("", 0)])
def test_utf16_code_units(text, units):
    assert code_units(text) == units


def test_positions_count_utf16_units_after_an_emoji():
    text = "🚢 5-3 percent"
    positions = Positions(text)
    assert positions.position(text.index("5-3")) == (0, 3)
    assert positions.offset(0, 3) == text.index("5-3")
    assert Positions(text, "utf-8").position(text.index("5-3")) == (0, 5)
    assert Positions(text, "utf-32").position(text.index("5-3")) == (0, 2)


def test_positions_end_lines_as_the_protocol_does():
    text = "one\r\ntwo\rthree\nfour\u2028still four\x0cand still"
    positions = Positions(text)
    assert positions.position(text.index("two")) == (1, 0)
    assert positions.position(text.index("three")) == (2, 0)
    assert positions.position(text.index("still four")) == (3, 5)  # U+2028 is no line end in LSP
    assert positions.position(text.index("and")) == (3, 16)
    assert positions.position(len(text)) == (3, len("four\u2028still four\x0cand still"))


def test_offsets_past_a_line_or_the_text_are_clamped():
    positions = Positions("ab\r\ncd")
    assert positions.offset(0, 99) == 2  # the end of the line, before its "\r\n"
    assert positions.offset(7, 0) == 6
    assert positions.offset(1, 1) == 5
    assert positions.position(3) == (0, 2)  # between "\r" and "\n": still the first line's end


def test_settings_read_as_editors_send_them():
    assert read_settings(None) == ServerSettings()
    assert read_settings({"figures": {"ignore": "RO01, PW"}}) == ServerSettings(ignore=("RO01", "PW"))
    flat = read_settings({"select": ["range-order"], "date": "2022", "trace": {"server": "off"}})
    assert flat == ServerSettings(select=("range-order",), date=2022)


@pytest.mark.parametrize("raw, problem", [
    ({"ignore": ["XX99"]}, "settings: ignore: unknown rule selector 'XX99'"),
    ({"figures": {"ingore": ["RO01"]}}, "settings: unknown key 'ingore'"),
    ({"select": 5}, "settings: select: expected a list of rule selectors"),
    ({"date": "29 March"}, "settings: date: not a date"),
    (["RO01"], "settings: expected a table"),
])
def test_bad_settings_name_the_key(raw, problem):
    with pytest.raises(SettingsError, match="^" + problem.replace("(", r"\(")):
        read_settings(raw)


def test_a_configuration_file_then_the_client_settings(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.figures]\nignore = ["range-order"]\ndate = 2021-06-01\n'
        '[tool.figures.per-file-ignores]\n"wire/*.txt" = ["unit-conversion"]\n', encoding="utf-8")
    (tmp_path / "wire").mkdir()
    draft = str(tmp_path / "wire" / "causeway.txt")
    codes = {rule.code for rule in file_settings(ServerSettings(), draft).rules}
    assert "RO01" not in codes and "UC01" not in codes and "PW01" in codes
    assert file_settings(ServerSettings(), draft).date.isoformat() == "2021-06-01"
    client = file_settings(ServerSettings(select=("RO01", "UC01"), date=2022), draft)
    assert [rule.code for rule in client.rules] == ["RO01"]  # the client's select, then the file's ignores
    assert client.date == 2022


def test_a_broken_configuration_file_is_a_problem_and_the_defaults_apply(tmp_path):
    (tmp_path / "figures.toml").write_text('ignore = "RO01"\n', encoding="utf-8")
    settings = file_settings(ServerSettings(), str(tmp_path / "draft.md"))
    assert settings.problem.startswith(f"{tmp_path / 'figures.toml'}: ignore: ")
    assert "RO01" in {rule.code for rule in settings.rules}


def test_without_pygls_the_command_says_how_to_install_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.delitem(sys.modules, "figures.lsp", raising=False)
    assert main(["lsp"]) == 2
    assert capsys.readouterr().err == "figures: the language server needs pygls: pip install 'figures-check[lsp]'\n"
