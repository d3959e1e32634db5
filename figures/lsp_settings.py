"""The language server's settings, as an editor sends them (initializationOptions or
workspace/didChangeConfiguration): ``{"figures": {"select": [...], "ignore": [...], "date": "..."}}``
or that inner table alone; ``select`` and ``ignore`` take the forms of ``--select`` and
``--ignore`` (a list, or one comma-separated string), ``date`` those of ``--date``.

A file is checked under its configuration file (``[tool.figures]`` or figures.toml, found by
walking up from it, ``figures.config``) and then these settings, as the command line's options
override a file's.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from figures.config import DEFAULT, ConfigError, Configs, Selection, apply_selections
from figures.document import DateError, parse_date_option
from figures.rules import Rule, RuleError, load_rules, select

SECTION = "figures"
KEYS = ("select", "ignore", "date")
_CLIENT_KEYS = frozenset({"trace"})  # what editor clients add to a server's section ("figures.trace.server")


class SettingsError(ValueError):
    """A setting that cannot be used; ``str()`` names the key and the problem."""


@dataclass(frozen=True)
class ServerSettings:
    """The rules chosen by ``select`` and ``ignore``, and the articles' date (None: each article's own)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    date: dt.date | int | None = None


@dataclass(frozen=True)
class FileSettings:
    """What one file is checked with: the rules run, the rules a suppression comment may name,
    the article's date, and the problem of its configuration file (then the defaults are used)."""

    rules: list[Rule]
    known: list[Rule]
    date: dt.date | int | None
    problem: str | None = None


def file_settings(settings: ServerSettings, path: str | None) -> FileSettings:
    """The settings of the file at ``path`` (None: a buffer with no file, under the current folder's
    configuration): its configuration file's, then the client's."""
    problem = None
    try:
        config = Configs().for_path(path or "-")
        known = _rules_in(tuple(str(folder) for folder in config.rules))
    except (ConfigError, RuleError) as error:
        config, known, problem = DEFAULT, _rules_in(()), str(error).replace("\n", "; ")
    ignored = Selection(ignore=config.ignored_in(path)) if path else Selection()
    client = Selection(settings.select or None, (), settings.ignore)
    rules = apply_selections(known, (config.selection, client, ignored))  # as config.Rulebook.rules
    date = settings.date if settings.date is not None else config.date
    return FileSettings(rules, known, date, problem)


@functools.lru_cache(maxsize=8)
def _rules_in(folders: tuple[str, ...]) -> list[Rule]:
    """The built-in rules and those in ``folders``, loaded once for the server's life (the
    configuration files are read again for each check); raises RuleError."""
    return load_rules(folders)


def read_settings(raw: object, known: Sequence[Rule] | None = None) -> ServerSettings:
    """The settings in ``raw`` (None or empty: the defaults), their rule selectors checked against
    ``known`` (default: the built-in rules); raises SettingsError."""
    known = _rules_in(()) if known is None else known
    if isinstance(raw, dict) and isinstance(raw.get(SECTION), dict):
        raw = raw[SECTION]
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SettingsError(f"settings: expected a table of {', '.join(KEYS)}, got {type(raw).__name__}")
    for key in raw:
        if key not in KEYS and key not in _CLIENT_KEYS:
            raise SettingsError(f"settings: unknown key {key!r} (known: {', '.join(KEYS)})")
    chosen = {key: _selectors(key, raw.get(key)) for key in ("select", "ignore")}
    for key, selectors in chosen.items():
        try:
            select(known, selectors)
        except ValueError as problem:
            raise SettingsError(f"settings: {key}: {problem}") from None
    try:
        date = parse_date_option(raw.get("date") or None)
    except DateError as problem:
        raise SettingsError(f"settings: date: {problem}") from None
    return ServerSettings(chosen["select"], chosen["ignore"], date)


def _selectors(key: str, value: object) -> tuple[str, ...]:
    """``"PW01, RO"`` or ``["PW01", "RO"]`` -> ``("PW01", "RO")``."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise SettingsError(f"settings: {key}: expected a list of rule selectors, got {value!r}")
    return tuple(part.strip() for item in items for part in item.split(",") if part.strip())
