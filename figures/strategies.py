"""Hypothesis strategies for text with known figures (install ``figures[hypothesis]``).

    from figures.strategies import articles, numbers, quantities, written_dates

    @given(articles(dateline=date(2022, 3, 29)))
    def test_generator_output_is_consistent(article):
        assert_consistent(article.text, date=article.date)

``articles()`` builds paragraphs whose figures are related (a part and its
whole, a conversion, a percentage of a total, a change, a sum, a list and its
count, dates against the dateline, a weekday with its date, a range, an age
and a birth year, one set counted twice, a relative and an absolute date of
one meeting, a duration and its dates) and consistent by construction;
``articles(inject="part-whole")`` breaks one of them and records where
(``article.injected``).  Articles can be re-rendered with other number and
date styles, another paragraph order and unrelated text, without changing
what they say (``article.rendered(...)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError:  # pragma: no cover - exercised by a subprocess test
    raise ImportError(
        "figures.strategies needs hypothesis: pip install 'figures[hypothesis]'"
    ) from None

from figures.extraction.lexicon import TENS_WORDS, UNITS_WORDS, WEEKDAY_NAMES

__all__ = [
    "CATEGORIES", "Article", "Site", "Statement", "Style", "Written", "articles", "numbers", "quantities",
    "written_dates",
]

NUMBER_STYLES = ("digits", "words")
DATE_STYLES = ("us", "day-month", "iso")
_WORDS = {value: word for word, value in {**UNITS_WORDS, **TENS_WORDS}.items()}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


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
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if style == "iso":
        return day.isoformat()
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _check_choice(name: str, chosen: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    if isinstance(chosen, str):
        raise InvalidArgument(f"{name} must be a sequence of names, not the string {chosen!r}")
    chosen = tuple(chosen)
    unknown = [c for c in chosen if c not in allowed]
    if unknown or not chosen:
        raise InvalidArgument(f"{name} must be a non-empty selection from {', '.join(allowed)}; "
                              f"got {list(chosen)!r}")
    return chosen


def numbers(*, min_value: int = 1, max_value: int = 10**9,
            styles: Sequence[str] = ("digits", "words", "scaled", "wire")) -> st.SearchStrategy[Written]:
    """Counts as news writes them: "1,234", "twenty-one", "4.5 million", wire style "4.5 mln"."""
    styles = _check_choice("styles", styles, ("digits", "words", "scaled", "wire"))
    if not 0 < min_value <= max_value:
        raise InvalidArgument(f"need 0 < min_value <= max_value, got {min_value} and {max_value}")

    @st.composite
    def draw_number(draw) -> Written:
        style = draw(st.sampled_from(styles))
        if style in ("scaled", "wire") and max_value >= 1_000_000:
            tenths = draw(st.integers(max(10, min_value // 100_000), max(10, min(max_value // 100_000, 9_999))))
            word = "million" if style == "scaled" else "mln"
            shown = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"
            return Written(f"{shown} {word}", tenths * 100_000.0)
        value = draw(st.integers(min_value, max_value if style != "words" else min(max_value, 99)))
        return Written(spell(value, style), float(value))

    return draw_number()


_QUANTITY_UNITS = {
    "length": (("km", "kilometer"), ("miles", "mile"), ("metres", "meter")),
    "mass": (("kg", "kilogram"), ("tonnes", "metric_ton"), ("pounds", "pound")),
    "area": (("hectares", "hectare"), ("square miles", "mile ** 2"), ("acres", "acre")),
    "speed": (("km/h", "kilometer / hour"), ("mph", "mile / hour"), ("knots", "knot")),
    "temperature": (("C", "degree_Celsius"), ("F", "degree_Fahrenheit")),
    "volume": (("litres", "liter"), ("gallons", "gallon"), ("barrels", "oil_barrel")),
}


def quantities(*, kinds: Sequence[str] = tuple(_QUANTITY_UNITS)) -> st.SearchStrategy[Written]:
    """Quantities with units: "150 km", "38C", "5 square miles"; ``unit`` is the pint unit."""
    kinds = _check_choice("kinds", kinds, tuple(_QUANTITY_UNITS))

    @st.composite
    def draw_quantity(draw) -> Written:
        written, unit = draw(st.sampled_from([u for kind in kinds for u in _QUANTITY_UNITS[kind]]))
        value = draw(st.integers(-30, 120) if unit.startswith("degree") else st.integers(1, 50_000))
        glue = "" if written in ("C", "F") else " "
        return Written(f"{value:,}{glue}{written}", float(value), unit)

    return draw_quantity()


_DATE_FORMS = ("us", "day-month", "iso", "weekday", "relative", "range", "month-year")


def written_dates(*, dateline: dt.date, forms: Sequence[str] = _DATE_FORMS,
                  max_days: int = 400) -> st.SearchStrategy[Written]:
    """Dates in every form figures reads, relative to ``dateline``, with the interval they mean."""
    forms = _check_choice("forms", forms, _DATE_FORMS)
    if not isinstance(dateline, dt.date):
        raise InvalidArgument(f"dateline must be a datetime.date, not {dateline!r}")

    @st.composite
    def draw_date(draw) -> Written:
        form = draw(st.sampled_from(forms))
        day = dateline + dt.timedelta(days=draw(st.integers(-max_days, max_days)))
        if form in DATE_STYLES:
            return Written(write_date(day, form), date_start=day, date_end=day)
        if form == "weekday":
            return Written(f"{WEEKDAY_NAMES[day.weekday()]}, {write_date(day)}", date_start=day, date_end=day)
        if form == "month-year":
            last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return Written(f"{_MONTHS[day.month - 1]} {day.year}", date_start=day.replace(day=1), date_end=last)
        if form == "range":
            end = day + dt.timedelta(days=draw(st.integers(1, 3)))
            if end.month != day.month:
                return Written(write_date(day), date_start=day, date_end=day)
            return Written(f"{_MONTHS[day.month - 1]} {day.day}-{end.day}, {day.year}", date_start=day,
                           date_end=end)
        words, shift = draw(st.sampled_from([("yesterday", -1), ("today", 0), ("tomorrow", 1)]))
        moved = dateline + dt.timedelta(days=shift)
        return Written(words, date_start=moved, date_end=moved)

    return draw_date()


# -- statements with known relations ----------------------------------------------

@dataclass(frozen=True)
class Site:
    """Where a statement's checkable figure is: the words a rule should point at when broken."""

    category: str
    start: int
    end: int
    text: str


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
                sites.append(Site(item.category, offset + start, offset + end, paragraph[start:end]))
            paragraphs.append(paragraph)
            offset += len(paragraph) + 2
        return "\n\n".join(paragraphs), tuple(sites)


