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


Check = Callable[..., Iterator[Finding]]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    """Register the decorated function as check kind ``name``."""

    def register(function: Check) -> Check:
        CHECKS[name] = function
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
    conversions,
    dates,
    lists,
    part_whole,
    percentages,
    ranges,
    repeats,
    totals,
)
