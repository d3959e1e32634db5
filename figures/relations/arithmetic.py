"""Relations that rules recompute: conversions, percentages of totals, changes, and sums."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.model import Figure
from figures.relations.parts import AMOUNT_KINDS, compatible

_CONVERTIBLE = frozenset({"quantity", "duration"})
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_OR = re.compile(r"\s*,?\s+or\s+$|\s*/\s*$")
_NOT_A_CONVERSION = re.compile(r"^\s*(?:x|×|by)\s", re.I)  # "2.3 cm x 2.3 cm", "10 by 20 feet"
_CLOSE = re.compile(r"^\s*[),;.]|^\s*$")
_COUNT_OR = re.compile(r"^(?:\s+[A-Za-z'’-]+){0,3}\s*(?:,\s*(?:or|representing|equivalent\s+to)|\()\s*$", re.I)
_OF_TOTAL = re.compile(r"^\)?\s+of\s+(?:the|its|their|all|a|an|his|her|our)?\s*(?:[A-Za-z'’-]+\s+){0,3}$", re.I)
_UP = r"r[io]se|rising|risen|gain(?:ed|ing|s)?|climb(?:ed|ing|s)?|increas(?:ed|ing|es?)|jump(?:ed|ing|s)?" \
      r"|grew|grow(?:n|s|ing)?|advanc(?:ed|es?)|surg(?:ed|es?)|soar(?:ed|s)?|up|higher|rais(?:ed|es?)" \
      r"|add(?:ed|s)?|improv(?:ed|es?)|boost(?:ed|s)?|expand(?:ed|s)?|an?\s+(?:rise|increase|gain|jump)\s+of"
_DOWN = r"fell|fall(?:en|ing|s)?|dropp?(?:ed|ing|s)?|declin(?:ed|ing|es?)|decreas(?:ed|ing|es?)|lost|los(?:es|ing)" \
        r"|slipp?(?:ed|ing|s)?|slump(?:ed|s)?|plunged?|tumbl(?:ed|es?)|shr[aiu]nk|cut|down|lower|eas(?:ed|es?)" \
        r"|sank|sink(?:s|ing)?|reduc(?:ed|es?)|an?\s+(?:fall|decrease|drop|decline|loss)\s+of"
_FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_FACTOR_VERB = re.compile(r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\s+$", re.I)
_VERB_AFTER = re.compile(rf"^\s*,?\s*(?:an?\s+)?(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+|of\s+)?$", re.I)
_TO = re.compile(r"^\s+to\s+$", re.I)
_FROM = re.compile(r"^\s+from\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_POINTS = re.compile(r"\s+(?:percentage\s+)?points?\b", re.I)
_DOWN_WORDS = re.compile(rf"^(?:{_DOWN})$", re.I)


@dataclass(frozen=True)
class Conversion:
    """``target`` restates ``source`` in other units: "100 kilometres (62 miles)"."""

    source: Figure
    target: Figure


@dataclass(frozen=True)
class PercentOf:
    """``percent`` of ``total`` is said to be ``count``: "300 people, or 25% of the 1,200 staff"."""

    count: Figure
    percent: Figure
    total: Figure


@dataclass(frozen=True)
class Change:
    """A change from ``before`` to ``after``, by ``by`` (a percent) or by ``factor`` ("doubled");
    ``direction`` is +1 for "rose", -1 for "fell"."""

    before: Figure
    after: Figure
    direction: int
    verb: str
    by: Figure | None = None
    factor: float | None = None


def find_conversions(document, figures: list[Figure]) -> list[Conversion]:
    text = document.analysis_text
    found = []
    for source, target in zip(figures, figures[1:]):
        if source.kind not in _CONVERTIBLE or target.kind != source.kind or source.unit == target.unit:
            continue
        if "range" in (source.qualifier, target.qualifier) or not _convertible(source.unit, target.unit):
            continue
        between, after = text[source.end:target.start], text[target.end:target.end + 4]
        bracket = _OPEN_BRACKET.fullmatch(between) and after.lstrip().startswith(")")
        if not (bracket or _OR.fullmatch(between)) or _NOT_A_CONVERSION.match(after) \
                or _NOT_A_CONVERSION.match(text[source.end:source.end + 4]):
            continue
        found.append(Conversion(source, target))
    return found


def _convertible(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return False
    from figures.units import same_dimension

    return same_dimension(first, second)


def find_percent_of(document, figures: list[Figure]) -> list[PercentOf]:
    """"N, or P% of [the] T", "N (P%) of the T", "P% of the T, or N"."""
    text = document.analysis_text
    found = []
    for index, percent in enumerate(figures):
        if percent.kind != "percent" or percent.unit != "percent" or percent.qualifier == "range":
            continue
        total = figures[index + 1] if index + 1 < len(figures) else None
        if total is None or total.kind not in AMOUNT_KINDS or not _OF_TOTAL.match(text[percent.end:total.start]):
            continue
        count = figures[index - 1] if index else None
        between = text[count.end:percent.start] if count else ""
        if count is not None and compatible(count, total) and _COUNT_OR.match(between):
            found.append(PercentOf(count, percent, total))
            continue
        following = figures[index + 2] if index + 2 < len(figures) else None
        if following is not None and compatible(following, total) and \
                _COUNT_OR.match(text[total.end:following.start].replace(",", " ", 1)):
            found.append(PercentOf(following, percent, total))
    return found


def find_changes(document, figures: list[Figure]) -> list[Change]:
    """"rose P% to B from A", "rose P% from A to B", "from A to B, up P%", "doubled from A to B"."""
    text = document.analysis_text
    amounts = [f for f in figures if f.kind in AMOUNT_KINDS or f.kind == "percent"]
    found = []
    for index in range(len(amounts)):
        window = amounts[index:index + 3]
        change = _by_then_values(text, window) or _values_then_by(text, window) or _factor(text, window)
        if change is not None and document.sentence_index(change.before.start) == \
                document.sentence_index(change.after.start):
            found.append(change)
    return found


def _by_then_values(text: str, window: list[Figure]) -> Change | None:
    """"rose 6.2% to $1.45 billion from $1.37 billion" or "... from A to B"."""
    if len(window) < 3 or window[0].kind != "percent":
        return None
    by, second, third = window
    verb = _VERB_BEFORE.search(text[max(0, by.start - 30):by.start])
    if not verb:
        return None
    if _TO.match(text[by.end:second.start]) and _FROM.match(text[second.end:third.start]):
        before, after = third, second
    elif _FROM.match(text[by.end:second.start]) and _TO.match(text[second.end:third.start]):
        before, after = second, third
    else:
        return None
    return _change(before, after, verb.group("verb"), by=by)


def _values_then_by(text: str, window: list[Figure]) -> Change | None:
    """"from 8.1 percent to 7.8 percent, down 0.3 points"."""
    if len(window) < 3:
        return None
    before, after, by = window
    if by.kind == "count" and after.unit == "percent" and _POINTS.match(text, by.end):
        by = by.replace(kind="percent", unit="percentage_point")  # "points" between percentages
    if by.kind != "percent":
        return None
    if not (_FROM_BEFORE.search(text[max(0, before.start - 6):before.start])
            and _TO.match(text[before.end:after.start])):
        return None
    verb = _VERB_AFTER.match(text[after.end:by.start])
    return _change(before, after, verb.group("verb"), by=by) if verb else None


def _factor(text: str, window: list[Figure]) -> Change | None:
    """"doubled from 50 to 100", "halved to 20 from 40"."""
    if len(window) < 2:
        return None
    first, second = window[:2]
    lead = text[max(0, first.start - 26):first.start]
    verb = _FACTOR_VERB.search(re.sub(r"\b(?:from|to)\s+$", "", lead))
    if not verb:
        return None
    if re.search(r"from\s+$", lead) and _TO.match(text[first.end:second.start]):
        before, after = first, second
    elif re.search(r"to\s+$", lead) and _FROM.match(text[first.end:second.start]):
        before, after = second, first
    else:
        return None
    word = verb.group("verb").lower()
    return _change(before, after, word, factor=_FACTOR[word])


def _change(before: Figure, after: Figure, verb: str, *, by: Figure | None = None,
            factor: float | None = None) -> Change | None:
    before = _with_unit_of(before, after)
    if not compatible(before, after) or before.value is None or after.value is None:
        return None
    direction = -1 if _DOWN_WORDS.match(verb) or (factor is not None and factor < 1) else 1
    return Change(before, after, direction, verb.lower(), by, factor)


def _with_unit_of(bare: Figure, other: Figure) -> Figure:
    """"to 1,670 tonnes from 2,165": the unit is written once; a bare count takes it,
    unless the magnitudes say it is another kind of number."""
    if bare.kind != "count" or other.kind == "count" or bare.value is None or other.value is None:
        return bare
    if other.value and not 1 / 1000 <= bare.value / other.value <= 1000:
        return bare
    return bare.replace(kind=other.kind, unit=other.unit)
