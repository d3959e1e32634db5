"""The words of dates read by reference (``lang/en/date_readings.toml``), checked at load, as regexes.

"the year-ago quarter", "up from $58 million a year earlier", "the latest period": a period
named by reference to the reporting period in force; "until Friday", "payable Dec. 7": a date
looking ahead from the telling.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures.lang import LanguageDataError, read

_LISTS = ("year_before_adjectives", "year_before_phrases", "period_nouns", "same_period", "latest",
          "longer_periods", "whole_year", "previous_period", "following_period", "comparisons", "day_verbs", "within_day", "looking_ahead", "past_perfect")


def _alternation(phrases) -> str:
    """A regex alternation of ``phrases``, longest first, a space matching any run of spaces."""
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split())
                            for phrase in sorted(phrases, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class DateReadings:
    adjectives: str
    hyphenated: str
    phrases: str
    nouns: str
    same: str
    latest: str
    whole_year: str
    previous: str
    following: str
    day_verbs: str
    within_day: str
    longer: re.Pattern
    comparison: re.Pattern
    ahead: re.Pattern
    past_perfect: re.Pattern


@functools.cache
def date_readings(language: str = "en") -> DateReadings:
    name = f"lang/{language}/date_readings.toml"
    data = read("date_readings", language)
    unknown = set(data) - set(_LISTS)
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    for key in _LISTS:
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w.strip() and w == w.lower() for w in words):
            raise LanguageDataError(f"{name}: {key} must be a list of lower-case words or phrases")
    alt = {key: _alternation(data[key]) for key in _LISTS}
    return DateReadings(
        adjectives=alt["year_before_adjectives"],
        hyphenated=_alternation(a for a in data["year_before_adjectives"] if "-" in a), phrases=alt["year_before_phrases"], nouns=alt["period_nouns"],
        same=alt["same_period"], latest=alt["latest"], whole_year=alt["whole_year"], previous=alt["previous_period"],
        following=alt["following_period"],
        day_verbs=alt["day_verbs"], within_day=alt["within_day"],
        longer=re.compile(rf"\b{alt['longer_periods']}\b", re.I),
        comparison=re.compile(rf"\b{alt['comparisons']}(?!\w)", re.I),
        ahead=re.compile(rf"\b{alt['looking_ahead']}\s+(?:(?:early|mid|late)[\s-]+)?$", re.I),
        past_perfect=re.compile(rf"\b{alt['past_perfect']}\b", re.I),
    )
