"""What a figure counts, from the parse: the noun its number modifies and the period of a rate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.lang import counting_words, share_words
from figures.model import Figure
from figures.parsing import Parses, lemma_readings

_WORD = re.compile(r"[^\W\d_]+")
_OTHER = re.compile(r"[^\s,]")


@dataclass(frozen=True)
class Counted:
    """``noun``: the lemma of what the figure counts ("800 loaves" -> "loaf"; "30,000 litres" ->
    "litre"), None when the number stands alone ("including 12,000"); ``per``: the period of a
    rate ("a day" -> "day"), None when the figure is not a rate."""

    noun: str | None
    per: str | None


def counted(parses: Parses, figure: Figure) -> Counted:
    span = parses.span(figure.start, figure.end)
    if span is None:
        return Counted(None, None)
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    if root.dep_ in ("nummod", "quantmod") and root.head.i < root.i:
        return Counted(None, None)  # a number after its noun labels it ("Route 66"; "Mr Ode 420": a gapped verb)
    if root.dep_ in ("nummod", "quantmod"):
        noun = root.head  # whatever the tagger says of it ("rye loaves": VBZ), a number modifies a noun
    elif root.pos_ in ("NOUN", "PROPN"):
        noun = root
    else:
        return Counted(None, _period(root))
    return Counted(noun.lemma_.lower(), _period(noun))


def counted_noun(parses: Parses, figure: Figure) -> str | None:
    """What a count counts, as a lemma of its head noun without modifiers ("12 rural branches" ->
    "branch"; "the 9 member states" -> "state"), for ``Figure.noun``: ``counted``'s noun, except that
    a number that is itself a noun ("dozens") or stands alone counts the plural its "of" phrase
    names ("dozens of flights", "11 of the 16 games"; not "three of them") or a plural it is in
    apposition to ("the victims, 12 in all"); a number on a number ("10 to 12 hires") counts what
    that one counts.  None for a figure that is not a count (a unit, a currency or a percentage is
    no noun) and for a number with nothing to count."""
    if figure.kind != "count":
        return None
    span = parses.span(figure.start, figure.end)
    if span is None:
        return None
    roots = [token for token in span if not span.start <= token.head.i < span.end] or [span.root]
    # a number of the span, not the word of its qualifier ("between 1.8 million and 2.35 million shares")
    root = next((token for token in roots if token.dep_ in ("nummod", "quantmod")), roots[0])
    if root.dep_ in ("nummod", "quantmod"):
        if root.head.i < root.i:
            return None  # a label ("Route 66")
        while root.dep_ in ("nummod", "quantmod") and _number(root.head) and root.head.i > root.i:
            root = root.head  # "10 to 12 new hires": "10" hangs on "12"
        if root.dep_ not in ("nummod", "quantmod") or root.head.i < root.i:
            return None
        noun = counted_head(root)
        between = noun.doc[root.i + 1:noun.i]
        if _number(noun) or any(token.dep_ == "poss" and token.head.i == noun.i for token in between):
            return None  # "1.65 times Deseret's book value": a number does not count a possessed noun
        if noun.tag_ == "NNP" and figure.value != 1 and not any(token.tag_ == "HYPH" for token in between):
            return None  # a number before a singular name labels it ("405 Williams Ave.")
    else:
        noun = _partitive(root)
        if noun is None and root.dep_ == "appos" and root.head.i < root.i and root.head.tag_ in _PLURAL:
            noun = root.head  # "the victims, 12 in all"
        if noun is None:
            return None
    return _lemma(noun)


def _lemma(noun) -> str:
    """The noun's lemma, lower case; a plural name's as a common noun's ("Democrats" -> "democrat"),
    which the lemmatizer leaves as written."""
    if noun.tag_ != "NNPS":
        return noun.lemma_.lower()
    return lemma_readings(noun, "NOUN")[0]


_PLURAL = ("NNS", "NNPS")


def counted_head(number):
    """The noun a number counts: the head of "the 9 member states" is "states", not "member"."""
    unit = number.head
    while unit.dep_ == "compound" and unit.head.tag_ == "NNS" and unit.head.i > unit.i \
            and unit.tag_ == "NN" and not any(t.tag_ == "HYPH" for t in unit.doc[number.i:unit.i]):
        unit = unit.head
    return unit


def _number(token) -> bool:
    return token.pos_ == "NUM" or token.like_num


def _partitive(token):
    """The plural an "of" phrase of ``token`` names ("dozens of flights", "124 of the protesters"),
    through a scale word ("hundreds of thousands of people"); None for a pronoun ("three of them")."""
    for _ in range(3):
        prepositions = [child for child in token.children if child.dep_ == "prep" and child.lower_ in share_words().of]
        objects = [child for child in prepositions[0].children if child.dep_ == "pobj"] if prepositions else []
        if not objects:
            return None
        token = objects[0]
        if token.tag_ not in _PLURAL:
            return None
        if not _number(token):
            return token
    return None


def with_nouns(document, figures: list[Figure]) -> list[Figure]:
    """``figures`` (of ``document``, in its offsets) with each count's ``noun`` read from the parse;
    only the sentences that hold a count are parsed."""
    counts = [figure for figure in figures if figure.kind == "count"]
    if not counts:
        return figures
    parses = Parses(document, counts)
    return [figure.replace(noun=counted_noun(parses, figure)) if figure.kind == "count" else figure
            for figure in figures]


def _period(token) -> str | None:
    """The period a rate is counted per: "a day", "per shift", "each week" among the token's
    dependents, or an adverb ("daily")."""
    words = counting_words()
    for child in token.children:
        if child.dep_ == "npadvmod" and any(det.lower_ in words.rate_markers for det in child.children):
            return child.lemma_.lower()
        if child.dep_ == "prep" and child.lower_ in words.rate_markers:
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return objects[0].lemma_.lower()
        if child.dep_ == "advmod" and child.lower_ in words.rate_adverbs:
            return child.lower_
    return None


def joined(text: str, first: Figure, second: Figure) -> bool:
    """The two figures are alternatives or items joined by a conjunction ("three or four of
    them"), not a whole and its part."""
    between = text[first.end:second.start]
    words = _WORD.findall(between)
    return bool(words) and all(word.lower() in counting_words().joins for word in words) \
        and not _OTHER.search(_WORD.sub("", between))
