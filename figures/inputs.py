"""Reading inputs: each path (or ``-`` for stdin) becomes decoded text or one InputError.

Files are only ever read.  The text keeps its line endings, so offsets into it
are the offsets of the JSON contract; only a leading UTF-8 BOM is dropped.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from figures.document import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_BYTES = 10_000_000  # 10 MB: far beyond any article, small enough to stay fast
_LIMIT = f"{MAX_BYTES // 1_000_000} MB"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class InputError(Exception):
    """An input that cannot be used; ``str()`` is ``"<path>: <problem>"``."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def display_name(path: str) -> str:
    """How an input is named in output: its path, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if path == STDIN else path


def read_input(path: str) -> str:
    """The decoded text of ``path`` (``-`` is stdin); raises InputError."""
    data = _read_stdin() if path == STDIN else _read_file(path)
    return _decode(display_name(path), data)


def open_document(path: str, *, date: dt.date | int | None) -> Document:
    """The Document of ``path`` (``-`` is stdin); raises InputError for an unusable input,
    including a header date that is no date."""
    name = display_name(path)
    document = Document(read_input(path), date=date, path=name)
    if document.dateline_problem:
        raise InputError(name, document.dateline_problem)
    return document


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                raise InputError(path, f"file too large ({size / 1e6:.1f} MB; limit {_LIMIT})")
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, (error.strerror or str(error)).lower()) from None
    if len(data) > MAX_BYTES:  # a pipe or a growing file: fstat could not tell
        raise InputError(path, f"file too large (over the {_LIMIT} limit)")
    if not data:
        raise InputError(path, "empty file")
    return data


def _read_stdin() -> bytes:
    if sys.stdin is None:
        raise InputError(STDIN_NAME, "no standard input")
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(STDIN_NAME, (error.strerror or str(error)).lower()) from None
    if len(data) > MAX_BYTES:
        raise InputError(STDIN_NAME, f"input too large (over the {_LIMIT} limit)")
    if not data:
        raise InputError(STDIN_NAME, "empty input")
    return data


def _decode(name: str, data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        raise InputError(name, "UTF-16 text (save it as UTF-8)")
    if b"\0" in data:
        raise InputError(name, "binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        problem = f"not valid UTF-8 (byte 0x{byte:02x} at offset {error.start})"
        raise InputError(name, problem) from None
    text = text.removeprefix("\ufeff")
    if not text:
        raise InputError(name, "empty file")
    return text
