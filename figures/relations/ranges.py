"""Reversed ranges: two figures written larger end first, and whether they must be a range.

A range of dates runs forwards, and so does a hyphen or "to" range of one
quantity ("April 7-6", "5-3 percent"): written backwards, it is an error.
The other forms have other readings, decided from the words around the
range (``lang/en/ranges.toml``, ``lang/en/change.toml``) and the parse: "from
A to B" of quantities is a change as often as a span ("ranged from 9 to 8
pct", "cut from 50 to 40"), and so is a range that is the amount of a change
("gains of 0.50 to 0.20", "closed 2.60 to 0.80 cents higher"); "from A to B"
of dates after a verb that moves them is a change of plan ("moved the vote
from 2027 to 2025"); "between A and B" after a verb of fluctuation is where a
figure moved ("traded between 3,412 and 3,388"), elsewhere a likely slip; a
margin ("ahead by 52% to 41%", "passed 218-210") is no range; a spaced dash
followed by a comparison ("€12bn - €1.1bn more") is punctuation; and a range
in a sentence whose other range of the same unit is an amount of change
("0.10 to 0.15 stg higher and barley 0.25 to 0.10 stg") is an amount whose
comparison was elided.

Two counts joined by a hyphen or an en dash and directly followed by the plural
noun they count ("499-251 people were arrested") are read as a range of that
count, written backwards: likely, not sure (a warning), since a pair of numbers
before a noun is also a score, a record or a model number.  Nothing is said when
the noun is a result, a vote or a ratio ("back-to-back 4-1 wins", "100-30
odds"), when a verb of scoring or voting governs it, when the noun has another
count ("two 10-8 rounds"), after a name ("Boeing 757-200 jets"), for a pair written
again elsewhere in the document (a label: "the 747-400 ... the 747-400 shipsets"), for a pair of
clock hours ("9-5 jobs"), or for an end written with a leading zero ("555-0199").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures.lang import change_words, range_words
from figures.model import Figure
from figures.parsing import Parses

_SPACED_DASH = re.compile(r"\s[-–—]\s")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")
_COUNT_END = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*")  # a whole number as a count is written, no leading zero
_JOINS = ("-", "\u2013")  # a hyphen, an en dash
_CLOCK_HOURS = 12  # both ends no more than the hours of a clock face: "9-5 jobs", "open 10-4"


@dataclass(frozen=True)
class ReversedRange:
    """A range written larger end first; ``sure`` when it can only be a range."""

    figure: Figure
    sure: bool


def find_reversed_ranges(document, figures: list[Figure], parses: Parses) -> list[ReversedRange]:
    found = []
    text = document.analysis_text
    for figure in figures:
        if figure.reversed:
            sure = _reading(text, figure, parses)
            if sure is not None and not _gapped_change(document, figure, figures, parses):
                found.append(ReversedRange(figure, sure))
    found.extend(_hyphenated_counts(document, figures, parses))
    return found


def _hyphenated_counts(document, figures: list[Figure], parses: Parses) -> list[ReversedRange]:
    """Pairs of counts written "499-251" directly before the plural noun they count, larger end first,
    as one range figure over both (a warning: the likely reading, not the only one)."""
    text = document.analysis_text
    found = []
    for first, second in zip(figures, figures[1:]):
        if first.kind != "count" or second.kind != "count" or text[first.end:second.start] not in _JOINS:
            continue
        if not (_COUNT_END.fullmatch(first.text) and _COUNT_END.fullmatch(second.text)):
            continue
        if first.value is None or second.value is None or first.value <= second.value \
                or first.value <= _CLOCK_HOURS:
            continue
        before, after = text[first.start - 1:first.start] if first.start else "", text[second.end:second.end + 1]
        if before and (before.isalnum() or before in "-\u2013./:") or not after.isspace():
            continue  # part of a longer chain ("4-3-3", "1-800-555"), or of a word
        if _named_elsewhere(text, first.start, second.end) or _counted_noun(parses.span(first.start, second.end)) is None:
            continue
        low, high = second.value, first.value
        pair = Figure("count", text[first.start:second.end], first.start, second.end, value=None,
                      low=low, high=high, qualifier="range", reversed=True)
        found.append(ReversedRange(pair, False))
    return found


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """The pair is written again elsewhere in the document: a name or a label ("the 747-400 to fly
    ... the 747-400 shipsets"), since a range written backwards by mistake is not repeated."""
    return len(re.findall(rf"(?<![\w.-]){re.escape(text[start:end])}(?![\w-])", text)) > 1


def _counted_noun(span):
    """The plural common noun right after a pair of numbers that the pair counts, or None when the
    pair reads as a score, a vote, odds or a label."""
    if span is None or span.end >= len(span.doc):
        return None
    noun = span.doc[span.end]
    words = range_words()
    if noun.tag_ != "NNS" or noun.lemma_.lower() in words.score_nouns or noun.lower_ in words.score_nouns:
        return None
    if any(not span.start <= token.head.i < span.end and token.head.i != noun.i for token in span):
        return None  # the pair hangs on something else
    if any(child.dep_ == "nummod" and not span.start <= child.i < span.end for child in noun.children):
        return None  # "two 10-8 rounds": the noun is counted by another number
    if span.start > 0 and (span.doc[span.start - 1].tag_ in ("NNP", "NNPS")
                           or span.doc[span.start - 1].lower_ in words.margin):
        return None  # "Boeing 757-200 jets": a model or a label; "by 10-4 votes": a margin
    governors = {noun.head.lemma_.lower(), noun.head.lower_} if noun.head.i != noun.i else set()
    if governors & words.scoring or _governors(span) & words.scoring:
        return None
    return noun


def _gapped_change(document, figure: Figure, figures: list[Figure], parses: Parses) -> bool:
    """Whether ``figure`` is a range of one unit in a sentence whose other range of that unit is an
    amount of change ("wheat was 0.10 to 0.15 stg higher and barley 0.25 to 0.10 stg", "gains of
    0.50 to 0.20 stg and barley 0.25 to 0.10"): the change is said once and elided from the
    conjuncts after it, so these are amounts too."""
    sentence = document.sentence_at(figure.start)
    comparing = range_words().comparing
    for other in figures:
        if other is figure or other.qualifier != "range" or (other.kind, other.unit) != (figure.kind, figure.unit):
            continue
        if not sentence[0] <= other.start < sentence[1]:
            continue
        following = _NEXT_WORD.match(document.analysis_text, other.end)
        if following and following.group(1).lower() in comparing:
            return True
        if _governors(parses.span(other.start, other.end)) & _change_words():
            return True
    return False


def _reading(text: str, figure: Figure, parses: Parses) -> bool | None:
    """True: a range that must run forwards; False: likely a range; None: another reading."""
    words = range_words()
    previous = _PREVIOUS_WORD.search(text, max(0, figure.start - 20), figure.start)
    opening = figure.text.split(maxsplit=1)[0].lower()
    form = opening if opening in words.between | words.from_ else (previous.group(1).lower() if previous else "")
    governors = _governors(parses.span(figure.start, figure.end))
    if form in words.margin or governors & words.scoring:
        return None
    changing = _change_words()
    if figure.date_start is not None:
        return None if form in words.from_ and governors & (words.moving | changing) else True
    if form in words.between:  # "rose by between 50 and 20" is still a range, of the amount
        return None if governors & (words.fluctuating | _either_way()) else False
    if form in words.from_ or governors & changing:
        return None  # "gains of 0.50 to 0.20 stg", "closed 2.60 to 0.80 cents higher": amounts of change
    if _SPACED_DASH.search(figure.text):
        following = _NEXT_WORD.match(text, figure.end)
        return None if following and following.group(1).lower() in words.comparing else False
    return True


@functools.cache
def _change_words() -> frozenset[str]:
    """The verbs, nouns and adverbs of change (``lang/en/change.toml``)."""
    words = change_words()
    return frozenset(words.verbs) | frozenset(words.nouns) | frozenset(words.adverbs)


@functools.cache
def _either_way() -> frozenset[str]:
    """The verbs of change that say no direction ("swung between $54 and $49", "moved between")."""
    return frozenset(word for word, direction in change_words().verbs.items() if direction == 0)


def _governors(span) -> set[str]:
    """The lemmas of the words the range hangs on: its preposition ("between", "by") and the verb,
    adjective or noun above it ("traded between", "ahead by", "won 5-4")."""
    if span is None:
        return set()
    lemmas = set()
    for token in span:
        if span.start <= token.head.i < span.end:
            continue
        head = token.head
        for _ in range(3):  # the figure, its preposition, the word the preposition hangs on
            lemmas |= {head.lemma_.lower(), head.lower_}
            if head.dep_ not in ("prep", "pobj", "advmod", "npadvmod", "quantmod") or head.head.i == head.i:
                break
            head = head.head
        lemmas |= {child.lower_ for child in head.children if child.dep_ in ("prt", "advmod")}  # "cents higher"
    return lemmas
