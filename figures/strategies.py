"""Hypothesis strategies for text with known figures (install ``figures-check[hypothesis]``).

    from figures.strategies import articles, numbers, quantities, written_dates

    @given(articles(dateline=date(2022, 3, 29)))
    def test_generator_output_is_consistent(article):
        assert_consistent(article.text, date=article.date)

``articles()`` builds paragraphs whose figures are related (a part and its
whole, a conversion, a percentage of a total, a change, a sum, a list and its
count, dates against the dateline, a weekday with its date, a range, an age
and a birth year, one set counted twice, a relative and an absolute date of
one event, a duration and its dates) and consistent by construction;
``articles(inject="part-whole")`` breaks one of them and records where
(``article.injected``).  Each statement is written in one of its category's
constructions, templates in many outlets' styles kept as data in
``lang/en/strategies.toml`` (``bank()`` loads and validates them); this module
is the engine that draws the figures for a construction, consistent or broken
under every reading, and writes them.  Articles can be re-rendered with other
number and date styles, another paragraph order and unrelated text, without
changing what they say (``article.rendered(...)``).
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError:  # pragma: no cover - exercised by a subprocess test
    raise ImportError(
        "figures.strategies needs hypothesis: pip install 'figures-check[hypothesis]'"
    ) from None

from figures.extraction.lexicon import MONTH_NAMES, TENS_WORDS, UNITS_WORDS, WEEKDAY_NAMES
from figures.lang import LanguageDataError, read

__all__ = [
    "CATEGORIES", "Article", "Site", "Statement", "Style", "Written", "articles", "bank", "numbers", "quantities",
    "written_dates",
]

NUMBER_STYLES = ("digits", "words")
DATE_STYLES = ("us", "day-month", "iso")
_WORDS = {value: word for word, value in {**UNITS_WORDS, **TENS_WORDS}.items()}


# -- written numbers, quantities and dates ---------------------------------------

@dataclass(frozen=True)
class Written:
    """A figure as news writes it, and what it means."""

    text: str
    value: float | None = None
    unit: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None


def spell(value: int, style: str = "digits") -> str:
    """``value`` as news writes a count: "1,234", or in words below 100 ("twenty-one")."""
    if style == "words" and 0 < value < 100:
        if value in _WORDS:
            return _WORDS[value]
        return f"{_WORDS[value - value % 10]}-{_WORDS[value % 10]}"
    return f"{value:,}"


def write_date(day: dt.date, style: str = "us") -> str:
    """``day`` as "March 24, 2022", "24 March 2022" or "2022-03-24"."""
    if style == "day-month":
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if style == "iso":
        return day.isoformat()
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def _check_choice(name: str, chosen: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    if isinstance(chosen, str):
        raise InvalidArgument(f"{name} must be a sequence of names, not the string {chosen!r}")
    chosen = tuple(chosen)
    unknown = [c for c in chosen if c not in allowed]
    if unknown or not chosen:
        raise InvalidArgument(f"{name} must be a non-empty selection from {', '.join(allowed)}; "
                              f"got {list(chosen)!r}")
    return chosen


_NUMBER_FORMS = ("digits", "words", "scaled", "wire")


def _tenths_of_a_million(min_value: int, max_value: int) -> tuple[int, int]:
    """The tenths of a million ("4.5 million") that lie between the bounds, from 1.0 to 999.9 million."""
    return max(10, -(-min_value // 100_000)), min(9_999, max_value // 100_000)


def _writes_between(style: str, min_value: int, max_value: int) -> bool:
    if style == "words":
        return min_value <= 99
    if style in ("scaled", "wire"):
        low, high = _tenths_of_a_million(min_value, max_value)
        return low <= high
    return True


@st.composite
def numbers(draw, *, min_value: int = 1, max_value: int = 10**9, styles: Sequence[str] = _NUMBER_FORMS) -> Written:
    """Counts as news writes them: "1,234", "twenty-one", "4.5 million", wire style "4.5 mln", each
    between ``min_value`` and ``max_value`` in every style (a style that cannot write a number in the
    bounds is not drawn: words only below 100, millions only from a million)."""
    styles = _check_choice("styles", styles, _NUMBER_FORMS)
    if not 0 < min_value <= max_value:
        raise InvalidArgument(f"need 0 < min_value <= max_value, got {min_value} and {max_value}")
    fitting = [style for style in styles if _writes_between(style, min_value, max_value)]
    if not fitting:
        raise InvalidArgument(f"none of the styles {list(styles)!r} writes a number between {min_value} and "
                              f"{max_value}")
    style = draw(st.sampled_from(fitting))
    if style in ("scaled", "wire"):
        tenths = draw(st.integers(*_tenths_of_a_million(min_value, max_value)))
        word = "million" if style == "scaled" else "mln"
        shown = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"
        return Written(f"{shown} {word}", tenths * 100_000.0)
    value = draw(st.integers(min_value, max_value if style == "digits" else min(max_value, 99)))
    return Written(spell(value, style), float(value))


_QUANTITY_UNITS = {
    "length": (("km", "kilometer"), ("miles", "mile"), ("metres", "meter")),
    "mass": (("kg", "kilogram"), ("tonnes", "metric_ton"), ("pounds", "pound")),
    "area": (("hectares", "hectare"), ("square miles", "mile ** 2"), ("acres", "acre")),
    "speed": (("km/h", "kilometer / hour"), ("mph", "mile / hour"), ("knots", "knot")),
    "temperature": (("C", "degree_Celsius"), ("F", "degree_Fahrenheit")),
    "volume": (("litres", "liter"), ("gallons", "gallon"), ("barrels", "oil_barrel")),
}


@st.composite
def quantities(draw, *, kinds: Sequence[str] = tuple(_QUANTITY_UNITS)) -> Written:
    """Quantities with units: "150 km", "38C", "5 square miles"; ``unit`` is the pint unit."""
    kinds = _check_choice("kinds", kinds, tuple(_QUANTITY_UNITS))
    written, unit = draw(st.sampled_from([u for kind in kinds for u in _QUANTITY_UNITS[kind]]))
    value = draw(st.integers(-30, 120) if unit.startswith("degree") else st.integers(1, 50_000))
    glue = "" if written in ("C", "F") else " "
    return Written(f"{value:,}{glue}{written}", float(value), unit)


_DATE_FORMS = ("us", "day-month", "iso", "weekday", "relative", "range", "month-year")


@st.composite
def written_dates(draw, *, dateline: dt.date, forms: Sequence[str] = _DATE_FORMS, max_days: int = 400) -> Written:
    """Dates in every form figures reads, relative to ``dateline``, with the interval they mean."""
    forms = _check_choice("forms", forms, _DATE_FORMS)
    if not isinstance(dateline, dt.date):
        raise InvalidArgument(f"dateline must be a datetime.date, not {dateline!r}")
    form = draw(st.sampled_from(forms))
    day = dateline + dt.timedelta(days=draw(st.integers(-max_days, max_days)))
    if form in DATE_STYLES:
        return Written(write_date(day, form), date_start=day, date_end=day)
    if form == "weekday":
        return Written(f"{WEEKDAY_NAMES[day.weekday()]}, {write_date(day)}", date_start=day, date_end=day)
    if form == "month-year":
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return Written(f"{MONTH_NAMES[day.month - 1]} {day.year}", date_start=day.replace(day=1), date_end=last)
    if form == "range":
        end = day + dt.timedelta(days=draw(st.integers(1, 3)))
        if end.month != day.month:
            return Written(write_date(day), date_start=day, date_end=day)
        return Written(f"{MONTH_NAMES[day.month - 1]} {day.day}-{end.day}, {day.year}", date_start=day,
                       date_end=end)
    words, shift = draw(st.sampled_from([("yesterday", -1), ("today", 0), ("tomorrow", 1)]))
    moved = dateline + dt.timedelta(days=shift)
    return Written(words, date_start=moved, date_end=moved)


# -- statements with known relations ----------------------------------------------

@dataclass(frozen=True)
class Site:
    """Where a statement's checkable figure is: the words a rule should point at when broken, and
    the construction (``lang/en/strategies.toml``) the statement was written in."""

    category: str
    start: int
    end: int
    text: str
    construction: str = ""


@dataclass(frozen=True)
class Style:
    """How an article is written: numbers as digits or words, the date format, and whether a
    conversion gives the converted figure first."""

    numbers: str = "digits"
    dates: str = "us"
    swap_units: bool = False


@dataclass(frozen=True)
class Statement:
    """One or two sentences relating figures; ``render`` writes them in a Style and returns
    the text and the span (in it) of the figure an injected error changes."""

    category: str
    render: Callable[[Style], tuple[str, tuple[int, int]]] = field(compare=False)
    broken: bool = False
    construction: str = ""


@dataclass(frozen=True)
class Article:
    """Paragraphs of statements (and unrelated filler), with the dateline they assume."""

    statements: tuple[Statement | str, ...]
    date: str
    style: Style = Style()

    @property
    def text(self) -> str:
        return self._layout()[0]

    @property
    def sites(self) -> tuple[Site, ...]:
        return self._layout()[1]

    @property
    def injected(self) -> Site | None:
        """The site of the broken statement, if any."""
        broken = [site for site, item in zip(self.sites, self._statements()) if item.broken]
        return broken[0] if broken else None

    def rendered(self, *, numbers: str | None = None, dates: str | None = None,
                 swap_units: bool | None = None, order: Sequence[int] | None = None,
                 filler: Sequence[str] = ()) -> Article:
        """The same article in another number or date style, with conversions the other way
        round, in another paragraph order, or with unrelated paragraphs added at the end."""
        items = list(self.statements)
        if order is not None:
            if sorted(order) != list(range(len(items))):
                raise InvalidArgument(f"order must be a permutation of range({len(items)}), got {order!r}")
            items = [items[i] for i in order]
        if numbers is not None:
            _check_choice("numbers", [numbers], NUMBER_STYLES)
        if dates is not None:
            _check_choice("dates", [dates], DATE_STYLES)
        style = Style(numbers or self.style.numbers, dates or self.style.dates,
                      self.style.swap_units if swap_units is None else swap_units)
        return replace(self, statements=tuple(items) + tuple(filler), style=style)

    def _statements(self) -> list[Statement]:
        return [item for item in self.statements if isinstance(item, Statement)]

    def _layout(self) -> tuple[str, tuple[Site, ...]]:
        paragraphs, sites, offset = [], [], 0
        for item in self.statements:
            if isinstance(item, str):
                paragraph = item
            else:
                paragraph, (start, end) = item.render(self.style)
                sites.append(Site(item.category, offset + start, offset + end, paragraph[start:end],
                                  item.construction))
            paragraphs.append(paragraph)
            offset += len(paragraph) + 2
        return "\n\n".join(paragraphs), tuple(sites)


def _span(marked: str) -> tuple[str, tuple[int, int]]:
    """A sentence written with the site between [[ and ]]: the text and the site's span."""
    start = marked.index("[[")
    end = marked.index("]]") - 2
    return marked.replace("[[", "").replace("]]", ""), (start, end)


