"""Character offsets <-> LSP positions: lines end at "\\n", "\\r\\n" or "\\r" only (the protocol's
rule, not str.splitlines'), and a column counts the code units of the negotiated encoding
(UTF-16 unless the client asked for another: an emoji is two units, "é" one)."""

from __future__ import annotations

import bisect
import re

_LINE_END = re.compile(r"\r\n|\r|\n")
#: The position encodings of LSP 3.17 ("utf-16" is the default every client supports).
ENCODINGS = ("utf-8", "utf-16", "utf-32")


def code_units(text: str, encoding: str = "utf-16") -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == "utf-32":
        return len(text)
    return len(text) + sum(1 for char in text if char > "\uffff")


class Positions:
    """The LSP positions of one text under one encoding."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self._starts = [0] + [match.end() for match in _LINE_END.finditer(text)]
        self._ends = [match.start() for match in _LINE_END.finditer(text)] + [len(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """The 0-based (line, character) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        return line, code_units(self.text[start:min(offset, self._ends[line])], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The character offset of a 0-based (line, character); a position past the end of its
        line is the line's end, a line past the last the end of the text (as the protocol says)."""
        if line < 0:
            return 0
        if line >= len(self._starts):
            return len(self.text)
        at, end, units = self._starts[line], self._ends[line], 0
        while at < end and units < character:
            units += code_units(self.text[at], self.encoding)
            at += 1
        return at
