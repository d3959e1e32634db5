"""Reading inputs: each path (or ``-`` for stdin) becomes decoded text or one InputError.

Files are only ever read: regular files, and named pipes (process substitution,
``<(command)``) with a timeout; a device or a socket is refused.  The text keeps
its line endings, so offsets into it are the offsets of the JSON contract; only
a leading UTF-8 BOM is dropped.
"""

from __future__ import annotations

import datetime as dt
import os
import selectors
import stat
import sys

from figures.document import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_BYTES = 10_000_000  # 10 MB: far beyond any article, small enough to stay fast
_LIMIT = f"{MAX_BYTES // 1_000_000} MB"
PIPE_TIMEOUT = 10  # seconds to wait for data from a named pipe (a FIFO no one writes to)
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
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(path, "is a directory")
        if stat.S_ISFIFO(mode):  # a named pipe, or process substitution: <(command)
            data = _read_pipe(path)
        elif stat.S_ISREG(mode):
            data = _read_regular(path)
        else:
            raise InputError(path, "not a regular file")  # a device or a socket
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, (error.strerror or str(error)).lower()) from None
    if len(data) > MAX_BYTES:  # a pipe or a growing file: fstat could not tell
        raise InputError(path, f"file too large (over the {_LIMIT} limit)")
    if not data:
        raise InputError(path, "empty file")
    return data


def _read_regular(path: str) -> bytes:
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size / 1e6:.1f} MB; limit {_LIMIT})")
        return file.read(MAX_BYTES + 1)


def _read_pipe(path: str) -> bytes:
    """What a FIFO gives until its writers close it, waiting at most PIPE_TIMEOUT for each piece:
    opened without blocking, so a FIFO no one writes to cannot hang the run."""
    chunks, size = [], 0
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while size <= MAX_BYTES:
                if not selector.select(PIPE_TIMEOUT):
                    raise InputError(path, f"no data from the pipe within {PIPE_TIMEOUT:g} s")
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


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
