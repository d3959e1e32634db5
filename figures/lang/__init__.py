"""The English the engines read, as data: ``figures/lang/en/*.toml``, validated when first loaded."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, fields
from importlib import resources


class LanguageDataError(ValueError):
    """A language file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class TenseWords:
    """How a verb says when its event happens (``lang/en/tense.toml``)."""

    time_prepositions: frozenset[str]
    light_objects: frozenset[str]
    light_verbs: frozenset[str]
    future_modals: frozenset[str]
    looking_ahead: frozenset[str]
    placing: frozenset[str]
    planned_nouns: frozenset[str]
    dated_states: frozenset[str]
    ahead_with_complement: frozenset[str]
    aspectual: frozenset[str]
    gerund_times: frozenset[str]
    path_prepositions: frozenset[str]
    eventive_endings: frozenset[str]
    examples: tuple[dict, ...]


def read(name: str, language: str = "en") -> dict:
    """The parsed TOML of ``lang/<language>/<name>.toml``."""
    path = resources.files("figures.lang").joinpath(language, f"{name}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as problem:
        raise LanguageDataError(f"{path}: {problem}") from None


@functools.cache
def tense_words(language: str = "en") -> TenseWords:
    data = read("tense", language)
    lists = ("time_prepositions", "light_objects", "light_verbs", "future_modals", "looking_ahead", "placing",
             "planned_nouns", "dated_states", "ahead_with_complement", "aspectual", "gerund_times", "path_prepositions",
             "eventive_endings")
    unknown = set(data) - set(lists) - {"examples", "clause_words"}
    if unknown:
        raise LanguageDataError(f"lang/{language}/tense.toml: unknown key {', '.join(sorted(unknown))}")
    for key in lists:
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise LanguageDataError(f"lang/{language}/tense.toml: {key} must be a list of lower-case words")
    return TenseWords(*(frozenset(data[key]) for key in lists), tuple(data.get("examples", ())))


@dataclass(frozen=True)
class ChangeWords:
    """How a change of a figure is said (``lang/en/change.toml``): words of change with the direction
    they give (+1 up, -1 down, 0 either way), factor verbs, and the words that introduce its arguments."""

    verbs: dict[str, int]
    nouns: dict[str, int]
    adverbs: dict[str, int]
    factors: dict[str, float]
    after: frozenset[str]
    before: frozenset[str]
    amount: frozenset[str]
    of: frozenset[str]
    level: frozenset[str]
    comparing: frozenset[str]
    listing: frozenset[str]
    quotes: frozenset[str]
    copulas: frozenset[str]
    points: frozenset[str]
    changed: frozenset[str]
    examples: tuple[dict, ...]


_DIRECTIONS = {"up": 1, "down": -1, "either": 0}
_CHANGE_EXAMPLE_KEYS = {"text", "before", "after", "amount", "factor", "direction", "certain", "change"}


@functools.cache
def change_words(language: str = "en") -> ChangeWords:
    name = f"lang/{language}/change.toml"
    data = read("change", language)
    tables, lists = ("verbs", "nouns", "adverbs"), ("comparing", "listing", "quotes", "copulas", "points")
    unknown = set(data) - set(tables) - set(lists) - {"factors", "prepositions", "examples"}
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    directed = {table: _directed(name, table, data.get(table)) for table in tables}
    factors = data.get("factors")
    if not isinstance(factors, dict) or not factors or not all(
            _word(w) and isinstance(f, int | float) and f > 0 and f != 1 for w, f in factors.items()):
        raise LanguageDataError(f"{name}: factors must map lower-case verbs to positive factors other than 1")
    prepositions = data.get("prepositions")
    roles = ("after", "before", "amount", "of", "level", "changed")
    if not isinstance(prepositions, dict) or set(prepositions) != set(roles):
        raise LanguageDataError(f"{name}: prepositions must give exactly {', '.join(roles)}")
    words = {key: _words(name, key, value) for key, value in [*prepositions.items(), *((k, data.get(k)) for k in lists)]}
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        if not isinstance(example, dict) or set(example) - _CHANGE_EXAMPLE_KEYS or not isinstance(example.get("text"), str):
            raise LanguageDataError(f"{name}: example {number} must have a text and only {sorted(_CHANGE_EXAMPLE_KEYS)}")
        if example.get("change", True) is not False and not {"before", "after", "direction"} <= set(example):
            raise LanguageDataError(f"{name}: example {number} needs before, after and direction, or change = false")
        if example.get("direction", "up") not in _DIRECTIONS:
            raise LanguageDataError(f"{name}: example {number}: direction is one of {', '.join(_DIRECTIONS)}")
    return ChangeWords(**directed, factors={w: float(f) for w, f in factors.items()},
                       **{key: frozenset(value) for key, value in words.items()}, examples=examples)


def _word(word: object) -> bool:
    return isinstance(word, str) and bool(word) and word == word.lower()


def _words(name: str, key: str, words: object) -> list[str]:
    if not isinstance(words, list) or not words or not all(_word(w) for w in words):
        raise LanguageDataError(f"{name}: {key} must be a list of lower-case words")
    if len(set(words)) != len(words):
        raise LanguageDataError(f"{name}: {key} lists a word twice")
    return words


def _directed(name: str, table: str, data: object) -> dict[str, int]:
    """{"up": [...], "down": [...], "either": [...]} as word -> direction; a word says one direction."""
    if not isinstance(data, dict) or not data or set(data) - set(_DIRECTIONS):
        raise LanguageDataError(f"{name}: [{table}] must have lists up, down (and either)")
    return {word: _DIRECTIONS[direction] for word, direction in _grouped(name, table, data).items()}


@dataclass(frozen=True)
class CalendarWords:
    """How dates are written (``lang/en/calendar.toml``): weekdays, date position, messages."""

    #: (full name, abbreviations), Monday first.
    weekdays: tuple[tuple[str, tuple[str, ...]], ...]
    #: (full name, abbreviations), January first.
    months: tuple[tuple[str, tuple[str, ...]], ...]
    word_months: frozenset[str]
    name_determiners: frozenset[str]
    before_month_day: frozenset[str]
    before_day_month: frozenset[str]
    messages: dict[str, str]
    examples: tuple[dict, ...]


_CALENDAR_MESSAGES = {"month_length", "month_length_fix", "february", "february_fix", "leap_year",
                      "leap_year_fix"}
_MESSAGE_FIELDS = {"text": "Feb 30", "month": "February", "day": 30, "days": 28, "year": 2023}


@functools.cache
def calendar_words(language: str = "en") -> CalendarWords:
    where = f"lang/{language}/calendar.toml"
    data = read("calendar", language)
    lists = ("name_determiners", "before_month_day", "before_day_month")
    unknown = set(data) - set(lists) - {"weekdays", "months", "word_months", "messages", "examples"}
    if unknown:
        raise LanguageDataError(f"{where}: unknown key {', '.join(sorted(unknown))}")
    for key in lists:
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise LanguageDataError(f"{where}: {key} must be a list of lower-case words")
    weekdays = data.get("weekdays")
    if not isinstance(weekdays, dict) or len(weekdays) != 7:
        raise LanguageDataError(f"{where}: weekdays must be a table of the seven weekdays, Monday first")
    for name, abbreviations in weekdays.items():
        if not isinstance(abbreviations, list) or not all(
                isinstance(a, str) and a[:1].isupper() and a.isalpha() and a.lower() != name.lower()
                and a[:2].lower() == name[:2].lower() for a in abbreviations):
            raise LanguageDataError(f"{where}: weekdays.{name} must list capitalised abbreviations of {name}")
    months = data.get("months")
    if not isinstance(months, dict) or len(months) != 12:
        raise LanguageDataError(f"{where}: months must be a table of the twelve months, January first")
    for name, abbreviations in months.items():
        if not isinstance(abbreviations, list) or not all(
                isinstance(a, str) and a.istitle() and a.isalpha() and name.startswith(a) and a != name
                for a in abbreviations):
            raise LanguageDataError(f"{where}: months.{name} must list abbreviations that begin {name}")
    word_months = data.get("word_months", [])
    if not isinstance(word_months, list) or not set(word_months) <= set(months):
        raise LanguageDataError(f"{where}: word_months must list month names of the months table")
    messages = data.get("messages")
    if not isinstance(messages, dict) or set(messages) != _CALENDAR_MESSAGES:
        raise LanguageDataError(f"{where}: messages must hold exactly {', '.join(sorted(_CALENDAR_MESSAGES))}")
    for key, message in messages.items():
        try:
            message.format(**_MESSAGE_FIELDS)
        except (AttributeError, KeyError, IndexError, ValueError) as problem:
            raise LanguageDataError(f"{where}: messages.{key}: bad placeholder ({problem})") from None
    examples = data.get("examples", [])
    for number, example in enumerate(examples, 1):
        if not isinstance(example.get("text"), str) or len({"weekday", "invalid"} & set(example)) != 1:
            raise LanguageDataError(f"{where}: example {number} needs a text and one of weekday, invalid")
    return CalendarWords(
        weekdays=tuple((name, tuple(abbreviations)) for name, abbreviations in weekdays.items()),
        months=tuple((name, tuple(abbreviations)) for name, abbreviations in months.items()),
        word_months=frozenset(word_months),
        name_determiners=frozenset(data["name_determiners"]),
        before_month_day=frozenset(data["before_month_day"]),
        before_day_month=frozenset(data["before_day_month"]),
        messages=dict(messages), examples=tuple(examples),
    )


@dataclass(frozen=True)
class RangeWords:
    """When two figures written larger first are not a range (``lang/en/ranges.toml``)."""

    between: frozenset[str]
    from_: frozenset[str]
    margin: frozenset[str]
    fluctuating: frozenset[str]
    scoring: frozenset[str]
    moving: frozenset[str]
    comparing: frozenset[str]
    score_nouns: frozenset[str]
    examples: tuple[dict, ...]


@functools.cache
def range_words(language: str = "en") -> RangeWords:
    name = f"lang/{language}/ranges.toml"
    data = read("ranges", language)
    lists = ("between", "from", "margin", "fluctuating", "scoring", "moving", "comparing", "score_nouns")
    unknown = set(data) - set(lists) - {"examples"}
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        if not isinstance(example.get("text"), str) or example.get("reading") not in ("error", "warning", "none"):
            raise LanguageDataError(f"{name}: example {number} needs a text and a reading: error, warning or none")
    return RangeWords(*(frozenset(_words(name, key, data.get(key))) for key in lists), examples)


@dataclass(frozen=True)
class CountingWords:
    """What a figure counts (``lang/en/counting.toml``): the markers of a rate and the words that join
    alternatives."""

    rate_periods: frozenset[str]
    rate_markers: frozenset[str]
    rate_adverbs: frozenset[str]
    rate_shifts: frozenset[str]
    joins: frozenset[str]
    fronted: frozenset[tuple[str, ...]]


@functools.cache
def counting_words(language: str = "en") -> CountingWords:
    name = f"lang/{language}/counting.toml"
    data = read("counting", language)
    rates, joins, parts = data.get("rates"), data.get("joins"), data.get("parts")
    if set(data) != {"rates", "joins", "parts"} or not isinstance(rates, dict) \
            or set(rates) != {"periods", "markers", "adverbs", "shifts"} or not isinstance(joins, dict) \
            or set(joins) != {"words"} \
            or not isinstance(parts, dict) or set(parts) != {"fronted"}:
        raise LanguageDataError(f"{name}: must hold exactly [rates] periods, markers, adverbs, shifts, [joins] words "
                                "and [parts] fronted")
    return CountingWords(frozenset(_words(name, "rates.periods", rates["periods"])),
                         frozenset(_words(name, "rates.markers", rates["markers"])),
                         frozenset(_words(name, "rates.adverbs", rates["adverbs"])),
                         frozenset(_words(name, "rates.shifts", rates["shifts"])),
                         frozenset(_words(name, "joins.words", joins["words"])),
                         frozenset(tuple(phrase.split()) for phrase in _words(name, "parts.fronted", parts["fronted"])))


@dataclass(frozen=True)
class TotalWords:
    """How a whole is split into parts (``lang/en/totals.toml``): split verbs (lemma, particle or
    None), nouns a whole may count that its parts do not name, and words that break a list."""

    splits: frozenset[tuple[str, str | None]]
    object_splits: frozenset[tuple[str, str | None]]
    sums: tuple[tuple[str, ...], ...]
    undecided: frozenset[str]
    remainder: frozenset[str]
    collective: frozenset[str]
    breaks: frozenset[str]
    examples: tuple[dict, ...]
    holds: frozenset[tuple[str, str | None]] = frozenset()  # verbs that list some parts of a whole ("has")
    choosing: frozenset[str] = frozenset()  # a share's choice, and the words of answering (shares.*)
    answering: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()
    no_view: frozenset[str] = frozenset()
    nothing: frozenset[str] = frozenset()
    winning: frozenset[str] = frozenset()
    surveys: frozenset[str] = frozenset()
    attributing: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # kinds of people a count of people may be split into


@functools.cache
def total_words(language: str = "en") -> TotalWords:
    name = f"lang/{language}/totals.toml"
    data = read("totals", language)
    tables = {"splits": {"subjects", "objects", "holds"}, "sums": {"after"},
              "shares": {"undecided", "choosing", "answering", "answers", "no_view", "nothing", "winning", "surveys",
                         "attributing"},
              "remainder": {"words"}, "collective": {"nouns", "kinds"}, "breaks": {"words"}}
    if set(data) - {"examples"} != set(tables) or not all(
            isinstance(data[table], dict) and set(data[table]) == keys for table, keys in tables.items()):
        raise LanguageDataError(f"{name}: must hold exactly " + ", ".join(
            f"[{table}] " + " and ".join(sorted(keys)) for table, keys in tables.items()))
    verbs = {key: _words(name, f"splits.{key}", data["splits"][key]) for key in ("subjects", "objects", "holds")}
    if not all(1 <= len(verb.split()) <= 2 for verb in verbs["subjects"] + verbs["objects"] + verbs["holds"]):
        raise LanguageDataError(f"{name}: splits lists a lemma and at most one particle a verb")
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        if not isinstance(example, dict) or set(example) != {"text", "total", "parts"} \
                or not isinstance(example["parts"], list) or example["total"] not in example["text"]:
            raise LanguageDataError(f"{name}: example {number} needs a text, a total in it and a list of parts")
    return TotalWords(*(frozenset(tuple((verb.split() + [None])[:2]) for verb in verbs[key]) for key in ("subjects", "objects")),
                      tuple(tuple(phrase.split()) for phrase in _words(name, "sums.after", data["sums"]["after"])),
                      frozenset(_words(name, "shares.undecided", data["shares"]["undecided"])),
                      frozenset(_words(name, "remainder.words", data["remainder"]["words"])),
                      frozenset(_words(name, "collective.nouns", data["collective"]["nouns"])),
                      frozenset(_words(name, "breaks.words", data["breaks"]["words"])), examples,
                      frozenset(tuple((verb.split() + [None])[:2]) for verb in verbs["holds"]),
                      *(frozenset(_words(name, f"shares.{key}", data["shares"][key]))
                        for key in ("choosing", "answering", "answers", "no_view", "nothing", "winning", "surveys",
                                    "attributing")),
                      frozenset(_words(name, "collective.kinds", data["collective"]["kinds"])))


@dataclass(frozen=True)
class EventWords:
    """Events, dates said of them twice, and their durations (``lang/en/events.toml``)."""

    event_nouns: frozenset[str]
    open_ended: frozenset[str]
    other_event: frozenset[str]
    after_event: frozenset[str]
    apposition_openers: frozenset[tuple[str, ...]]
    apposition_closers: frozenset[str]
    weekday_readings: dict[str, tuple[str, ...]]
    duration_units: dict[str, tuple[float, float, float]]  # least days, most days, slack in days
    opening: frozenset[str]
    closing: frozenset[str]
    since: frozenset[str]
    holding: frozenset[str]
    possessives: frozenset[str]
    starting: frozenset[str]
    examples: tuple[dict, ...]
    coreference: dict | None = None  # one event in two sentences (figures.relations.same_event reads it)


#: How a weekday may be read from the dateline (figures.checks.dates reads them).
WEEKDAY_READINGS = frozenset({"around", "latest", "coming", "last-week", "this-week", "next-week"})
_EVENT_KEYS = {"event_nouns", "open_ended", "other_event", "after_event", "apposition_openers",
               "apposition_closers", "weekday_readings", "duration_units", "span_words", "examples",
               "coreference", "state_words"}
_SPAN_KEYS = ("opening", "closing", "since", "holding", "possessives", "starting")
_EVENT_EXAMPLE_KEYS = {"relation", "text", "date", "first", "second", "linked"}


@functools.cache
def event_words(language: str = "en") -> EventWords:
    name = f"lang/{language}/events.toml"
    data = read("events", language)
    unknown = set(data) - _EVENT_KEYS
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")

    def spaced(key: str) -> frozenset[str]:
        words = data.get(key)
        if not isinstance(words, str) or not words.split() or words != words.lower():
            raise LanguageDataError(f"{name}: {key} must be a string of lower-case words")
        return frozenset(words.split())

    def strings(key: str, table: dict) -> list[str]:
        words = table.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise LanguageDataError(f"{name}: {key} must be a list of lower-case strings")
        return words

    windows = {}
    for word, readings in data.get("weekday_readings", {}).items():
        if not (isinstance(readings, list) and readings and set(readings) <= WEEKDAY_READINGS):
            raise LanguageDataError(f"{name}: weekday_readings.{word!r} must be a list of {', '.join(sorted(WEEKDAY_READINGS))}")
        windows[word] = tuple(readings)
    if "" not in windows:
        raise LanguageDataError(f"{name}: weekday_readings needs the readings of a weekday alone (\"\")")
    units = {}
    for unit, entry in data.get("duration_units", {}).items():
        days, slack = entry.get("days") if isinstance(entry, dict) else None, entry.get("slack", 0)
        if not (isinstance(days, list) and len(days) == 2 and 0 < days[0] <= days[1]) or \
                not isinstance(slack, (int, float)) or slack < 0 or set(entry) - {"days", "slack"}:
            raise LanguageDataError(f"{name}: duration_units.{unit} must be {{days = [least, most], slack = N}}")
        units[unit] = (float(days[0]), float(days[1]), float(slack))
    span = data.get("span_words", {})
    if not isinstance(span, dict) or set(span) - set(_SPAN_KEYS):
        raise LanguageDataError(f"{name}: span_words takes only {', '.join(_SPAN_KEYS)}")
    examples = tuple(data.get("examples", ()))
    for example in examples:
        if set(example) - _EVENT_EXAMPLE_KEYS or example.get("relation") not in ("apposed", "span") \
                or not all(isinstance(example.get(key), str) for key in ("text", "date", "first", "second")):
            raise LanguageDataError(f"{name}: an example needs relation, text, date, first, second (and linked)")
    return EventWords(
        spaced("event_nouns"), spaced("open_ended"), spaced("other_event"), spaced("after_event"),
        frozenset(tuple(opener.split()) for opener in strings("apposition_openers", data)),
        frozenset(strings("apposition_closers", data)), windows, units,
        *(frozenset(strings(key, span)) for key in _SPAN_KEYS), examples, _coreference(data.get("coreference", {}), name),
    )


_COREFERENCE_KEYS = {"pronouns", "other_time", "hedges", "phase_nouns", "together", "verb_classes", "noun_classes"}


def _coreference(table: dict, name: str) -> dict:
    """The ``[coreference]`` table of events.toml, checked: lists of lower-case strings, classes of them."""
    def lower(words) -> bool:
        return isinstance(words, list) and all(isinstance(w, str) and w == w.lower() and w.strip() for w in words)

    classes = {key: table.get(key, {}) for key in ("verb_classes", "noun_classes")}
    together = table.get("together", [])
    if set(table) - _COREFERENCE_KEYS or not all(lower(table.get(k, [])) for k in ("other_time", "hedges", "phase_nouns")) \
            or not all(isinstance(c, dict) and all(lower(v) and v for v in c.values()) for c in classes.values()) \
            or not all(lower(pair) and len(pair) == 2 and set(pair) <= set(classes["verb_classes"]) for pair in together) \
            or not all(v in ("singular", "plural") for v in table.get("pronouns", {}).values()):
        raise LanguageDataError(f"{name}: coreference takes {', '.join(sorted(_COREFERENCE_KEYS))}: lists of lower-case"
                                " words, classes of them, pronouns with their number, pairs of verb classes")
    return table


@dataclass(frozen=True)
class StateWords:
    """A state or an event told with its length and the dates it began and ended (``[state_words]``
    of ``lang/en/events.toml``; figures.relations.durations reads them)."""

    ending: frozenset[str]
    undoing: frozenset[str]
    concluding: frozenset[str]
    after: frozenset[str]
    lasting: frozenset[str]
    dating: frozenset[str]
    partial: frozenset[str]
    pronouns: frozenset[str]
    altering: frozenset[str]
    repeating: frozenset[str]
    taking: frozenset[str]


_STATE_KEYS = ("ending", "undoing", "concluding", "after", "lasting", "dating", "partial", "pronouns", "altering",
               "repeating", "taking")


@functools.cache
def state_words(language: str = "en") -> StateWords:
    name = f"lang/{language}/events.toml"
    table = read("events", language).get("state_words", {})
    if not isinstance(table, dict) or set(table) != set(_STATE_KEYS) or not all(
            isinstance(table[key], list) and table[key]
            and all(isinstance(w, str) and w == w.lower() and w.strip() for w in table[key]) for key in _STATE_KEYS):
        raise LanguageDataError(f"{name}: state_words takes {', '.join(_STATE_KEYS)}: lists of lower-case words")
    return StateWords(*(frozenset(table[key]) for key in _STATE_KEYS))


@dataclass(frozen=True)
class RepeatWords:
    """How one entity's fixed figure is said twice (``lang/en/repeats.toml``): owner verbs, the measure
    nouns and verbs give, what restricts a set, words of time, and adjectives of place."""

    subject_owners: frozenset[str]
    counting_owners: frozenset[str]
    sizing: frozenset[str]
    object_owners: frozenset[str]
    once: frozenset[str]
    valued: frozenset[str]
    able: frozenset[str]
    people: frozenset[str]
    distributive: frozenset[str]
    hedges: frozenset[str]
    pronouns: frozenset[str]
    definite: frozenset[str]
    verb_measures: dict[str, str]
    same_measure: dict[str, str]
    prepositions: dict[str, frozenset[str]]
    relatives: frozenset[str]
    time_contrast: frozenset[str]
    sequence: frozenset[str]
    places: dict[str, str]
    dimensions: dict[str, str]
    examples: tuple[dict, ...]


def _grouped(name: str, table: str, data: object) -> dict[str, str]:
    """{"class": [words]} as word -> class; a word is in one class."""
    if not isinstance(data, dict) or not data:
        raise LanguageDataError(f"{name}: [{table}] must map classes to lists of words")
    found: dict[str, str] = {}
    for group, words in data.items():
        for word in _words(name, f"{table}.{group}", words):
            if word in found:
                raise LanguageDataError(f"{name}: {table} puts '{word}' in two classes")
            found[word] = group
    return found


@functools.cache
def repeat_words(language: str = "en") -> RepeatWords:
    name = f"lang/{language}/repeats.toml"
    data = read("repeats", language)
    lists = ("subject_owners", "counting_owners", "sizing", "object_owners", "once", "valued", "able", "people", "distributive", "hedges", "pronouns", "definite")
    restricting = ("relatives", "time_contrast", "sequence")
    roles = ("owner", "site", "place", "year", "of", "restricting")
    tables = ("verb_measures", "same_measure", "prepositions", "restricting", "places", "dimensions")
    unknown = set(data) - set(lists) - set(tables) - {"examples"}
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    if not isinstance(data.get("restricting"), dict) or set(data["restricting"]) != set(restricting):
        raise LanguageDataError(f"{name}: [restricting] must give exactly {', '.join(restricting)}")
    if not set(data.get("counting_owners") or ()) <= set(data.get("subject_owners") or ()):
        raise LanguageDataError(f"{name}: counting_owners must be subject_owners too")
    prepositions = data.get("prepositions")
    if not isinstance(prepositions, dict) or set(prepositions) != set(roles):
        raise LanguageDataError(f"{name}: [prepositions] must give exactly {', '.join(roles)}")
    places = data.get("places")
    if not isinstance(places, dict) or not places or not all(_word(a) and _word(p) for a, p in places.items()):
        raise LanguageDataError(f"{name}: [places] must map lower-case adjectives to lower-case places")
    dimensions = data.get("dimensions")
    if not isinstance(dimensions, dict) or not all(isinstance(d, str) and _word(w) for d, w in dimensions.items()):
        raise LanguageDataError(f"{name}: [dimensions] must map pint dimensions to lower-case names")
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        paired = isinstance(example, dict) and set(example) == {"text", "first", "second"} \
            and all(isinstance(example[key], str) and example[key] in example["text"] for key in ("first", "second"))
        if not paired and not (isinstance(example, dict) and set(example) == {"text", "repeat"}
                               and isinstance(example["text"], str) and example["repeat"] is False):
            raise LanguageDataError(f"{name}: example {number} needs a text and its first and second figures, "
                                    "or repeat = false")
    return RepeatWords(*(frozenset(_words(name, key, data.get(key))) for key in lists),
                       _grouped(name, "verb_measures", data.get("verb_measures")),
                       _grouped(name, "same_measure", data.get("same_measure")),
                       {role: frozenset(_words(name, f"prepositions.{role}", prepositions[role])) for role in roles},
                       *(frozenset(_words(name, f"restricting.{key}", data["restricting"][key])) for key in restricting),
                       dict(places), dict(dimensions), examples)


@dataclass(frozen=True)
class ShareWords:
    """How a share of a whole is said (``lang/en/shares.toml``): the prepositions and relative pronouns
    of its whole, the phrases that restate a part as a share, focus words that leave a share as it is,
    the verbs (lemma, particle or None) whose subject is the part and object the share, and nouns that
    count people of any kind."""

    of: frozenset[str]
    relative: frozenset[str]
    restating: frozenset[tuple[str, ...]]
    focus: frozenset[str]
    verbs: frozenset[tuple[str, str | None]]
    groups: frozenset[str]
    examples: tuple[dict, ...]


_SHARE_TABLES = {"of": "words", "relative": "words", "restating": "phrases", "focus": "words", "verbs": "lemmas",
                 "groups": "nouns"}


@functools.cache
def share_words(language: str = "en") -> ShareWords:
    name = f"lang/{language}/shares.toml"
    data = read("shares", language)
    if set(data) - {"examples"} != set(_SHARE_TABLES) or not all(
            isinstance(data[table], dict) and set(data[table]) == {key} for table, key in _SHARE_TABLES.items()):
        raise LanguageDataError(f"{name}: must hold exactly [of] words, [relative] words, [restating] phrases, "
                                "[focus] words, [verbs] lemmas and [groups] nouns")
    lists = {table: _words(name, f"{table}.{key}", data[table][key]) for table, key in _SHARE_TABLES.items()}
    if not all(1 <= len(verb.split()) <= 2 for verb in lists["verbs"]):
        raise LanguageDataError(f"{name}: verbs lists a lemma and at most one particle a verb")
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        linked = example.get("linked", True) if isinstance(example, dict) else None
        keys = {"text", "share", "linked"} if linked is False else {"text", "part", "share", "whole", "certain"}
        if not isinstance(example, dict) or set(example) != keys or not all(
                isinstance(example[key], str) and example[key] in example["text"] for key in keys - {"linked", "certain"}) \
                or not isinstance(example.get("certain", False), bool):
            raise LanguageDataError(f"{name}: example {number} needs a text with its part, share, whole and certain "
                                    "(true or false), or its share and linked = false")
    return ShareWords(frozenset(lists["of"]), frozenset(lists["relative"]),
                      frozenset(tuple(phrase.split()) for phrase in lists["restating"]), frozenset(lists["focus"]),
                      frozenset(tuple((verb.split() + [None])[:2]) for verb in lists["verbs"]),
                      frozenset(lists["groups"]), examples)


@dataclass(frozen=True)
class PeopleWords:
    """People's ages and births (``lang/en/people.toml``): the words of a birth date, of an age
    reached or given at a time, and the decades of life ("in his fifties") as age intervals."""

    born: frozenset[str]
    born_prepositions: frozenset[str]
    turning: frozenset[str]
    birthdays: frozenset[str]
    age_words: frozenset[str]
    at: frozenset[str]
    when: frozenset[str]
    then: frozenset[str]
    relatives: frozenset[str]
    decade_prepositions: frozenset[str]
    decade_possessives: frozenset[str]
    decades: dict[str, tuple[int, int]]
    decade_parts: dict[str, tuple[int, int]]
    examples: tuple[dict, ...]


_PEOPLE_EXPECT = {"error", "warning", "consistent", "unlinked"}


@functools.cache
def people_words(language: str = "en") -> PeopleWords:
    name = f"lang/{language}/people.toml"
    data = read("people", language)
    lists = ("born", "born_prepositions", "turning", "birthdays", "age_words", "at", "when", "then", "relatives")
    unknown = set(data) - set(lists) - {"decades", "examples"}
    decades = data.get("decades")
    if unknown or not isinstance(decades, dict) or set(decades) != {"prepositions", "possessives", "words", "parts"}:
        raise LanguageDataError(f"{name}: must hold exactly {', '.join(lists)}, [decades] prepositions, possessives, "
                                "words, parts, and examples")

    def spans(key: str, least: int, most: int) -> dict[str, tuple[int, int]]:
        table = decades[key]
        if not isinstance(table, dict) or not table or not all(
                _word(w) and isinstance(s, list) and len(s) == 2 and all(isinstance(n, int) for n in s)
                and least <= s[0] <= s[1] <= most for w, s in table.items()):
            raise LanguageDataError(f"{name}: decades.{key} must map lower-case words to [least, most] in {least}..{most}")
        return {word: (span[0], span[1]) for word, span in table.items()}

    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        text = example.get("text") if isinstance(example, dict) else None
        paired = isinstance(text, str) and set(example) == {"text", "date", "age", "born", "expect"} \
            and example["expect"] in _PEOPLE_EXPECT and example["age"] in text and example["born"] in text
        decade = isinstance(text, str) and set(example) == {"text", "decade", "low", "high"} \
            and example["decade"] in text
        if not (paired or decade):
            raise LanguageDataError(f"{name}: example {number} needs a text, date, age, born and expect "
                                    f"({', '.join(sorted(_PEOPLE_EXPECT))}), or a text, decade, low and high")
    return PeopleWords(*(frozenset(_words(name, key, data.get(key))) for key in lists),
                       frozenset(_words(name, "decades.prepositions", decades["prepositions"])),
                       frozenset(_words(name, "decades.possessives", decades["possessives"])),
                       spans("words", 0, 130), spans("parts", 0, 9), examples)


@dataclass(frozen=True)
class NumberWords:
    """How numbers are spelled (``lang/en/numbers.toml``): number words, multipliers and scale words with
    their values, ordinals, fraction denominators, unicode fractions, vague amounts and qualifiers."""

    units: dict[str, int]
    tens: dict[str, int]
    multipliers: dict[str, int]
    scale_words: dict[str, float]
    scale_abbreviations: dict[str, float]
    ordinals: dict[str, int]
    fractions: dict[str, int]
    unicode_fractions: dict[str, float]
    vague_amounts: dict[str, tuple[int, int]]
    qualifiers: dict[str, str]
    multiple_suffixes: tuple[str, ...]
    examples: tuple[dict, ...]


_NUMBER_TABLES = ("units", "tens", "multipliers", "scales", "ordinals", "fractions", "unicode_fractions",
                  "vague_amounts", "qualifiers", "multiples")
_QUALIFIER_CLASSES = frozenset({"about", "almost", "over", "just-over", "at-least", "at-most", "under"})


@functools.cache
def number_words(language: str = "en") -> NumberWords:
    name = f"lang/{language}/numbers.toml"
    data = read("numbers", language)
    if set(data) - {"examples"} != set(_NUMBER_TABLES) or not all(isinstance(data[t], dict) for t in _NUMBER_TABLES):
        raise LanguageDataError(f"{name}: must hold exactly the tables {', '.join(_NUMBER_TABLES)} and examples")

    def valued(table: dict, key: str, kind: type | tuple, least: float = 0) -> dict:
        if not table or not all(_word(w) and w.replace(" ", "").replace("-", "").isalpha() and isinstance(v, kind)
                                and not isinstance(v, bool) and v >= least for w, v in table.items()):
            raise LanguageDataError(f"{name}: [{key}] must map lower-case words to numbers of at least {least}")
        return dict(table)

    units, tens = valued(data["units"], "units", int), valued(data["tens"], "tens", int, 20)
    if not all(v < 20 for v in units.values()) or not all(v < 100 and v % 10 == 0 for v in tens.values()):
        raise LanguageDataError(f"{name}: [units] are below 20, [tens] multiples of ten below 100")
    multipliers = valued(data["multipliers"], "multipliers", int, 2)
    scales = data["scales"]
    if set(scales) != {"words", "abbreviations"}:
        raise LanguageDataError(f"{name}: [scales] must hold exactly words and abbreviations")
    scale_words = {w: float(v) for w, v in valued(scales["words"], "scales.words", (int, float), 1000).items()}
    abbreviations = {w: float(v) for w, v in
                     valued(scales["abbreviations"], "scales.abbreviations", (int, float), 1000).items()}
    spelled = [*units, *tens, *multipliers, *scale_words, *abbreviations]
    if len(set(spelled)) != len(spelled):
        raise LanguageDataError(f"{name}: a number or scale word is defined twice")
    ordinals, fractions = valued(data["ordinals"], "ordinals", int, 1), valued(data["fractions"], "fractions", int, 2)
    unicode_fractions = {}
    for char, pair in data["unicode_fractions"].items():
        if len(char) != 1 or not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) for n in pair)
                                  and 0 < pair[0] < pair[1]):
            raise LanguageDataError(f"{name}: unicode_fractions maps one character to [numerator, denominator]")
        unicode_fractions[char] = pair[0] / pair[1]
    vague = {}
    for phrase, span in data["vague_amounts"].items():
        if not (_word(phrase) and isinstance(span, list) and len(span) == 2
                and all(isinstance(n, int) for n in span) and 0 < span[0] < span[1]):
            raise LanguageDataError(f"{name}: vague_amounts maps lower-case phrases to [low, high]")
        vague[phrase] = (span[0], span[1])
    if set(data["qualifiers"]) != _QUALIFIER_CLASSES:
        raise LanguageDataError(f"{name}: [qualifiers] must give exactly {', '.join(sorted(_QUALIFIER_CLASSES))}")
    qualifiers = _grouped(name, "qualifiers", data["qualifiers"])
    suffixes = data["multiples"].get("suffixes")
    if set(data["multiples"]) != {"suffixes"} or not (isinstance(suffixes, list) and suffixes
                                                      and all(_word(w) and w.isalpha() for w in suffixes)):
        raise LanguageDataError(f"{name}: [multiples] must hold suffixes, a list of lower-case words")
    examples = tuple(data.get("examples", ()))
    for number, example in enumerate(examples, 1):
        if not isinstance(example, dict) or set(example) - {"text", "value", "step"} \
                or not isinstance(example.get("text"), str) or not isinstance(example.get("value"), int | float):
            raise LanguageDataError(f"{name}: example {number} needs a text and a value (and a step)")
    return NumberWords(units, tens, multipliers, scale_words, abbreviations, ordinals, fractions, unicode_fractions,
                       vague, qualifiers, tuple(suffixes), examples)