# -- the construction bank (lang/<language>/strategies.toml) -------------------------

class _Ymd(NamedTuple):
    """A calendar day as written, possibly impossible ("November 31")."""

    year: int
    month: int
    day: int


class _Weekday(int):
    """A weekday number (Monday 0), written as its name."""


@dataclass(frozen=True)
class Construction:
    """One way of writing a statement of a category: a template with placeholders for its
    figures, the site between [[ and ]], and the builder's options."""

    category: str
    name: str
    outlet: str
    text: str
    options: tuple[tuple[str, object], ...] = ()

    def option(self, key: str, default: object = None) -> object:
        return dict(self.options).get(key, default)


@dataclass(frozen=True)
class Bank:
    """The constructions of every category and the words they draw on."""

    constructions: dict[str, tuple[Construction, ...]]
    month_abbreviations: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    fractions: dict[str, tuple[int, int]]
    conversions: dict[str, dict]
    pools: dict[str, tuple[str, ...]]
    filler: tuple[str, ...]


_COUNT, _TEXT, _DATE, _DAY = "count", "text", "date", "weekday"
_SPECS = {_COUNT: {"", "d", "w", "t", "M"}, _TEXT: {""}, _DATE: {"", "us", "day-month", "iso", "ap", "md", "text"},
          _DAY: {"", "abbr"}}
