"""Figures written as phrases: "one in five", "two-thirds", "thousands", "a month-long", ordinals."""

from __future__ import annotations

import re
from collections.abc import Iterator

from figures.extraction import unit_words as uw
from figures.extraction.intervals import exact
from figures.extraction.lexicon import (
    FRACTION_WORDS,
    MULTIPLE_SUFFIXES,
    MULTIPLIER_WORDS,
    ORDINAL_WORDS,
    SPELLED_SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_AMOUNTS,
)
from figures.extraction.numbers import Number, _alternation, fraction_value, parse_number
from figures.extraction.quantities.mention import Mention, make_figure, to_figure, with_qualifier
from figures.extraction.quantities.reading import CURRENCY_AFTER, currency_code
from figures.model import Figure

_ORDINAL_DIGITS = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b")

_ORDINAL_WORD = re.compile(r"\b(?P<w>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b", re.I)

_VAGUE = re.compile(
    r"\b(?P<v>" + "|".join(sorted(VAGUE_AMOUNTS, key=len, reverse=True)) + r")\b(?!\s+(?:and|or)\s+\d)", re.I)

_FRACTION = re.compile(
    rf"\b(?:(?P<num>an?|{_alternation(w for w, v in UNITS_WORDS.items() if 1 <= v <= 9)})[\s-]+)?"
    rf"(?P<den>{_alternation(w for w in FRACTION_WORDS if w not in ('fourth', 'fourths'))})\b", re.I)

_RATIO = re.compile(
    rf"\b(?P<a>\d+|{'|'.join(UNITS_WORDS)})\s+(?:in|out\s+of)\s+(?P<b>\d+|{'|'.join(UNITS_WORDS)})\b"
    r"|\b(?P<c>\d+)(?:-to-|:)(?P<d>\d+)\b(?!:)", re.I)

_FACTOR_WORDS = {**UNITS_WORDS, **TENS_WORDS, **MULTIPLIER_WORDS, **SPELLED_SCALES}
_MULTIPLE = re.compile(rf"\b(?P<n>\d+(?:\.\d+)?|{_alternation(_FACTOR_WORDS)})-?(?:{_alternation(MULTIPLE_SUFFIXES)})\b",
                       re.I)

_ASCII_FRACTION = re.compile(r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])")
_OF = re.compile(r"\s+of\b", re.I)

_A_DURATION = re.compile(
    r"\b(?:(?P<a>an?)\s+(?P<time>second|minute|hour|day|week|fortnight|month|year|decade|century)"
    r"(?P<long>-long)?|(?P<bare>week|fortnight|month|year|decade|century)-long)\b", re.I)

_DURATION_CUE = re.compile(r"\b(?:after|within|lasting|spent|took|takes|take)\s+$", re.I)

_OF_MEASURE = re.compile(r"\s+of\s+", re.I)


def ratios(text: str, masked: str) -> Iterator[Figure]:
    for match in _RATIO.finditer(masked):
        if match.group("a"):
            a, b = parse_number(match.group("a")), parse_number(match.group("b"))
            if not (a and b and b.value >= 2 and a.value < b.value) or re.match(
                    r"\s*(?:%|percent|pct)", masked[match.end():match.end() + 9]):
                continue
            value = a.value / b.value
        else:
            a, b = parse_number(match.group("c")), parse_number(match.group("d"))
            if not (a and b and a.value and b.value) or masked[match.end():match.end() + 1] == "-":
                continue
            value = a.value / b.value
        yield make_figure(text, match.start(), match.end(), "ratio", exact(value))


def multiples(text: str, masked: str) -> Iterator[Figure]:
    """"a sixfold rise", "grew more than 10-fold": a factor, a ratio and not a count."""
    lowered = masked.lower()
    if not any(suffix in lowered for suffix in MULTIPLE_SUFFIXES):
        return
    for match in _MULTIPLE.finditer(masked):
        word = match.group("n").lower()
        number = Number(float(_FACTOR_WORDS[word]), 0.0) if word in _FACTOR_WORDS else parse_number(word)
        if number and number.value > 1:
            yield to_figure(text, with_qualifier(masked, Mention(match.start(), match.end(), number, kind="ratio")))


