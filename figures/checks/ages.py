"""age_vs_birth: "Smith, 45, who was born in 1950" — an age its person's birth date contradicts at
the moment the age holds (the dateline, or the date of the event it is given at)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figures.checks import Finding, check, related
from figures.relations import Relations
from figures.relations.people import Moment


@check("age_vs_birth")
def age_disagrees_with_birth(relations: Relations, options: dict) -> Iterator[Finding]:
    for link in relations.ages_born:
        stated = (link.age.low, link.age.high)
        possible = [possible_ages(link.birth, moment, link.turning) for moment in link.moments]
        contradicted = [not _overlap(stated, ages) for ages in possible]
        if not all(contradicted[:link.likely]):
            continue
        readings = [f"{_ages(ages)} {_moment(moment)}" for ages, moment in zip(possible, link.moments[:link.likely])]
        reading = readings[0] + (f" (or {'; '.join(readings[1:])})" if readings[1:] else "")
        expected = _ages(possible[0])
        if link.birthday:
            source = f"With a {link.birthday.text} birthday in '{link.born.text}'"
        else:
            source = f"Born '{link.born.text}'"
        yield Finding(
            link.age.start, link.age.end,
            f"{source}, the person {'reaches' if link.turning else 'is'} {reading}, not {link.age.text}",
            link.sure and all(contradicted),
            (related(link.born, "birthday" if link.birthday else "born"),),
            f"Check the age ({expected}?) or the birth date.",
        )


def possible_ages(birth: Moment, moment: Moment, turning: bool = False) -> tuple[int, int]:
    """The ages someone born on a day of ``birth`` may be on a day of ``moment``; with
    ``turning``, the ages they may reach on one of those days (the birthday falls in it)."""
    (born_first, born_last), (first, last) = birth, moment
    if not turning:
        return _age_on(first, born_last), _age_on(last, born_first)
    youngest = _age_on(first - dt.timedelta(days=1), born_last) + 1 if first > dt.date.min else 0
    return youngest, _age_on(last, born_first)


def _age_on(day: dt.date, born: dt.date) -> int:
    """Whole years from ``born`` to ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _overlap(stated: tuple[float | None, float | None], ages: tuple[int, int]) -> bool:
    low, high = stated
    return (low is None or low <= ages[1]) and (high is None or ages[0] <= high)


def _ages(ages: tuple[int, int]) -> str:
    low, high = max(ages[0], 0), ages[1]
    if high - low > 1:
        return f"at most {high}" if low == 0 else f"from {low} to {high}"
    return str(high) if low >= high else f"{low} or {high}"


def _moment(moment: Moment) -> str:
    """A moment as a reader says it: "on 2024-06-10", "in 2019", "in 2024-05", "by 2025-01-20"."""
    first, last = moment
    if first == last:
        return f"on {first}"
    if first == dt.date.min:
        return f"by {last}"
    if last == dt.date.max:
        return f"after {first}"
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"in {first.year}"
    if (first.year, first.month) == (last.year, last.month) and first.day == 1 and (last + dt.timedelta(days=1)).day == 1:
        return f"in {first:%Y-%m}"
    return f"from {first} to {last}"
