"""Front matter: the YAML (``---``) or TOML (``+++``) block at the top of a Markdown or text file.

It is parsed with a YAML parser (PyYAML, imported when a file has YAML front matter; without
it, or when the block does not parse, its ``key: value`` lines are read) or ``tomllib``, and
its date is the first of the date keys (``lang/en/formats.toml``) that holds a date.  The block
is never read as body text.  A ``---`` block that is no mapping (a thematic break and a setext
heading) is no front matter.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from figures.document import DateError, Dateline
from figures.formats.dates import day_of, format_words

_YAML = re.compile(r"\A---[ \t]*\r?\n(?:(?P<body>.*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\r?\n(?:(?P<body>.*?)\r?\n)??\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)
_LINE = re.compile(r"^[ \t]*[\"']?(?P<key>[A-Za-z][\w:.-]*)[\"']?[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)
_WHERE = "front matter"


@dataclass(frozen=True)
class FrontMatter:
    """Where the body starts after the block, and the date it gives (or why it is none)."""

    end: int
    dateline: Dateline | None = None
    problem: str | None = None


def front_matter(text: str) -> FrontMatter | None:
    """The front matter at the top of ``text``, or None."""
    match = _TOML.match(text)
    if match:
        values = _parsed(match["body"] or "", _toml)
    else:
        match = _YAML.match(text)
        if not match:
            return None
        values = _parsed(match["body"] or "", _yaml)
        if values is None:
            return None
    body_start = match.start("body") if match["body"] is not None else match.end()
    try:
        dateline = _dateline(values, text, body_start, match.end())
    except DateError as problem:
        return FrontMatter(match.end(), problem=str(problem))
    return FrontMatter(match.end(), dateline)


def _parsed(body: str, parse) -> dict | None:
    """The mapping of ``body``; its ``key: value`` lines when the parser fails or is absent; None
    when it holds no mapping."""
    try:
        values = parse(body)
    except (ImportError, ValueError):  # yaml.YAMLError and tomllib.TOMLDecodeError are ValueErrors here
        values = {m["key"]: _unquoted(m["value"]) for m in _LINE.finditer(body)} or None
    if values is None and not body.strip():
        return {}
    return values if isinstance(values, dict) else None


def _yaml(body: str) -> object:
    import yaml  # PyYAML: only for files with YAML front matter

    try:
        return yaml.load(body, Loader=yaml.BaseLoader)  # every value a string: dates are read here
    except yaml.YAMLError as problem:
        raise ValueError(problem) from None


def _toml(body: str) -> object:
    return tomllib.loads(body)


def _dateline(values: dict, text: str, start: int, end: int) -> Dateline | None:
    keys = {_key(key): value for key, value in values.items() if isinstance(key, str)}
    for key in format_words().date_keys:
        day = day_of(keys.get(key), where=_WHERE)
        if day is not None:
            return Dateline(day, "front-matter", *_value_span(text, start, end, key))
    return None


def _value_span(text: str, start: int, end: int, key: str) -> tuple[int | None, int | None]:
    """Where the value of ``key`` is written (quotes left out), if on its line."""
    for line in _LINE.finditer(text, start, end):
        if _key(line["key"]) == key:
            value_start, value_end = line.span("value")
            value = text[value_start:value_end]
            value_end -= len(value) - len(value.split(" #")[0].rstrip())  # a YAML comment after it
            if text[value_start:value_start + 1] in "\"'" and value_end > value_start + 1:
                value_start, value_end = value_start + 1, value_end - 1
            return value_start, value_end
    return None, None


def _key(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def _unquoted(value: str) -> str:
    value = value.split(" #")[0].strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" else value
