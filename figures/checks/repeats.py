"""repeated_figure: one entity given two values ("the 30 NATO countries" ... "the 31 NATO countries")."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, related
from figures.relations import Relations


@check("repeated_figure")
def entity_with_two_values(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.repeats:
        if link.first.value == link.second.value:
            continue
        yield Finding(
            link.second.start, link.second.end,
            f"'{link.noun}' is {link.second.text} here but {link.first.text} earlier, with no change said",
            False, (related(link.first, "earlier"),),
            f"Use one figure for the {link.noun}, or say what changed.",
        )