#: Per category: the placeholders its builder fills (and their kind), and the options it reads.
_PLACEHOLDERS = {
    "part-whole": {"whole": _COUNT, "part": _COUNT},
    "unit-conversion": {"first": _TEXT, "second": _TEXT},
    "percent-of": {"count": _COUNT, "total": _COUNT, "percent": _TEXT, "fraction": _TEXT},
    "percent-change": {"before": _COUNT, "after": _COUNT, "percent": _TEXT, "points": _TEXT},
    "sum-total": {"total": _COUNT, "parts": _TEXT, "n": _COUNT, **{f"part{i}": _COUNT for i in range(1, 5)}},
    "list-count": {"count": _COUNT, "items": _TEXT},
    "date-order": {"date": _DATE},
    "weekday-date": {"date": _DATE, "weekday": _DAY},
    "invalid-date": {"date": _DATE},
    "range-order": {"first": _COUNT, "second": _COUNT},
    "age": {"name": _TEXT, "age": _COUNT, "born": _TEXT},
    "repeated-figure": {"count": _COUNT, "second": _COUNT},
    "relative-date": {"date": _DATE, "weekday": _DAY},
    "duration": {"n": _COUNT, "start": _DATE, "end": _DATE},
}
_RELATIVE = ("next-week", "last-week", "tomorrow", "yesterday", "next-month", "last-year", "weekday-ahead",
             "weekday-past")
