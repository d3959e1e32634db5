"""A number with what surrounds it, its qualifier, and the Figure it becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from figures.extraction.intervals import Bounds, bounds
from figures.extraction.lexicon import QUALIFIERS
from figures.extraction.numbers import Number
from figures.model import Figure


@dataclass(frozen=True)
class Mention:
    """A number with what surrounds it, before it becomes a Figure."""

    start: int
    end: int
    number: Number
    kind: str = "count"
    unit: str | None = None
    qualifier: str | None = None
    scale: str | None = None
    core_end: int = 0  # end of the digits or words, before scale and unit
    factor: float = 1.0  # what the unit did to the number ("50 cts" is 0.50 dollars)


_QUALIFIER_BEFORE = re.compile(
    r"(?i:\b(?P<q>" + "|".join(sorted((re.escape(q) for q in QUALIFIERS if q not in ("or so",)),
                                      key=len, reverse=True)) + r"))\s+$"
)

_PLUS = re.compile(r"(?:-plus\b|\+)")

_OR_SO = re.compile(r"\s+or\s+so\b", re.I)

_MOVEMENT = re.compile(
    r"\b(?:back|inch(?:ed|ing)?|mov(?:ed|ing|es?)|go(?:es|ing|ne)?|went|c[ao]me|coming|jump(?:ed|ing|s)?"
    r"|climb(?:ed|ing|s)?|r[io]se|rising|risen|shot|edg(?:ed|ing)|crept|tick(?:ed|ing)|revis(?:ed|ing)"
    r"|ramp(?:ed|ing)?|stepp?(?:ed|ing)?|bump(?:ed|ing)?|push(?:ed|ing)?|trend(?:ed|ing)|sp?ik(?:ed|ing))\s+$",
    re.I)


def with_qualifier(masked: str, m: Mention) -> Mention:
    before = masked[max(0, m.start - 30):m.start]
    found = _QUALIFIER_BEFORE.search(before)
    qualifier = None
    start, end = m.start, m.end
    if found and not _qualifier_is_movement(found.group("q"), before[:found.start("q")]):
        qualifier = found.group("q")
        start = m.start - (len(before) - found.start("q"))
    elif before.endswith("~"):
        qualifier, start = "~", m.start - 1
    plus = _PLUS.match(masked, end)
    if plus and qualifier is None:
        qualifier, end = "at least", plus.end()
    or_so = _OR_SO.match(masked, end)
    if or_so and qualifier is None:
        qualifier, end = "or so", or_so.end()
    return replace(m, qualifier=qualifier, start=start, end=end)


def _qualifier_is_movement(qualifier: str, before: str) -> bool:
    """"rose up to 5%" and "inching back up to 4.8 percent" move to a value; they do not bound it."""
    return qualifier.lower() == "up to" and bool(_MOVEMENT.search(before))


#: Measurements: an integer is rounded to its last digit ("40%" is 39.5 .. 40.5), not exact.
_MEASURED = frozenset({"percent", "quantity"})


def measured_step(number: Number, kind: str) -> float:
    if kind in _MEASURED and not number.step and float(number.value).is_integer():
        return 1.0
    return number.step


def to_figure(text: str, m: Mention) -> Figure:
    b = bounds(m.number.value, measured_step(m.number, m.kind), m.qualifier, count=m.kind == "count")
    return make_figure(text, m.start, m.end, m.kind, b, m.unit, m.qualifier)


def make_figure(text: str, start: int, end: int, kind: str, b: Bounds, unit: str | None = None,
          qualifier: str | None = None) -> Figure:
    return Figure(kind=kind, text=text[start:end], start=start, end=end, value=b.value, low=b.low,
                  high=b.high, unit=unit, qualifier=qualifier, soft_low=b.soft_low, soft_high=b.soft_high)