def _span(marked: str) -> tuple[str, tuple[int, int]]:
    """A sentence written with the site between [[ and ]]: the text and the site's span."""
    start = marked.index("[[")
    end = marked.index("]]") - 2
    return marked.replace("[[", "").replace("]]", ""), (start, end)


_SUBJECTS = ("The ministry", "The agency", "Officials", "The company", "The report", "Police")
_NOUNS = ("people", "workers", "families", "students", "patients", "homes", "firms")
_ORGS = ("The two companies", "The group", "Its factories", "The two plants")
_COUNTRIES = ("France", "Germany", "Italy", "Spain", "Poland", "Austria", "Greece", "Ireland")
_NAMES = ("John Smith", "Maria Lopez", "Ahmed Ali", "Anna Novak", "Li Wei", "Peter Brown")
_FILLER = ("The minister declined to comment.", "Critics called the decision premature.",
           "Officials said talks would continue.", "The opposition did not respond to requests for comment.",
           "Analysts said the outlook remained uncertain.")


def _part_whole(draw, broken: bool, dateline: dt.date) -> Statement:
    whole = draw(st.integers(20, 100_000))
    part = whole * 3 + 7 if broken else draw(st.integers(2, whole // 2))
    subject, noun = draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_NOUNS))
    return Statement("part-whole", lambda s: _span(
        f"{subject} said {spell(whole, s.numbers)} {noun} were affected, including [[{spell(part, s.numbers)}]] children."), broken)


_CONVERSIONS = ((("km", "kilometer"), ("miles", "mile"), 0.621371),
                (("kg", "kilogram"), ("pounds", "pound"), 2.20462))