@dataclass(frozen=True)
class DateWords:
    """The date patterns' order and triggers (``lang/en/dates.toml``; figures.extraction.dates reads them)."""

    order: tuple[str, ...]
    triggers: frozenset[str]
    examples: tuple[dict, ...]


_DATE_EXAMPLE_KEYS = {"pattern", "text", "dateline", "start", "end"}


@functools.cache
def date_words(language: str = "en") -> DateWords:
    name = f"lang/{language}/dates.toml"
    data = read("dates", language)
    unknown = set(data) - {"order", "triggers", "examples"}
    if unknown:
        raise LanguageDataError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    order, triggers = data.get("order"), data.get("triggers")
    if not isinstance(order, list) or not order or len(set(order)) != len(order) \
            or not all(isinstance(item, str) and item.isidentifier() for item in order):
        raise LanguageDataError(f"{name}: order must list each pattern's name once")
    if not isinstance(triggers, list) or not all(isinstance(w, str) and w.isalpha() and w == w.lower()
                                                 for w in triggers):
        raise LanguageDataError(f"{name}: triggers must be a list of lower-case words")
    examples = data.get("examples", [])
    if not all(isinstance(e, dict) and set(e) <= _DATE_EXAMPLE_KEYS and {"pattern", "text", "start", "end"} <= set(e)
               and e["pattern"] in order for e in examples):
        raise LanguageDataError(f"{name}: each example takes pattern (one of order), text, start, end and dateline")
    return DateWords(tuple(order), frozenset(triggers), tuple(examples))


