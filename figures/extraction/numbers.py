"""Written numbers: digits, number words, scale words and fractions, with their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.extraction.lexicon import (
    FRACTION_WORDS,
    MULTIPLIER_WORDS,
    SCALE_WORDS,
    SPELLED_SCALES,
    TENS_WORDS,
    UNICODE_FRACTIONS,
    UNITS_WORDS,
)


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number: its value and the step of its last written digit (0: exact)."""

    value: float
    step: float


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_UNICODE = "".join(UNICODE_FRACTIONS)
_WORD = _alternation([*UNITS_WORDS, *TENS_WORDS, *MULTIPLIER_WORDS, *SPELLED_SCALES])
_GROUPING = _alternation([*MULTIPLIER_WORDS, *SPELLED_SCALES])
_SCALE = _alternation(SCALE_WORDS)
#: Digits: Indian grouping ("1,20,000"), thousands grouping ("120,000"), plain, decimals.
_DIGITS = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
#: Scientific notation after a mantissa: "x 10^8", "× 10⁶", "×10−8" (a minus only after the
#: multiplication sign, never after a letter x: "2 x 10-8" may be a size), "e5" (lower case).
_EXPONENT = (r"(?:\s?[×x*]\s?10(?:(?:\^|\*\*)[-−+]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
             r"|\s?×\s?10[-−]\d{1,3}|(?-i:e)[-+−]?\d{1,3})(?![\d.,])")
_SCIENTIFIC = re.compile(r"(?P<m>[\d.,]+)\s?(?:[×x*]\s?10(?:\^|\*\*)?|(?-i:e))(?P<e>[-−+⁻⁺]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)", re.I)
#: A fraction written with the fraction slash "⁄" (U+2044), maybe after a whole: "1⁄128", "3 1⁄2".
_SLASHED = r"(?:\d+(?:-|\s))?\d+\s?⁄\s?\d+(?!\d)"
#: The most words one number is read across ("nine hundred and ninety-nine thousand ..."): a cap
#: that keeps a long run of number words ("one and one and ...") from being rescanned.
_MAX_WORDS = 16
#: A longer digit string is a code or noise, not a figure (and beyond what a float holds exactly).
MAX_DIGITS = 24

#: A number core: scientific notation, fractions (Reuters' "7-1/2", "1⁄128"), digits, unicode
#: fractions, or words.
NUMBER = (
    rf"(?:(?:{_DIGITS}){_EXPONENT}"
    rf"|{_SLASHED}"
    rf"|\d+(?:-|\s)\d+/\d+(?!\d)"
    rf"|(?:{_DIGITS})[{_UNICODE}]?"
    rf"|[{_UNICODE}]"
    rf"|\b(?:half\s+an?\s+|(?:an?\s+)?half[\s-])(?:{_GROUPING})\b"
    rf"|(?:\ban?\s+(?=(?:{_GROUPING})\b))?"
    rf"\b(?:{_WORD})(?:(?:-|\s+|\s+and\s+)(?:a\s+half\b|{_WORD})){{0,{_MAX_WORDS}}}\b"
    rf"(?:\s+and\s+a\s+half\b)?)"
)
#: A scale word after a number ("10 million", "4.5 mln", "1.2bn").
SCALE_RE = re.compile(rf"\s?-?\s?({_SCALE})\b", re.I)
#: A number core and, optionally, its scale word, as groups ``number`` and ``scale``.
SCALED_NUMBER = rf"(?P<number>{NUMBER})(?:\s?-?\s?(?P<scale>{_SCALE})\b)?"
NUMBER_RE = re.compile(NUMBER, re.I)


def parse_number(surface: str) -> Number | None:
    """Value and precision of a number core matched by ``NUMBER``."""
    text = surface.strip().lower()
    if not text or sum(map(str.isdigit, text)) > MAX_DIGITS:
        return None
    if text[0].isdigit() or text[0] == "." or text[0] in UNICODE_FRACTIONS:
        return _parse_digits(text)
    return _parse_words(text)


def parse_scaled(match: re.Match) -> Number | None:
    """The number a match of ``SCALED_NUMBER`` reads ("65 million")."""
    number = parse_number(match["number"])
    return scaled(number, match["scale"]) if number and match["scale"] else number


def scaled(number: Number, scale_word: str) -> Number:
    """``number`` times a scale word; the step scales with it (statcheck's reading)."""
    factor = SCALE_WORDS[scale_word.lower()]
    step = number.step if number.step and number.step < 1 else 1.0
    return Number(number.value * factor, step * factor)


