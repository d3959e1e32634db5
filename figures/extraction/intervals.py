"""From a number, its precision and its qualifier to hard and soft bounds (docs/semantics.md)."""

from __future__ import annotations

from dataclasses import dataclass

from figures.extraction.lexicon import QUALIFIERS


@dataclass(frozen=True, slots=True)
class Bounds:
    value: float | None
    low: float | None
    high: float | None
    soft_low: float | None
    soft_high: float | None


def bounds(value: float, step: float, qualifier: str | None, *, count: bool = False) -> Bounds:
    """Hard and soft bounds of ``value`` written with precision ``step`` and a qualifier."""
    sense = QUALIFIERS.get(qualifier.lower()) if qualifier else None
    half = step / 2
    t = max(half, 0.1 * abs(value))
    t5 = max(half, 0.05 * abs(value))
    floor = 0.0 if count else None
    if sense is None:
        return Bounds(value, value - half, value + half, value, value)
    if sense == "about":
        return Bounds(value, value - t, value + t, value - t5, value + t5)
    if sense == "almost":
        return Bounds(value, value - t, value, value - t5, value)
    if sense in ("over", "at-least"):
        return Bounds(value, value, None, value, value + 2 * t)
    if sense == "just-over":
        return Bounds(value, value, None, value, value + t5)
    if sense in ("at-most", "under"):
        return Bounds(value, floor, value, value - 2 * t, value)
    raise ValueError(f"unknown qualifier sense {sense!r}")  # pragma: no cover


def exact(value: float) -> Bounds:
    return Bounds(value, value, value, value, value)


def span_bounds(low: Bounds, high: Bounds) -> Bounds:
    """A range "X to Y": from the lower end's low bound to the upper end's high bound."""
    first, second = sorted((low, high), key=lambda b: b.value)
    middle = (first.value + second.value) / 2
    return Bounds(middle, first.low, second.high, first.value, second.value)