_OPTIONS = {
    "unit-conversion": {"units": str, "step": int, "rounding": int},
    "percent-of": {"form": ("percent", "fraction")},
    "percent-change": {"points": bool, "direction": ("up", "down")},
    "sum-total": {"parts": (2, 3, 4), "equal": bool},
    "list-count": {"pool": str, "broken": ("more", "fewer")},
    "age": {"exact": bool},
    "relative-date": {"relative": _RELATIVE},
    "duration": {"unit": ("days", "weeks", "months"), "count": ("inclusive", "exclusive", "either")},
}
_EITHER = {"percent-of": ("fraction", "form", "fraction"), "percent-change": ("points", "points", True)}
_MIN_CONSTRUCTIONS = 8


def _invalid(problem: str) -> LanguageDataError:
    return LanguageDataError(f"lang/en/strategies.toml: {problem}")


def _construction(category: str, entry: dict, outlets: list, pools: dict, conversions: dict) -> Construction:
    entry = dict(entry)
    name, outlet, text = entry.pop("name", None), entry.pop("outlet", None), entry.pop("text", None)
    where = f"{category} construction {name!r}"
    if not (isinstance(name, str) and isinstance(text, str)):
        raise _invalid(f"a {category} construction needs a name and a text")
    if outlet not in outlets:
        raise _invalid(f"{where}: outlet {outlet!r} is not one of {', '.join(outlets)}")
    if text.count("[[") != 1 or text.count("]]") != 1 or text.index("[[") > text.index("]]"):
        raise _invalid(f"{where}: the text must mark one site between [[ and ]]")
    try:
        fields = [(key, spec) for _, key, spec, _ in string.Formatter().parse(text) if key is not None]
    except ValueError as problem:
        raise _invalid(f"{where}: {problem}") from None
    places = _PLACEHOLDERS[category]
    for key, spec in fields:
        kind = places.get(key[:1].lower() + key[1:])
        if kind is None:
            raise _invalid(f"{where}: unknown placeholder {{{key}}} (a {category} has {', '.join(places)})")
        if spec not in _SPECS[kind]:
            raise _invalid(f"{where}: {{{key}:{spec}}} is not a format of a {kind}")
    used = {key[:1].lower() + key[1:] for key, _ in fields}
    if category in _EITHER:  # the share as a fraction or a percentage, the change in points or per cent
        key, option, value = _EITHER[category]
        wanted, other = (key, "percent") if entry.get(option, False) == value else ("percent", key)
        if wanted not in used or other in used:
            raise _invalid(f"{where}: with {option} = {entry.get(option)!r} the text writes {{{wanted}}}, not {{{other}}}")
    if category == "sum-total" and any(k[4:].isdigit() and int(k[4:]) > entry.get("parts", 2) for k in used):
        raise _invalid(f"{where}: a placeholder names a part beyond parts = {entry.get('parts', 2)}")
    allowed = _OPTIONS.get(category, {})
    for key, value in entry.items():
        wanted = allowed.get(key)
        if wanted is None or (isinstance(wanted, tuple) and value not in wanted) or (
                isinstance(wanted, type) and type(value) is not wanted):
            raise _invalid(f"{where}: bad option {key} = {value!r}")
    if category == "unit-conversion" and entry.get("units") not in conversions:
        raise _invalid(f"{where}: units must name a pair of [conversions]")
    if category == "list-count" and entry.get("pool") not in (*pools, "amounts"):
        raise _invalid(f"{where}: pool must name one of [pools] or be 'amounts'")
    return Construction(category, name, outlet, text, tuple(sorted(entry.items())))


