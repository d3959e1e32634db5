"""sum_total and shares: listed parts against their total, and shares of one whole above 100%."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, number, related
from figures.relations import Relations


def _sum(values) -> float | None:
    values = list(values)
    return None if any(v is None for v in values) else sum(values)


@check("sum_total")
def parts_disagree_with_total(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.totals:
        total, parts = link.total, link.parts
        low, high = _sum(p.low for p in parts), _sum(p.high for p in parts)
        value = _sum(p.value for p in parts)
        listed = " + ".join(number(p.value) for p in parts)
        roles = tuple(related(p, "part") for p in parts)
        certain, rounded = link.certain, False
        if low is not None and all(w.high is not None and low > w.high for w in (total, *link.others)):
            too = "more than"
        elif link.exhaustive and high is not None and total.low is not None and high < total.low:
            too = "less than"
        elif value is not None and not total.qualifier and not any(p.qualifier for p in parts) \
                and not link.others and total.high is not None and value > total.high:
            too, certain, rounded = "more than", False, True  # only the rounding of each figure makes it add up
        elif value is not None and not total.qualifier and not any(p.qualifier for p in parts) \
                and link.exhaustive and total.low is not None and value < total.low:
            too, certain, rounded = "less than", False, True
        else:
            continue
        rounding = " (unless every figure is rounded to fit)" if rounded else \
            "" if link.certain else " (if the figures listed are parts of this total)"
        yield Finding(
            total.start, total.end,
            f"The parts add up to {too} the total ('{link.cue}'): {listed} = {number(value)}, "
            f"total '{total.text}'{rounding}",
            certain, roles, f"Check the total ({number(value)}?) or the parts.",
        )


@check("shares_over_100")
def shares_exceed_whole(relations: Relations, options: dict) -> Iterator[Finding]:
    for shares in relations.shares:
        low = sum(p.low for p in shares.percents)
        if low <= 100:
            continue
        first, *rest = shares.percents
        listed = " + ".join(p.text for p in shares.percents)
        yield Finding(
            first.start, first.end,
            f"Shares of one whole add up to more than 100%: {listed} = {number(sum(p.value for p in shares.percents))}%",
            False, tuple(related(p, "share") for p in rest), "Check the percentages.",
        )
