"""Reading numbers in context: scale words, currencies, units, percentages, ages, signs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from figures.extraction import unit_words as uw
from figures.extraction.lexicon import MULTIPLIER_WORDS, SCALE_WORDS, SPELLED_SCALES
from figures.extraction.numbers import (
    NUMBER_RE,
    SCALE_RE,
    Number,
    _alternation,
    parse_number,
    scaled,
    word_number_extent,
)
from figures.extraction.quantities.mention import Mention, with_qualifier
from figures.lang import counting_words

_PERCENT = re.compile(
    r"\s*(?:(?P<pp>(?:percentage|pct|percent|per\s+cent)\s+points?)\b|(?P<pc>%|percent\b|per\s+cent\b|pct\b"
    r"|per-cent\b|pc\b))", re.I)



def _spaced_signs() -> dict[str, str]:
    """Currency signs as written, to ISO codes: a country prefix of two or more letters may stand
    apart from its symbol ("HK $3.7 billion", "US $473 million"); one letter must be glued ("Plan
    C $10" is not Canadian)."""
    signs = {sign.strip(): code for sign, code in uw.CURRENCY_SIGNS.items()}
    for sign, code in list(signs.items()):
        prefix = re.fullmatch(r"([A-Z]{2,})([$¥₵])", sign)
        if prefix:
            signs[f"{prefix[1]} {prefix[2]}"] = code
    return signs


_SIGNS = _spaced_signs()
_CURRENCY_SIGN = re.compile(r"(?P<sign>" + uw.trie_pattern(_SIGNS) + r")\s?(?P<minus>[-−](?=$))?$")

_MONEY_LETTER = re.compile(r"(?P<s>bn|tn|mil|m|M|k|b)\b")

_LETTER_SCALES = {"k": "thousand", "m": "million", "M": "million", "mil": "million", "b": "billion",
                  "bn": "billion", "tn": "trillion"}

_SIGN_AFTER = re.compile(r"\s?([€£¥$])")


def _letter_is_scale(masked: str, m: Mention, letter: re.Match) -> bool:
    """"4.3M sales", "2.7m sales", "35m of its devices" are millions; "100m sprint", "1.8m tall" and the
    conversion in "6ft 2in (1.88m)" are metres."""
    if letter.group("s") in ("M", "bn", "tn"):
        return True
    if letter.group("s") != "m" or uw.UNIT_THEN_PARENTHESIS.search(masked[max(0, m.start - 30):m.start]) \
            or uw.DIMENSION_AFTER.match(masked, letter.end()):
        return False
    return m.number.step < 1 and m.number.step != 0 or bool(
        re.match(r"\s+(?:of\b|[a-z]+s\b(?<!\bmetres)(?<!\bmeters))", masked[letter.end():letter.end() + 30]))


CURRENCY_AFTER = re.compile(
    r"(?:\s+|-)(?:(?P<adj>" + uw.trie_pattern(uw.CURRENCY_ADJECTIVES) + r")\s+)?(?P<word>pounds\s+sterling|"
    + uw.trie_pattern(uw.CURRENCY_WORDS) + r"|pounds|pound|crowns|crown)\b", re.I)

_AGE_AFTER = re.compile(r"(?:\s|-)(?P<u>year|month|week|day)s?(?:\s|-)old\b|\s+years\s+of\s+age\b", re.I)

_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|the\s+age\s+of|age\s+of)\s+$", re.I)

_NAME_AGE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)*,\s+(?P<n>\d{1,3}),\s")

_SCALE_ONLY = re.compile(rf"(?i:{_alternation([*MULTIPLIER_WORDS, *SPELLED_SCALES])})\b")

_TRAILING_SCALE = re.compile(rf"\s({_alternation(SPELLED_SCALES)})$", re.I)

_MINUS = re.compile(r"(?:\bminus[\s-]?|−|(?:(?<=[\s(:])|^)-)$", re.I)

_NOT_ONE = re.compile(r"(?i:\b(?:no|any|every|some|the|this|that|which|each|another|no-|someone|same)\s+$)")