@functools.cache
def bank(language: str = "en") -> Bank:
    """The constructions of ``lang/<language>/strategies.toml``, validated."""
    data = read("strategies", language)
    outlets, pools = data.get("outlets", []), data.get("pools", {})
    conversions, abbreviations = data.get("conversions", {}), data.get("abbreviations", {})
    fractions = {words: tuple(value) for words, value in data.get("fractions", {}).items()}
    filler = data.get("filler", [])
    unknown = set(data) - set(_PLACEHOLDERS) - {"outlets", "pools", "conversions", "abbreviations", "fractions",
                                                "filler"}
    if unknown:
        raise _invalid(f"unknown key {', '.join(sorted(unknown))}")
    if not filler or not all(isinstance(line, str) and line for line in filler):
        raise _invalid("filler must be a list of sentences")
    if len(abbreviations.get("months", ())) != 12 or len(abbreviations.get("weekdays", ())) != 7:
        raise _invalid("[abbreviations] needs 12 months and 7 weekdays")
    if not fractions or any(len(v) != 2 or not 0 < v[0] < v[1] for v in fractions.values()):
        raise _invalid("[fractions] must map words to [numerator, denominator] of a proper fraction")
    if any(len(items) < 6 for items in pools.values()) or "names" not in pools:
        raise _invalid("[pools] needs names, and at least 6 items in each pool")
    for pair, spec in conversions.items():
        if len(spec.get("units", ())) != 2 or not spec.get("factor") or not 0 < spec.get("min", 0) < spec.get("max", 0):
            raise _invalid(f"[conversions] {pair} needs two units, a factor and 0 < min < max")
    constructions = {}
    for category in _PLACEHOLDERS:
        entries = [_construction(category, entry, outlets, pools, conversions) for entry in data.get(category, ())]
        if len(entries) < _MIN_CONSTRUCTIONS:
            raise _invalid(f"{category} has {len(entries)} constructions, needs at least {_MIN_CONSTRUCTIONS}")
        constructions[category] = tuple(entries)
    names = [c.name for entries in constructions.values() for c in entries]
    if len(set(names)) != len(names):
        raise _invalid(f"construction names repeat: {sorted({n for n in names if names.count(n) > 1})}")
    return Bank(constructions, tuple(abbreviations["months"]), tuple(abbreviations["weekdays"]), fractions,
                conversions, {key: tuple(items) for key, items in pools.items()}, tuple(filler))


class _Capital(NamedTuple):
    value: object


