"""Ranges and figures that share one unit: "5-7 pct", "between 50 and 60", "from 2,165 to 1,670 tonnes"."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace

from figures.extraction import unit_words as uw
from figures.extraction.inflection import change_word_forms
from figures.extraction.intervals import bounds, span_bounds
from figures.extraction.lexicon import QUALIFIERS
from figures.extraction.numbers import Number, scaled
from figures.extraction.quantities.mention import Mention, measured_step, to_figure
from figures.model import Figure

#: "rose 18 sen to RM23.50": a change, not a range (its amount may follow "by" and a currency sign).
_CHANGE_VERB = re.compile(rf"\b(?:{uw.trie_pattern(change_word_forms())})\s+(?:by\s+)?[$£€¥]?\s?$", re.I)

_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|var(?:y|ies|ied|ying))\s+from\s+(?:[$£€¥]\s?)?$", re.I)

_DASH_LINK = re.compile(r"\s*(?:-|–|—)\s*")
_RANGE_LINK = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|and)\s+", re.I)


def link_ranges(text: str, mentions: list[Mention]) -> Iterator[Figure]:
    """Merge "5-7 pct", "25 to 28 pct", "between 50 and 60 people"; carry units in "from X to Y km"."""
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second and _is_range(text, first, second):
            yield _range_figure(text, first, second)
            index += 2
            continue
        if second and (_from_to(text, first, second) or _alternatives(text, first, second)):
            if first.kind == "count" and second.kind not in ("count", "age"):
                first = replace(first, kind=second.kind, unit=second.unit, number=_rescaled(first, second))
            elif second.kind == "count" and first.kind in ("quantity", "money", "percent") and not second.scale:
                mentions[index + 1] = replace(second, kind=first.kind, unit=first.unit)
            elif first.kind == second.kind and first.unit == second.unit:
                first = replace(first, number=_rescaled(first, second))  # "from $10 to $15 billion"
        yield to_figure(text, first)
        index += 1


def _from_to(text: str, first: Mention, second: Mention) -> bool:
    """"from 2,165 to 1,670 tonnes", "from 208 pounds to 193": the unit is written once."""
    return bool(re.fullmatch(r"\s+to\s+", text[first.end:second.start])
                and re.search(r"\bfrom\s+$", text[max(0, first.start - 6):first.start]))


def _alternatives(text: str, first: Mention, second: Mention) -> bool:
    """"8 or $9", "two or three per cent": two alternatives, the unit written on the second."""
    return bool(re.fullmatch(r"\s+or\s+", text[first.end:second.start])) and first.kind == "count" \
        and first.unit is None and second.kind in ("money", "quantity", "percent")


def _is_range(text: str, first: Mention, second: Mention) -> bool:
    link = text[first.end:second.start]
    if not _RANGE_LINK.fullmatch(link) or second.qualifier or first.kind not in ("count", "age", second.kind):
        return False
    if first.kind == second.kind and first.unit and second.unit and first.unit != second.unit \
            and not _per_period_of(first.unit, second.unit):
        return False  # "a fall of 0.4 percentage points to 4.1%": a change and a level, not a range
    if first.kind == "age" and second.kind == "count" and "and" not in link.lower():
        return True
    before = text[max(0, first.start - 8):first.start].lower()
    if "and" in link.lower():
        return before.rstrip().endswith("between")
    hyphen = "to" not in link.lower()
    if not hyphen and re.search(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", text[max(0, first.start - 30):first.start], re.I):
        return bool(_RANGING.search(text[max(0, first.start - 30):first.start]))
    if not hyphen and _CHANGE_VERB.search(text[max(0, first.start - 20):first.start]):
        return False  # "rose 18 sen to RM23.50" is a change, not a range
    if first.kind == "count" and first.unit is None and second.kind == "count":
        return bool(second.scale) and (not first.scale or first.scale.lower() == second.scale.lower())
    return QUALIFIERS.get((first.qualifier or "").lower(), "about") == "about" and \
        (first.kind == second.kind or first.kind == "count")


def _per_period_of(unit: str, rate: str) -> bool:
    """"10km to 12km a day", "$10-$12 an hour": the period written once, after the second end."""
    return rate.startswith(f"{unit} / ") and "/" not in unit


def _rescaled(first: Mention, second: Mention) -> Number:
    """"5 to 7 million": the first end shares the second's scale, if that makes it plausible;
    "4-3/4 to 9-1/4 cents": and its unit; "117.40-43 yen": and its leading digits."""
    if first.kind == "count" and second.factor != 1.0:
        first = replace(first, number=Number(first.number.value * second.factor, first.number.step * second.factor))
    if first.scale or not second.scale:
        return first.number
    candidate = scaled(first.number, second.scale)
    plausible = second.number.value / 100 <= candidate.value <= second.number.value * 10
    return candidate if first.number.value < 1000 and plausible else first.number


def _abbreviated_end(text: str, first: Mention, second: Mention) -> Mention:
    """Wire quotes write "117.40-43 yen" for 117.40 to 117.43: the second end gives the last digits
    of the first's number (read from the first's own value and precision, never from its span)."""
    tail = text[second.start:second.core_end]
    if not _DASH_LINK.fullmatch(text[first.end:second.start]):
        return second  # "2.8 to 1" is a rate, not "2.8 to 2.1"
    value, step = first.number.value / first.factor, first.number.step / first.factor
    decimals = round(-math.log10(step)) if 0 < step < 1 else 0
    if not tail.isdigit() or len(tail) > decimals or value <= int(tail) <= value * 100:
        return second
    head = f"{value:.{decimals}f}"
    value = float(head[:-len(tail)] + tail) * second.factor
    return replace(second, number=Number(value, 10.0 ** -decimals))  # its last digit is the first's last


def _range_figure(text: str, first: Mention, second: Mention) -> Figure:
    second = _abbreviated_end(text, first, second)
    low_number = _rescaled(first, second)
    low = bounds(low_number.value, measured_step(low_number, second.kind), None)
    high = bounds(second.number.value, measured_step(second.number, second.kind), None)
    merged = span_bounds(low, high)
    start = first.start
    before = text[max(0, start - 8):start]
    between = re.search(r"\bbetween\s+$", before, re.I)
    if between:
        start -= len(before) - between.start()
    kind, unit = (first.kind, first.unit) if first.kind == "age" else (second.kind, second.unit)
    return Figure(kind=kind, text=text[start:second.end], start=start, end=second.end,
                  value=merged.value, low=merged.low, high=merged.high, unit=unit,
                  qualifier="range", soft_low=merged.soft_low, soft_high=merged.soft_high,
                  reversed=low_number.value > second.number.value)