def _parse_digits(text: str) -> Number | None:
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific:
        mantissa = _parse_digits(scientific["m"])
        if mantissa is None:
            return None
        exponent = int(scientific["e"].translate(_SUPERSCRIPTS))
        if abs(exponent) > 300:
            return None  # beyond what a float holds: noise, not a figure
        power = 10.0 ** exponent
        return Number(mantissa.value * power, mantissa.step * power)
    text = re.sub(r"\s?⁄\s?", "/", text)
    if re.fullmatch(r"\d+/\d+", text):
        top, bottom = (int(g) for g in text.split("/"))
        return Number(top / bottom, 0.0) if bottom else None
    fraction = re.fullmatch(r"(\d+)(?:-|\s)(\d+)/(\d+)", text)
    if fraction:
        whole, top, bottom = (int(g) for g in fraction.groups())
        return Number(whole + top / bottom, 0.0) if bottom else None
    extra = 0.0
    if text[-1] in UNICODE_FRACTIONS:
        extra = UNICODE_FRACTIONS[text[-1]]
        text = text[:-1]
        if not text:
            return Number(extra, 0.0)
    digits = text.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if extra:
        return Number(value + extra, 0.0)
    if "." in digits:
        return Number(value, 10.0 ** -len(digits.split(".")[1]))
    return Number(value, round_step(value))


def round_step(value: float) -> float:
    """Precision of an integer: exact below 100; from 100 up, trailing zeros may be rounding,
    to two significant digits at most ("1,500" to hundreds, "300" and "2,000" to tens and hundreds)."""
    integer = int(value)
    if integer < 100 or integer % 10:
        return 0.0
    digits = str(integer)
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** min(zeros, len(digits) - 2)


def _parse_words(text: str) -> Number | None:
    tokens = re.findall(r"[a-z]+", text)
    total, current, largest, seen = 0.0, 0.0, 0.0, False
    for index, token in enumerate(tokens):
        if token in ("a", "an"):
            if index + 1 < len(tokens) and tokens[index + 1] == "half" or index and tokens[index - 1] == "half":
                continue  # "one and a half", "half a million"
            current = 1.0
        elif token == "and":
            continue
        elif token == "half":
            current += 0.5
        elif token in UNITS_WORDS:
            current += UNITS_WORDS[token]
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
        elif token in MULTIPLIER_WORDS:
            current = (current or 1.0) * MULTIPLIER_WORDS[token]
        elif token in SCALE_WORDS:
            factor = SCALE_WORDS[token]
            if total and factor > largest:  # "two thousand crore": 2,000 times ten million
                total = (total + current) * factor
            else:
                total += (current or 1.0) * factor
            current, largest = 0.0, max(largest, factor)
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    if tokens[-1] in SPELLED_SCALES:  # "three million": as "3 million"; "one and a half million": to a half
        scale = SPELLED_SCALES[tokens[-1]]
        base = value / scale
        if float(base).is_integer():
            step = round_step(base) or 1.0
        else:
            step = 0.5 if float(base * 2).is_integer() else 0.0
        return Number(value, step * scale)
    step = 0.0 if value != int(value) else round_step(value)
    return Number(value, step)


def word_number_extent(text: str) -> int:
    """Length of the longest prefix of a number-word match that reads as one number.

    "two and three" is two numbers; "twenty-one" and "three hundred and five" are one.
    """
    end = 0
    previous = None
    halving = False  # inside "and a half"
    for match in re.finditer(r"[A-Za-z]+", text):
        token = match.group().lower()
        kind = _word_kind(token)
        if kind == "and":
            if re.match(r"\s+a\s+half\b", text[match.end():], re.I) and previous is not None:
                halving = True
            elif previous not in ("hundred", "scale"):
                break
            continue
        if halving:
            if kind == "a":
                continue
            halving = False
            previous, end = "half", match.end()
            continue
        if previous is not None and not _may_follow(previous, kind):
            break
        previous = kind
        end = match.end()
    return end


def _word_kind(token: str) -> str:
    if token in UNITS_WORDS:
        return "unit"
    if token in TENS_WORDS:
        return "tens"
    if token in MULTIPLIER_WORDS:
        return "hundred"
    if token in SCALE_WORDS:
        return "scale"
    if token in ("a", "an"):
        return "a"
    if token == "half":
        return "half"
    return token


def _may_follow(previous: str, kind: str) -> bool:
    allowed = {
        "a": {"hundred", "scale", "half"},
        "unit": {"hundred", "scale", "half"},
        "tens": {"unit", "hundred", "scale", "half"},
        "hundred": {"unit", "tens", "scale", "half", "a"},
        "scale": {"unit", "tens", "half", "a"},
        "half": {"scale", "hundred", "a"},  # "one and a half million", "half a dozen"
    }
    return kind in allowed.get(previous, set())


def fraction_value(numerator: str | None, denominator: str) -> float | None:
    """Value of a spelled fraction: ("two", "thirds") -> 2/3, (None, "half") -> 1/2."""
    bottom = FRACTION_WORDS.get(denominator.lower())
    if bottom is None:
        return None
    numerator = numerator.lower() if numerator else None
    top = 1 if numerator in (None, "a", "an", "one") else UNITS_WORDS.get(numerator)
    return top / bottom if top else None
