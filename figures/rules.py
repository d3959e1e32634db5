"""Rules as data: load rules/*.toml, validate them, and select them by code, name or category."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from figures.model import CATEGORIES, LEVELS

_REQUIRED = ("code", "name", "category", "check", "level", "summary", "why", "examples")
_OPTIONAL = ("options",)


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Example:
    """A text the rule must (``expect`` holds its code) or must not flag."""

    text: str
    expect: tuple[str, ...]
    date: str | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    check: str
    level: str
    summary: str
    why: str
    examples: tuple[Example, ...]
    options: dict[str, object] = field(default_factory=dict, compare=False)  # validated, defaults filled in
    path: str = ""


def builtin_rules_dir() -> Path:
    """The rules shipped with figures: the package data ``figures.builtin_rules`` once installed,
    the ``rules/`` folder beside the package when run from a source checkout."""
    try:
        return Path(str(resources.files("figures.builtin_rules")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "rules"


def load_rules(directories: Sequence[Path | str] = ()) -> list[Rule]:
    """The built-in rules plus those in ``directories``, validated, sorted by code."""
    from figures.checks import OPTIONS

    rules: list[Rule] = []
    for directory in (builtin_rules_dir(), *map(Path, directories)):
        if not directory.is_dir():
            raise RuleError(str(directory), "no such rules folder")
        for path in sorted(directory.glob("*.toml")):
            rules.append(_load(path, OPTIONS))
    _check_unique(rules)
    return sorted(rules, key=lambda rule: rule.code)


@functools.cache
def builtin_rules() -> tuple[Rule, ...]:
    """The built-in rules, loaded once per process."""
    return tuple(load_rules())


def _load(path: Path, kinds: dict) -> Rule:
    """A rule file, validated; ``kinds`` maps each check kind to the options it declares."""
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as problem:
        raise RuleError(name, f"cannot be read ({problem})") from None
    except tomllib.TOMLDecodeError as problem:
        raise RuleError(name, f"not valid TOML ({problem})") from None
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise RuleError(name, f"missing field {', '.join(missing)}")
    unknown = sorted(set(data) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise RuleError(name, f"unknown field {', '.join(unknown)}")
    for key in ("code", "name", "category", "check", "level", "summary", "why"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise RuleError(name, f"field {key} must be a non-empty string")
    if data["category"] not in CATEGORIES:
        raise RuleError(name, f"unknown category {data['category']!r} (one of: {', '.join(CATEGORIES)})")
    if data["level"] not in LEVELS:
        raise RuleError(name, f"unknown level {data['level']!r} (one of: {', '.join(LEVELS)})")
    if data["check"] not in kinds:
        raise RuleError(name, f"unknown check kind {data['check']!r} (one of: {', '.join(sorted(kinds))})")
    options = _options(name, data.get("options", {}), data["check"], kinds[data["check"]])
    return Rule(
        code=data["code"], name=data["name"], category=data["category"], check=data["check"],
        level=data["level"], summary=data["summary"].strip(), why=data["why"].strip(),
        examples=tuple(_examples(name, data["examples"])), options=options, path=name,
    )


def _options(name: str, raw, kind: str, declared: dict) -> dict[str, object]:
    """The ``[options]`` table checked against what check kind ``kind`` declares, with defaults."""
    if not isinstance(raw, dict):
        raise RuleError(name, "options must be a table")
    unknown = sorted(set(raw) - set(declared))
    if unknown:
        raise RuleError(name, f"unknown option {unknown[0]} ({kind} takes: {', '.join(declared) or 'none'})")
    options = {}
    for key, option in declared.items():
        try:
            options[key] = option.read(raw[key]) if key in raw else option.default
        except ValueError as problem:
            raise RuleError(name, f"option {key} {problem}") from None
    return options


def _examples(name: str, raw) -> Iterable[Example]:
    if not isinstance(raw, list):
        raise RuleError(name, "examples must be an array of tables ([[examples]])")
    for number, example in enumerate(raw, 1):
        if not isinstance(example, dict) or not isinstance(example.get("text"), str):
            raise RuleError(name, f"example {number} has no text")
        if "expect" not in example:
            raise RuleError(name, f"example {number} has no expectation (expect = [] or [\"CODE\"])")
        expect = example["expect"]
        if not isinstance(expect, list) or not all(isinstance(code, str) for code in expect):
            raise RuleError(name, f"example {number}: expect must be a list of codes")
        date = example.get("date")
        if date is not None and not isinstance(date, str):
            raise RuleError(name, f"example {number}: date must be a string (YYYY-MM-DD)")
        yield Example(example["text"], tuple(expect), date)


def _check_unique(rules: list[Rule]) -> None:
    for key in ("code", "name"):
        seen: dict[str, Rule] = {}
        for rule in rules:
            value = getattr(rule, key)
            if value in seen:
                raise RuleError(rule.path, f"duplicate rule {key} {value!r} (also in {seen[value].path})")
            seen[value] = rule


def matches(item, selector: str) -> bool:
    """A rule or a diagnostic is named by a code, a code prefix, a name or a category (never by "")."""
    return bool(selector) and (item.code.startswith(selector.upper()) or selector in (item.name, item.category)
                               or selector.lower() == "all")


Selectors = str | Iterable[str] | None


def select(rules: Sequence[Rule], select: Selectors = (), ignore: Selectors = ()) -> list[Rule]:
    """Rules matching any ``select`` selector (all if none) and no ``ignore`` selector.

    A selector is a code (``PW01``), a code prefix (``PW``), a name or a category;
    one that matches no rule raises ValueError.  A string is one selector.
    """
    select, ignore = _selectors(select), _selectors(ignore)
    for selector in select + ignore:
        if not any(matches(rule, selector) for rule in rules):
            raise ValueError(f"unknown rule selector {selector!r} (not a code, prefix, name or category)")
    chosen = [r for r in rules if not select or any(matches(r, s) for s in select)]
    return [r for r in chosen if not any(matches(r, s) for s in ignore)]


def _selectors(value: Selectors) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)
