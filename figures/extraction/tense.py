"""The tense of the clause around a position: past, present, future or unknown (None)."""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|would|'ll|is to|are to|set to|set for|slated for|scheduled to|scheduled for|due to|"
    r"expected to|plans? to|planned|planning|scheduled|going to|to be held|to take place|"
    r"intends? to|aims? to|upcoming|next|tomorrow|forthcoming)\b",
    re.I,
)
_PAST_WORDS = frozenset(
    """was were had did said met began held took gave came went fell rose saw told
    made won lost left sold bought paid spent led fled struck ran wrote spoke broke
    chose drew flew grew knew threw became sought fought brought thought caught taught
    found stood understood kept meant sent built felt dealt got shot sat ago yesterday
    earlier last previously""".split()
)
_NOT_PAST = frozenset(
    """need speed feed seed proceed exceed succeed bed red hundred united based
    scheduled expected planned supposed used alleged so-called indeed shed wed
    breed creed greed weed deed""".split()
)
_AUXILIARIES = frozenset("be been being is are am get gets to will would".split())
_PRESENT_WORDS = frozenset("is are am says say has have meets".split())
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|as|when|which|who)\b|\b(?:and|but)\b")
_WORD = re.compile(r"[A-Za-z']+")


def tense_at(text: str, sentence: tuple[int, int], offset: int) -> str | None:
    """The tense governing ``offset`` inside ``sentence``: the nearest marker in its clause,
    looking left first, then right."""
    start, end = sentence
    clause_start, clause_end = _clause(text, start, end, offset)
    before = text[clause_start:offset]
    after = text[offset:clause_end]
    return _last_marker(before) or _first_marker(after) or _last_marker(text[start:offset]) \
        or _first_marker(text[offset:end])


def _clause(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    clause_start, clause_end = start, end
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.end() <= offset:
            clause_start = match.end()
        elif match.start() >= offset:
            clause_end = match.start()
            break
    return clause_start, clause_end


def _markers(fragment: str) -> list[tuple[int, str]]:
    found = [(m.start(), "future") for m in _FUTURE.finditer(fragment)]
    previous = ""
    for match in _WORD.finditer(fragment):
        word = match.group().lower()
        participle = word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST
        if (participle or word in _PAST_WORDS) and previous in _AUXILIARIES:
            pass  # "will be named", "is expected": the auxiliary carries the tense
        elif word in _PAST_WORDS or participle:
            found.append((match.start(), "past"))
        elif word in _PRESENT_WORDS:
            found.append((match.start(), "present"))
        previous = word
    return sorted(found)


def _last_marker(fragment: str) -> str | None:
    markers = _markers(fragment)
    return markers[-1][1] if markers else None


def _first_marker(fragment: str) -> str | None:
    markers = _markers(fragment)
    return markers[0][1] if markers else None