def _conversion(draw, broken: bool, dateline: dt.date) -> Statement:
    (unit, _), (other, _), factor = draw(st.sampled_from(_CONVERSIONS))
    value = draw(st.integers(5, 2000))
    converted = round(value * factor)
    shown = converted * 2 + 13 if broken else converted
    what = "lies" if unit == "km" else "weighs"

    def render(s: Style) -> tuple[str, tuple[int, int]]:
        if s.swap_units:
            return _span(f"The site {what} {shown:,} {other} ([[{value:,} {unit}]]), officials said.")
        return _span(f"The site {what} {value:,} {unit} ([[{shown:,} {other}]]), officials said.")

    return Statement("unit-conversion", render, broken)


def _percent_of(draw, broken: bool, dateline: dt.date) -> Statement:
    total = draw(st.integers(200, 5000))
    share = draw(st.integers(5, 90))
    count = round(total * share / 100)
    percent = round(count / total * 100)
    if broken:
        percent = percent + 25 if percent <= 70 else percent - 40
    noun = draw(st.sampled_from(_NOUNS))
    return Statement("percent-of", lambda s: _span(
        f"Some {count:,} {noun}, or [[{percent}%]] of the {total:,} {noun} surveyed, agreed."), broken)


def _change(draw, broken: bool, dateline: dt.date) -> Statement:
    before = draw(st.integers(101, 9999).filter(lambda v: v % 10))
    tenths = draw(st.integers(20, 800))
    after = round(before * (1 + tenths / 1000))
    percent = round((after - before) / before * 100, 1)
    if broken:
        percent = round(percent * 3 + 7, 1)
    metric = draw(st.sampled_from(("Sales", "Output", "Exports", "Revenue")))
    return Statement("percent-change", lambda s: _span(
        f"{metric} rose [[{percent}%]] to {after:,} from {before:,}."), broken)


def _sum_total(draw, broken: bool, dateline: dt.date) -> Statement:
    first, second = draw(st.integers(11, 5000)), draw(st.integers(11, 5000))
    total = (first + second) // 2 if broken else first + second
    org = draw(st.sampled_from(_ORGS))
    return Statement("sum-total", lambda s: _span(
        f"{org} sold {spell(first, s.numbers)} cars and {spell(second, s.numbers)} trucks, a total of "
        f"[[{spell(total, s.numbers)}]] vehicles."), broken)


def _list_count(draw, broken: bool, dateline: dt.date) -> Statement:
    listed = draw(st.lists(st.sampled_from(_COUNTRIES), min_size=2, max_size=5, unique=True))
    count = len(listed) + 2 if broken else len(listed)
    items = ", ".join(listed[:-1]) + f" and {listed[-1]}"
    return Statement("list-count", lambda s: _span(
        f"The pact was signed by [[{spell(count, 'words')}]] countries: {items}."), broken)


def _date_order(draw, broken: bool, dateline: dt.date) -> Statement:
    shift = draw(st.integers(2, 200))
    day = dateline + dt.timedelta(days=shift if broken else -shift)
    return Statement("date-order", lambda s: _span(
        f"The agreement was signed on [[{write_date(day, s.dates)}]], the ministry said."), broken)


def _weekday(draw, broken: bool, dateline: dt.date) -> Statement:
    day = dateline - dt.timedelta(days=draw(st.integers(1, 300)))
    weekday = (day.weekday() + draw(st.integers(1, 6))) % 7 if broken else day.weekday()
    return Statement("weekday-date", lambda s: _span(
        f"Talks resumed on [[{WEEKDAY_NAMES[weekday]}, {write_date(day, 'us' if s.dates == 'iso' else s.dates)}]] "
        f"in Vienna."), broken)


def _invalid_date(draw, broken: bool, dateline: dt.date) -> Statement:
    year = dateline.year - draw(st.integers(1, 8))
    month = draw(st.sampled_from([2, 4, 6, 9, 11]))
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    day = last + 1 if broken else last  # "November 31", "February 29" of a common year

    def write(style: str) -> str:
        if style == "iso":
            return f"{year:04d}-{month:02d}-{day:02d}"
        if style == "day-month":
            return f"{day} {_MONTHS[month - 1]} {year}"
        return f"{_MONTHS[month - 1]} {day}, {year}"

    return Statement("invalid-date", lambda s: _span(
        f"The old register was closed on [[{write(s.dates)}]], the clerk said."), broken)


def _range(draw, broken: bool, dateline: dt.date) -> Statement:
    low = draw(st.integers(2, 500))
    high = low + draw(st.integers(1, 500))
    first, second = (high, low) if broken else (low, high)
    return Statement("range-order", lambda s: _span(
        f"[[Between {spell(first, s.numbers)} and {spell(second, s.numbers)}]] people were injured, police said."), broken)