_VERSUS_ONE = re.compile(r"(?i:^\s+(?:another|of\s+(?:us|them|those|these)\s|day,|by\s+one|\d))")


def mentions(text: str, masked: str) -> Iterator[Mention]:
    position = last_end = 0
    while match := NUMBER_RE.search(masked, position):
        start, end = match.span()
        position = end
        if _glued_before(text, masked, start) and not (start - 1 == last_end and masked[start - 1] in "-–—") \
                or masked[end:end + 1] == "/" and not _PER_PERIOD.match(masked, end):
            continue  # glued to a word, unless to the unit of the number before it ("5 km-10 km");
            # a slash makes a fraction or a date ("3/4"), unless a period follows ("$15/hour")
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
        mention = _with_context(text, masked, Mention(start, end, number, core_end=end))
        if mention.end == end and end < len(masked) and masked[end].isalpha():
            continue  # "22nd", "2018s", "4G": not a number of something
        if scale and mention.scale is None:
            mention = replace(mention, scale=scale.group(1))
        last_end = mention.end
        yield _negative(text, masked, mention)


def _glued_before(text: str, masked: str, start: int) -> bool:
    """A number glued to a word or code before it ("F-16", "last-32", "PS8.1")."""
    if start == 0:
        return False
    before = masked[start - 1]
    if before.isalpha() and _CURRENCY_SIGN.search(masked[max(0, start - 5):start]):
        return False  # "USD10m", "RM23.50"
    if before.isalnum() or before in "_/." or (masked[start] == "." and text[start - 1].isalnum()):
        return True  # "F-16", "PS8.1bn" with its head masked, "2.0.1"
    if before == "-" and start > 1 and masked[start - 2].isalpha():
        return not re.search(r"(?i:minus|\bmid|\bpre|\bpost|\bsub)-$", masked[max(0, start - 6):start])
    if before == "-" and start > 1 and text[start - 2].isdigit() and masked[start - 2] == " ":
        return True  # "ISO 3888-2": the rest of a code whose head was masked
    return text[start - 1] == "." and start > 1 and text[start - 2].isdigit()


def _negative(text: str, masked: str, m: Mention) -> Mention:
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


def _with_context(text: str, masked: str, m: Mention) -> Mention:
    """Scale, currency, unit, percent, age and qualifier around a number."""
    before = masked[max(0, m.start - 40):m.start]
    sign = _CURRENCY_SIGN.search(before)
    currency = _SIGNS[sign.group("sign")] if sign and _sign_is_currency(sign, before) else None
    lead = m.start - (len(sign.group()) if currency else 0)
    end, number, scale = m.end, m.number, None
    if currency and sign.group("minus"):  # "$-50.8 billion": the sign between the currency and the number
        number = Number(-number.value, number.step)

    scale_match = SCALE_RE.match(masked, end)
    if scale_match and not (scale_match.group(1).lower() in ("hundred",) and m.number.value >= 100):
        number, scale, end = scaled(number, scale_match.group(1)), scale_match.group(1), scale_match.end()
        larger = SCALE_RE.match(masked, end)  # "4 hundred million"
        if larger and SCALE_WORDS[larger.group(1).lower()] > SCALE_WORDS[scale.lower()]:
            factor = SCALE_WORDS[larger.group(1).lower()]  # "1.2 lakh crore": to a tenth of a lakh crore
            number, scale, end = Number(number.value * factor, number.step * factor), larger.group(1), larger.end()
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
    return with_qualifier(masked, _per_period(masked, m))


def _periods() -> dict[str, str]:
    """The periods of a rate (``lang/en/counting.toml``) that are one time unit, to that unit."""
    units = {word: unit for word, (unit, factor) in uw.TIME_UNITS.items() if factor == 1}
    return {period: units.get(period, "year" if period == "annum" else None)
            for period in counting_words().rate_periods if period in units or period == "annum"}


