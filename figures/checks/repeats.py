"""repeated_figure: one entity given two values ("employs 3,400 people at its mill" ... "all 4,300 workers
at the mill")."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, related
from figures.model import Figure
from figures.relations import Relations


@check("repeated_figure")
def entity_with_two_values(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.repeats:
        if not _apart(link.first, link.second):
            continue
        yield Finding(
            link.second.start, link.second.end,
            f"the {link.noun} is {link.second.text} here but {link.first.text} earlier, with no change said",
            False, (related(link.first, "earlier"),),
            f"Use one figure for the {link.noun}, or say what changed.",
        )


def _apart(first: Figure, second: Figure) -> bool:
    """The two figures' intervals do not meet (a year by its days; an open bound meets everything)."""
    if first.date_start is not None and second.date_start is not None:
        return first.date_end < second.date_start or second.date_end < first.date_start
    if first.low is None and first.high is None or second.low is None and second.high is None:
        return False
    if first.value is not None and second.value is not None and first.value != second.value:
        # two values each rounded ("$3 billion" is 2.5bn to 3.5bn, "$4 billion" 3.5bn to 4.5bn): a value
        # on the bound between them rounds one way only, so intervals that only touch do not meet
        return (first.high is not None and second.low is not None and first.high <= second.low) \
            or (second.high is not None and first.low is not None and second.high <= first.low)
    return (first.high is not None and second.low is not None and first.high < second.low) \
        or (second.high is not None and first.low is not None and second.high < first.low)