def slashed_fractions(text: str, masked: str) -> Iterator[Figure]:
    """"1/3 of voters", "a 1/4 mile oval", "1/2 hour": a fraction written with a slash, when "of" or a
    unit follows; alone, "3/4" is as often a date."""
    if "/" not in masked:
        return
    for match in _ASCII_FRACTION.finditer(masked):
        top, bottom = int(match["a"]), int(match["b"])
        if not 0 < top < bottom or re.search(r"\d[\s-]$", masked[max(0, match.start() - 2):match.start()]):
            continue  # "24/7"; the fraction of "2 1/2" is read with its whole
        value, end, kind, unit = top / bottom, match.end(), "ratio", None
        measure, time = uw.unit_after(masked, end), uw.TIME_AFTER.match(masked, end)
        if time:
            unit, factor = uw.TIME_UNITS[time.group("time").lower()]
            value, end, kind = value * factor, time.end(), "duration"
        elif measure:
            (unit, end), kind = measure, "quantity"
        elif not _OF.match(masked, end):
            continue
        yield to_figure(text, with_qualifier(masked, Mention(match.start(), end, Number(value, 0.0), kind=kind,
                                                             unit=unit)))


def fractions(text: str, masked: str) -> Iterator[Figure]:
    for match in _FRACTION.finditer(masked):
        numerator, denominator = match.group("num"), match.group("den").lower()
        if denominator.startswith("half"):
            if numerator is None and not (
                    re.match(r"\s+(?:of|the|a|an|its|their|his|her|all|that|this|those|these)\b",
                             masked[match.end():match.end() + 8], re.I)
                    or re.search(r"\b(?:by|in)\s+$", masked[max(0, match.start() - 4):match.start()], re.I)):
                continue
        elif numerator is None:
            continue
        if re.search(r"\b(?:first|second|third|fourth|last|this|next)\s+$",
                     masked[max(0, match.start() - 8):match.start()], re.I):
            continue
        if re.search(r"\band\s+$", masked[max(0, match.start() - 5):match.start()], re.I) or \
                re.match(rf"[\s-]+(?:an?\s+)?(?:{_alternation([*MULTIPLIER_WORDS, *SPELLED_SCALES])})\b",
                         masked[match.end():match.end() + 14], re.I):  # "half a million" is one number
            continue
        value = fraction_value(numerator, denominator)
        if value is not None:
            m = with_qualifier(masked, Mention(match.start(), match.end(), Number(value, 0.0), kind="ratio"))
            yield to_figure(text, m)


def vague_amounts(text: str, masked: str) -> Iterator[Figure]:
    for match in _VAGUE.finditer(masked):
        low, high = VAGUE_AMOUNTS[match.group("v").lower()]
        kind, unit, end = "count", None, match.end()
        of = _OF_MEASURE.match(masked, end)
        if of:
            money = CURRENCY_AFTER.match(masked, of.end() - 1)
            measure = uw.unit_after(masked, of.end())
            if money and money.group("word").lower() in uw.CURRENCY_WORDS:
                kind, unit, end = "money", currency_code(money, Mention(0, 0, Number(0, 0), scale="million")), money.end()
            elif measure:
                kind, unit, end = "quantity", measure[0], measure[1]
        yield Figure(kind=kind, text=text[match.start():end], start=match.start(), end=end,
                     value=None, low=float(low), high=float(high), unit=unit, soft_low=float(low),
                     soft_high=float(high))


def a_durations(text: str, masked: str) -> Iterator[Figure]:
    for match in _A_DURATION.finditer(masked):
        unit, factor = uw.TIME_UNITS[(match.group("time") or match.group("bare")).lower()]
        m = Mention(match.start(), match.end(), Number(float(factor), 0.0), kind="duration", unit=unit)
        m = with_qualifier(masked, m)
        if m.qualifier or match.group("long") or match.group("bare") or _DURATION_CUE.search(masked[max(0, match.start() - 12):match.start()]):
            yield to_figure(text, m)


def ordinals(text: str, masked: str) -> Iterator[Figure]:
    for match in _ORDINAL_DIGITS.finditer(masked):
        number = parse_number(match.group("n"))
        if number:
            yield make_figure(text, match.start(), match.end(), "ordinal", exact(number.value))
    for match in _ORDINAL_WORD.finditer(masked):
        word = match.group("w").lower()
        if word == "second" and re.search(r"\b(?:a|per|one|split)\s+$", masked[max(0, match.start() - 6):match.start()], re.I):
            continue
        yield make_figure(text, match.start(), match.end(), "ordinal", exact(float(ORDINAL_WORDS[word])))
