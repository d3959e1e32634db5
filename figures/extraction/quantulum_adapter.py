"""The one place figures calls quantulum3.

quantulum3 is imported lazily (its first call builds the unit regexes, which
takes seconds), its import-time warning about the missing classifier is
silenced, and the root-logger configuration it installs inside ``parse`` is
undone, so nothing leaks into the host program.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

__all__ = ["PeerQuantity", "parse"]


@dataclass(frozen=True, slots=True)
class PeerQuantity:
    """A quantity as quantulum3 reads it.

    ``low``/``high`` come from quantulum3's uncertainty (a range "5-7 pct"
    becomes 6 ± 1); without one they equal ``value``.  ``unit`` and ``entity``
    are quantulum3's names ("mile per hour", "speed"; "dimensionless" for a
    bare number); ``dimensions`` spells the unit from its base units, e.g.
    ``"mile*hour^-1"``.
    """

    text: str
    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str
    entity: str
    dimensions: str


def parse(text: str) -> list[PeerQuantity]:
    """quantulum3's quantities in ``text``, in order, with root logging untouched."""
    root = logging.getLogger()
    level, handlers = root.level, root.handlers[:]
    if not handlers:
        # makes quantulum3's logging.basicConfig() a no-op for this call
        root.addHandler(logging.NullHandler())
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"quantulum3(\.|$)")
            from figures.extras import require

            found = require("quantulum3.parser", "compare", "the quantulum3 comparison").parse(text)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    return [_peer(q) for q in found]


def _peer(q) -> PeerQuantity:
    value = float(q.value)
    spread = abs(float(q.uncertainty)) if q.uncertainty else 0.0
    dims = "*".join(
        d["base"] if d["power"] == 1 else f"{d['base']}^{d['power']}"
        for d in q.unit.dimensions
    )
    return PeerQuantity(
        text=q.surface,
        start=q.span[0],
        end=q.span[1],
        value=value,
        low=value - spread,
        high=value + spread,
        unit=q.unit.name,
        entity=q.unit.entity.name,
        dimensions=dims,
    )
