"""A small LSP client for the tests: JSON-RPC with Content-Length framing over a real
``python -m figures lsp`` subprocess's stdin and stdout."""

from __future__ import annotations

import itertools
import json
import queue
import subprocess
import sys
import threading
import time

TIMEOUT = 60  # seconds; the first check loads the language models


class LspClient:
    """Send requests and notifications; read what the server sends, in order."""

    def __init__(self, cwd, stderr) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "figures", "lsp", "--stdio"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, cwd=cwd,
        )
        self.received: list[dict] = []  # every message from the server, in order
        self._incoming: queue.Queue = queue.Queue()
        self._ids = itertools.count(1)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if not line or length is None:
                self._incoming.put(None)  # the server closed its stdout
                return
            self._incoming.put(json.loads(stream.read(length).decode("utf-8")))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict | None = None) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict | None = None) -> dict:
        """The response to a request (its ``result`` or ``error``)."""
        number = next(self._ids)
        self.send({"id": number, "method": method, "params": params})
        return self.wait(lambda message: message.get("id") == number and "method" not in message)

    def mark(self) -> int:
        """Where the messages received so far end: ``wait(..., after=mark)`` looks past them."""
        return len(self.received)

    def wait(self, wanted, after: int | None = None) -> dict:
        """The first message, after ``after`` (default: the messages not yet looked at), that
        ``wanted`` accepts; answers the server's own requests (null) on the way."""
        seen = self.mark() if after is None else after
        deadline = time.monotonic() + TIMEOUT
        while True:
            for message in self.received[seen:]:
                if wanted(message):
                    return message
            seen = self.mark()
            try:
                message = self._incoming.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no such message within {TIMEOUT} s; received {self.received}") from None
            if message is None:
                raise AssertionError(f"the server closed its output; received {self.received}")
            self.received.append(message)
            if "method" in message and "id" in message:
                self.send({"id": message["id"], "result": None})

    def diagnostics(self, uri: str, after: int) -> list[dict]:
        """The next diagnostics published for ``uri`` after the mark ``after``."""
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri, after)["params"]["diagnostics"]

    def close(self) -> tuple[dict, int]:
        """shutdown, then exit: the response to shutdown, and the server's exit code."""
        response = self.request("shutdown")
        self.notify("exit")
        try:
            return response, self.process.wait(timeout=TIMEOUT)
        finally:
            self.process.stdin.close()
            self.process.stdout.close()
