"""Words the extractors share: months, weekdays, number words, scale words, qualifiers."""

from __future__ import annotations

from figures.lang import calendar_words, number_words

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

#: The number words, from ``lang/en/numbers.toml``, where they are defined.
_NUMBERS = number_words()
UNITS_WORDS = _NUMBERS.units
TENS_WORDS = _NUMBERS.tens
#: Multipliers inside one group of a spelled number ("three hundred", "two dozen").
MULTIPLIER_WORDS = _NUMBERS.multipliers
#: Scale words spelled in full ("thousand", "lakh", "crore"): after digits and inside spelled numbers.
SPELLED_SCALES = _NUMBERS.scale_words
#: Multipliers that may follow a number ("10 million", "4.5 mln", "1.2bn", "Rs 40 crore").
SCALE_WORDS = {"hundred": float(MULTIPLIER_WORDS["hundred"]), **SPELLED_SCALES, **_NUMBERS.scale_abbreviations}

ORDINAL_WORDS = _NUMBERS.ordinals
#: Denominators of spelled fractions ("two-thirds", "a quarter").
FRACTION_WORDS = _NUMBERS.fractions
UNICODE_FRACTIONS = _NUMBERS.unicode_fractions

#: Vague plural amounts, as hard [low, high] intervals (see docs/semantics.md).
VAGUE_AMOUNTS = _NUMBERS.vague_amounts

#: Suffixes that make a number a factor ("sixfold", "10-fold").
MULTIPLE_SUFFIXES = _NUMBERS.multiple_suffixes

#: Qualifiers before a number, mapped to their semantics class.
QUALIFIERS = _NUMBERS.qualifiers