@dataclass(frozen=True)
class UnitVocabulary:
    """How news writes units and currencies (``lang/en/units.toml`` and ``currencies.toml``, generated
    by ``python -m figures.lang.generate_units`` from pint, babel and ``unit_forms.toml``)."""

    #: Unit words (lower case, singular and plural) -> pint unit expression.
    words: dict[str, str]
    #: Unit symbols (case-sensitive) -> pint unit expression.
    symbols: dict[str, str]
    #: Symbols read only glued to the number ("25C"), and words read only in lower case ("newtons").
    glued_only: frozenset[str]
    lower_case_only: frozenset[str]
    #: Time units -> (pint unit, how many of it one is).
    time: dict[str, tuple[str, float]]
    #: ISO 4217 codes the extractor may emit.
    codes: tuple[str, ...]
    signs: dict[str, str]
    signs_after: dict[str, str]
    currency_words: dict[str, str]
    adjectives: dict[str, str]
    crown_adjectives: dict[str, str]
    ambiguous: frozenset[str]
    cents: frozenset[str]
    #: Lemmas around an amount that make an ambiguous currency noun money, or keep "pounds" a weight.
    money_context: frozenset[str]
    weight_context: frozenset[str]
    #: Compound measures: larger unit -> (smaller unit, how many of the smaller make one larger).
    compounds: dict[str, tuple[str, float]]
    #: Adjectives of a dimension after a measure ("1.8m tall").
    measure_adjectives: frozenset[str]


