"""percent_of and percent_change: percentages recomputed from the figures they describe."""

from __future__ import annotations

import math
from collections.abc import Iterator

from figures.checks import Finding, check, number, related
from figures.model import Figure
from figures.relations import Relations

Interval = tuple[float, float]


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
    """A share that its part and whole contradict.  Under the hard bounds of all three (a ratio such as
    "a third" read as a round share, ``_ROUND_SHARE``) it is an error when the relation is certain, else
    a warning; under the usual bounds only (a ratio within ``_USUAL_SHARE``), a warning."""
    for link in relations.percent_of:
        count, percent, total = link.count, link.percent, link.total
        if count.value is None or not total.value:
            continue
        if not _share_fits(link, _hard, _ROUND_SHARE):
            certain = link.certain
        elif not _share_fits(link, _usual, _USUAL_SHARE):
            certain = False
        else:
            continue
        actual = count.value / total.value * 100
        yield Finding(
            percent.start, percent.end,
            f"{number(count.value)} of {number(total.value)} is {_pct(actual)}, not '{percent.text}'",
            certain, (related(count, "part"), related(total, "whole")),
            f"Write {_pct(round(actual, 1))}, or check '{count.text}' and '{total.text}'.",
        )


#: How far from its ratio a part of the whole may be and still be the round share a writer means:
#: "a third" of 1,200 is 400, and 340 to 460 may be called so; the usual reading is 380 to 420.
_ROUND_SHARE, _USUAL_SHARE = 0.15, 0.05


def _share_fits(link, read, rounding: float) -> bool:
    """Whether the part over the whole, each read by ``read``, meets the share (in percent)."""
    part, whole = read(link.count), read(link.total)
    if whole[0] <= 0:
        return True
    low = max(part[0], 0.0) / whole[1] * 100 if whole[1] != math.inf else 0.0
    high = part[1] / whole[0] * 100
    share = read(link.percent)
    if link.percent.kind == "ratio":
        share = (share[0] * 100 * (1 - rounding), share[1] * 100 * (1 + rounding))
    return _overlap((low, high), share)


@check("percent_change")
def change_disagrees(relations: Relations, options: dict) -> Iterator[Finding]:
    """A change whose figures contradict its verb, its stated amount or its factor.  Each bound is
    read twice: hard (the words' own bounds, with rounding; "from more than 30,000" is unbounded
    above) and usual (a soft bound where the hard one is open).  A contradiction under the hard
    bounds of a change the parse reads one way (``Change.certain``: its amount is its own) is an
    error; any other, a warning.  A change in the wrong direction is always a warning: a quote can be inverted ("the
    yen rose to 161 from 221" yen a dollar), a rank falls as it rises ("up from sixth to fifth"),
    and a second base may be another period's."""
    for change in relations.changes:
        roles = (related(change.before, "from"), related(change.after, "to"))
        went = _went(change, _hard) or _went(change, _usual)
        if went is not None:
            start, end = _word(change)
            yield Finding(
                start, end,
                f"'{change.verb}' from '{change.before.text}' to '{change.after.text}': the figure went {went}",
                False, roles, "Check the verb or the two figures.",
            )
            continue
        if change.by is not None:
            judge, finding = _by_amount, _amount_finding
        elif change.factor is not None:
            judge, finding = _by_factor, _factor_finding
        else:
            continue
        if judge(change, _hard) is False:
            yield finding(change, change.certain, roles)
        elif judge(change, _usual) is False:
            yield finding(change, False, roles)


def _word(change) -> tuple[int, int]:
    """The change word's span ("rose", "doubled"), or the after figure's when it is not known."""
    if change.word_start is not None:
        return change.word_start, change.word_end
    return change.after.start, change.after.end


def _hard(figure: Figure) -> Interval:
    low = figure.low if figure.low is not None else (figure.value if figure.high is None else -math.inf)
    high = figure.high if figure.high is not None else (figure.value if figure.low is None else math.inf)
    return (low if low is not None else -math.inf), (high if high is not None else math.inf)


def _usual(figure: Figure) -> Interval:
    """The hard bounds, with a soft bound where the hard one is open ("more than 30,000": up to 36,000)."""
    low, high = _hard(figure)
    if low == -math.inf and figure.soft_low is not None:
        low = figure.soft_low
    if high == math.inf and figure.soft_high is not None:
        high = figure.soft_high
    return low, high


def _went(change, read) -> str | None:
    """'down' for "rose ... to 1.45 billion from 1.57 billion", 'up' for the reverse, else None."""
    before, after = read(change.before), read(change.after)
    if change.direction > 0 and after[1] < before[0]:
        return "down"
    if change.direction < 0 and after[0] > before[1]:
        return "up"
    return None


def _relative(before: Interval, after: Interval) -> Interval | None:
    """after / before - 1, over the bounds; None when the before may be zero or negative."""
    if before[0] <= 0:
        return None
    low = after[0] / before[1] - 1 if before[1] != math.inf else -1.0
    high = after[1] / before[0] - 1
    return low, high


def _difference(before: Interval, after: Interval) -> Interval:
    return after[0] - before[1], after[1] - before[0]


def _by_amount(change, read) -> bool | None:
    """Whether a reading of the stated amount fits the figures (None: no reading to judge by)."""
    before, after = read(change.before), read(change.after)
    stated = _magnitude(read(change.by))
    readings = []
    if change.measure in ("percent", "fraction"):
        relative = _relative(before, after)
        if relative is not None:
            readings.append(_magnitude((relative[0] * 100, relative[1] * 100)))
        if change.measure == "fraction":
            stated = (stated[0] * 100 * 0.85, stated[1] * 100 * 1.15)  # "by a third": a round share
    if change.measure == "points" or (change.measure == "percent" and change.before.unit == "percent"):
        readings.append(_magnitude(_difference(before, after)))  # writers use "percent" for points too
    if change.measure == "units":
        readings.append(_magnitude(_difference(before, after)))
    if not readings:
        return None
    return any(_overlap(actual, stated) for actual in readings)


def _amount_finding(change, certain: bool, roles) -> Finding:
    by, old, new = change.by, change.before.value, change.after.value
    percent = abs(new - old) / old * 100 if old else None
    if change.measure == "units":
        arithmetic = f"from {number(old)} to {number(new)} is {number(round(abs(new - old), 6))}"
        suggestion = f"Write {number(round(abs(new - old), 6))}, or check '{change.before.text}' and " \
                     f"'{change.after.text}'."
    else:
        arithmetic = f"from {number(old)} to {number(new)} is {_pct(percent)}" if percent is not None else ""
        if change.before.unit == "percent":
            arithmetic += f" ({number(round(abs(new - old), 6))} points)"
        suggestion = f"Write {_pct(round(percent, 1))}, or check '{change.before.text}' and " \
                     f"'{change.after.text}'." if percent is not None else None
    return Finding(by.start, by.end, f"'{change.verb} {by.text}' does not fit the figures: {arithmetic}",
                   certain, roles, suggestion)


def _by_factor(change, read) -> bool | None:
    ratio = _ratio(read(change.after), read(change.before))
    if ratio is None:
        return None
    factor = change.factor
    return _overlap(ratio, (factor * 0.85, factor * 1.15))


def _factor_finding(change, certain: bool, roles) -> Finding:
    actual = change.after.value / change.before.value
    start, end = _word(change)
    return Finding(
        start, end,
        f"'{change.verb}' means about x{change.factor:g}, but '{change.before.text}' to '{change.after.text}' "
        f"is x{actual:.3g}",
        certain, roles, "Check the verb or the two figures.",
    )
