"""age_vs_birth: "Smith, 45, who was born in 1950" — an age that the birth date and dateline contradict."""

from __future__ import annotations

from collections.abc import Iterator

from figures.checks import Finding, check, related
from figures.relations import Relations


@check("age_vs_birth")
def age_disagrees_with_birth(relations: Relations, options: dict) -> Iterator[Finding]:
    if relations.dateline is None:
        return
    today = relations.dateline.date
    for link in relations.ages_born:
        born = link.born
        oldest = today.year - born.date_start.year - (0 if (today.month, today.day) >= (
            born.date_start.month, born.date_start.day) else 1)
        youngest = today.year - born.date_end.year - (0 if (today.month, today.day) >= (
            born.date_end.month, born.date_end.day) else 1)
        age = link.age.value
        if youngest <= age <= oldest:
            continue
        expected = str(oldest) if oldest == youngest else f"{youngest} or {oldest}"
        yield Finding(
            link.age.start, link.age.end,
            f"Born '{born.text}', the person is {expected} on {today}, not {link.age.text}",
            True, (related(born, "born"),), f"Check the age ({expected}?) or the birth date.",
        )
