"""range_order: a range written with its larger end first ("April 7-6"; "between 50 and 40", a warning)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from figures.checks import Finding, check
from figures.relations import Relations

_ENDS = re.compile(r"\d[\d,.]*")


@check("range_order")
def reversed_range(relations: Relations, options: dict) -> Iterator[Finding]:
    for reversed_range in relations.reversed_ranges:
        figure = reversed_range.figure
        ends = list(_ENDS.finditer(figure.text))
        suggestion = None
        if len(ends) >= 2:
            first, second = ends[0], ends[-1]
            swapped = (figure.text[:first.start()] + second.group() + figure.text[first.end():second.start()]
                       + first.group() + figure.text[second.end():])
            suggestion = f"Write '{swapped}'."
        if figure.date_start is not None:
            what = f"runs backwards: it would end on {figure.date_start} before it starts on {figure.date_end}"
        else:
            what = "starts at its larger end"
        yield Finding(figure.start, figure.end, f"The range '{figure.text}' {what}", reversed_range.sure, (),
                      suggestion)
