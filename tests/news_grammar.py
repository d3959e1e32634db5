"""Hypothesis strategies for news-like texts: every form the extractor reads, joined by random glue.

    from news_grammar import datelines, fragments, news_texts

    @given(news_texts(), datelines())
    def test_never_raises(text, date):
        figures.extract(text, date=date)

A fragment is a number (digits with every thousands separator, decimals, wire and
unicode fractions, number and scale words, huge and tiny values, unicode digits,
signs), a quantity (qualifier, currency before or after, scale, unit, percent,
age, duration), a range (every dash, abbreviated ends), a date (absolute,
impossible, relative with any count, quarters, decades, fiscal years, weekdays),
a tense word, wire copy, a non-figure the extractor masks, an HTML or
suppression comment, or a line end.  A text may open with front matter, a
header line or a wire dateline, and may be upper-cased or hard-wrapped.

The vocabularies are read from ``figures.extraction``, so a word added there is
drawn here too.  This module holds no tests (the fuzz tests are in test_fuzz.py,
the long run in benchmarks/fuzz.py).
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from figures.extraction.lexicon import (
    FRACTION_WORDS,
    MONTHS,
    QUALIFIERS,
    SCALE_WORDS,
    TENS_WORDS,
    UNICODE_FRACTIONS,
    UNITS_WORDS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)
from figures.extraction.unit_words import (
    CROWN_ADJECTIVES,
    CURRENCY_ADJECTIVES,
    CURRENCY_SIGNS,
    CURRENCY_SIGNS_AFTER,
    CURRENCY_WORDS,
    TIME_UNITS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
)

__all__ = ["archives", "dates", "datelines", "fragments", "glue", "news_texts", "numbers", "quantities", "ranges"]

S = st.SearchStrategy


def _s(part: str | S) -> S:
    """A strategy for ``part`` (a string stands for itself)."""
    return st.just(part) if isinstance(part, str) else part


def _cat(*parts: str | S) -> S[str]:
    """The concatenation of ``parts`` (strings or strategies of strings)."""
    return st.tuples(*(_s(p) for p in parts)).map("".join)


def _maybe(part: str | S, weight: int = 2) -> S[str]:
    """``part`` or the empty string (``weight`` to 1 for the empty string)."""
    return st.one_of(st.just(""), *[_s(part)] * weight)


def _pick(*choices: str) -> S[str]:
    """One of ``choices``."""
    return st.sampled_from(choices)


#: str methods that recase a fragment: most stay as written.
_CASES = (str, str, str, str, str, str.upper, str.lower, str.title, str.capitalize)


def _cased(strategy: S[str]) -> S[str]:
    """``strategy``'s strings, sometimes recased (upper, lower, title, capitalised)."""
    return st.tuples(strategy, st.sampled_from(_CASES)).map(lambda pair: pair[1](pair[0]))


# -- digits, separators, signs ------------------------------------------------------

#: Decimal digits of several scripts (all match ``\d``; int() and float() read them all).
DIGIT_SCRIPTS = (
    "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯",
    "０１２３４５６７８９", "๐๑๒๓๔๕๖๗๘๙", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
)
_ASCII_DIGITS = str.maketrans("", "")
_SCRIPT_TABLES = [str.maketrans("0123456789", script) for script in DIGIT_SCRIPTS[1:]]

#: Thousands separators: comma, spaces (plain, no-break, thin, narrow no-break), European dot, Swiss quote.
THOUSANDS = (",", ",", ",", " ", "\u00a0", "\u2009", "\u202f", ".", "'", "")
#: Hyphens, dashes and minus signs (U+2010..U+2015, U+2212, U+FE63, U+FF0D); the en and em dash twice.
DASHES = ("-", "-", "--", "\u2010", "\u2011", "\u2012", "\u2013", "\u2013", "\u2014", "\u2014", "\u2015",
          "\u2212", "\ufe63", "\uff0d")
#: Every line end str.splitlines knows, and a paragraph break.
LINE_ENDS = ("\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c",
             "\x1c", "\x1d", "\x1e")
