"""The language server, ``figures lsp``: LSP over stdio, built on pygls (the ``lsp`` extra).

A Markdown, HTML or text buffer is checked when it is opened, changed and saved, and its
diagnostics are published (range, severity, rule code, source ``figures``, the message and its
suggestion, the related figures).  A suggestion that is one replacement is a ``quickfix`` code
action.  Settings (``figures.lsp_settings``) come in the initializationOptions and
``workspace/didChangeConfiguration``; a bad one is shown to the user and the previous
settings are kept.
"""

from __future__ import annotations

import os
import sys

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from figures import __version__, formats
from figures.lsp_lint import Linted, Problem, lint
from figures.lsp_positions import Positions
from figures.lsp_settings import ServerSettings, SettingsError, file_settings, read_settings
from figures.model import Diagnostic

SOURCE = "figures"
_SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}
_QUICKFIX = types.CodeActionKind.QuickFix.value  # "quickfix"
#: The formats of the editors' language ids (any other buffer is read by its file's suffix).
_FORMATS = {"markdown": formats.MARKDOWN, "html": formats.HTML, "plaintext": formats.TEXT, "text": formats.TEXT}


class FiguresServer(LanguageServer):
    """The server's state: the client's settings, and the last result for each open buffer."""

    def __init__(self) -> None:
        super().__init__(SOURCE, __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.settings = ServerSettings()
        self.shown: set[str] = set()  # the configuration problems already shown to the user
        self.initial: object = None  # the initializationOptions, which an empty configuration keeps
        self.linted: dict[str, Linted] = {}
        self.shut_down = False  # a shutdown request came before exit (else the exit code is 1)

    def configure(self, raw: object) -> bool:
        """Use the settings in ``raw``; a bad one is shown to the user and changes nothing."""
        try:
            self.settings = read_settings(raw)
        except SettingsError as problem:
            self.show(str(problem))
            return False
        self.shown.clear()
        return True

    def show(self, problem: str) -> None:
        """Show ``problem`` to the user, once until the settings change."""
        if problem not in self.shown:
            self.shown.add(problem)
            message = types.ShowMessageParams(type=types.MessageType.Error, message=f"figures: {problem}")
            self.window_show_message(message)

    def check(self, uri: str) -> Linted:
        """Check the buffer of ``uri`` (a file's, or an unsaved one's) and keep the result."""
        path = to_fs_path(uri)
        settings = file_settings(self.settings, path)
        if settings.problem:
            self.show(settings.problem)
        buffer = self.workspace.get_text_document(uri)
        linted = lint(buffer.source, path or uri, kind=_FORMATS.get(buffer.language_id or ""),
                      date=settings.date, rules=settings.rules, known=settings.known)
        self.linted[uri] = linted
        for failure in linted.failures:
            self.window_log_message(types.LogMessageParams(
                type=types.MessageType.Error, message=f"figures: {failure} (please report)"))
        return linted

    def publish(self, uri: str) -> None:
        """Check the buffer of ``uri`` and publish its diagnostics."""
        linted = self.check(uri)
        positions = self.positions(linted.text)
        diagnostics = [_problem(positions, problem) for problem in linted.problems]
        diagnostics += [_diagnostic(uri, positions, diagnostic) for diagnostic in linted.diagnostics]
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))

    def current(self, uri: str) -> Linted:
        """The result for the buffer of ``uri`` as it is now."""
        linted = self.linted.get(uri)
        if linted is None or linted.text != self.workspace.get_text_document(uri).source:
            linted = self.check(uri)
        return linted

    def positions(self, text: str) -> Positions:
        """The positions of ``text`` in the encoding agreed with the client."""
        encoding = self.workspace.position_encoding
        return Positions(text, str(getattr(encoding, "value", encoding) or "utf-16"))


def _range(positions: Positions, start: int, end: int) -> types.Range:
    return types.Range(start=_position(positions, start), end=_position(positions, end))


def _position(positions: Positions, offset: int) -> types.Position:
    line, character = positions.position(offset)
    return types.Position(line=line, character=character)


def _diagnostic(uri: str, positions: Positions, diagnostic: Diagnostic) -> types.Diagnostic:
    message = diagnostic.message + (f"\nSuggestion: {diagnostic.suggestion}" if diagnostic.suggestion else "")
    related = [types.DiagnosticRelatedInformation(
        location=types.Location(uri=uri, range=_range(positions, r.start, r.end)), message=f"{r.role}: '{r.text}'")
        for r in diagnostic.related]
    return types.Diagnostic(
        range=_range(positions, diagnostic.start, diagnostic.end), message=message,
        severity=_SEVERITY[diagnostic.level], code=diagnostic.code, source=SOURCE,
        related_information=related or None,
    )


def _problem(positions: Positions, problem: Problem) -> types.Diagnostic:
    return types.Diagnostic(range=_range(positions, problem.start, problem.end), message=problem.message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE)


def code_actions(ls: FiguresServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """A quickfix for each diagnostic in the requested range whose suggestion is one edit."""
    only = params.context.only
    wanted = [str(getattr(kind, "value", kind)) for kind in only or ()]
    if wanted and not any(_QUICKFIX == kind or _QUICKFIX.startswith(f"{kind}.") for kind in wanted):
        return []
    uri = params.text_document.uri
    linted = ls.current(uri)
    positions = ls.positions(linted.text)
    start = positions.offset(params.range.start.line, params.range.start.character)
    end = positions.offset(params.range.end.line, params.range.end.character)
    actions = []
    for diagnostic, edit in linted.edits():
        if edit.start <= end and start <= edit.end:
            change = types.TextEdit(_range(positions, edit.start, edit.end), edit.replacement)
            actions.append(types.CodeAction(
                title=f"{diagnostic.suggestion.rstrip('.')} ({SOURCE} {diagnostic.code})", kind=_QUICKFIX,
                diagnostics=[_diagnostic(uri, positions, diagnostic)],
                edit=types.WorkspaceEdit(changes={uri: [change]}),
            ))
    return actions


def build_server() -> FiguresServer:
    """The server, its features registered."""
    server = FiguresServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: FiguresServer, params: types.InitializeParams) -> None:
        ls.initial = params.initialization_options
        ls.configure(ls.initial)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FiguresServer, params: None) -> None:
        ls.shut_down = True

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: FiguresServer, params: types.DidChangeConfigurationParams) -> None:
        if ls.configure(params.settings or ls.initial):
            for uri in list(ls.linted):
                ls.publish(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FiguresServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FiguresServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FiguresServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FiguresServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.linted.pop(params.text_document.uri, None)
        cleared = types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        ls.text_document_publish_diagnostics(cleared)

    server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                   types.CodeActionOptions(code_action_kinds=[_QUICKFIX]))(code_actions)
    return server


def serve() -> int:
    """Speak LSP on stdin and stdout until the client says exit: 0 after a shutdown request, else 1
    (as the protocol says).  Whatever else writes to stdout goes to stderr, not into the protocol."""
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    server = build_server()
    server.start_io(sys.stdin.buffer, protocol_out)
    return 0 if server.shut_down else 1