def _table(name: str, data: dict, key: str, lower: bool = False) -> dict[str, str]:
    table = data.get(key)
    if not isinstance(table, dict) or not table or not all(
            isinstance(k, str) and k and isinstance(v, str) and v and (not lower or k == k.lower())
            for k, v in table.items()):
        raise LanguageDataError(f"{name}: [{key}] must map {'lower-case ' if lower else ''}forms to names")
    return table


@functools.cache
def unit_vocabulary(language: str = "en") -> UnitVocabulary:
    units, currencies, forms = read("units", language), read("currencies", language), read("unit_forms", language)
    name, money = f"lang/{language}/units.toml", f"lang/{language}/currencies.toml"
    if set(units) != {"words", "symbols", "lower_case_only", "time"}:
        raise LanguageDataError(f"{name}: expected words, symbols, lower_case_only and time")
    words, symbols = _table(name, units, "words", lower=True), _table(name, units, "symbols")
    time = units["time"]
    if not isinstance(time, dict) or not all(
            isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], int | float)
            and v[1] > 0 for v in time.values()):
        raise LanguageDataError(f"{name}: [time] must map each time word to [pint unit, factor]")
    glued, lower = set(forms["units"]["glued_only"]), set(units["lower_case_only"])
    if not glued <= set(symbols) or not lower <= set(words):
        raise LanguageDataError(f"{name}: glued_only must list symbols and lower_case_only words")
    tables = ("signs", "signs_after", "words", "adjectives", "crown_adjectives")
    if set(currencies) != {"codes", *tables}:
        raise LanguageDataError(f"{money}: expected codes, {', '.join(tables)}")
    read_tables = {key: _table(money, currencies, key, lower=key != "signs" and key != "signs_after")
                   for key in tables}
    codes = currencies["codes"]
    if not all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in codes) or not all(
            code in codes for table in read_tables.values() for code in table.values()):
        raise LanguageDataError(f"{money}: codes must list every ISO 4217 code the tables give")
    hand = f"lang/{language}/unit_forms.toml"
    compounds = forms.get("compounds")
    if not isinstance(compounds, dict) or not all(
            isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], int) and v[1] > 1
            for v in compounds.values()):
        raise LanguageDataError(f"{hand}: [compounds] must map a unit to [smaller unit, whole factor]")
    return UnitVocabulary(
        words, symbols, frozenset(glued), frozenset(lower), {w: (u, f) for w, (u, f) in time.items()},
        tuple(codes), read_tables["signs"], read_tables["signs_after"], read_tables["words"],
        read_tables["adjectives"], read_tables["crown_adjectives"],
        frozenset(_words(hand, "ambiguous", forms["currencies"]["ambiguous"])),
        frozenset(_words(hand, "cents", forms["currencies"]["cents"])),
        frozenset(_words(hand, "money_context", forms["currencies"].get("money_context"))),
        frozenset(_words(hand, "weight_context", forms["currencies"].get("weight_context"))),
        {larger: (smaller, float(factor)) for larger, (smaller, factor) in compounds.items()},
        frozenset(_words(hand, "measures.adjectives", forms.get("measures", {}).get("adjectives"))))


