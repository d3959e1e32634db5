"""One set counted twice: "the 30 NATO countries" ... "the 31 NATO countries"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.relations.positions import SentenceTest

_DEFINITE = re.compile(r"\b(?:the|all|its|their|our|his|her)\s+$", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_AFTER_NOUN = re.compile(r"\s+(?:(?P<restrictive>that|who|which|where|with|without|whose|and|or)\b"
                         r"|(?:in|at|from|across|of)\s+(?P<place>[A-Z][\w'’-]*))")
_CHANGE = re.compile(
    r"\b(?:now|r[io]se|rising|fell|falling|grew|growing|increas\w*|decreas\w*|more|fewer|another|"
    r"additional|new|extra|became|become|becomes|joined|join|left|leave|added|expand\w*|remaining|other|"
    r"previously|formerly|originally|initially|then|once|again|still|only|first|last|next|earlier|later|"
    r"up\s+from|down\s+from|compared)\b", re.I)
_STOP = frozenset("of in on at for by with and or to from who which that were are was is have has had".split())


@dataclass(frozen=True)
class Repeat:
    first: Figure
    second: Figure
    noun: str


def find_repeats(document, figures: list[Figure]) -> list[Repeat]:
    """Pairs of definite counts ("the 30 NATO countries") of one noun phrase, in sentences that
    say nothing of a change: the same set counted twice (a rule compares the values)."""
    text = document.analysis_text
    changes = SentenceTest(document, _CHANGE)
    seen: dict[str, Figure] = {}
    found = []
    for figure in figures:
        if figure.kind != "count" or figure.qualifier or figure.value is None:
            continue
        if not _DEFINITE.search(text[max(0, figure.start - 6):figure.start]):
            continue
        phrase = _noun_phrase(text, figure)
        if phrase is None:
            continue
        if changes(figure.start):
            continue
        earlier = seen.get(phrase)
        if earlier is not None:
            found.append(Repeat(earlier, figure, phrase))
        seen.setdefault(phrase, figure)
    return found


def _noun_phrase(text: str, figure: Figure) -> str | None:
    """The counted noun phrase, up to its first plural noun, with a place after it: "nato countries",
    "stores in france"; None for a restricted or coordinated set ("the 30 countries that signed",
    "the nine brothers and sisters")."""
    words, previous_end = [], figure.end
    for match in _WORD.finditer(text, figure.end, figure.end + 60):
        if text[previous_end:match.start()].strip(" -") or len(words) == 3:
            return None  # punctuation before the noun, or no plural noun in three words
        word = match.group().lower()
        if word in _STOP:
            return None
        words.append(word)
        if word.endswith("s"):
            rest = _AFTER_NOUN.match(text, match.end())
            if rest and rest.group("restrictive"):
                return None
            place = f" {rest.group('place').lower()}" if rest and rest.group("place") else ""
            return " ".join(words) + place
        previous_end = match.end()
    return None
