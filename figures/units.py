"""The one pint registry of the application, built on first use.

Currencies are base dimensions of their own (``[currency_USD]``), so pint
refuses to convert between them: money is never converted without a stated
rate.  ``percentage_point`` is defined beside pint's ``percent``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pint

#: ISO 4217 codes the extractor may emit.
CURRENCIES = (
    "USD", "GBP", "EUR", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "HKD", "SGD",
    "TWD", "CHF", "FRF", "BEF", "DEM", "NLG", "ITL", "TRY", "MXN", "PHP", "ARS",
    "ZAR", "KRW", "MYR", "THB", "SAR", "NGN", "ILS", "RUB", "SEK", "NOK", "DKK",
    "BRL", "PKR", "IDR", "EGP", "KES", "UAH", "PLN", "CZK",
)


@cache
def registry() -> pint.UnitRegistry:
    """The shared registry (pint warns that quantities of two registries do not mix)."""
    import pint

    units = pint.UnitRegistry()
    units.define("percentage_point = 0.01 = pp")
    units.define("basis_point = 0.0001 = bp")
    for code in CURRENCIES:
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
