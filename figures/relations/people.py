"""Ages against birth dates: "Smith, 45, who was born in 1950"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.parsing import Parses
from figures.relations.positions import FigureIndex

_BORN = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,3}(?:(?:in|on)\s+)?$")


@dataclass(frozen=True)
class AgeBorn:
    age: Figure
    born: Figure


def find_ages_born(document, figures: list[Figure], parses: Parses) -> list[AgeBorn]:
    """An age and a birth date or year in the same sentence, with one age in it, said of one
    person: "Jones, 38, whose father was born in 1946" gives the father's birth, not Jones's."""
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
        if len(ages) == 1 and _same_person(parses, ages[0], born):
            found.append(AgeBorn(ages[0], born))
    return found


def _same_person(parses: Parses, age: Figure, born: Figure) -> bool:
    """Unless the parse says otherwise, the birth is the person's whose age is given.  The one
    born is the subject of "born" when it is a noun, else the noun a participle or relative clause
    hangs on ("his son, born in 2023"; "the woman who was born"); a pronoun or no subject at all
    ("Born in 1950, Smith") says nothing against it."""
    born_span, age_span = parses.span(born.start, born.end), parses.span(age.start, age.end)
    if born_span is None or age_span is None:
        return True
    verb = born_span.root
    while verb.dep_ in ("pobj", "prep", "nummod", "compound") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
        one_born = subjects[0]
    elif verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        one_born = verb.head
    else:
        return True
    person = _person(age_span.root)
    return person is None or one_born == person


def _person(token):
    """The noun an age is said of: "Kerr, 33" (apposition), "the 45-year-old Smith"; None when the
    age hangs on a verb ("Aged 25, the striker", "died aged 89")."""
    while token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "npadvmod":
        if token.head.i == token.i or token.head.pos_ in ("VERB", "AUX"):
            return None
        token = token.head
    return token
