"""The language server over stdio: a real ``python -m figures lsp`` subprocess, real LSP messages."""

from __future__ import annotations

import pytest

pytest.importorskip("pygls", reason="the language server needs pygls (pip install 'figures-check[lsp]')")

from lsp_client import LspClient  # noqa: E402

#: A Markdown draft with one contradiction, after an emoji on its line (two UTF-16 code units).
DRAFT = """---
title: Harbour dues
date: 2022-03-29
---

# Harbour dues 🚢

The port authority said 🚢 inflation is forecast at 5-3 percent this year.
"""
FIXED = DRAFT.replace("5-3 percent", "3-5 percent")
#: Where '5-3 percent' is: line 7, code points 51..62, UTF-16 units 52..63.
RO01_RANGE = {"start": {"line": 7, "character": 52}, "end": {"line": 7, "character": 63}}
#: A wire story in plain text, CRLF line ends: a conversion whose suggestion has alternatives, a
#: weekday that needs the year, a part larger than its whole.
WIRE = ("PORT ELLEN (Reuters) - The new causeway is 150 km (193 miles) long,\r\n"
        "engineers said on Tuesday, March 28.\r\n"
        "The ferry carried 120 passengers, including 150 children.\r\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("lsp")


@pytest.fixture(scope="module")
def server(folder):
    """One server for the module, started with initializationOptions (a date for undated drafts)."""
    with open(folder / "server.log", "wb") as log:
        client = LspClient(folder, log)
        response = client.request("initialize", {
            "processId": None, "rootUri": folder.as_uri(), "capabilities": {},
            "initializationOptions": {"figures": {"date": "2022-03-29"}},
        })
        client.capabilities = response["result"]["capabilities"]
        client.notify("initialized", {})
        yield client
        if client.process.poll() is None:
            client.close()


def open_document(server, uri: str, text: str, language: str = "markdown") -> list[dict]:
    """didOpen; the diagnostics published for it."""
    mark = server.mark()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": language, "version": 1, "text": text}})
    return server.diagnostics(uri, mark)


def codes(diagnostics: list[dict]) -> list[str]:
    return [diagnostic.get("code") for diagnostic in diagnostics]


def configure(server, settings: dict, uri: str) -> list[dict]:
    """didChangeConfiguration; the diagnostics then published again for ``uri``."""
    mark = server.mark()
    server.notify("workspace/didChangeConfiguration", {"settings": settings})
    return server.diagnostics(uri, mark)


def test_initialize_advertises_full_sync_and_quickfixes(server):
    assert server.capabilities["textDocumentSync"]["change"] == 1  # full text on each change
    assert server.capabilities["codeActionProvider"] == {"codeActionKinds": ["quickfix"]}
    assert server.capabilities["positionEncoding"] == "utf-16"


def test_open_change_and_code_action(server, folder):
    uri = (folder / "harbour.md").as_uri()
    diagnostics = open_document(server, uri, DRAFT)
    assert diagnostics == [{
        "range": RO01_RANGE, "severity": 1, "code": "RO01", "source": "figures",
        "message": "The range '5-3 percent' starts at its larger end\nSuggestion: Write '3-5 percent'.",
    }]

    response = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 7, "character": 55}, "end": {"line": 7, "character": 55}},
        "context": {"diagnostics": diagnostics},
    })
    [action] = response["result"]
    assert action["kind"] == "quickfix"
    assert action["title"] == "Write '3-5 percent' (figures RO01)"
    assert action["diagnostics"] == diagnostics
    assert action["edit"] == {"changes": {uri: [{"range": RO01_RANGE, "newText": "3-5 percent"}]}}

    mark = server.mark()
    server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": FIXED}]})
    published = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == uri, mark)["params"]
    assert published == {"uri": uri, "version": 2, "diagnostics": []}
    response = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": RO01_RANGE, "context": {"diagnostics": []}})
    assert response["result"] == []


def test_no_code_action_away_from_the_finding_or_for_other_kinds(server, folder):
    uri = (folder / "elsewhere.md").as_uri()
    open_document(server, uri, DRAFT)
    at_heading = {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 4}}
    for range_, only in ((at_heading, None), (RO01_RANGE, ["source"])):
        context = {"diagnostics": []} | ({"only": only} if only else {})
        response = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": range_, "context": context})
        assert response["result"] == []


