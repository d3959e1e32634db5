"""Colour for the text reports, when the reader is a person at a terminal.

Off when stdout is not a terminal (a pipe, a file, CI logs) and when
``NO_COLOR`` is set to anything (no-color.org); ``FORCE_COLOR`` set to anything
turns it on even then (force-color.org), except that ``NO_COLOR`` wins, as in
CPython's own colouring; ``TERM=dumb`` turns it off.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

_RESET = "\x1b[0m"
_STYLES = {
    "error": "\x1b[1;31m",  # bold red
    "warning": "\x1b[1;33m",  # bold yellow
    "path": "\x1b[1m",  # bold
    "code": "\x1b[1;36m",  # bold cyan
    "related": "\x1b[34m",  # blue
    "gutter": "\x1b[34m",
    "note": "\x1b[1;32m",  # bold green
}


def wants_colour(out: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour what is written to ``out``."""
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed or detached stream
        return False


@dataclass(frozen=True)
class Palette:
    """Wraps text in a style's escape codes, or leaves it as it is when colour is off."""

    on: bool = False

    def __call__(self, style: str, text: str) -> str:
        if not self.on or not text:
            return text
        return f"{_STYLES[style]}{text}{_RESET}"


PLAIN = Palette(False)
