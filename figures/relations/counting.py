"""What a figure counts, from the parse: the noun its number modifies and the period of a rate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.lang import counting_words
from figures.model import Figure
from figures.parsing import Parses

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
