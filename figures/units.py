"""The one pint registry of the application, built on first use.

Currencies are base dimensions of their own (``[currency_USD]``), so pint
refuses to convert between them: money is never converted without a stated
rate.  ``percentage_point`` is defined beside pint's ``percent``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from figures.lang import unit_vocabulary

if TYPE_CHECKING:  # pragma: no cover
    import pint

#: Units news uses that pint lacks.
NEWS_UNITS = ("percentage_point = 0.01 = pp", "basis_point = 0.0001 = bp")


def __getattr__(name: str):
    if name == "CURRENCIES":  # ISO 4217 codes the extractor may emit (lang/en/currencies.toml)
        return unit_vocabulary().codes
    raise AttributeError(name)


@cache
def registry() -> pint.UnitRegistry:
    """The shared registry (pint warns that quantities of two registries do not mix)."""
    import pint

    units = pint.UnitRegistry()
    for definition in NEWS_UNITS:
        units.define(definition)
    for code in unit_vocabulary().codes:
        units.define(f"{code} = [currency_{code}]")
    return units


@cache
def dimension(unit: str) -> str:
    """What a pint unit measures ("[length]"), or the unit itself when pint cannot read it (cached)."""
    try:
        return str(registry().Unit(unit).dimensionality)
    except Exception:  # noqa: BLE001 - a unit pint cannot read is its own dimension
        return unit


def same_dimension(first: str, second: str) -> bool:
    """Whether two pint units measure the same thing."""
    return dimension(first) == dimension(second)
