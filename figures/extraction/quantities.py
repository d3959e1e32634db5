"""Numbers in context: counts, quantities, percentages, money, durations, ages, ordinals, ratios."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from figures.extraction import unit_words as uw
from figures.extraction.intervals import Bounds, bounds, exact, span_bounds
from figures.extraction.lexicon import (
    ORDINAL_WORDS,
    QUALIFIERS,
    SCALE_WORDS,
    UNITS_WORDS,
    VAGUE_AMOUNTS,
)
from figures.extraction.numbers import (
    NUMBER_RE,
    SCALE_RE,
    Number,
    fraction_value,
    parse_number,
    scaled,
    word_number_extent,
)
from figures.model import Figure


@dataclass(frozen=True)
class _Mention:
    """A number with what surrounds it, before it becomes a Figure."""

    start: int
    end: int
    number: Number
    kind: str = "count"
    unit: str | None = None
    qualifier: str | None = None
    scale: str | None = None
    core_end: int = 0  # end of the digits or words, before scale and unit
    factor: float = 1.0  # what the unit did to the number ("50 cts" is 0.50 dollars)


_QUALIFIER_BEFORE = re.compile(
    r"(?i:\b(?P<q>" + "|".join(sorted((re.escape(q) for q in QUALIFIERS if q not in ("or so",)),
                                      key=len, reverse=True)) + r"))\s+$"
)
_PERCENT = re.compile(
    r"\s*(?:(?P<pp>(?:percentage|pct|percent|per\s+cent)\s+points?)\b|(?P<pc>%|percent\b|per\s+cent\b|pct\b"
    r"|per-cent\b|pc\b))", re.I)
_CURRENCY_SIGN = re.compile(
    r"(?P<sign>" + "|".join(sorted((re.escape(s.strip()) for s in uw.CURRENCY_SIGNS), key=len, reverse=True))
    + r")\s?$")
_MONEY_LETTER = re.compile(r"(?P<s>bn|tn|mil|m|M|k|b)\b")
_LETTER_SCALES = {"k": "thousand", "m": "million", "M": "million", "mil": "million", "b": "billion",
                  "bn": "billion", "tn": "trillion"}
_SIGN_AFTER = re.compile(r"\s?([€£¥$])")


def _letter_is_scale(masked: str, m: _Mention, letter: re.Match) -> bool:
    """"4.3M sales", "2.7m sales", "35m of its devices" are millions; "100m sprint" is metres."""
    if letter.group("s") in ("M", "bn", "tn"):
        return True
    if letter.group("s") != "m":
        return False
    return m.number.step < 1 and m.number.step != 0 or bool(
        re.match(r"\s+(?:of\b|[a-z]+s\b(?<!\bmetres)(?<!\bmeters))", masked[letter.end():letter.end() + 30]))
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?P<adj>" + "|".join(sorted((re.escape(a) for a in uw.CURRENCY_ADJECTIVES), key=len, reverse=True))
    + r")\s+)?(?P<word>pounds\s+sterling|" + "|".join(sorted(uw.CURRENCY_WORDS, key=len, reverse=True))
    + r"|pounds|pound|crowns|crown)\b", re.I)
_AGE_AFTER = re.compile(r"(?:\s|-)(?P<u>year|month|week|day)s?(?:\s|-)old\b|\s+years\s+of\s+age\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|the\s+age\s+of|age\s+of)\s+$", re.I)
_NAME_AGE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)*,\s+(?P<n>\d{1,3}),\s")
_PLUS = re.compile(r"(?:-plus\b|\+)")
_OR_SO = re.compile(r"\s+or\s+so\b", re.I)
_ORDINAL_DIGITS = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b")
_ORDINAL_WORD = re.compile(r"\b(?P<w>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b", re.I)
_VAGUE = re.compile(
    r"\b(?P<v>" + "|".join(sorted(VAGUE_AMOUNTS, key=len, reverse=True)) + r")\b(?!\s+(?:and|or)\s+\d)", re.I)
_FRACTION = re.compile(
    r"\b(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<den>half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I)
_RATIO = re.compile(
    rf"\b(?P<a>\d+|{'|'.join(UNITS_WORDS)})\s+(?:in|out\s+of)\s+(?P<b>\d+|{'|'.join(UNITS_WORDS)})\b"
    r"|\b(?P<c>\d+)(?:-to-|:)(?P<d>\d+)\b(?!:)", re.I)
_A_DURATION = re.compile(
    r"\b(?:(?P<a>an?)\s+(?P<time>second|minute|hour|day|week|fortnight|month|year|decade|century)"
    r"(?P<long>-long)?|(?P<bare>week|fortnight|month|year|decade|century)-long)\b", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:r[io]se|rising|fell|fall(?:en|ing|s)?|added|gain(?:ed|ing|s)?|climb(?:ed|ing|s)?|dropp?(?:ed|ing|s)?"
    r"|declin(?:ed|ing|es?)|lost|los(?:es|ing)|up|down|increas(?:ed|ing|es?)|decreas(?:ed|ing|es?)|jump(?:ed|ing|s)?"
    r"|slipp?(?:ed|ing|s)?|eas(?:ed|ing|es?)|edg(?:ed|ing|es?)|soar(?:ed|ing|s)?|plunged?|slump(?:ed|s)?"
    r"|tumbl(?:ed|es?)|grew|grow(?:n|s|ing)?|shr[aiu]nk|cut|rais(?:ed|es?)|lower(?:ed|s)?|revis(?:ed|es?)"
    r"|advanc(?:ed|es?)|surg(?:ed|es?)|sank|sink(?:s|ing)?|doubled|tripled|halved)\s+(?:by\s+)?[$£€¥]?\s?$",
    re.I)
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|var(?:y|ies|ied|ying))\s+from\s+(?:[$£€¥]\s?)?$", re.I)
_DURATION_CUE = re.compile(r"\b(?:after|within|lasting|spent|took|takes|take)\s+$", re.I)
_OF_MEASURE = re.compile(r"\s+of\s+", re.I)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|and)\s+", re.I)
_SCALE_ONLY = re.compile(r"(?i:hundred|thousand|million|billion|trillion|dozen)\b")
_TRAILING_SCALE = re.compile(r"\s(thousand|million|billion|trillion)$", re.I)
_MINUS = re.compile(r"(?:\bminus[\s-]?|−|(?:(?<=[\s(:])|^)-)$", re.I)
_NOT_ONE = re.compile(r"(?i:\b(?:no|any|every|some|the|this|that|which|each|another|no-|someone|same)\s+$)")
_VERSUS_ONE = re.compile(r"(?i:^\s+(?:another|of\s+(?:us|them|those|these)\s|day,|by\s+one|\d))")


def find_quantities(text: str, masked: str) -> list[Figure]:
    """Non-date figures of ``text``; ``masked`` has dates and non-figures blanked."""
    taken: list[tuple[int, int]] = []
    figures: list[Figure] = []

    def add(figure: Figure | None) -> None:
        if figure and not any(figure.start < b and a < figure.end for a, b in taken):
            taken.append((figure.start, figure.end))
            figures.append(figure)

    for finder in (_ratios, _fractions):
        for figure in finder(text, masked):
            add(figure)
    for figure in _numbers(text, masked, taken):
        add(figure)
    for finder in (_vague_amounts, _a_durations, _ordinals):
        for figure in finder(text, masked):
            add(figure)
    figures.sort(key=lambda f: f.start)
    return figures


# -- numbers -------------------------------------------------------------------

def _numbers(text: str, masked: str, taken) -> Iterator[Figure]:
    mentions = [m for m in _mentions(text, masked) if not any(m.start < b and a < m.end for a, b in taken)]
    yield from _link_ranges(text, mentions)


def _mentions(text: str, masked: str) -> Iterator[_Mention]:
    position = 0
    while match := NUMBER_RE.search(masked, position):
        start, end = match.span()
        position = end
        if _glued_before(text, masked, start) or masked[end:end + 1] == "/":
            continue
        surface = match.group()
        scale = None
        if surface[0].isalpha():
            end = start + word_number_extent(surface)
            position = max(end, start + 1)  # "three and two": read "two" next
            surface = masked[start:end]
            if not end > start or _is_pronoun_one(surface, masked, start, end) or _SCALE_ONLY.match(surface):
                continue
            scale = _TRAILING_SCALE.search(surface)
        number = parse_number(surface)
        if number is None:
            continue
        mention = _with_context(text, masked, _Mention(start, end, number, core_end=end))
        if mention.end == end and end < len(masked) and masked[end].isalpha():
            continue  # "22nd", "2018s", "4G": not a number of something
        if scale and mention.scale is None:
            mention = replace(mention, scale=scale.group(1))
        yield _negative(text, masked, mention)


def _glued_before(text: str, masked: str, start: int) -> bool:
    """A number glued to a word or code before it ("F-16", "last-32", "PS8.1")."""
    if start == 0:
        return False
    before = masked[start - 1]
    if before.isalpha() and _CURRENCY_SIGN.search(masked[max(0, start - 5):start]):
        return False  # "USD10m", "RM23.50"
    if before.isalnum() or before in "_/.":
        return True
    if before == "-" and start > 1 and masked[start - 2].isalpha():
        return not re.search(r"(?i:minus|\bmid|\bpre|\bpost|\bsub)-$", masked[max(0, start - 6):start])
    if before == "-" and start > 1 and text[start - 2].isdigit() and masked[start - 2] == " ":
        return True  # "ISO 3888-2": the rest of a code whose head was masked
    return text[start - 1] == "." and start > 1 and text[start - 2].isdigit()


def _negative(text: str, masked: str, m: _Mention) -> _Mention:
    """"minus 5", "minus-130 degrees", "−5C": a negative number."""
    sign = _MINUS.search(text[max(0, m.start - 7):m.start])
    if not sign or m.qualifier or (sign.group() == "-" and re.search(r"[\d%]\s*-$",
                                                                        masked[max(0, m.start - 8):m.start])):
        return m
    number = Number(-m.number.value, m.number.step)
    return replace(m, number=number, start=m.start - (len(masked[max(0, m.start - 7):m.start]) - sign.start()))


def _is_pronoun_one(surface: str, masked: str, start: int, end: int) -> bool:
    if surface.lower() not in ("one", "a", "an"):
        return False
    return bool(_NOT_ONE.search(masked[max(0, start - 12):start]) or _VERSUS_ONE.match(masked[end:end + 20])
                or re.match(r"\s*(?:[,.;:!?)]|$|of\s+the\s+(?:most|best|worst|few|biggest|largest|main))",
                            masked[end:end + 30]))


def _with_context(text: str, masked: str, m: _Mention) -> _Mention:
    """Scale, currency, unit, percent, age and qualifier around a number."""
    before = masked[max(0, m.start - 40):m.start]
    sign = _CURRENCY_SIGN.search(before)
    currency = uw.CURRENCY_SIGNS[sign.group("sign")] if sign and _sign_is_currency(sign, before) else None
    lead = m.start - (len(sign.group()) if currency else 0)
    end, number, scale = m.end, m.number, None

    scale_match = SCALE_RE.match(masked, end)
    if scale_match and not (scale_match.group(1).lower() in ("hundred",) and m.number.value >= 100):
        number, scale, end = scaled(number, scale_match.group(1)), scale_match.group(1), scale_match.end()
        larger = SCALE_RE.match(masked, end)  # "4 hundred million"
        if larger and SCALE_WORDS[larger.group(1).lower()] > SCALE_WORDS[scale.lower()]:
            number, scale, end = scaled(number, larger.group(1)), larger.group(1), larger.end()
    else:
        letter = _MONEY_LETTER.match(masked, end)
        if letter and (currency or _letter_is_scale(masked, m, letter)):
            scale = _LETTER_SCALES[letter.group("s")]
            number, end = scaled(number, scale), letter.end()
    if not currency:
        sign_after = _SIGN_AFTER.match(masked, end)
        if sign_after:
            currency, end = uw.CURRENCY_SIGNS_AFTER[sign_after.group(1)], sign_after.end()
            lead = m.start

    m = replace(m, number=number, scale=scale, end=end)
    if currency:
        m = replace(m, start=lead, kind="money", unit=currency, end=_money_tail(masked, end))
    else:
        m = _kind_after(text, masked, m)
    return _with_qualifier(masked, m)


def _sign_is_currency(sign: re.Match, before: str) -> bool:
    token = sign.group("sign")
    if token in ("R", "stg"):
        return token == "R" and before.endswith("R") and (len(before) < 2 or not before[-2].isalpha())
    if token.isalpha():
        return len(before) - len(sign.group()) == 0 or not before[len(before) - len(sign.group()) - 1].isalpha()
    return True


def _money_tail(masked: str, end: int) -> int:
    """Absorb a trailing currency word in "$5 million dollars" or "US$5 mln dlrs"."""
    after = _CURRENCY_AFTER.match(masked, end)
    return after.end() if after and after.group("word").lower() in ("dollars", "dlrs", "usd") else end


def _kind_after(text: str, masked: str, m: _Mention) -> _Mention:
    end = m.end
    percent = _PERCENT.match(masked, end)
    if percent:
        unit = "percentage_point" if percent.group("pp") else "percent"
        return replace(m, kind="percent", unit=unit, end=percent.end())
    money = _CURRENCY_AFTER.match(masked, end)
    if money:
        code = _currency_code(money, m)
        if code:
            number = m.number
            factor = 0.01 if money.group("word").lower() in uw.CENTS else 1.0
            number = Number(number.value * factor, number.step * factor)
            return replace(m, kind="money", unit=code, number=number, end=money.end(), factor=factor)
    age = _AGE_AFTER.match(masked, end)
    if age and m.scale is None:
        return replace(m, kind="age", unit=(age.group("u") or "year").lower(), end=age.end())
    if _AGE_BEFORE.search(masked[max(0, m.start - 10):m.start]) and m.scale is None and m.number.value < 130:
        return replace(m, kind="age", unit="year")
    if _is_name_age(text, m):
        return replace(m, kind="age", unit="year")
    time = uw.TIME_AFTER.match(masked, end)
    if time:
        unit, factor = uw.TIME_UNITS[time.group("time").lower()]
        number = Number(m.number.value * factor, m.number.step * factor)
        return replace(m, kind="duration", unit=unit, number=number, end=time.end())
    unit = uw.unit_after(masked, end)
    if unit and not (unit[0] == "meter" and m.scale):
        return replace(m, kind="quantity", unit=unit[0], end=unit[1])
    return m


def _currency_code(money: re.Match, m: _Mention) -> str | None:
    word = money.group("word").lower()
    adjective = (money.group("adj") or "").lower()
    if word in ("pounds", "pound"):
        return "GBP" if m.scale else None
    if word in ("crowns", "crown"):
        return uw.CROWN_ADJECTIVES.get(adjective)
    if adjective and word in ("dollars", "dollar", "dlrs", "dlr", "francs", "franc", "pesos", "peso",
                              "marks", "lira", "lire", "rupees", "rupee", "won", "rand", "real"):
        return uw.CURRENCY_ADJECTIVES.get(adjective, uw.CURRENCY_WORDS.get(word))
    if word in uw.AMBIGUOUS_CURRENCY_WORDS and not m.scale:
        return None
    return uw.CURRENCY_WORDS.get(word) or uw.CURRENCY_WORDS.get(word.split()[0])


def _is_name_age(text: str, m: _Mention) -> bool:
    if m.scale or not m.number.value < 130 or m.number.step:
        return False
    window_start = max(0, m.start - 60)
    for match in _NAME_AGE.finditer(text, window_start, min(len(text), m.end + 2)):
        if match.start("n") == m.start:
            return True
    return False


def _with_qualifier(masked: str, m: _Mention) -> _Mention:
    before = masked[max(0, m.start - 30):m.start]
    found = _QUALIFIER_BEFORE.search(before)
    qualifier = None
    start, end = m.start, m.end
    if found and not _qualifier_is_movement(found.group("q"), before[:found.start("q")]):
        qualifier = found.group("q")
        start = m.start - (len(before) - found.start("q"))
    elif before.endswith("~"):
        qualifier, start = "~", m.start - 1
    plus = _PLUS.match(masked, end)
    if plus and qualifier is None:
        qualifier, end = "at least", plus.end()
    or_so = _OR_SO.match(masked, end)
    if or_so and qualifier is None:
        qualifier, end = "or so", or_so.end()
    return replace(m, qualifier=qualifier, start=start, end=end)


_MOVEMENT = re.compile(
    r"\b(?:back|inch(?:ed|ing)?|mov(?:ed|ing|es?)|go(?:es|ing|ne)?|went|c[ao]me|coming|jump(?:ed|ing|s)?"
    r"|climb(?:ed|ing|s)?|r[io]se|rising|risen|shot|edg(?:ed|ing)|crept|tick(?:ed|ing)|revis(?:ed|ing)"
    r"|ramp(?:ed|ing)?|stepp?(?:ed|ing)?|bump(?:ed|ing)?|push(?:ed|ing)?|trend(?:ed|ing)|sp?ik(?:ed|ing))\s+$",
    re.I)


def _qualifier_is_movement(qualifier: str, before: str) -> bool:
    """"rose up to 5%" and "inching back up to 4.8 percent" move to a value; they do not bound it."""
    return qualifier.lower() == "up to" and bool(_MOVEMENT.search(before))


def _link_ranges(text: str, mentions: list[_Mention]) -> Iterator[Figure]:
    """Merge "5-7 pct", "25 to 28 pct", "between 50 and 60 people"; carry units in "from X to Y km"."""
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second and _is_range(text, first, second):
            yield _range_figure(text, first, second)
            index += 2
            continue
        if second and _from_to(text, first, second):
            if first.kind == "count" and second.kind not in ("count", "age"):
                first = replace(first, kind=second.kind, unit=second.unit, number=_rescaled(first, second))
            elif second.kind == "count" and first.kind in ("quantity", "money", "percent") and not second.scale:
                mentions[index + 1] = replace(second, kind=first.kind, unit=first.unit)
        yield _figure(text, first)
        index += 1


def _from_to(text: str, first: _Mention, second: _Mention) -> bool:
    """"from 2,165 to 1,670 tonnes", "from 208 pounds to 193": the unit is written once."""
    return bool(re.fullmatch(r"\s+to\s+", text[first.end:second.start])
                and re.search(r"\bfrom\s+$", text[max(0, first.start - 6):first.start]))


def _is_range(text: str, first: _Mention, second: _Mention) -> bool:
    link = text[first.end:second.start]
    if not _RANGE_LINK.fullmatch(link) or second.qualifier or first.kind not in ("count", "age", second.kind):
        return False
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


def _rescaled(first: _Mention, second: _Mention) -> Number:
    """"5 to 7 million": the first end shares the second's scale, if that makes it plausible;
    "4-3/4 to 9-1/4 cents": and its unit; "117.40-43 yen": and its leading digits."""
    if first.kind == "count" and second.factor != 1.0:
        first = replace(first, number=Number(first.number.value * second.factor, first.number.step * second.factor))
    if first.scale or not second.scale:
        return first.number
    candidate = scaled(first.number, second.scale)
    plausible = second.number.value / 100 <= candidate.value <= second.number.value * 10
    return candidate if first.number.value < 1000 and plausible else first.number


def _abbreviated_end(text: str, first: _Mention, second: _Mention) -> _Mention:
    """Wire quotes write "117.40-43 yen" for 117.40 to 117.43: the second end gives the last digits."""
    head, tail = text[first.start:first.core_end], text[second.start:second.core_end]
    decimals = head.split(".")[1] if "." in head else ""
    plain = float(tail) if tail.isdigit() else None
    if decimals and plain is not None and len(tail) <= len(decimals) and \
            not first.number.value <= plain <= first.number.value * 100:
        value = float(head.replace(",", "")[:-len(tail)] + tail) * second.factor
        return replace(second, number=Number(value, second.number.step * 10.0 ** -len(decimals)))
    return second


def _range_figure(text: str, first: _Mention, second: _Mention) -> Figure:
    second = _abbreviated_end(text, first, second)
    low_number = _rescaled(first, second)
    low = bounds(low_number.value, _step(low_number, second.kind), None)
    high = bounds(second.number.value, _step(second.number, second.kind), None)
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


#: Measurements: an integer is rounded to its last digit ("40%" is 39.5 .. 40.5), not exact.
_MEASURED = frozenset({"percent", "quantity"})


def _step(number: Number, kind: str) -> float:
    if kind in _MEASURED and not number.step and float(number.value).is_integer():
        return 1.0
    return number.step


def _figure(text: str, m: _Mention) -> Figure:
    b = bounds(m.number.value, _step(m.number, m.kind), m.qualifier, count=m.kind == "count")
    return _make(text, m.start, m.end, m.kind, b, m.unit, m.qualifier)


def _make(text: str, start: int, end: int, kind: str, b: Bounds, unit: str | None = None,
          qualifier: str | None = None) -> Figure:
    return Figure(kind=kind, text=text[start:end], start=start, end=end, value=b.value, low=b.low,
                  high=b.high, unit=unit, qualifier=qualifier, soft_low=b.soft_low, soft_high=b.soft_high)


# -- the other finders ---------------------------------------------------------

def _ratios(text: str, masked: str) -> Iterator[Figure]:
    for match in _RATIO.finditer(masked):
        if match.group("a"):
            a, b = parse_number(match.group("a")), parse_number(match.group("b"))
            if not (a and b and b.value >= 2 and a.value < b.value) or re.match(
                    r"\s*(?:%|percent|pct)", masked[match.end():match.end() + 9]):
                continue
            value = a.value / b.value
        else:
            if not int(match.group("c")) or not int(match.group("d")) or masked[match.end():match.end() + 1] == "-":
                continue
            value = int(match.group("c")) / int(match.group("d"))
        yield _make(text, match.start(), match.end(), "ratio", exact(value))


def _fractions(text: str, masked: str) -> Iterator[Figure]:
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
                re.match(r"\s+(?:million|billion|thousand|hundred)\b", masked[match.end():match.end() + 10], re.I):
            continue
        value = fraction_value(numerator, denominator)
        if value is not None:
            m = _with_qualifier(masked, _Mention(match.start(), match.end(), Number(value, 0.0), kind="ratio"))
            yield _figure(text, m)


def _vague_amounts(text: str, masked: str) -> Iterator[Figure]:
    for match in _VAGUE.finditer(masked):
        low, high = VAGUE_AMOUNTS[match.group("v").lower()]
        kind, unit, end = "count", None, match.end()
        of = _OF_MEASURE.match(masked, end)
        if of:
            money = _CURRENCY_AFTER.match(masked, of.end() - 1)
            measure = uw.unit_after(masked, of.end())
            if money and money.group("word").lower() in uw.CURRENCY_WORDS:
                kind, unit, end = "money", _currency_code(money, _Mention(0, 0, Number(0, 0), scale="million")), money.end()
            elif measure:
                kind, unit, end = "quantity", measure[0], measure[1]
        yield Figure(kind=kind, text=text[match.start():end], start=match.start(), end=end,
                     value=None, low=float(low), high=float(high), unit=unit, soft_low=float(low),
                     soft_high=float(high))


def _a_durations(text: str, masked: str) -> Iterator[Figure]:
    for match in _A_DURATION.finditer(masked):
        unit, factor = uw.TIME_UNITS[(match.group("time") or match.group("bare")).lower()]
        m = _Mention(match.start(), match.end(), Number(float(factor), 0.0), kind="duration", unit=unit)
        m = _with_qualifier(masked, m)
        if m.qualifier or match.group("long") or match.group("bare") or _DURATION_CUE.search(masked[max(0, match.start() - 12):match.start()]):
            yield _figure(text, m)


def _ordinals(text: str, masked: str) -> Iterator[Figure]:
    for match in _ORDINAL_DIGITS.finditer(masked):
        yield _make(text, match.start(), match.end(), "ordinal", exact(float(match.group("n"))))
    for match in _ORDINAL_WORD.finditer(masked):
        word = match.group("w").lower()
        if word == "second" and re.search(r"\b(?:a|per|one|split)\s+$", masked[max(0, match.start() - 6):match.start()], re.I):
            continue
        yield _make(text, match.start(), match.end(), "ordinal", exact(float(ORDINAL_WORDS[word])))
