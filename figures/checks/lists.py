"""list_count: "three countries: France and Germany" — a count against the list that follows."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, number
from figures.relations import Relations


@check("list_count")
def count_disagrees_with_list(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.list_counts:
        stated = link.count.value
        if link.fewest <= stated <= link.most:
            continue
        items = "; ".join(link.items)
        counted = str(link.most) if link.fewest == link.most else f"{link.fewest} to {link.most}"
        yield Finding(
            link.count.start, link.count.end,
            f"'{link.count.text} {link.noun}' but {counted} are listed: {items}",
            link.fewest == link.most, (),
            f"Write {link.most} or complete the list of {number(stated)}.",
        )
