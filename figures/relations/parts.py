"""Part-of: "over 10 million, including almost 4 million", "of whom", "N of the M", "N of them"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.lang import counting_words, share_words
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


def _alternatives(phrases) -> str:
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))


#: Cheap tests of the text before a parse is asked for: "PART [a word or two] of which|whom", and a
#: sentence that opens with a preposition of ``[parts] fronted`` ("Of the", "Out of", "Among").
_OF_RELATIVE = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_alternatives(share_words().of)})\s+"
                          rf"(?:{_alternatives(share_words().relative)})\b", re.I)
_FRONTED = re.compile(rf"\W*(?:{_alternatives(' '.join(p) for p in counting_words().fronted)})\s", re.I)


@dataclass(frozen=True)
class PartOf:
    """``part`` is said to be a part of one of ``wholes`` (the candidates the words allow)."""

    part: Figure
    wholes: tuple[Figure, ...]
    cue: str
    fronted: bool = False  # the whole opens the sentence ("Of the 40 patients, 25 ..."): see find_splits


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
        relative = _relative_after(parses, part) if _OF_RELATIVE.match(text, part.end) else None
        if following and _OF_THE.match(text[part.end:following.start]) and compatible(part, following):
            found.append(PartOf(part, (following,), "of the"))
        elif _OF_THEM.match(text[part.end:part.end + 20]):
            wholes = _wholes_before(document, index_of, part, part.start)
            wholes = _agree(text, parses, part, wholes, wholes)
            if wholes:
                found.append(PartOf(part, wholes[-1:], "of them"))
        elif relative:
            wholes = _wholes_before(document, index_of, part, part.start)
            wholes = _agree(text, parses, part, wholes, index_of.within(document.sentence_at(part.start)[0], part.start))
            if wholes:
                found.append(PartOf(part, wholes, relative))
    return found + _fronted(document, parses, amounts)


def _relative_after(parses: Parses, part: Figure) -> str | None:
    """"of which" or "of whom" when the part opens a relative clause on its whole ("14,330 season
    tickets, 4,997 of which went to ..."), from the parse: the part's own "of" and a relative pronoun."""
    root = _root(parses, part)
    if root is None:
        return None
    words = share_words()
    for prep in root.children:
        if prep.dep_ == "prep" and prep.i > root.i and prep.lower_ in words.of:
            pronoun = next((child for child in prep.children if child.dep_ == "pobj"), None)
            if pronoun is not None and pronoun.lower_ in words.relative:
                return f"{prep.lower_} {pronoun.lower_}"
    return None


def _fronted(document, parses: Parses, amounts: list[Figure]) -> list[PartOf]:
    """"Of the 239 pupils who sat the exam, 124 passed", "Out of 600 applicants, ...", "Among the 90
    patients enrolled, ...": a sentence opened by a preposition of ``[parts] fronted`` whose object
    is the whole (only determiners between); the part is a subject of the clause the phrase hangs on,
    after it, counting the whole's noun or none of its own."""
    found = []
    text = document.analysis_text
    for whole in amounts:
        sentence = document.sentence_at(whole.start)
        if not _FRONTED.match(text, sentence[0]):
            continue  # no sentence opened by such a preposition: nothing to parse
        span = parses.span(whole.start, whole.end)
        opening = _fronted_preposition(span) if span is not None else None
        if opening is None:
            continue
        preposition, cue = opening
        noun = counted(parses, whole)
        for part in amounts:
            after = whole.end < part.start < sentence[1]
            root = _root(parses, part) if after and compatible(part, whole) else None
            if root is None or root.sent.start != span.sent.start or root.dep_ not in ("nsubj", "nsubjpass") \
                    or not (root.head.i == preposition.head.i or root.head.is_ancestor(preposition)):
                continue
            own = counted(parses, part)
            if own.per == noun.per and own.noun in (None, noun.noun):
                found.append(PartOf(part, (whole,), cue, fronted=True))
                break
    return found


def _fronted_preposition(span):
    """The preposition that opens the sentence of ``span`` and takes it, or the noun it counts, as
    its object (after determiners only: not "Of the 239 pupils' parents"), and its words; None when
    there is none.  For "out of", the token is "out"."""
    sentence = span.sent
    first = next((token for token in sentence if not token.is_punct), None)
    if first is None or first.i >= span.start:
        return None
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    holder = root.head if root.dep_ in ("nummod", "quantmod") and root.head.i > root.i else root
    for phrase in counting_words().fronted:
        words = sentence.doc[first.i:first.i + len(phrase)]
        if tuple(token.lower_ for token in words) == phrase and first.pos_ == "ADP" \
                and all(token.tag_ in ("DT", "PRP$", "PDT") for token in sentence.doc[words.end:span.start]) \
                and holder.dep_ == "pobj" and words.start <= holder.head.i < words.end:
            return first, " ".join(phrase)
    return None


def _root(parses: Parses, figure: Figure):
    """The token of the figure's span whose head is outside it, or None when it is not parsed."""
    span = parses.span(figure.start, figure.end)
    if span is None:
        return None
    return next((token for token in span if not span.start <= token.head.i < span.end), span.root)


def _agree(text: str, parses: Parses, part: Figure, wholes: tuple[Figure, ...],
           before: list[Figure] | tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The wholes that count what the part counts.  A part with no noun of its own ("including
    12,000") counts what the nearest figure before it with a noun or unit counts ("30,000 litres"),
    so only wholes of that figure's kind and unit remain, and it is a rate of that figure's period;
    a rate is the part of a rate of the same period only ("800 loaves a day" is no whole of "3,000
    loaves a week"); an alternative ("three or four of them") is no whole."""
    own = counted(parses, part)
    per = own.per
    if own.noun is None and part.unit is None:
        named = [f for f in before if f.end <= part.start and f.kind in AMOUNT_KINDS
                 and (f.unit or counted(parses, f).noun)]
        antecedent = named[-1] if named else None
        if antecedent is not None and (antecedent.kind, antecedent.unit) != (part.kind, part.unit):
            wholes = tuple(f for f in before if (f.kind, f.unit) == (antecedent.kind, antecedent.unit))
        if antecedent is not None and per is None:
            per = counted(parses, antecedent).per  # "2,000 cars a day, 1,500 of which": per day too
    return tuple(w for w in wholes if counted(parses, w).per == per and not joined(text, w, part))


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
