"""Part-of: "over 10 million, including almost 4 million", "of whom", "N of the M", "N of them"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.parsing import Parses
from figures.relations.counting import counted, joined
from figures.relations.positions import FigureIndex

#: Kinds that can be a part or a whole.
AMOUNT_KINDS = frozenset({"count", "money", "quantity"})

_PART_CUES = re.compile(
    r"(?:,\s*)?\b(?P<cue>including|includes|included|of\s+whom|of\s+which|among\s+them|among\s+whom"
    r"|among\s+which)\s+$", re.I)
_OF_THE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|all|those|these)?\s*$", re.I)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|those|these)\b", re.I)


@dataclass(frozen=True)
class PartOf:
    """``part`` is said to be a part of one of ``wholes`` (the candidates the words allow)."""

    part: Figure
    wholes: tuple[Figure, ...]
    cue: str


def find_part_of(document, figures: list[Figure], parses: Parses) -> list[PartOf]:
    """Parts and the wholes they may belong to; the whole must precede the cue in its sentence,
    count the same thing (see ``_agree``), and not be an alternative to the part."""
    text = document.analysis_text
    index_of = FigureIndex(figures)
    found = []
    amounts = [f for f in figures if f.kind in AMOUNT_KINDS]
    for index, part in enumerate(amounts):
        before = text[max(0, part.start - 30):part.start]
        cue = _PART_CUES.search(before)
        if cue:
            wholes = _wholes_before(document, index_of, part, part.start - (len(before) - cue.start()))
            wholes = _agree(text, parses, part, wholes, index_of.within(document.sentence_at(part.start)[0], part.start))
            if wholes:
                found.append(PartOf(part, wholes, cue.group("cue").lower()))
            continue
        following = amounts[index + 1] if index + 1 < len(amounts) else None
        if following and _OF_THE.match(text[part.end:following.start]) and compatible(part, following):
            found.append(PartOf(part, (following,), "of the"))
        elif _OF_THEM.match(text[part.end:part.end + 20]):
            wholes = _wholes_before(document, index_of, part, part.start)
            wholes = _agree(text, parses, part, wholes, wholes)
            if wholes:
                found.append(PartOf(part, wholes[-1:], "of them"))
    return found


def _agree(text: str, parses: Parses, part: Figure, wholes: tuple[Figure, ...],
           before: list[Figure] | tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The wholes that count what the part counts.  A part with no noun of its own ("including
    12,000") counts what the nearest figure before it with a noun or unit counts ("30,000 litres"),
    so only wholes of that figure's kind and unit remain; a rate is the part of a rate of the same
    period only ("800 loaves a day" is no whole of "3,000 loaves a week"); an alternative ("three
    or four of them") is no whole."""
    own = counted(parses, part)
    if own.noun is None and part.unit is None:
        named = [f for f in before if f.end <= part.start and (f.unit or counted(parses, f).noun)]
        antecedent = named[-1] if named else None
        if antecedent is not None and (antecedent.kind, antecedent.unit) != (part.kind, part.unit):
            wholes = tuple(f for f in before if (f.kind, f.unit) == (antecedent.kind, antecedent.unit))
    return tuple(w for w in wholes if counted(parses, w).per == own.per and not joined(text, w, part))


def _wholes_before(document, index: FigureIndex, part: Figure, cue_start: int) -> tuple[Figure, ...]:
    sentence_start, _ = document.sentence_at(part.start)
    return tuple(f for f in index.within(sentence_start, cue_start) if compatible(part, f))


def compatible(part: Figure, whole: Figure) -> bool:
    """Two amounts (or percentages) of one kind and unit, or of one pint dimensionality, compare."""
    if part is whole or part.kind != whole.kind or whole.kind not in AMOUNT_KINDS | {"percent"}:
        return False
    if part.kind == "quantity":
        from figures.units import same_dimension

        return same_dimension(part.unit, whole.unit)
    return part.unit == whole.unit
