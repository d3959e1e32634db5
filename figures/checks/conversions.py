"""unit_conversion: "100 kilometres (93 miles)" — a restatement that pint does not confirm."""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Iterator

from figures.checks import Finding, Option, check, number
from figures.relations import Relations
from figures.units import registry

#: Units whose name has more than one reading: a conversion is consistent if any reading is.
_READINGS = {
    "ton": ("ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
    "ounce": ("ounce", "troy_ounce"),
    "degree_Celsius": ("degree_Celsius", "delta_degree_Celsius"),
    "degree_Fahrenheit": ("degree_Fahrenheit", "delta_degree_Fahrenheit"),
}


@check("unit_conversion", relative_slack=Option(float, 0.03, between=(0, 1)))
def conversion_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    slack = options["relative_slack"]
    for link in relations.conversions:
        source, target = link.source, link.target
        converted = _converted(source.value, source.unit, target.unit)
        if not converted:
            continue
        tolerance = _rounding(target.value) + abs(_step(source.value) / 2 * converted[0] / source.value
                                                  if source.value else 0) + slack * abs(target.value)
        low = min(target.low if target.low is not None else target.value, target.value - tolerance)
        high = max(target.high if target.high is not None else target.value, target.value + tolerance)
        misses = [value for value in converted if not low <= value <= high]
        if len(misses) < len(converted):
            continue
        best = min(converted, key=lambda value: abs(value - target.value))
        written = _like(best, target.value)
        width = high - low
        certain = not (low - width <= best <= high + width)
        back = _converted(target.value, target.unit, source.unit)
        symbol = _symbol(target.unit)
        yield Finding(
            target.start, target.end,
            f"'{source.text}' is {number(_tidy(best))} {symbol}, not '{target.text}'",
            certain, (),
            f"Write {number(written)} {symbol}, or, if '{target.text}' is right, "
            f"{number(_like(back[0], source.value))} {_symbol(source.unit)} for '{source.text}'." if back else None,
        )


def _converted(value: float | None, unit: str, to: str) -> list[float]:
    """``value unit`` in ``to``, under every reading of both units."""
    if value is None:
        return []
    units = registry()
    results = []
    for here, there in itertools.product(_READINGS.get(unit, (unit,)), _READINGS.get(to, (to,))):
        if here.startswith("delta_") != there.startswith("delta_"):
            continue
        try:
            results.append(float(units.Quantity(value, here).to(there).magnitude))
        except Exception:  # noqa: BLE001  (pint raises several kinds for incompatible units)
            continue
    return results


def _step(value: float) -> float:
    """The step of the last written digit of a value (1 for integers, 0.1 for 62.1)."""
    exponent = decimal.Decimal(repr(value)).normalize().as_tuple().exponent
    return 10.0 ** min(exponent, 0) if isinstance(exponent, int) else 1.0


def _rounding(value: float) -> float:
    """Half the rounding a converted figure may carry: "60" may be 62.1 rounded to tens."""
    if float(value).is_integer() and value:
        integer = abs(int(value))
        zeros = len(str(integer)) - len(str(integer).rstrip("0"))
        return 10.0 ** zeros / 2
    return _step(value) / 2


def _tidy(value: float) -> float:
    return float(f"{value:.3g}") if abs(value) < 1000 else round(value)


def _like(value: float, written: float) -> float:
    """``value`` rounded as ``written`` was: "193" gives 93, "62.1" gives one decimal."""
    step = _step(written)
    return round(round(value / step) * step, 6)


def _symbol(unit: str) -> str:
    return f"{registry().Unit(unit):~P}" or unit
