"""Check kinds: small functions that rules (rules/*.toml) instantiate.

A check reads the relations of a document and yields findings; it never reads
the text with its own patterns.  A finding is ``certain`` when the numbers
contradict under every reading the words allow; the engine reports an
uncertain finding as a warning whatever the rule's level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from figures.model import Figure, Related


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    message: str
    certain: bool
    related: tuple[Related, ...] = ()
    suggestion: str | None = None


@dataclass(frozen=True)
class Option:
    """An option of a check kind, set in a rule's ``[options]`` table: its type, default and range."""

    type: type  # float, int, bool or str
    default: object
    between: tuple[float, float] | None = None  # inclusive bounds of a number

    def read(self, value: object) -> object:
        """``value`` as this option's type; raises ValueError with what is wrong."""
        if type(value) is not self.type and not (self.type is float and type(value) is int):
            raise ValueError(f"must be {_TYPE_WORDS[self.type]}, not {_toml(value)}")
        if self.between and not self.between[0] <= value <= self.between[1]:
            raise ValueError(f"must be from {self.between[0]:g} to {self.between[1]:g}, not {_toml(value)}")
        return self.type(value)


_TYPE_WORDS = {float: "a number", int: "an integer", bool: "true or false", str: "a string"}


def _toml(value: object) -> str:
    """A value as TOML writes it: 'lots', true, 0.5."""
    return str(value).lower() if isinstance(value, bool) else repr(value)


Check = Callable[..., Iterator[Finding]]
CHECKS: dict[str, Check] = {}
OPTIONS: dict[str, dict[str, Option]] = {}  # the options each check kind takes


def check(name: str, **options: Option) -> Callable[[Check], Check]:
    """Register the decorated function as check kind ``name``, taking ``options``; it reads them as
    ``options["name"]``, validated and defaulted by the rule loader."""

    def register(function: Check) -> Check:
        CHECKS[name] = function
        OPTIONS[name] = options
        return function

    return register


def related(figure: Figure, role: str) -> Related:
    return Related(figure.start, figure.end, figure.text, role)


def number(value: float | None) -> str:
    """A bound as an editor reads it: 4,000,000; 2.35; "unbounded"."""
    if value is None:
        return "unbounded"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


from figures.checks import (  # noqa: E402,F401  (they register themselves)
    ages,
    calendar,
    conversions,
    dates,
    lists,
    part_whole,
    percentages,
    ranges,
    repeats,
    totals,
)
