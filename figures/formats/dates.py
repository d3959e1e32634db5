"""The day a file gives itself: a date value of front matter or page metadata, in the usual forms.

``2022-03-20``, ``2022-03-20T09:30:00+01:00`` (the day as written, in its own zone),
``2022-03-20 09:30:00 +0100``, ``2022/03/20``, ``20 March 2022``, ``March 20, 2022``,
``Sun, 20 Mar 2022 09:30:00 GMT``; parsed values of a YAML or TOML parser (dates and
datetimes) too.  The keys and words are data (``lang/en/formats.toml``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from figures.document import FIRST_YEAR, LAST_YEAR, DateError
from figures.extraction.lexicon import MONTHS
from figures.lang import LanguageDataError, read


@dataclass(frozen=True)
class FormatWords:
    """``lang/en/formats.toml``: where files keep their date."""

    date_keys: tuple[str, ...]
    meta_names: tuple[str, ...]
    json_ld_keys: tuple[str, ...]
    time_marks: frozenset[str]
    day_suffixes: tuple[str, ...]


@functools.cache
def format_words(language: str = "en") -> FormatWords:
    data = read("formats", language)
    try:
        front, page, dates = data["front_matter"], data["page"], data["dates"]
        lists = (front["date_keys"], page["meta_names"], page["json_ld_keys"], page["time_marks"],
                 dates["day_suffixes"])
    except (KeyError, TypeError) as missing:
        raise LanguageDataError(f"lang/{language}/formats.toml: missing {missing}") from None
    if not all(isinstance(words, list) and words and all(isinstance(w, str) and w for w in words)
               for words in lists):
        raise LanguageDataError(f"lang/{language}/formats.toml: every key must be a list of words")
    keys, names, json_keys, marks, suffixes = lists
    return FormatWords(tuple(keys), tuple(n.lower() for n in names), tuple(json_keys),
                       frozenset(m.lower() for m in marks), tuple(suffixes))


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    suffix = "(?:" + "|".join(format_words().day_suffixes) + ")?"
    month = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    weekday = r"(?:[A-Za-z]+\.?,?\s+)?"
    rest = r"(?:[,\s]+\d{1,2}[:.]\d{2}\b.*)?"
    numeric = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?:[T\s]\d.*)?", re.S)
    day_month = re.compile(rf"{weekday}(?P<day>\d{{1,2}}){suffix}\s+{month},?\s+(?P<year>\d{{4}}){rest}", re.I | re.S)
    month_day = re.compile(rf"{weekday}{month}\s+(?P<day>\d{{1,2}}){suffix},?\s+(?P<year>\d{{4}}){rest}", re.I | re.S)
    return numeric, day_month, month_day


def day_of(value: object, *, where: str) -> dt.date | None:
    """The day ``value`` gives, or None when it is no date; raises DateError for a day the
    calendar lacks ("2022-02-30") or a year out of range, naming ``where`` it was written."""
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), value.isoformat())  # the day in the zone it was written in
    if isinstance(value, dt.date):
        return _in_range(value, value.isoformat())
    if not isinstance(value, str):
        return None
    written = value.strip()
    for pattern in _patterns():
        match = pattern.fullmatch(written)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                day = dt.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                raise DateError(f"invalid date in the {where}: {written}") from None
            return _in_range(day, written)
    return None


def _in_range(day: dt.date, written: str) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise DateError(f"year out of range ({FIRST_YEAR}..{LAST_YEAR}): {written!r}")
    return day