@dataclass(frozen=True)
class ClauseWords:
    """The tense of a clause read from its words (``[clause_words]`` of ``lang/en/tense.toml``)."""

    future: frozenset[str]
    causal: frozenset[str]
    past: frozenset[str]
    not_past: frozenset[str]
    auxiliaries: frozenset[str]
    present: frozenset[str]


_CLAUSE_KEYS = ("future", "causal", "past", "not_past", "auxiliaries", "present")


@functools.cache
def clause_words(language: str = "en") -> ClauseWords:
    name = f"lang/{language}/tense.toml"
    table = read("tense", language).get("clause_words")
    if not isinstance(table, dict) or set(table) != set(_CLAUSE_KEYS) or not all(
            isinstance(table[key], list) and table[key] and all(isinstance(w, str) and w == w.lower() for w in table[key])
            for key in _CLAUSE_KEYS) or not set(table["causal"]) <= set(table["future"]):
        raise LanguageDataError(f"{name}: clause_words takes {', '.join(_CLAUSE_KEYS)}: lists of lower-case words"
                                " (causal ones among the future)")
    return ClauseWords(*(frozenset(table[key]) for key in _CLAUSE_KEYS))


@dataclass(frozen=True)
class IrregularVerbs:
    """English verbs with irregular past forms (``lang/en/inflections.toml``), and examples of inflection."""

    past: dict[str, tuple[str, ...]]
    examples: tuple[dict, ...]


