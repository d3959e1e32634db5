"""list_count: "three countries: France and Germany" — a count against the list that follows."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, number
from figures.relations import Relations


@check("list_count")
def count_disagrees_with_list(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.list_counts:
        stated = link.count.value
        items = "; ".join(link.items)
        if not link.fewest <= stated <= link.most:
            counted = str(link.most) if link.fewest == link.most else f"{link.fewest} to {link.most}"
            certain, fix = link.certain, link.most  # no reading of "and" gives the count
        elif link.usual is not None and stated != link.usual:
            counted, certain, fix = f"{link.usual} (reading each name as one item)", False, link.usual
        else:
            continue
        yield Finding(
            link.count.start, link.count.end,
            f"'{link.count.text} {link.noun}' but {counted} are listed: {items}",
            certain, (),
            f"Write {fix} or complete the list of {number(stated)}.",
        )
