"""Ages against birth dates: "Smith, 45, who was born in 1950"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.relations.positions import FigureIndex

_BORN = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,3}(?:(?:in|on)\s+)?$")


@dataclass(frozen=True)
class AgeBorn:
    age: Figure
    born: Figure


def find_ages_born(document, figures: list[Figure]) -> list[AgeBorn]:
    """An age and a birth date or year in the same sentence, with one age in it."""
    text = document.analysis_text
    index = FigureIndex(figures)
    found = []
    for born in figures:
        if born.kind not in ("date", "date_range", "year") or born.date_start is None:
            continue
        if not _BORN.search(text[max(0, born.start - 60):born.start]):
            continue
        start, end = document.sentence_at(born.start)
        ages = [f for f in index.within(start, end) if f.kind == "age" and f.unit == "year"]
        if len(ages) == 1:
            found.append(AgeBorn(ages[0], born))
    return found