@functools.cache
def irregular_verbs(language: str = "en") -> IrregularVerbs:
    name = f"lang/{language}/inflections.toml"
    data = read("inflections", language)
    table = data.get("irregular_verbs")
    if set(data) - {"irregular_verbs", "examples"} or not isinstance(table, dict) or not all(
            _word(lemma) and isinstance(forms, list) and 1 <= len(forms) <= 2 and all(_word(f) for f in forms)
            for lemma, forms in table.items()):
        raise LanguageDataError(f"{name}: irregular_verbs must map a lemma to one or two past forms")
    examples = tuple(data.get("examples", ()))
    if not all(isinstance(e, dict) and set(e) == {"lemma", "forms"} for e in examples):
        raise LanguageDataError(f"{name}: each example gives a lemma and its forms")
    return IrregularVerbs({lemma: tuple(forms) for lemma, forms in table.items()}, examples)


@dataclass(frozen=True)
class MaskWords:
    """The words of numbers that are no figures (``lang/en/masks.toml``; figures.extraction.masks reads them)."""

    not_names: frozenset[str]
    time_zones: tuple[str, ...]
    score_words: tuple[str, ...]
    score_nouns: tuple[str, ...]
    numbered: tuple[str, ...]
    named_series: tuple[str, ...]
    streets: tuple[str, ...]


