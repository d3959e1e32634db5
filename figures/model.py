"""The values every stage passes on: figures (and, later, relations and diagnostics)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

#: The kinds of figure, as named in the JSON contract.
KINDS = (
    "count", "quantity", "percent", "money", "ratio", "date", "date_range",
    "duration", "ordinal", "age", "year",
)
DATE_KINDS = frozenset({"date", "date_range", "year"})


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in a text: its exact span, kind and value interval.

    ``low``/``high`` are the hard bounds the words commit to (``None`` when
    unbounded); ``soft_low``/``soft_high`` are the bounds of the usual reading
    ("over 10 million" is hard-bounded below only, softly below about 11
    million).  Bounds are closed: a rule that compares them is conservative.
    Dates carry ``date_start``/``date_end`` (inclusive); ``value`` is the best
    single value, or ``None`` for dates and unbounded figures.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    soft_low: float | None = None
    soft_high: float | None = None
    #: How a date was anchored: "explicit", "dateline" (it is the dateline),
    #: "relative" (to the dateline), "inferred-year", "context" (relative
    #: to the date mentioned before it) or "unresolvable" (its arithmetic
    #: leaves the calendar: "65 million years ago"), "invalid" (a date the
    #: calendar lacks: "February 30"; no date_start/date_end, see written_date)
    #: or "ambiguous" (a numeric date read both ways, "03/04/2021": date_start
    #: and date_end are its two readings, the only days it can be).
    resolution: str | None = None
    #: A range written larger end first ("between 50 and 40", "April 7-6").
    reversed: bool = False
    #: The weekday named with a date ("Tuesday, March 29"): 0 = Monday.
    weekday: int | None = None
    #: An impossible date (resolution "invalid": "November 31, 2014") as written, ISO style:
    #: "2014-11-31", or "--02-30" when no year is written.
    written_date: str | None = None
    #: What a count counts: the lemma of its head noun, modifiers left out ("12 rural branches"
    #: -> "branch", "400 steel workers" -> "worker", "dozens of flights" -> "flight"); None when the
    #: number stands alone ("scored 3"), for every other kind, and when not asked for (it is read
    #: from the parse: ``figures.extract(text, nouns=True)``, ``figures extract --nouns``).
    noun: str | None = None

    def to_dict(self) -> dict:
        """The JSON-contract view: snake_case keys, ISO dates."""
        row = dataclasses.asdict(self)
        for key in ("date_start", "date_end"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
        return row

    def replace(self, **changes) -> Figure:
        return dataclasses.replace(self, **changes)


FIELDS = tuple(field.name for field in dataclasses.fields(Figure))


LEVELS = ("warning", "error")  # in increasing severity
CATEGORIES = (
    "part-whole", "sum-total", "date-order", "weekday-date", "relative-date", "duration",
    "range-order", "unit-conversion", "percent-of", "percent-change", "list-count", "age",
    "repeated-figure", "invalid-date",
)


@dataclass(frozen=True, slots=True)
class Related:
    """Another figure a diagnostic involves, and its role ("whole", "part", "date", ...)."""

    start: int
    end: int
    text: str
    role: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: where, which rule, how sure, and the arithmetic behind it."""

    code: str
    name: str
    category: str
    level: str
    message: str
    start: int
    end: int
    related: tuple[Related, ...] = ()
    suggestion: str | None = None

    def to_dict(self) -> dict:
        row = dataclasses.asdict(self)
        row["related"] = [dataclasses.asdict(r) for r in self.related]
        return row