class _Writer(string.Formatter):
    """Fills a construction's placeholders in an article's Style."""

    def __init__(self, style: Style, words: Bank) -> None:
        self.style, self.words = style, words

    def get_value(self, key, args, kwargs):
        if key in kwargs:
            return kwargs[key]
        return _Capital(kwargs[key[:1].lower() + key[1:]])

    def format_field(self, value, spec):
        if isinstance(value, _Capital):
            written = self.format_field(value.value, spec)
            return written[:1].upper() + written[1:]
        if isinstance(value, _Weekday):
            return self.words.weekday_abbreviations[value] if spec == "abbr" else WEEKDAY_NAMES[value]
        if isinstance(value, (dt.date, _Ymd)):
            return self._date(value, spec)
        if isinstance(value, int):
            return {"d": f"{value:,}", "w": spell(value, "words"), "t": f"{value / 10:.1f}",
                    "M": f"{value / 10:.1f} million"}.get(spec) or spell(value, self.style.numbers)
        return str(value)

    def _date(self, day: dt.date | _Ymd, spec: str) -> str:
        style = spec or self.style.dates
        if style == "text":
            style = "us" if self.style.dates == "iso" else self.style.dates
        if style == "ap":
            return f"{self.words.month_abbreviations[day.month - 1]} {day.day}, {day.year}"
        if style == "md":
            month = MONTH_NAMES[day.month - 1]
            return f"{day.day} {month}" if self.style.dates == "day-month" else f"{month} {day.day}"
        if style == "iso":
            return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
        if style == "day-month":
            return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
        return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


# -- the builders: figures for a construction, consistent or broken ---------------------

