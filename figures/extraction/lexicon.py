"""Words the extractors share: months, weekdays, number words, scale words, qualifiers."""

from __future__ import annotations

from figures.lang import calendar_words

#: Month names and their abbreviations, lower case, to their number (1 = January): from
#: ``lang/en/calendar.toml``, where they are defined.
MONTHS = {word.lower(): number for number, (name, abbreviations) in enumerate(calendar_words().months, 1)
          for word in (name, *abbreviations)}
MONTH_NAMES = tuple(name for name, _ in calendar_words().months)


def _longest_first(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: A month as dates write it: its name, or an abbreviation with or without a full stop.
MONTH_PATTERN = (rf"(?:{_longest_first(MONTH_NAMES)}"
                 rf"|(?:{_longest_first(a for _, abbreviations in calendar_words().months for a in abbreviations)})\.?)")
#: A month's full name.
MONTH_NAME_PATTERN = rf"(?:{_longest_first(MONTH_NAMES)})"
#: A month's full name that is no common word ("(March)", not "(May)").
MONTH_ONLY_NAME_PATTERN = rf"(?:{_longest_first(set(MONTH_NAMES) - calendar_words().word_months)})"
#: The trigger of a month pattern: the first three letters of a month's name.
MONTH_TRIGGER = rf"(?:{_longest_first({name[:3] for name in MONTH_NAMES})})"

#: Weekday names and their abbreviations, lower case, to their number (0 = Monday): from
#: ``lang/en/calendar.toml``, where they are defined.
WEEKDAYS = {word.lower(): number for number, (name, abbreviations) in enumerate(calendar_words().weekdays)
            for word in (name, *abbreviations)}
WEEKDAY_NAMES = tuple(name for name, _ in calendar_words().weekdays)

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Multipliers that may follow a number ("10 million", "4.5 mln", "1.2bn").
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12, "tln": 1e12, "tn": 1e12,
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
#: Denominators of spelled fractions ("two-thirds", "a quarter").
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875,
}

#: Vague plural amounts, as hard [low, high] intervals (see docs/semantics.md).
VAGUE_AMOUNTS = {
    "dozens": (24, 100),
    "scores": (40, 100),
    "hundreds": (200, 1_000),
    "thousands": (2_000, 1_000_000),
    "tens of thousands": (20_000, 100_000),
    "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, 1_000_000_000),
    "tens of millions": (20_000_000, 100_000_000),
    "hundreds of millions": (200_000_000, 1_000_000_000),
    "billions": (2_000_000_000, 1_000_000_000_000),
}

#: Qualifiers before a number, mapped to their semantics class.
QUALIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "approx.": "about", "an estimated": "about",
    "estimated": "about", "circa": "about", "c.": "about", "ca.": "about",
    "or so": "about", "more or less": "about", "~": "about",
    "almost": "almost", "nearly": "almost", "close to": "almost",
    "just under": "almost", "just short of": "almost", "not quite": "almost",
    "over": "over", "more than": "over", "above": "over", "exceeding": "over",
    "in excess of": "over", "upwards of": "over", "well over": "over",
    "well above": "over", "just over": "just-over", "just above": "just-over",
    "slightly more than": "just-over", "a little over": "just-over",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "a minimum of": "at-least", "not less than": "at-least",
    "up to": "at-most", "as many as": "at-most", "as much as": "at-most",
    "at most": "at-most", "no more than": "at-most", "a maximum of": "at-most",
    "not more than": "at-most",
    "under": "under", "less than": "under", "fewer than": "under", "below": "under",
    "well under": "under", "well below": "under",
}