def _age(draw, broken: bool, dateline: dt.date) -> Statement:
    age = draw(st.integers(20, 80))
    born = dateline.year - age
    shown = age + 15 if broken else age
    name = draw(st.sampled_from(_NAMES))
    return Statement("age", lambda s: _span(
        f"{name}, [[{shown}]], who was born in {born}, said the plan would work."), broken)


def _repeated(draw, broken: bool, dateline: dt.date) -> Statement:
    count = draw(st.integers(3, 60))
    second = count + 2 if broken else count
    return Statement("repeated-figure", lambda s: _span(
        f"The {spell(count, s.numbers)} member states met in Brussels. Diplomats said the "
        f"[[{spell(second, s.numbers)}]] member states backed the plan."), broken)


def _relative_date(draw, broken: bool, dateline: dt.date) -> Statement:
    monday = dateline + dt.timedelta(days=7 - dateline.weekday())
    day = monday + dt.timedelta(days=draw(st.integers(0, 6)) + (14 if broken else 0))
    return Statement("relative-date", lambda s: _span(
        f"Ministers will attend a meeting set to take place [[next week]]. The meeting will take place "
        f"on {write_date(day, s.dates)}."), broken)


def _duration(draw, broken: bool, dateline: dt.date) -> Statement:
    days = draw(st.integers(3, 30))
    start = dateline - dt.timedelta(days=4 * days + draw(st.integers(10, 200)))
    end = start + dt.timedelta(days=3 * days + 5 if broken else days)
    return Statement("duration", lambda s: _span(
        f"The [[{spell(days, s.numbers)}-day]] strike, which began on {write_date(start, s.dates)}, ended on "
        f"{write_date(end, s.dates)}."), broken)


_BUILDERS = {
    "part-whole": _part_whole, "unit-conversion": _conversion, "percent-of": _percent_of,
    "percent-change": _change, "sum-total": _sum_total, "list-count": _list_count,
    "date-order": _date_order, "weekday-date": _weekday, "range-order": _range, "age": _age,
    "repeated-figure": _repeated, "relative-date": _relative_date, "duration": _duration,
    "invalid-date": _invalid_date,
}
#: The categories ``articles()`` can build (and break).
CATEGORIES = tuple(_BUILDERS)


def articles(*, dateline: dt.date | None = None, categories: Sequence[str] = CATEGORIES,
             min_statements: int = 1, max_statements: int = 5, inject: str | None = None,
             filler: bool = True) -> st.SearchStrategy[Article]:
    """Articles whose related figures agree; with ``inject=CATEGORY`` one statement of that
    category is broken (``article.injected`` says where)."""
    categories = _check_choice("categories", categories, CATEGORIES)
    if inject is not None and inject not in CATEGORIES:
        raise InvalidArgument(f"inject must be one of {', '.join(CATEGORIES)} or None, not {inject!r}")
    if not 1 <= min_statements <= max_statements:
        raise InvalidArgument(f"need 1 <= min_statements <= max_statements, got {min_statements} "
                              f"and {max_statements}")
    if dateline is not None and not isinstance(dateline, dt.date):
        raise InvalidArgument(f"dateline must be a datetime.date, not {dateline!r}")
    datelines = st.just(dateline) if dateline else st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))

    @st.composite
    def draw_article(draw) -> Article:
        day = draw(datelines)
        chosen = draw(st.lists(st.sampled_from(categories), min_size=min_statements,
                               max_size=min(max_statements, len(categories)), unique=True))
        if inject is not None:
            chosen = [c for c in chosen if c != inject][: max_statements - 1]
            chosen.insert(draw(st.integers(0, len(chosen))), inject)
        statements = [_BUILDERS[c](draw, c == inject, day) for c in chosen]
        items: list[Statement | str] = list(statements)
        if filler:
            for _ in range(draw(st.integers(0, 2))):
                items.insert(draw(st.integers(0, len(items))), draw(st.sampled_from(_FILLER)))
        return Article(tuple(items), day.isoformat(), Style(draw(st.sampled_from(NUMBER_STYLES)),
                                                            draw(st.sampled_from(DATE_STYLES))))

    return draw_article()