def test_plain_text_with_crlf_and_a_suggestion_with_alternatives(server, folder):
    uri = (folder / "causeway.txt").as_uri()
    diagnostics = open_document(server, uri, WIRE, language="plaintext")
    by_code = {diagnostic["code"]: diagnostic for diagnostic in diagnostics}
    assert by_code["UC01"]["range"] == {"start": {"line": 0, "character": 51},  # '193 miles'
                                        "end": {"line": 0, "character": 60}}
    # the initializationOptions' date gives March 28 its year: 2022, a Monday
    assert by_code["WD01"]["range"]["start"]["line"] == 1
    assert by_code["WD01"]["severity"] == 2
    assert by_code["PW01"]["relatedInformation"] == [{"location": {"uri": uri, "range": {
        "start": {"line": 2, "character": 18}, "end": {"line": 2, "character": 21}}}, "message": "whole: '120'"}]
    response = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": by_code["UC01"]["range"], "context": {"diagnostics": []}})
    assert response["result"] == []  # "Write 93 mi, or, if '193 miles' is right, ..." is no one edit


def test_html_is_read_as_a_page_and_located_in_its_markup(server, folder):
    uri = (folder / "causeway.html").as_uri()
    line = "<p>The causeway is 150&nbsp;km (193&nbsp;miles) long, engineers said.</p>"
    page = f"<html><head><style>p {{ width: 150px }}</style></head><body>\n{line}\n</body></html>\n"
    diagnostics = open_document(server, uri, page, language="html")
    start = line.index("193&nbsp;miles")
    assert [(d["code"], d["range"]) for d in diagnostics] == [("UC01", {
        "start": {"line": 1, "character": start}, "end": {"line": 1, "character": start + len("193&nbsp;miles")}})]


def test_markdown_code_and_link_targets_are_not_read(server):
    text = ("Inflation is forecast at 5-3 percent, see [the table](https://example.com/5-3-percent).\n\n"
            "```\nBetween 50 and 40 people\n```\n\nOr `between 50 and 40` in a query.\n")
    diagnostics = open_document(server, "untitled:Untitled-2", text)  # no file: the language id says Markdown
    assert [(d["code"], d["range"]["start"]) for d in diagnostics] == [("RO01", {"line": 0, "character": 25})]


def test_settings_ignore_a_rule_and_a_bad_setting_changes_nothing(server, folder):
    uri = (folder / "settings.md").as_uri()
    assert codes(open_document(server, uri, DRAFT)) == ["RO01"]
    assert configure(server, {"figures": {"ignore": ["RO01"]}}, uri) == []

    mark = server.mark()
    server.notify("workspace/didChangeConfiguration", {"settings": {"figures": {"ignore": ["XX99"]}}})
    shown = server.wait(lambda m: m.get("method") == "window/showMessage", mark)["params"]
    assert shown["type"] == 1 and "unknown rule selector 'XX99'" in shown["message"]

    mark = server.mark()
    server.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri, mark) == []  # RO01 is still ignored
    assert codes(configure(server, {"figures": {"select": ["range-order"]}}, uri)) == ["RO01"]
    assert codes(configure(server, {"figures": {"date": "2022-03-29"}}, uri)) == ["RO01"]


def test_configuration_file_of_the_folder(server, folder):
    house = folder / "house"
    house.mkdir()
    (house / "figures.toml").write_text('ignore = ["range-order"]\n', encoding="utf-8")
    uri = (house / "draft.md").as_uri()
    diagnostics = open_document(server, uri, DRAFT + "\nThe causeway is 150 km (193 miles) long.\n")
    assert codes(diagnostics) == ["UC01"]  # RO01 is ignored there


def test_problems_of_the_input_itself(server, folder):
    uri = (folder / "dated.md").as_uri()
    server.notify("workspace/didChangeConfiguration", {"settings": {"figures": {}}})  # a date setting would win
    [problem] = open_document(server, uri, DRAFT.replace("2022-03-29", "2022-02-30"))
    assert problem["message"] == "invalid date in the front matter: 2022-02-30"
    assert problem["severity"] == 1 and "code" not in problem
    server.notify("workspace/didChangeConfiguration", {"settings": {"figures": {"date": "2022-03-29"}}})

    uri = (folder / "comment.md").as_uri()
    text = "<!-- figures: ignore[XX99] the agency's own rounding -->\nInflation is forecast at 5-3 percent.\n"
    diagnostics = open_document(server, uri, text)
    assert diagnostics[0]["message"] == "unknown rule 'XX99' in a suppression comment"
    assert diagnostics[0]["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 56}}


def test_unsaved_buffer_and_close(server, folder):
    uri = "untitled:Untitled-1"
    assert codes(open_document(server, uri, DRAFT)) == ["RO01"]
    mark = server.mark()
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri, mark) == []


def test_shutdown_then_exit(tmp_path):
    with open(tmp_path / "server.log", "wb") as log:
        client = LspClient(tmp_path, log)
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        client.notify("initialized", {})
        response, code = client.close()
    assert response["result"] is None and "error" not in response
    assert code == 0