SPACES = (" ", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\u2007", "\u3000", "\u200b", "\ufeff")
SIGNS = ("", "", "", "", "", "-", "\u2212", "minus ", "minus-", "Minus ", "MINUS ", "+", "~", "(", "\u2010")

_digit_strings = st.one_of(
    st.integers(0, 999).map(str),
    st.integers(0, 10**7).map(str),
    st.integers(0, 10**18).map(str),
    _pick("0", "00", "007", "0001", "9999", "1000", "1987", "2022", "100", "2000", "1500", "999999"),
)


def _translated(digits: S[str]) -> S[str]:
    """``digits`` mostly as ASCII, sometimes in another script, sometimes half and half."""
    tables = st.sampled_from([_ASCII_DIGITS] * 10 + _SCRIPT_TABLES)

    def apply(parts: tuple[str, object, object, bool]) -> str:
        text, first, second, mixed = parts
        if not mixed:
            return text.translate(first)
        half = len(text) // 2
        return text[:half].translate(first) + text[half:].translate(second)

    return st.tuples(digits, tables, tables, st.booleans()).map(apply)


def _grouped(digits: str, separator: str) -> str:
    """``"1234567"`` -> ``"1,234,567"`` with ``separator``."""
    head = len(digits) % 3 or 3
    return digits[:head] + "".join(separator + digits[i:i + 3] for i in range(head, len(digits), 3))


_integers = st.one_of(
    _digit_strings,
    st.builds(_grouped, _digit_strings, st.sampled_from(THOUSANDS)),
    _pick("1,23,456", "12,34,567", "1,2345", "1,00", ",000", "1,,000", "1 000 000", "1.234.567"),
)

_decimals = st.one_of(
    st.builds("{}.{}".format, _digit_strings, _digit_strings),
    st.builds("{},{}".format, st.integers(0, 999), st.integers(0, 99)),  # European "4,5"
    st.builds(lambda n: "." + n, _digit_strings),
    _pick("4.2", "0.5", "1,234.56", "1.234,56", "3.14159265358979323846264338327950288", "0.", "1.0"),
)

#: Digit counts around float overflow (309), the int-to-str limit (4300) and beyond.
_HUGE_LENGTHS = st.one_of(
    st.sampled_from([16, 19, 20, 39, 308, 309, 310, 311, 400, 1000, 4299, 4300, 4301, 5000]),
    st.integers(17, 6000),
)
_huge = st.one_of(
    st.builds(lambda pattern, n: (pattern * (n // len(pattern) + 1))[:n],
              st.sampled_from(["9", "1", "10", "123456789", "0"]) | st.text("0123456789", min_size=1, max_size=5),
              _HUGE_LENGTHS),
    st.builds(lambda n: "1" + "0" * n, _HUGE_LENGTHS),
    st.builds(lambda n: "1" + ",000" * n, st.integers(5, 1500)),
    st.builds(lambda n, tail: "9" * n + "." + tail, _HUGE_LENGTHS, _pick("5", "99", "0")),
)
#: What may follow a huge number directly: a ratio, a percent, a fraction, a range end, a scale.
_HUGE_TAILS = ("", "", "", ":2", ":3", "-to-1", "%", " pct", "-1/2", "/2", " to 1", "-9", ".5", "th", " million",
               " years ago", " dlrs", "C", " of the 5")
_tiny = st.one_of(
    st.builds(lambda n, tail: "0." + "0" * n + tail, st.integers(1, 400), _pick("1", "5", "123")),
    _pick("0.0000001", ".0000001", "0.000", "1e-7", "1E6", "1e400"),
)

#: Wire fractions ("7-1/2"), plain ones, the fraction slash (U+2044), and unicode fractions.
_fractions = st.one_of(
    st.builds("{}-{}/{}".format, st.integers(0, 999), st.integers(0, 99), st.integers(0, 999)),
    st.builds("{} {}/{}".format, st.integers(0, 999), st.integers(0, 99), st.integers(0, 999)),
    st.builds("{}/{}".format, st.integers(0, 99), st.integers(0, 999)),
    st.builds("{}\u2044{}".format, st.integers(0, 9), st.integers(0, 999)),
    st.builds("{}{}".format, _maybe(_digit_strings), st.sampled_from(sorted(UNICODE_FRACTIONS))),
    st.builds("{} {}".format, _digit_strings, st.sampled_from(sorted(UNICODE_FRACTIONS))),
    _pick("⅐", "⅑", "⅒", "⅟", "↉", "²", "³", "¹", "10²", "7-1/0", "1/0", "0/0"),
)

_units_w, _tens_w = sorted(UNITS_WORDS), sorted(TENS_WORDS)
_scale_w = sorted(SCALE_WORDS)
_unit_word = st.sampled_from(_units_w)
_tens_word = st.sampled_from(_tens_w)
_small_word = st.one_of(_unit_word, _tens_word, st.builds("{}-{}".format, _tens_word, _unit_word),
                        st.builds("{} {}".format, _tens_word, _unit_word))

#: Number words: "twenty-one", "three hundred and five", "a dozen", "two and a half million",
#: and scale words repeated past float overflow ("a million million million ...").
_word_numbers = _cased(st.one_of(
    _small_word,
    st.builds("{} hundred".format, _small_word),
    st.builds("{} hundred and {}".format, _small_word, _small_word),
    st.builds("{} {}".format, _small_word, st.sampled_from(_scale_w)),
    st.builds("{} {} {}".format, _small_word, st.sampled_from(_scale_w), _small_word),
    st.builds(lambda head, scale, n: head + (" " + scale) * n, _pick("a", "one", "nine hundred"),
              st.sampled_from(["million", "thousand", "billion", "trillion", "hundred", "dozen"]),
              st.integers(1, 60)),
    _pick("a dozen", "a hundred", "an", "a", "one", "a half", "two and a half", "one and a half million",
          "a thousand", "half a million", "hundred", "dozen", "zero", "nought", "three hundred thousand"),
))

#: Vague amounts and spelled fractions ("tens of thousands", "two-thirds", "a quarter").
_vague = _cased(st.one_of(
    st.sampled_from(sorted(VAGUE_AMOUNTS)),
    st.builds("{} of {}".format, st.sampled_from(sorted(VAGUE_AMOUNTS)), _pick("people", "dollars", "tonnes",
                                                                                "km", "euros", "barrels")),
    st.builds("{}-{}".format, _pick("a", "one", "two", "three", "nine"), st.sampled_from(sorted(FRACTION_WORDS))),
    st.builds("{} {}".format, _pick("a", "an", "one", "two", "seven"), st.sampled_from(sorted(FRACTION_WORDS))),
    st.builds("{} in {}".format, _small_word | _digit_strings, _small_word | _digit_strings),
    st.builds("{} out of {}".format, _digit_strings, _digit_strings),
    st.builds("{}:{}".format, _digit_strings, _digit_strings),
    st.builds("{}-to-{}".format, _digit_strings, _digit_strings),
))

_plain_numbers = st.one_of(_integers, _integers, _decimals, _fractions, _tiny)


def numbers() -> S[str]:
    """One written number: digits in any script and grouping, decimals, fractions, words, huge, tiny."""
    plain = _translated(_plain_numbers)
    huge = st.builds("{}{}".format, _translated(_huge), st.sampled_from(_HUGE_TAILS))
    return st.one_of(plain, plain, plain, plain, _word_numbers, _word_numbers, huge)


# -- quantities ---------------------------------------------------------------------

_qualifiers = _cased(st.sampled_from(sorted(QUALIFIERS) + ["between", "from", "some", "only", "exactly"]))
_scales = st.builds("{}{}".format, _pick("", " ", " ", "-", " - "),
                    st.sampled_from(_scale_w + ["m", "M", "k", "b", "bn", "tn", "mil", "B", "K"]))
_currency_before = st.builds("{}{}".format, st.sampled_from(sorted(CURRENCY_SIGNS)), _pick("", "", " "))
_currency_after = st.one_of(
    st.builds("{}{}".format, _pick("", " "), st.sampled_from(sorted(CURRENCY_SIGNS_AFTER))),
    st.builds(" {}".format, st.sampled_from(sorted(CURRENCY_WORDS))),
    st.builds(" {} {}".format, st.sampled_from(sorted(CURRENCY_ADJECTIVES)),
              st.sampled_from(sorted(CURRENCY_WORDS) + ["dollar", "pounds", "crowns"])),
    st.builds(" {} crowns".format, st.sampled_from(sorted(CROWN_ADJECTIVES))),
    _pick(" pounds sterling", " pounds", " pound", " US dollar", " U.S. dlrs", " dlrs", " cts", " rand",
          " yen", " stg", " crowns"),
)
_units = st.one_of(
    st.builds("{}{}".format, _pick("", " ", "-", " - "), st.sampled_from(sorted(UNIT_WORDS) + sorted(UNIT_SYMBOLS))),
    st.builds("{}{}{}".format, _pick(" ", "-"), st.sampled_from(sorted(UNIT_WORDS)),
              _pick(" a day", " per hour", "-a-year", " an hour", " every week", " per second")),
    _pick(" percent", "%", " %", " per cent", " pct", "pc", " per-cent", " percentage points",
          " percentage point", " pct points", " points", " basis points", "bps", " sq km", "sq. km", "°C", "° C",
          "ºF", "C", "F", "K", "km²", " square kilometres", " miles per hour", " mph", " tonnes", " km"),
)
_durations = st.one_of(
    st.builds("{}{}{}".format, _pick(" ", "", "-"), st.sampled_from(sorted(TIME_UNITS)), _pick("", "", "-long")),
    _pick("-year-old", " years old", "-month-old", " weeks old", " years of age", " day-old"),
)
_after = st.one_of(st.just(""), st.just(""), _currency_after, _units, _units, _durations)
_postfix = _pick("", "", "", "", "-plus", "+", " or so", " or more", ")")


def quantities() -> S[str]:
    """A number in context: qualifier, sign, currency sign, number, scale, unit or currency word."""
    return st.one_of(
        _cat(_maybe(_cat(_qualifiers, " "), 1), st.sampled_from(SIGNS), _maybe(_currency_before, 1), numbers(),
             _maybe(_scales, 1), _after, _postfix),
        _cat(st.sampled_from(SIGNS), numbers(), _maybe(_scales, 1), _currency_after),  # "4.5 mln dlrs"
        _cat(_maybe(_currency_before), numbers(), _pick("M", "m", "k", "b", "bn", "tn", "mil"),
             _pick("", " sales", " of its devices", " sprint", " metres", " people")),  # "4.3M sales", "100m sprint"
        _cat(_pick("aged ", "age ", "the age of ", "Smith, ", "John Smith, "), _digit_strings, _pick("", ", ", " ")),
        _vague,
    )


_links = st.one_of(st.sampled_from(DASHES), st.builds(" {} ".format, st.sampled_from(DASHES)),
                   _pick(" to ", " and ", " To ", " through ", " until ", "-to-", " or "))
_range_lead = _pick("", "", "", "between ", "Between ", "from ", "ranging from ", "rose from ", "anywhere from ",
                    "dollars around ", "rose 18 sen to ", "varied from $")


def _abbreviated(parts: tuple[str, str, str, str, str, int]) -> str:
    """Wire quotes: "137.80-85 yen" (the second end gives the last digits of the first)."""
    lead, whole, decimals, link, unit, cut = parts
    tail = decimals[-cut:] if cut <= len(decimals) else decimals + "9" * (cut - len(decimals))
    return f"{lead}{whole}.{decimals}{link}{tail}{unit}"


def ranges() -> S[str]:
    """Two figures linked by a dash, "to" or "and": "5-7 pct", "between 50 and 60", "137.80-85 yen"."""
    return st.one_of(
        _cat(_range_lead, quantities(), _links, quantities()),
        _cat(_range_lead, _maybe(_qualifiers), " ", numbers(), _links, numbers(), _after),
        st.tuples(_range_lead | _qualifiers.map(lambda q: q + " ") | _currency_before | st.sampled_from(SIGNS),
                  st.integers(0, 99999).map(str), st.text("0123456789", min_size=1, max_size=4), _links,
                  _after | _currency_after, st.integers(1, 5)).map(_abbreviated),
    )


# -- dates --------------------------------------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_months = _cased(st.one_of(
    st.sampled_from(_MONTH_NAMES),
    st.builds("{}{}".format, st.sampled_from(sorted(MONTHS)).map(str.capitalize), _pick("", ".")),
))
_days = st.builds("{}{}".format, st.one_of(st.integers(1, 31), st.integers(0, 99), st.just(29)).map(str)
                  | _pick("01", "09", "00"), _pick("", "", "", "st", "nd", "rd", "th"))
_years = st.one_of(st.integers(1500, 2099), st.integers(1990, 2030), st.integers(0, 9999),
                   st.sampled_from([1, 1000, 1499, 1500, 1899, 1900, 2000, 2023, 2024, 2099, 2100, 2999, 9999])
                   ).map("{:04d}".format)
#: Month and day at the edges: leap days, days a month lacks, the turn of the year.
_edge_days = _pick("February 29", "Feb. 29", "Feb 29", "February 30", "Feb. 31", "April 31", "June 31",
                   "December 31", "Dec. 28", "January 1", "Jan. 3", "January 3", "January 0", "May 32")
_month_days = st.one_of(_cat(_months, " ", _days), _cat(_months, " ", _days), _edge_days)
_short_years = st.integers(0, 99).map("{:02d}".format)
_weekdays = _cased(st.sampled_from([w.capitalize() for w in WEEKDAYS]))
_to = st.one_of(st.sampled_from(DASHES), st.builds(" {} ".format, st.sampled_from(DASHES)),
                _pick(" to ", " through ", " thru ", " until ", " till ", " and "))
_year_after = _maybe(st.builds("{}{}".format, _pick(", ", " ", ",", ",  "),
                                _years | _pick("2024", "2000", "1996", "1600", "2023", "1900")))


def _absolute_dates() -> S[str]:
    """Dates written out, possible or not: days, day ranges, ISO, months, quarters, halves, years, decades."""
    return st.one_of(
        _cat(_maybe(_cat(_weekdays, _pick(", ", " ", ","))), _month_days, _year_after),
        _cat(_maybe(_cat(_weekdays, ", ")), _maybe("the "), _days, _pick(" ", " of "), _months, _year_after),
        _cat(_pick("", "", "from ", "From ", "between ", "Between "), _month_days, _year_after, _to,
             _month_days, _year_after),  # "Feb. 29 - Jan. 3", "from February 29 to January 3, 2024"
        _cat(_pick("", "from ", "between "), _edge_days, _year_after, _to, _edge_days, _year_after),
        _cat(_pick("", "from ", "between "), _month_days, _to, _days, _year_after),
        _cat(_pick("", "from ", "between "), _days, _maybe(_cat(" ", _months)), _to, _days, " ", _months, _year_after),
        st.builds("{:04d}-{:02d}-{:02d}{}".format, st.integers(0, 9999), st.integers(0, 19), st.integers(0, 39),
                  _pick("", "", "T10:00", "T", "Z")),
        _cat(_months, _pick(" ", ", ", " of "), _years | _pick("last year", "this year", "next year")),
        _cat(_maybe(_cat(_years, " ")), _cased(_pick("first", "second", "third", "fourth", "1st", "2nd", "3rd",
                                                     "4th")), _pick(" quarter", "-quarter", " Quarter"),
             _maybe(_cat(_pick(" ", " of "), _years | _pick("this year", "last year", "next year")))),
        _cat("Q", st.integers(0, 9).map(str), _maybe(_cat(_pick("", " ", " '"), _years | _short_years | _pick("0")))),
        _cat(_pick("first", "second", "First"), _pick(" half of ", "-half ", " half "), _years),
        _cat(_pick("between ", "Between "), _years, " and ", _years),
        _cat(_pick("from ", "From "), _years, _pick(" to ", " until ", " till ", " through "), _years),
        _cat(_pick("", "", "fiscal ", "fiscal year ", "FY", "FY "), _years, _pick("-", "–", "/"), _short_years | _years),
        _cat(_pick("the ", "", "the early ", "the mid-", "late "),
             st.integers(0, 999).map(lambda n: f"{n * 10:04d}s") | _pick("1990s", "1500s", "2090s")),
        _cat(_pick("the ", ""), "'", st.integers(0, 9).map(lambda n: f"{n}0s")),
        _cat(_pick("in ", "since ", "by end of ", "late ", "early ", "mid-", "until "), _months),
        _cased(_cat(_maybe(_cat(_months, " ")), _pick("nineteen eighty-four", "nineteen oh five", "eighteen hundred",
                                                      "two thousand and nine", "two thousand", "nineteen ninety",
                                                      "in nineteen twelve"))),
        _cat(_pick("in ", "since ", "c. ", "circa ", "", "the year "), _years),
    )


_time_units = _cased(_pick("day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
                           "decades", "century"))
_counts = st.one_of(numbers(), _pick("a", "an", "A", "one", "a few", "65 million", "129,000", "890056327"))


def _relative_dates() -> S[str]:
    """Dates relative to the dateline: "N units ago" and "in N units" for any N, last/this/next, weekdays."""
    return st.one_of(
        _cat(_counts, _maybe(_scales, 1), " ", _time_units, _pick(" ago", " ago", " Ago", " earlier", " later")),
        _cat(_pick("will ", "It will be done ", "is to end ", "", "expected to return "), "in ", _counts,
             _maybe(_scales, 1), " ", _time_units, _pick("", "", "' time", "'s time")),
        _cased(_pick("Not in a million years", "in a million years", "a million years ago", "a year ago",
                     "a century ago", "an age ago")),
        _cat(_cased(_pick("", "", "early ", "mid-", "late ", "earlier ", "later ")),
             _cased(_pick("last", "this", "next")), " ",
             _cased(_pick("week", "weekend", "month", "year", "quarter"))),
        _cased(_pick("today", "tonight", "yesterday", "tomorrow", "the previous day", "the following day",
                     "the next day", "the day before", "the day after", "a day earlier", "a day later",
                     "earlier this month", "later this year")),
        _cat(_pick("", "", "last ", "next ", "this ", "on "), _weekdays, _pick("", "", "'s", "s", ",")),
    )


def dates() -> S[str]:
    """An absolute, impossible or relative date: "February 30", "Q4 0", "129,000 week ago", "the 1990s"."""
    return st.one_of(_absolute_dates(), _absolute_dates(), _relative_dates())


# -- words around the figures ---------------------------------------------------------

TENSE_WORDS = ("will", "was", "said", "since", "is to", "would", "has", "had", "is", "were", "expected to",
               "scheduled for", "plans to", "began", "ended", "until", "yesterday", "upcoming", "set to",
               "will be named", "is expected", "ago")
CUE_WORDS = ("including", "of whom", "of which", "among them", "a total of", "totalling", "in all",
             "altogether", "combined", "rose", "fell", "up", "down", "by", "from", "to", "doubled", "halved",
             "out of", "of the", "of them", "born in", "aged", "per", "each", "vs", "versus", "compared with",
             "x", "by", "or", "equivalent to", "representing", "namely", "postponed", "rescheduled", "and", "the",
             "people", "members", "countries", "shares", "voted", "an increase of", "a rise of", "percent of",
             "more", "another", "new", "now", "still", "only", "first", "last", "Mr", "Dr.", "Inc.", "U.S.")
WIRE_WORDS = ("<GM>", "<7203.T>", "<AC.N>", "<IBM.N>", "mln", "dlrs", "cts", "stg", "pct", "Shr", "Net",
              "Revs", "Avg shrs", "Qtr", "Oper", "Note:", "vs", "loss", "profit", "(Reuters)", "REUTER", "&lt;")
NON_FIGURES = ("2.15pm", "10:30 a.m.", "3 p.m.", "0900 GMT", "15:00", "23:59:59 UTC", "(202) 555-0123",
               "+44 20 7946 0958", "555-0123", "1-800-555-0199", "7-6 (7-2)", "6-4 6-3", "a 2-1 win",
               "beat them 3-0", "G7", "F-16", "COVID-19", "MH17", "B-52", "A380", "4G", "3D", "H1N1", "No. 1",
               "#1", "Nos. 3", "Section 3", "Voyager 2", "Boeing 747", "Apollo 11 mission", "S&P 500",
               "FTSE 100", "iPhone 11", "Chapter 11.", "787 Dreamliner", "10 Downing Street", "ZIP 10001",
               "https://example.com/2022/03/29/a-1,500.html", "www.x.com/9", "a.b@c.com", "ISO 3888-2",
               "PS8.1", "last-32", "USD10m", "RM23.50", "24th", "22nd", "2018s", "1st", "101st", "third",
               "second", "fiftieth")
COMMENTS = ("<!-- note -->", "<!--", "-->", "<!---->", "<!-- <!-- nested --> -->", "<!-- 5 of 3 -->",
            "<!-- figures: ignore[PW01] the total excludes don't-knows -->",
            "<!-- figures: disable[date-order] -->", "<!-- figures: enable[date-order] -->",
            "<!-- figures: file-ignore[RF01] -->", "<!-- figures: ignore[] -->", "<!-- figures: ignore[ -->",
            "<!-- figures: ignore[PW01,, all] -->", "<!-- figures: ignore PW01 -->", "<!--figures:ignore[XX99]-->",
            "<!-- figures: ignore[PW01]", "<!-- figures: enable[PW] -->", "<!-- figures: disable[part-whole, RO01]")
MARKDOWN = ("# ", "## Results", "> ", "* ", "- ", "1. ", "2) ", "| 5 | 7 |", "```", "**", "_", "[1]", "---")
_RULE_SELECTORS = ("PW01", "PW", "RO01", "DO", "DO01", "WD01", "AG01", "ST02", "UC01", "RF01", "all",
                   "part-whole", "date-order", "range-order", "XX99", "", "pw01", "P", " PW01 ")


def _suppressions() -> S[str]:
    """Suppression comments, well-formed or not: any verb, selectors real or not, closed or not."""
    selectors = st.lists(st.sampled_from(_RULE_SELECTORS), max_size=3).map(",".join)
    return st.builds("<!--{0}figures:{0}{1}[{2}]{3}{4}".format, _pick(" ", "", "\n"),
                     _pick("ignore", "disable", "enable", "file-ignore", "Ignore", "skip"), selectors,
                     _pick("", " a reason", " 5 of 3 members"), _pick(" -->", "-->", "", " --"))


def _wire_copy() -> S[str]:
    """Wire-service results lines and tickers: "Shr 1.20 dlrs vs 1.10 dlrs", "<GM>"."""
    n = _translated(_plain_numbers)
    return st.one_of(
        st.builds("Shr {} dlrs vs {} dlrs".format, n, n),
        st.builds("Net {} mln vs {} mln".format, n, n),
        st.builds("Revs {} mln dlrs vs {} mln".format, n, n),
        st.builds("Oper shr profit {} cts vs loss {} cts".format, n, _small_word),
        st.builds("Qtr to {} {}".format, _months, _days),
        st.builds("<{}>".format, st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.&-", min_size=1, max_size=12)),
        st.sampled_from(WIRE_WORDS),
    )


def _wire_datelines() -> S[str]:
    """A wire dateline, day possible or not: "NEW YORK, April 3 -"."""
    return _cat(_pick("NEW YORK", "WASHINGTON", "LONDON", "Paris", "BRUSSELS, Belgium", "ST. LOUIS", "X"), ", ",
                _months, " ", _days, _pick(" - ", " -- ", " – ", " — ", " (Reuters) - ", "-"))


def _heads() -> S[str]:
    """What may open a text: front matter, a header line, a wire dateline, a BOM, or nothing."""
    end = st.sampled_from(LINE_ENDS[:6])
    front_date = st.one_of(_years, st.builds("{}-{}-{}".format, _years, _pick("01", "02", "13", "00", "3"),
                                             _pick("01", "29", "30", "31", "99")))
    front = _cat("---", end, _pick("", "title: x", "date: ", "date: '", "date: \""), _maybe(front_date), end,
                 _pick("---", "", "--- ", "...", "----"), end)
    header = _cat(_pick("date ", " date ", "date\t"), front_date, _pick(" Brussels: ", "\n", " ", ""))
    return st.one_of(st.just(""), st.just(""), st.just(""), front, header, _wire_datelines(), _pick("\ufeff", "---"))


#: Verbs that give a date its event and tense (the parse of dated events, figures/lang/en/tense.toml).
_EVENT_VERBS = _pick("was convened", "approved the plan", "said", "will take place", "took office", "came into force",
                     "is set to open", "is slated to hold talks", "is expected to meet", "is due to sign",
                     "plans to vote", "will omit its dividend", "shall meet", "met", "had met", "will have met",
                     "was to meet", "meets", "is meeting", "postponed the vote")


def _statements() -> S[str]:
    """Figures in the relations the rules check, with any values: a part and its whole, parts and a
    total, a conversion, a change, a percentage of a total, a list and its count, an age and a birth
    year, a weekday and its date, an event's dates and duration, a dated event, a figure repeated."""
    n, q, d = numbers(), quantities(), dates()
    return st.one_of(
        st.builds("{} of the {} members voted for it".format, n, n),
        st.builds("{} people were hurt, including {} children and {} women".format, n, n, n),
        st.builds("a total of {} {}: {}, {} and {}".format, n, _pick("seats", "people"), q, q, q),
        st.builds("{} ({})".format, q, q),
        st.builds("{}{} ({}{})".format, n, _units, n, _units),  # a conversion, or units that do not convert
        st.builds("{} {} {} to {} from {}".format, _pick("Sales", "It", "The rate"), _pick("rose", "fell", "doubled"),
                  q, q, q),
        st.builds("{} percent of the {} voters, or {} people,".format, n, n, n),
        st.builds("{} countries: France, Germany and Italy".format, n),
        st.builds("{}, {}, was born in {}".format, _pick("John Smith", "Mary Jones"), n, _years | d),
        st.builds("on {}, {}".format, _weekdays, d),
        st.builds("The {}-day summit began on {} and ended on {}".format, n, d, d),
        st.builds("{} said on {} that it would meet {}".format, _pick("NATO", "The bank"), d, d),
        st.builds("{}{} {}{}".format, _pick("The summit ", "On ", "It ", "The board ", "He "), _EVENT_VERBS,
                  _pick("on ", "in ", "during ", "at ", "", "by "), d),
        st.builds("{} members met. The {} members agreed".format, n, n),
    )


def fragments() -> S[str]:
    """One piece of news: a number, quantity, range, date, statement relating figures, tense or cue
    word, wire copy, non-figure, comment, Markdown mark or line end."""
    return st.one_of(
        numbers(), quantities(), quantities(), ranges(), dates(), dates(), _statements(),
        _cased(st.sampled_from(TENSE_WORDS + CUE_WORDS)),
        _wire_copy(), st.sampled_from(NON_FIGURES), st.sampled_from(COMMENTS) | _suppressions(),
        st.sampled_from(MARKDOWN), st.sampled_from(LINE_ENDS), st.sampled_from(DASHES),
    )


#: Characters that change length when recased, combine, join, or are invisible.
TRICKY = "İıßﬁǅΣς\u0301\u200d\u200e\u200f\u2060👍🏽\x00\x7f\u00ad°º′″€£¥$%/.,:;'\"’“”()[]<>!?&#*_\\"


def glue() -> S[str]:
    """What joins fragments: spaces, punctuation, words, line ends, a few odd characters."""
    return st.one_of(
        st.sampled_from(SPACES), st.sampled_from(SPACES),
        _pick(", ", ". ", "; ", ": ", " - ", " (", ") ", ' "', '" ', " '", "’ ", "/", ",", ".", "", " and ", " to ",
              " of ", " in ", " on ", ". The ", ", which ", " but ", " while ", "! ", "? ", "... "),
        st.sampled_from(LINE_ENDS),
        st.builds(" {} ".format, _cased(st.sampled_from(TENSE_WORDS + CUE_WORDS))),
        st.text(TRICKY, max_size=3),
    )


def _wrapped(text: str, width: int, end: str) -> str:
    """``text`` hard-wrapped: the last space before each ``width`` characters becomes ``end``."""
    return re.sub(rf"(.{{1,{width}}})(?: +|$)", lambda m: m.group(1) + end, text, flags=re.S).removesuffix(end)


_LAYOUTS = ("as-is", "as-is", "as-is", "as-is", "as-is", "upper", "lower", "wrap", "line-ends")


def _laid_out(parts: tuple[str, str, str, int, str]) -> str:
    """The head, then the body in the drawn layout."""
    head, body, layout, width, end = parts
    if layout == "upper":
        body = body.upper()
    elif layout == "lower":
        body = body.lower()
    elif layout == "wrap":
        body = _wrapped(body, width, end)
    elif layout == "line-ends":
        body = body.replace("\n", end)
    return head + body


def news_texts(max_fragments: int = 30) -> S[str]:
    """A text: an optional head, then up to ``max_fragments`` fragments, each followed by glue; sometimes
    in capitals, lower case, hard-wrapped, or with its line ends swapped."""
    body = st.lists(st.tuples(fragments(), glue()).map("".join), max_size=max_fragments).map("".join)
    return st.tuples(_heads(), body, st.sampled_from(_LAYOUTS), st.integers(1, 80),
                     st.sampled_from(LINE_ENDS)).map(_laid_out)


def _repeated(parts: tuple[list[str], str], min_length: int) -> str:
    """The texts joined by the separator, repeated past ``min_length`` characters."""
    texts, separator = parts
    unit = separator.join(texts) + separator or "5 of the 3 members. "
    return unit * (min_length // len(unit) + 1)


def archives(min_length: int = 100_001) -> S[str]:
    """A text of at least ``min_length`` characters (by default longer than the texts figures reads in
    one piece): a few news texts, separated or not by paragraph breaks, repeated."""
    return st.tuples(st.lists(news_texts(), min_size=1, max_size=4), _pick("\n\n", "\r\n\r\n", "\n", " ", "")).map(
        lambda parts: _repeated(parts, min_length))


#: Date options at the edges of what ``--date`` accepts (1000..2999), and leap days.
EDGE_DATES = ("1000-01-01", "1000-12-31", "2999-12-31", "2999-01-01", "2000-02-29", "2024-02-29",
              "1999-12-31", "2022-03-29", "1900-03-01", "2100-02-28")


def datelines() -> S[str | None]:
    """A date option: None, an ordinary or edge ISO date (1000-01-01 .. 2999-12-31), or a bare year
    (which a wire dateline completes)."""
    return st.one_of(
        st.none(),
        st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31)).map(dt.date.isoformat),
        st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)).map(dt.date.isoformat),
        st.sampled_from(EDGE_DATES),
        _pick("1000", "1987", "2022", "2999"),
    )
