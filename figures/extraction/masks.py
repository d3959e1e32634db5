"""Spans that look numeric but are not figures: tickers, times, phone numbers, scores, names."""

from __future__ import annotations

import re

from figures.extraction import unit_words as uw
from figures.extraction.lexicon import MONTHS, SCALE_WORDS, WEEKDAY_NAMES, WEEKDAYS
from figures.extraction.windows import finditer, windows
from figures.lang import holiday_words, mask_words
from figures.markup import html_comments

#: Capitalised words before a number that make no name with it (``lang/en/masks.toml``), and the
#: month and weekday names.
_WORDS = mask_words()
_NOT_NAMES = "(?:" + "|".join(sorted({word.capitalize() for word in MONTHS} | set(WEEKDAY_NAMES) | _WORDS.not_names,
                                     key=len, reverse=True)) + ")"


def _written(words) -> str:
    """An alternation of ``words`` as written, longest first, a space matching any spaces; a name with an
    ampersand in any case, with or without it ("S&P", "S P", "sp": copy drops and lowers it)."""
    def one(word: str) -> str:
        pattern = re.escape(word).replace(r"\ ", r"\s+")
        return "(?i:" + pattern.replace(re.escape("&"), r"\s?&?\s?") + ")" if "&" in word else pattern
    return "(?:" + "|".join(one(w) for w in sorted(words, key=len, reverse=True)) + ")"


_ZONES, _SCORE_WORDS, _SCORE_NOUNS = _written(_WORDS.time_zones), _written(_WORDS.score_words), \
    _written(_WORDS.score_nouns)
#: A holiday before a year is a date, not a name: "Thanksgiving 2021", "Memorial Day 2022"
#: (``lang/en/holidays.toml``); a name's last word is checked with the words before it.
_HOLIDAY_NAMES = [name.split() for rule in holiday_words().holidays for name in rule["names"]]
_HOLIDAYS = "|".join(sorted({rf"(?<={re.escape(' '.join(words[:-1]))}\s){re.escape(words[-1])}" if len(words) > 1
                             else re.escape(words[0]) for words in _HOLIDAY_NAMES}, key=len, reverse=True))
#: An abbreviated weekday before a day and a month is a date, not a name: "Tue 4 May 2021".
_WEEKDAY_DATE = (
    r"(?:" + "|".join(sorted({w.capitalize() for w in WEEKDAYS} - set(WEEKDAY_NAMES))) + r")\.?,?\s+\d{1,2}\s+"
    r"(?:" + "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True)) + r")\b"
)
#: Currency signs written in letters ("Rs", "RM", "USD"): "Rs 1,250 crore", "RM23.50" are money; a
#: one-letter sign only before a scale ("R254bn", not the road "R110" or the droid "R2").
_LETTER_SIGNS = "|".join([uw.trie_pattern(sign for sign in uw.CURRENCY_SIGNS if sign.isalpha() and len(sign) > 1),
                          rf"{uw.trie_pattern(sign for sign in uw.CURRENCY_SIGNS if sign.isalpha() and len(sign) == 1)}"
                          rf"(?=[\d,.]+\s?(?i:{uw.trie_pattern(SCALE_WORDS)})\b)"])
