"""percent_of and percent_change: percentages recomputed from the figures they describe."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, number, related
from figures.model import Figure
from figures.relations import Relations

Interval = tuple[float, float]


def _bounds(figure: Figure) -> Interval:
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    return low, high


def _overlap(first: Interval, second: Interval) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _ratio(numerator: Interval, denominator: Interval) -> Interval | None:
    if denominator[0] <= 0:
        return None
    values = [n / d for n in numerator for d in denominator]
    return min(values), max(values)


def _magnitude(interval: Interval) -> Interval:
    """The sizes a signed interval allows: (-0.05, 0.05) is 0 .. 0.05, (-3, -1) is 1 .. 3."""
    low, high = interval
    if low <= 0 <= high:
        return 0.0, max(-low, high)
    return min(abs(low), abs(high)), max(abs(low), abs(high))


def _pct(value: float) -> str:
    return f"{value:.3g}%" if abs(value) < 100 else f"{value:,.0f}%"


@check("percent_of")
def percent_of_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.percent_of:
        count, percent, total = link.count, link.percent, link.total
        share = _ratio(_bounds(count), _bounds(total))
        if share is None or count.value is None or total.value is None or not total.value:
            continue
        share = (share[0] * 100, share[1] * 100)
        if _overlap(share, _bounds(percent)):
            continue
        actual = count.value / total.value * 100
        yield Finding(
            percent.start, percent.end,
            f"{number(count.value)} of {number(total.value)} is {_pct(actual)}, not '{percent.text}'",
            True, (related(count, "part"), related(total, "whole")),
            f"Write {_pct(round(actual, 1))}, or check '{count.text}' and '{total.text}'.",
        )


@check("percent_change")
def change_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    for change in relations.changes:
        before, after = _bounds(change.before), _bounds(change.after)
        went_up, went_down = after[0] > before[1], after[1] < before[0]
        roles = (related(change.before, "from"), related(change.after, "to"))
        if (change.direction > 0 and went_down) or (change.direction < 0 and went_up):
            yield Finding(
                change.after.start, change.after.end,
                f"'{change.verb}' from '{change.before.text}' to '{change.after.text}': the figure went "
                f"{'down' if went_down else 'up'}",
                True, roles[:1], "Check the verb or the two figures.",
            )
            continue
        if change.by is not None:
            finding = _by_percent(change, before, after, roles)
        else:
            finding = _by_factor(change, before, after, roles)
        if finding:
            yield finding


def _by_percent(change, before: Interval, after: Interval, roles) -> Finding | None:
    by = change.by
    stated = _magnitude(_bounds(by))
    readings = []
    if by.unit == "percent" and before[0] > 0:
        relative = _ratio((after[0] - before[1], after[1] - before[0]), (before[0], before[1]))
        if relative:
            readings.append(_magnitude((relative[0] * 100, relative[1] * 100)))
    if change.before.unit in ("percent", "percentage_point") and by.unit in ("percent", "percentage_point"):
        readings.append(_magnitude((after[0] - before[1], after[1] - before[0])))
    if not readings or any(_overlap(actual, stated) for actual in readings):
        return None
    old, new = change.before.value, change.after.value
    percent = abs(new - old) / old * 100 if old else None
    arithmetic = f"from {number(old)} to {number(new)} is {_pct(percent)}" if percent is not None else ""
    if change.before.unit == "percent":
        arithmetic += f" ({number(round(abs(new - old), 6))} points)"
    return Finding(
        by.start, by.end,
        f"'{change.verb} {by.text}' does not fit the figures: {arithmetic}",
        True, roles, f"Write {_pct(round(percent, 1))}, or check '{change.before.text}' and "
        f"'{change.after.text}'." if percent is not None else None,
    )


def _by_factor(change, before: Interval, after: Interval, roles) -> Finding | None:
    ratio = _ratio(after, before)
    if ratio is None:
        return None
    factor = change.factor
    if _overlap(ratio, (factor * 0.85, factor * 1.15)):
        return None
    actual = change.after.value / change.before.value
    return Finding(
        change.after.start, change.after.end,
        f"'{change.verb}' means about x{factor:g}, but '{change.before.text}' to '{change.after.text}' "
        f"is x{actual:.3g}",
        True, roles, "Check the verb or the two figures.",
    )
