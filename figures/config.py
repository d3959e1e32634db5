"""Configuration: ``[tool.figures]`` in a pyproject.toml, or the top level of a figures.toml.

As in ruff, each file takes the nearest configuration found by walking up from its folder (a
figures.toml before a pyproject.toml in the same folder; a pyproject.toml with no
``[tool.figures]`` is passed over); files are not merged, and the patterns and folders a file
names are relative to its folder.  ``--config PATH`` names one file for every input (its paths are
then relative to the current folder) and ``--isolated`` ignores them all.  Command-line options
override every file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from figures.model import LEVELS

if TYPE_CHECKING:  # pragma: no cover
    from pathspec import GitIgnoreSpec

    from figures.rules import Rule

NAMES = ("figures.toml", "pyproject.toml")  # in order of precedence within one folder
TABLE = "tool.figures"
#: What a folder walk skips unless ``exclude`` says otherwise (``extend-exclude`` adds to it).
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", "__pypackages__", "site-packages", "_build",
    "build", "dist",
)


class ConfigError(Exception):
    """A configuration file that cannot be used: one ``"<file>: <key>: <problem>"`` line each."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.lines = tuple(f"{path}: {problem}" for problem in problems)
        super().__init__("\n".join(self.lines))


@dataclass(frozen=True)
class Selection:
    """One layer of rule selection (a file's, or the command line's), applied in turn as in ruff:
    ``select`` (when given) replaces the rules so far, ``extend-select`` adds, ``ignore`` removes."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def selectors(self) -> Iterator[tuple[str, str]]:
        """Each (key, selector) it names."""
        for key, values in (("select", self.select or ()), ("extend-select", self.extend_select),
                            ("ignore", self.ignore)):
            yield from ((key, value) for value in values)


@dataclass(frozen=True)
class Config:
    """The settings of one configuration file (``path`` None: the defaults)."""

    path: str | None = None
    root: Path = field(default_factory=Path.cwd)  # what its patterns and folders are relative to
    selection: Selection = Selection()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    fail_level: str | None = None
    date: dt.date | int | None = None
    rules: tuple[Path, ...] = ()
    model: str | None = None

    @cached_property
    def exclude_spec(self) -> GitIgnoreSpec:
        """``exclude`` and ``extend-exclude``, compiled; they match paths ``relative`` to the root."""
        return _spec(self.exclude + self.extend_exclude)

    @cached_property
    def _per_file(self) -> tuple[tuple[GitIgnoreSpec, tuple[str, ...]], ...]:
        return tuple((_spec([pattern]), selectors) for pattern, selectors in self.per_file_ignores)

    def ignored_in(self, path: str) -> tuple[str, ...]:
        """The selectors ``per-file-ignores`` turns off for ``path``."""
        relative = self.relative(path)
        return tuple(s for spec, selectors in self._per_file if spec.match_file(relative) for s in selectors)

    def relative(self, path: str | Path) -> str:
        """``path`` as the patterns see it: relative to the root, with forward slashes."""
        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(self.root).as_posix()
        except ValueError:  # outside the root: only unanchored patterns can match
            return absolute.as_posix().lstrip("/")


DEFAULT = Config()


def _spec(patterns: Iterable[str]) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(list(patterns))


# -- reading and validating a file --------------------------------------------


def read_config(path: Path, root: Path | None = None, rule_folders: Sequence[Path] = ()) -> Config | None:
    """The Config of ``path``, validated (``None`` for a pyproject.toml with no ``[tool.figures]``);
    ``root`` defaults to its folder; ``rule_folders`` (the command line's) are also loaded when the
    rule selectors are checked.  Raises ConfigError with every problem found."""
    table = _table(path)
    if table is None:
        return None
    name, (data, prefix) = _shown(path), table
    root = root or Path(os.path.abspath(path.parent))
    problems: list[str] = []
    values = {}
    for key, value in data.items():
        reader = _READERS.get(key)
        if reader is None:
            problems.append(f"{prefix}{key}: unknown key{_did_you_mean(key)}")
            continue
        try:
            values[key] = reader(value)
        except ValueError as problem:
            problems.append(f"{prefix}{key}: {problem}")
    config = _config(name, root, values)
    if not any(problem.startswith(f"{prefix}rules:") for problem in problems):
        problems.extend(f"{prefix}{p}" for p in _unknown_rules(config, rule_folders))
    if problems:
        raise ConfigError(name, problems)
    return config


def _table(path: Path) -> tuple[dict, str] | None:
    """The settings table of ``path`` and the prefix that names its keys (``tool.figures.`` in a
    pyproject.toml); ``None`` for a pyproject.toml with no such table.  Raises ConfigError."""
    name = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise ConfigError(name, [f"cannot be read ({problem.__class__.__name__})"]) from None
    pyproject = path.name == "pyproject.toml"
    if pyproject and "figures" not in text:  # most pyproject.toml files: no need to parse them
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        raise ConfigError(name, [f"not valid TOML ({problem})"]) from None
    if not pyproject:
        return data, ""
    tool = data.get("tool", {})
    if not isinstance(tool, dict) or TABLE.split(".")[1] not in tool:
        return None
    if not isinstance(tool["figures"], dict):
        raise ConfigError(name, [f"{TABLE}: must be a table"])
    return tool["figures"], TABLE + "."


def _shown(path: Path) -> str:
    """How a configuration file is named in messages: from the current folder when it is below it."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


def _did_you_mean(key: str) -> str:
    close = difflib.get_close_matches(key, _READERS, n=1)
    return f" (did you mean {close[0]}?)" if close else f" (one of: {', '.join(_READERS)})"


def _strings(value) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("must be a list of strings")
    return tuple(value)


def _per_file_ignores(value) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of pattern = ["CODE", ...]')
    entries = []
    for pattern, selectors in value.items():
        try:
            entries.append((pattern, _strings(selectors)))
        except ValueError:
            raise ValueError(f"{pattern!r} must be a list of strings") from None
    return tuple(entries)


def _fail_level(value) -> str:
    if value not in LEVELS:
        raise ValueError(f"must be one of: {', '.join(LEVELS)} (not {value!r})")
    return value


def _date(value) -> dt.date | int:
    from figures.document import DateError, parse_date_option

    if isinstance(value, bool) or not isinstance(value, str | int | dt.date) or isinstance(value, dt.datetime):
        raise ValueError("must be a date (2024-03-05, or a year 2024)")
    try:
        return parse_date_option(value)
    except DateError as problem:
        raise ValueError(str(problem)) from None


def _string(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value


def _model(value) -> str:
    """A spaCy pipeline: an installed package or a folder (looked up, not loaded)."""
    import importlib.util

    name = _string(value)
    if not os.path.isdir(name) and (not name.isidentifier() or importlib.util.find_spec(name) is None):
        raise ValueError(f"no spaCy pipeline {name!r} is installed (pip install it, or name a folder)")
    return name


_READERS: dict[str, Callable] = {
    "select": _strings, "extend-select": _strings, "ignore": _strings,
    "per-file-ignores": _per_file_ignores, "exclude": _strings, "extend-exclude": _strings,
    "fail-level": _fail_level, "date": _date, "rules": _strings, "model": _model,
}


def _config(name: str, root: Path, values: dict) -> Config:
    return Config(
        path=name, root=root,
        selection=Selection(values.get("select"), values.get("extend-select", ()), values.get("ignore", ())),
        per_file_ignores=values.get("per-file-ignores", ()),
        exclude=values.get("exclude", DEFAULT_EXCLUDE), extend_exclude=values.get("extend-exclude", ()),
        fail_level=values.get("fail-level"), date=values.get("date"),
        rules=tuple(root / folder for folder in values.get("rules", ())), model=values.get("model"),
    )


def _unknown_rules(config: Config, rule_folders: Sequence[Path]) -> Iterator[str]:
    """The problems of ``rules`` (a folder that cannot be loaded) and of every rule selector."""
    from figures.rules import RuleError, load_rules, matches

    try:
        known = load_rules(_unique(config.rules + tuple(rule_folders)))
    except RuleError as problem:
        yield f"rules: {problem}"
        return
    named = [*config.selection.selectors(),
             *((f"per-file-ignores.{pattern!r}", s) for pattern, selectors in config.per_file_ignores
               for s in selectors)]
    for key, selector in named:
        if not any(matches(rule, selector) for rule in known):
            yield f"{key}: unknown rule selector {selector!r} (not a code, prefix, name or category)"


def _unique(folders: Iterable[Path]) -> list[Path]:
    """Each folder once (a file and the command line may name the same one)."""
    return list({Path(os.path.abspath(folder)): None for folder in folders})


# -- applying settings -----------------------------------------------------------


def apply_selections(rules: Sequence[Rule], layers: Iterable[Selection]) -> list[Rule]:
    """The ``rules`` left after each Selection in turn (all of them when none selects)."""
    from figures.rules import matches

    def named(selectors: Iterable[str]) -> set[str]:
        return {rule.code for rule in rules if any(matches(rule, s) for s in selectors)}

    chosen = {rule.code for rule in rules}
    for layer in layers:
        if layer.select is not None:
            chosen = named(layer.select)
        chosen = (chosen | named(layer.extend_select)) - named(layer.ignore)
    return [rule for rule in rules if rule.code in chosen]


class Rulebook:
    """The rules each input is checked with: those its configuration loads and selects, then the
    command line's ``selection``, less what its ``per-file-ignores`` turn off; loaded once per set of
    rule folders."""

    def __init__(self, configs: Configs, selection: Selection = Selection()) -> None:
        self.configs = configs
        self.selection = selection
        self._loaded: dict[tuple[Path, ...], list[Rule]] = {}

    def known(self, config: Config) -> list[Rule]:
        """Every rule ``config`` loads: the built-in ones, its folders' and the command line's;
        raises RuleError."""
        from figures.rules import load_rules

        folders = tuple(_unique(config.rules + self.configs.rule_folders))
        if folders not in self._loaded:
            self._loaded[folders] = load_rules(folders)
        return self._loaded[folders]

    def rules(self, config: Config, path: str | None = None) -> list[Rule]:
        """The rules run on ``path`` (on any path ``config`` governs when None)."""
        ignored = Selection(ignore=config.ignored_in(path)) if path is not None else Selection()
        return apply_selections(self.known(config), (config.selection, self.selection, ignored))


@contextmanager
def spacy_model(model: str | None) -> Iterator[None]:
    """Within the block, ``model`` is the spaCy pipeline's name unless $FIGURES_SPACY_MODEL names one:
    one run loads one pipeline, so it is the run's configuration that names it."""
    from figures.parsing import MODEL_VARIABLE

    if model is None or MODEL_VARIABLE in os.environ:
        yield
        return
    os.environ[MODEL_VARIABLE] = model
    try:
        yield
    finally:
        os.environ.pop(MODEL_VARIABLE, None)


# -- finding the file for a path -------------------------------------------------


class Configs:
    """The configuration of each input, found once per folder and read once per file.

    ``explicit``: a file named by ``--config`` (for every input); ``isolated``: no file at all;
    ``rule_folders``: the command line's ``--rules`` (checked with each file's selectors).
    """

    def __init__(self, explicit: str | None = None, isolated: bool = False,
                 rule_folders: Sequence[str] = ()) -> None:
        self.rule_folders = tuple(Path(folder) for folder in rule_folders)
        self._fixed: Config | None = DEFAULT if isolated else None
        self._folders: dict[Path, Config | ConfigError] = {}
        self._files: dict[Path, Config | ConfigError | None] = {}
        self.reported: set[str] = set()  # the files whose problems have been shown
        if explicit is not None and not isolated:
            path = Path(explicit)
            if not path.is_file():
                raise ConfigError(explicit, ["no such file"])
            config = read_config(path, Path.cwd(), self.rule_folders)
            if config is None:
                raise ConfigError(explicit, [f"no [{TABLE}] table"])
            self._fixed = config

    def for_path(self, path: str) -> Config:
        """The Config of input ``path`` (``-`` or ``<stdin>``: of the current folder); raises ConfigError."""
        folder = Path.cwd() if path in ("-", "<stdin>") else Path(os.path.abspath(path)).parent
        return self.for_folder(folder)

    def for_folder(self, folder: Path) -> Config:
        """The Config that governs the files in ``folder``: the nearest at or above it; raises ConfigError."""
        if self._fixed is not None:
            return self._fixed
        folder = Path(os.path.abspath(folder))
        if folder not in self._folders:
            here = next((found for name in NAMES if (found := self._file(folder / name)) is not None), None)
            self._folders[folder] = here or (DEFAULT if folder.parent == folder else _caught(
                self.for_folder, folder.parent))
        found = self._folders[folder]
        if isinstance(found, ConfigError):
            raise found
        return found

    def run_config(self) -> Config:
        """The Config of the run as a whole (``--config``, or the current folder's), for the settings
        one run has once (the spaCy model, the rules a SARIF log describes); DEFAULT when it is broken."""
        found = _caught(self.for_folder, Path.cwd())
        return DEFAULT if isinstance(found, ConfigError) else found

    def _file(self, path: Path) -> Config | ConfigError | None:
        """The Config (or the problems) of configuration file ``path``; None if it configures nothing."""
        if path not in self._files:
            self._files[path] = _caught(read_config, path, rule_folders=self.rule_folders) if path.is_file() else None
        return self._files[path]


def _caught(function, *args, **keywords):
    """What ``function`` returns, or the ConfigError it raises."""
    try:
        return function(*args, **keywords)
    except ConfigError as problem:
        return problem