#: The trigger of a score ("3-1").
_SCORE = r"\d-\d"
_MORE_SETS = r"(?:,?\s+\d{1,2}-\d{1,2}\b(?:\s*\(\d{1,2}-\d{1,2}\))?)*"
_NOT_FIGURES = [
    # stock tickers: <GM>, <AC.N>
    (r"<[A-Z0-9][A-Za-z0-9.&-]{0,11}>", r"<"),
    # times of day: 2.15pm, 10:30 a.m., 3 p.m., 0900 GMT, 15:00
    (r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[apAP]\.[mM]\.|[apAP][mM]\b)", r"\d\s*[apAP]\.?[mM]"),
    (rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b(?:\s*{_ZONES}\b)?", r"\d:\d"),
    rf"\b[0-2]\d[0-5]\d\s*{_ZONES}\b",
    # phone numbers: (202) 555-0123, +44 20 7946 0958, 555-0123
    r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}\b",
    r"\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b",
    r"\b(?:1[-.\s])?\d{3}[.-]\d{3}[.-]\d{4}\b",
    r"\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b",
    r"\b\d{3}-\d{4}\b(?!\s*(?:%|percent|pct))",
    # tennis and other scores: 7-6 (7-2), 6-4 6-3, a 2-1 win, beat them 3-0
    (rf"\b\d{{1,2}}-\d{{1,2}}(?:\s*\(\d{{1,2}}-\d{{1,2}}\)){_MORE_SETS}", _SCORE),
    (r"\b\d{1,2}-\d{1,2}(?:,?\s+\d{1,2}-\d{1,2}){1,4}\b", _SCORE),
    (rf"(?i:\b{_SCORE_WORDS}\b(?:\s+\w+){{0,3}}?\s+)\d{{1,3}}-\d{{1,3}}\b"
     rf"(?:\s*\(\d{{1,2}}-\d{{1,2}}\))?{_MORE_SETS}", _SCORE),
    (rf"\b\d{{1,3}}-\d{{1,3}}(?=\s+(?i:{_SCORE_NOUNS})\b)", _SCORE),
    # names with numbers: G7, F-16, COVID-19, MH17, B-52, A380, 4G, 3D, H1N1
    rf"\b(?!Q[1-4]\b|FY\d|(?:{_LETTER_SIGNS})\d|(?<=\$)[A-Z]{{1,3}}\d)"
    r"[A-Z][A-Za-z]*-?\d+(?:[A-Za-z\d-]*[A-Za-z\d])?\b",
    r"\b\d+[A-Z](?![A-Za-z])(?<!\d[CFKVWGMT])",
    r"\b[a-z]+\d+[a-z]\w*\b",
    # ranks and numbered things: No. 1, #1, Section 3, Voyager 2, Boeing 747
    (r"(?:\b[Nn]o\.|\b[Nn]os\.|#)\s?\d+\b", r"[Nn]os?\.|#"),
    rf"\b(?=[A-Z][\w.]*\s+\d){_written(_WORDS.numbered)}\s+\d+[A-Za-z]?\b",
    # indices and products: S&P 500, FTSE 100, Fortune 500, Stoxx 600, iPhone 11, Big 12
    rf"\b{_written(_WORDS.named_series)}\s+\d+\b",
    # a number between capitalised words is a name: "Apollo 11 mission", "Chapter 11.", "787 Dreamliner"
    rf"\b(?=(?:[A-Z][A-Za-z&]+|i[A-Z]\w+)'?s?\s+\d)(?!{_NOT_NAMES}\b|{_WEEKDAY_DATE}|(?:{_HOLIDAYS})\s+\d{{4}}\b|(?:{_LETTER_SIGNS})\s\d)(?:[A-Z][A-Za-z&]+|i[A-Z]\w+)'?s?\s+\d+(?![.,]\d)(?=\s+[A-Z][a-z]|\s*[-,;:!?)]"
    r"|\s*\.(?:\s|$))",  # the whole number: "Acme's 8,400 staff" is no name "Acme's 8"
    # list and footnote markers at the start of a line: "1. ", "2) "
    r"(?m:^)[ \t]*\d{1,2}[.)](?=\s)",
    # addresses and numbered streets: 10 Downing Street
    rf"\b\d{{1,5}}\s+(?=[A-Z][a-z]+\s+{_written(_WORDS.streets)}(?!\w))",
    # ZIP codes
    (r"\b\d{5}(?:-\d{4})?(?=\s+ZIP\b)|\bZIP(?:\s+[Cc]ode)?\s+\d{5}\b", r"ZIP"),
    # web addresses and e-mail
    (r"\b(?:https?://|www\.)\S+|(?<![^\s(<\[])[^\s@]+@\S+\.\w+", r"://|www\.|@"),  # a token: no rescan
]
#: Each pattern with the trigger a text must hold for it to be tried (most news has no score or
#: address), one by one: faster than one alternation.
_PATTERNS = [(re.compile(p), None) if isinstance(p, str) else (re.compile(p[0]), re.compile(p[1]))
             for p in _NOT_FIGURES]


_DIGITS = re.compile(r"\d+")


def non_figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that must not yield figures (every one holds a digit)."""
    near_digits = windows(text, _DIGITS, 80)
    return [m.span() for pattern, trigger in _PATTERNS if trigger is None or trigger.search(text)
            for m in finditer(pattern, text, near_digits) if m.end() > m.start()]


def comment_spans(text: str) -> list[tuple[int, int]]:
    """HTML comments (suppression directives among them): they vanish when the text is rendered.
    The text after an unclosed ``<!--`` is still read: the opener is a slip (one the suppression
    reader reports), and the words after it are the article's."""
    return [(start, end) for start, _, end in html_comments(text) if end is not None]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` replaced by spaces (offsets are kept)."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