def _part_whole(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    whole = draw(st.integers(20, 100_000))
    return {"whole": whole, "part": whole * 3 + 7 if broken else draw(st.integers(2, whole // 2))}


def _conversion(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    spec = words.conversions[c.option("units")]
    step, rounding = c.option("step", 1), c.option("rounding", 1)
    value = draw(st.integers(max(1, spec["min"] // step), spec["max"] // step)) * step
    converted = round((value * spec["factor"] + spec.get("offset", 0)) / rounding) * rounding
    shown = converted * 2 + 13 if broken else converted
    glue = spec.get("glue", " ")
    first, second = (f"{value:,}{glue}{spec['units'][0]}", f"{shown:,}{glue}{spec['units'][1]}")
    # swapped: the converted figure first, the site still in the parenthesis
    return {"first": first, "second": second,
            "swapped": {"first": f"{shown:,}{glue}{spec['units'][1]}", "second": f"{value:,}{glue}{spec['units'][0]}"}}


def _far_fractions(words: Bank, share: float) -> list[str]:
    return [w for w, (n, d) in words.fractions.items() if abs(n / d - share) >= 0.25]


def _percent_of(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    if c.option("form") == "fraction":
        fraction = draw(st.sampled_from(sorted(words.fractions)))
        numerator, denominator = words.fractions[fraction]
        total = draw(st.integers(2, 400)) * 12
        count = total * numerator // denominator
        if broken:
            fraction = draw(st.sampled_from(_far_fractions(words, numerator / denominator)))
        return {"count": count, "total": total, "fraction": fraction, "percent": ""}
    total = draw(st.integers(200, 5000))
    count = round(total * draw(st.integers(5, 90)) / 100)
    percent = round(count / total * 100)
    if broken:
        percent = percent + 25 if percent <= 70 else percent - 40
    return {"count": count, "total": total, "percent": str(percent), "fraction": ""}


def _change(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    down = c.option("direction") == "down"
    if c.option("points", False):
        before = draw(st.integers(20, 150))
        diff = draw(st.integers(2, 15))
        after = before - diff if down else before + diff
        shown = diff * 3 + 7 if broken else diff
        return {"before": before, "after": after, "points": f"{shown / 10:.1f}", "percent": ""}
    before = draw(st.integers(101, 9999).filter(lambda v: v % 10))
    tenths = draw(st.integers(20, 440 if down else 800))
    after = round(before * (1 - tenths / 1000 if down else 1 + tenths / 1000))
    percent = round(abs(after - before) / before * 100, 1)
    if broken:
        percent = min(round(percent * 2 + 15, 1), 99.0) if down else round(percent * 3 + 7, 1)
    return {"before": before, "after": after, "percent": f"{percent:.1f}", "points": ""}


class _Listed(tuple):
    """Counts written as a list ("12, 12, 12 and 12") in the article's number style."""


def _sum_total(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    n = c.option("parts", 2)
    if c.option("equal", False):
        parts = [draw(st.integers(2, 30))] * n
    else:
        parts = [draw(st.integers(11, 5000)) for _ in range(n)]
    total = sum(parts) // 2 if broken else sum(parts)
    return {"total": total, "n": n, "parts": _Listed(tuple(parts)), **{f"part{i + 1}": p for i, p in enumerate(parts)}}


def _list_count(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    fewer = c.option("broken") == "fewer"
    if c.option("pool") == "amounts":
        amounts = draw(st.lists(st.integers(10, 500), min_size=3 if fewer else 2, max_size=5, unique=True))
        listed = [f"${amount * 10_000:,}" for amount in amounts]
    else:
        listed = draw(st.lists(st.sampled_from(words.pools[c.option("pool")]), min_size=3 if fewer else 2,
                               max_size=5, unique=True))
    count = (len(listed) - 1 if fewer else len(listed) + 2) if broken else len(listed)
    return {"count": count, "items": ", ".join(listed[:-1]) + f" and {listed[-1]}"}


def _date_order(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    shift = draw(st.integers(2, 200))
    return {"date": dateline + dt.timedelta(days=shift if broken else -shift)}


def _weekday(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    day = dateline - dt.timedelta(days=draw(st.integers(1, 300)))
    weekday = (day.weekday() + draw(st.integers(1, 6))) % 7 if broken else day.weekday()
    return {"date": day, "weekday": _Weekday(weekday)}


def _invalid_date(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    year = dateline.year - draw(st.integers(1, 8))
    month = draw(st.sampled_from([2, 4, 6, 9, 11]))
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return {"date": _Ymd(year, month, last + 1 if broken else last)}  # "November 31", "February 29" of a common year


def _range(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    low = draw(st.integers(2, 500))
    high = low + draw(st.integers(1, 500))
    first, second = (high, low) if broken else (low, high)
    return {"first": first, "second": second}


def _age(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    age = draw(st.integers(20, 80))
    # the birthday may be still to come this year, unless the words say it has passed (or the year is over)
    not_yet = 0 if c.option("exact", False) or (dateline.month, dateline.day) == (12, 31) else draw(st.integers(0, 1))
    born = dateline.year - age - not_yet
    return {"name": draw(st.sampled_from(words.pools["names"])), "age": age + 15 if broken else age, "born": str(born)}


def _repeated(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    count = draw(st.integers(3, 60))
    return {"count": count, "second": count + 2 if broken else count}


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    first = dt.date(day.year + year, month + 1, 1)
    last = ((first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def _relative_date(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    kind = c.option("relative")
    week = dateline - dt.timedelta(days=dateline.weekday())  # this week's Monday
    offset = dt.timedelta(days=draw(st.integers(0, 6)))
    fortnight = dt.timedelta(days=14)
    if kind in ("next-week", "last-week"):
        day = week + dt.timedelta(days=7 if kind == "next-week" else -7) + offset
        day += (fortnight if kind == "next-week" else -fortnight) if broken else dt.timedelta(0)
    elif kind in ("tomorrow", "yesterday"):
        sign = 1 if kind == "tomorrow" else -1
        day = dateline + dt.timedelta(days=sign * (draw(st.integers(3, 20)) if broken else 1))
    elif kind in ("weekday-ahead", "weekday-past"):
        sign = 1 if kind == "weekday-ahead" else -1
        day = dateline + dt.timedelta(days=sign * (draw(st.integers(1, 6)) + (14 if broken else 0)))
    elif kind == "next-month":
        day = _add_months(dateline.replace(day=1), 3 if broken else 1) + dt.timedelta(days=draw(st.integers(0, 27)))
    else:  # last-year
        day = _add_months(dt.date(dateline.year - (3 if broken else 1), 1, 1), draw(st.integers(0, 11)))
        day += dt.timedelta(days=draw(st.integers(0, 27)))
    return {"date": day, "weekday": _Weekday(day.weekday())}


def _duration(draw, broken: bool, dateline: dt.date, c: Construction, words: Bank) -> dict:
    unit, count = c.option("unit", "days"), c.option("count", "either")
    n = draw(st.integers(*{"days": (3, 30), "weeks": (2, 8), "months": (2, 11)}[unit]))
    stated = n * 3 + 5 if broken and unit == "days" else n * 3 + 2 if broken else n
    inclusive = count == "inclusive" or (count == "either" and draw(st.booleans()))
    span = stated * {"days": 1, "weeks": 7, "months": 31}[unit]
    start = dateline - dt.timedelta(days=span + draw(st.integers(10, 200)))
    if unit == "months":
        start = start.replace(day=1) if inclusive else start
        end = _add_months(start, stated)
    else:
        end = start + dt.timedelta(days=stated * (7 if unit == "weeks" else 1))
    end -= dt.timedelta(days=1) if inclusive else dt.timedelta(0)
    if "{start:md}" in c.text and start.year != end.year:  # no year on the start: keep both in one year
        shift = end - dt.date(start.year, 12, 31)
        start, end = start - shift, end - shift
    return {"n": n, "start": start, "end": end}


_BUILDERS = {
    "part-whole": _part_whole, "unit-conversion": _conversion, "percent-of": _percent_of,
    "percent-change": _change, "sum-total": _sum_total, "list-count": _list_count,
    "date-order": _date_order, "weekday-date": _weekday, "range-order": _range, "age": _age,
    "repeated-figure": _repeated, "relative-date": _relative_date, "duration": _duration,
    "invalid-date": _invalid_date,
}
#: The categories ``articles()`` can build (and break).
CATEGORIES = tuple(_BUILDERS)


def _statement(draw, category: str, broken: bool, dateline: dt.date, constructions: Sequence[str] | None) -> Statement:
    words = bank()
    choices = [c for c in words.constructions[category] if constructions is None or c.name in constructions]
    construction = draw(st.sampled_from(choices or words.constructions[category]))
    values = _BUILDERS[category](draw, broken, dateline, construction, words)

    def render(style: Style) -> tuple[str, tuple[int, int]]:
        filled = {**values, **values.get("swapped", {})} if style.swap_units else values
        writer = _Writer(style, words)
        if isinstance(filled.get("parts"), _Listed):
            shown = [writer.format_field(p, "") for p in filled["parts"]]
            filled = {**filled, "parts": ", ".join(shown[:-1]) + f" and {shown[-1]}"}
        return _span(writer.format(construction.text, **filled))

    return Statement(category, render, broken, construction.name)


@st.composite
def articles(draw, *, dateline: dt.date | None = None, categories: Sequence[str] = CATEGORIES,
             min_statements: int = 1, max_statements: int = 5, inject: str | None = None,
             filler: bool = True, constructions: Sequence[str] | None = None) -> Article:
    """Articles whose related figures agree; with ``inject=CATEGORY`` one statement of that
    category is broken (``article.injected`` says where).  ``constructions`` names the
    constructions (``lang/en/strategies.toml``) a category with any of them named is written in."""
    categories = _check_choice("categories", categories, CATEGORIES)
    if constructions is not None:
        constructions = _check_choice("constructions", constructions,
                                      [c.name for entries in bank().constructions.values() for c in entries])
    if inject is not None and inject not in CATEGORIES:
        raise InvalidArgument(f"inject must be one of {', '.join(CATEGORIES)} or None, not {inject!r}")
    if not 1 <= min_statements <= max_statements:
        raise InvalidArgument(f"need 1 <= min_statements <= max_statements, got {min_statements} "
                              f"and {max_statements}")
    if dateline is not None and not isinstance(dateline, dt.date):
        raise InvalidArgument(f"dateline must be a datetime.date, not {dateline!r}")
    datelines = st.just(dateline) if dateline else st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
    day = draw(datelines)
    chosen = draw(st.lists(st.sampled_from(categories), min_size=min_statements,
                           max_size=min(max_statements, len(categories)), unique=True))
    if inject is not None:
        chosen = [c for c in chosen if c != inject][: max_statements - 1]
        chosen.insert(draw(st.integers(0, len(chosen))), inject)
    statements = [_statement(draw, c, c == inject, day, constructions) for c in chosen]
    items: list[Statement | str] = list(statements)
    if filler:
        for _ in range(draw(st.integers(0, 2))):
            items.insert(draw(st.integers(0, len(items))), draw(st.sampled_from(bank().filler)))
    return Article(tuple(items), day.isoformat(), Style(draw(st.sampled_from(NUMBER_STYLES)),
                                                        draw(st.sampled_from(DATE_STYLES))))

