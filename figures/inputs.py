"""Reading inputs: each path (or ``-`` for stdin) becomes a Document or one InputError.

Files are only ever read: regular files, and named pipes (process substitution,
``<(command)``) with a timeout; a device or a socket is refused.  Text is UTF-8 (with or
without a BOM), UTF-16 or UTF-32 with a BOM, or in the encoding ``--encoding`` names; it
keeps its line endings, so offsets into it are the offsets of the JSON contract (a leading
BOM is dropped).  Each file is read in its format (``figures.formats``): Markdown, HTML, a
Word file (the ``docx`` extra), plain text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import selectors
import stat
import sys
import zipfile

from figures import formats
from figures.document import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_BYTES = 10_000_000  # 10 MB: far beyond any article, small enough to stay fast
_LIMIT = f"{MAX_BYTES // 1_000_000} MB"
PIPE_TIMEOUT = 10  # seconds to wait for data from a named pipe (a FIFO no one writes to)
#: Byte-order marks and the codec they name (UTF-32's before UTF-16's, whose mark starts theirs).
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ZIP = b"PK\x03\x04"  # a .docx is a ZIP archive


class InputError(Exception):
    """An input that cannot be used; ``str()`` is ``"<path>: <problem>"``."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def display_name(path: str) -> str:
    """How an input is named in output: its path, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if path == STDIN else path


def check_encoding(name: str | None) -> str | None:
    """``name`` if Python knows the encoding (``--encoding``); raises LookupError."""
    if name is not None:
        try:
            b"\0\0\0\0".decode(name)  # a LookupError too for a codec that is no text encoding (rot13)
        except UnicodeError:
            pass  # it exists
    return name


def read_input(path: str, *, encoding: str | None = None) -> str:
    """The decoded text of ``path`` (``-`` is stdin); raises InputError."""
    data = _read_stdin() if path == STDIN else _read_file(path)
    return _decode(display_name(path), data, encoding)


def open_document(path: str, *, date: dt.date | int | None, encoding: str | None = None) -> Document:
    """The Document of ``path`` (``-`` is stdin) read in its format; raises InputError for an
    unusable input, including a date the file gives that is no date."""
    name = display_name(path)
    data = _read_stdin() if path == STDIN else _read_file(path)
    if formats.format_of(path) == formats.DOCX or (encoding is None and _is_word(data)):
        document = _word_document(name, data, date)
    else:
        document = formats.read_text(_decode(name, data, encoding), path=name, date=date,
                                     kind=formats.TEXT if path == STDIN else None)
    if document.dateline_problem:
        raise InputError(name, document.dateline_problem)
    return document


def _is_word(data: bytes) -> bool:
    """Whether ``data`` is a Word document whatever the file's name (stdin, a renamed file)."""
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _word_document(name: str, data: bytes, date: dt.date | int | None) -> Document:
    from figures.formats.docx import NotWord

    if not data.startswith(_ZIP):
        raise InputError(name, "not a .docx file (no ZIP archive)")
    try:
        return formats.read_docx_document(data, path=name, date=date)
    except (NotWord, ImportError) as problem:
        raise InputError(name, str(problem)) from None


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


def _decode(name: str, data: bytes, encoding: str | None) -> str:
    codec = encoding or next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    if codec == "utf-8" and b"\0" in data:
        raise InputError(name, "binary file (NUL bytes)")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        byte = data[error.start]
        where = f"byte 0x{byte:02x} at offset {error.start}"
        if encoding:
            raise InputError(name, f"not valid {encoding} ({where})") from None
        label = "UTF-8" if codec == "utf-8" else codec.upper()
        raise InputError(name, f"not valid {label} ({where}); if it is in another encoding, "
                               "name it with --encoding") from None
    text = text.removeprefix("\ufeff")
    if "\0" in text:
        raise InputError(name, "binary file (NUL characters)")
    if not text:
        raise InputError(name, "empty file")
    return text