_PERIODS = _periods()
_PER_PERIOD = re.compile(rf"(?:\s+|-)(?:{_alternation(counting_words().rate_markers)})(?:\s+|-)"
                         rf"(?P<period>{_alternation(_PERIODS)})\b{uw.NOT_SHIFTED}"
                         rf"|/(?P<slashed>{_alternation(_PERIODS)})\b", re.I)


def _per_period(masked: str, m: Mention) -> Mention:
    """"$12.50 an hour", "40 hours a week": an amount or a length of time per period is a rate, in the
    unit per period (a quantity's rate is read with its unit: "5 km a day")."""
    if m.kind not in ("money", "duration") or (m.unit and "/" in m.unit):
        return m
    rate = _PER_PERIOD.match(masked, m.end)
    if not rate:
        return m
    period = _PERIODS[(rate.group("period") or rate.group("slashed")).lower()]
    if m.kind == "duration":
        if m.unit == period:
            return m  # "a day a day"
        return replace(m, kind="quantity", unit=f"{m.unit} / {period}", end=rate.end())
    return replace(m, unit=f"{m.unit} / {period}", end=rate.end())


def _sign_is_currency(sign: re.Match, before: str) -> bool:
    token = sign.group("sign")
    if token in ("R", "stg"):
        return token == "R" and before.endswith("R") and (len(before) < 2 or not before[-2].isalpha())
    if token.isalpha():
        return len(before) - len(sign.group()) == 0 or not before[len(before) - len(sign.group()) - 1].isalpha()
    return True


def _money_tail(masked: str, end: int) -> int:
    """Absorb a trailing currency word in "$5 million dollars" or "US$5 mln dlrs"."""
    after = CURRENCY_AFTER.match(masked, end)
    return after.end() if after and after.group("word").lower() in ("dollars", "dlrs", "usd") else end


def _kind_after(text: str, masked: str, m: Mention) -> Mention:
    end = m.end
    percent = _PERCENT.match(masked, end)
    if percent:
        unit = "percentage_point" if percent.group("pp") else "percent"
        return replace(m, kind="percent", unit=unit, end=percent.end())
    money = CURRENCY_AFTER.match(masked, end)
    if money:
        code = currency_code(money, m, masked)
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


_WORDS = re.compile(r"[a-z]+")


def _said_as_money(masked: str, m: Mention) -> bool:
    """Whether the words before an amount make it money ("fined 500 pounds", "paid 300 rand"), with
    none around it of a weight ("weighed 500 pounds", "lost 30 pounds")."""
    before = set(_WORDS.findall(masked[max(0, m.start - 60):m.start].lower()))
    around = before | set(_WORDS.findall(masked[m.end:m.end + 40].lower()))
    return bool(before & uw.MONEY_CONTEXT) and not around & uw.WEIGHT_CONTEXT


def currency_code(money: re.Match, m: Mention, masked: str = "") -> str | None:
    word = money.group("word").lower()
    adjective = (money.group("adj") or "").lower()
    if word in ("pounds", "pound"):  # "a 200 pound bag" (singular, before its noun) stays a weight
        return "GBP" if m.scale or word == "pounds" and _said_as_money(masked, m) else None
    if word in ("crowns", "crown"):
        return uw.CROWN_ADJECTIVES.get(adjective)
    if adjective in uw.CURRENCY_ADJECTIVES:  # "Hong Kong dollars", "Swiss francs", "South African rand"
        return uw.CURRENCY_ADJECTIVES[adjective]
    if word in uw.AMBIGUOUS_CURRENCY_WORDS and not m.scale and not _said_as_money(masked, m):
        return None
    return uw.CURRENCY_WORDS.get(word) or uw.CURRENCY_WORDS.get(word.split()[0])


def _is_name_age(text: str, m: Mention) -> bool:
    if m.scale or not m.number.value < 130 or m.number.step:
        return False
    window_start = max(0, m.start - 60)
    for match in _NAME_AGE.finditer(text, window_start, min(len(text), m.end + 2)):
        if match.start("n") == m.start:
            return True
    return False