@functools.cache
def mask_words(language: str = "en") -> MaskWords:
    name = f"lang/{language}/masks.toml"
    data = read("masks", language)
    keys = [field.name for field in fields(MaskWords)]
    if set(data) != set(keys):
        raise LanguageDataError(f"{name}: expected exactly {', '.join(keys)}")
    for key in keys:
        words = data[key]
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() == w and w
                                                                for w in words) or len(set(words)) != len(words):
            raise LanguageDataError(f"{name}: {key} must be a list of words, each once")
    if not all(w[:1].isupper() and w.isalpha() for w in data["not_names"]):
        raise LanguageDataError(f"{name}: not_names must be capitalised words")
    return MaskWords(frozenset(data["not_names"]), *(tuple(data[key]) for key in keys[1:]))


@dataclass(frozen=True)
class HolidayWords:
    """Holidays and their rules (``lang/en/holidays.toml``; figures.extraction.dates.holidays reads them)."""

    holidays: tuple[dict, ...]
    date_position: frozenset[str]
    examples: tuple[dict, ...]


_HOLIDAY_RULES = ({"month", "day"}, {"month", "weekday", "nth"}, {"easter"})


@functools.cache
def holiday_words(language: str = "en") -> HolidayWords:
    name = f"lang/{language}/holidays.toml"
    data = read("holidays", language)
    holidays, position = data.get("holidays"), data.get("date_position")
    if set(data) - {"holidays", "date_position", "examples"} or not isinstance(holidays, list) \
            or not isinstance(position, list) or not all(isinstance(w, str) and w == w.lower() for w in position):
        raise LanguageDataError(f"{name}: holds holidays, date_position (lower-case words) and examples")
    for rule in holidays:
        names = rule.get("names") if isinstance(rule, dict) else None
        keys = set(rule) - {"names", "bare"} if isinstance(rule, dict) else set()
        if not names or not all(isinstance(n, str) and n[:1].isupper() for n in names) or keys not in _HOLIDAY_RULES \
                or not all(isinstance(rule[k], int) and not isinstance(rule[k], bool) for k in keys) \
                or not (rule.get("nth", 1) in (-1, 1, 2, 3, 4) and 0 <= rule.get("weekday", 0) <= 6
                        and 1 <= rule.get("month", 1) <= 12 and 1 <= rule.get("day", 1) <= 31):
            raise LanguageDataError(f"{name}: each holiday has names and one rule: month and day, month, weekday "
                                    f"and nth (1 to 4, or -1), or easter (days after Easter Sunday): {rule}")
    return HolidayWords(tuple(holidays), frozenset(position), tuple(data.get("examples", ())))
