"""Events: each date with its tense and event noun; the same event dated twice; durations of events."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from figures.extraction.lexicon import WEEKDAYS
from figures.extraction.tense import Tenses
from figures.lang import event_words, state_words
from figures.model import DATE_KINDS, Figure
from figures.parsing import Parses
from figures.relations.durations import altered, dated_verb, state_span, told_of
from figures.relations.positions import SentenceTest
from figures.syntax import EventTime, event_time

_WORDS = event_words()
_EVENT_NOUNS = _WORDS.event_nouns
_OPEN_ENDED = _WORDS.open_ended
#: Words that make an event noun another event: "earlier talks", "another summit".
_OTHER_EVENT = _WORDS.other_event
#: Words that may follow an event noun that is the head of its phrase.
_AFTER_EVENT = _WORDS.after_event
_RESCHEDULED = re.compile(r"\b(?:postpon|reschedul|delay|moved|cancel|called\s+off|brought\s+forward)", re.I)
_BOUND = re.compile(r"\b(?:from|since|until|till|by|before|after|through|to)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
_ONGOING = re.compile(r"\b(?:has|have|is|are|now|still|ongoing|continues|continuing)\b", re.I)
_DURATION_NOUN = re.compile(r"(?:-long|\s+long)?\s+(?P<noun>[a-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_WEEKDAY_ALONE = re.compile(r"(?:" + "|".join(WEEKDAYS) + r")(?:'s)?", re.I)  # "Friday", not "next Friday"
@dataclass(frozen=True)
class Event:
    """A date in its clause: the clause's tense, the event noun, and the tense of the verb the
    date is the time of, when the words pin it down ("was convened on March 24")."""

    figure: Figure
    tense: str | None
    head: str | None
    sentence: int
    since: bool
    time: EventTime | None  # the tense of the verb the parse makes the date the time of
    moved: bool  # the sentence speaks of postponing or rescheduling
    bound: bool  # the date bounds a span ("from November", "until May"), it is not the event's date


@dataclass(frozen=True)
class SameEvent:
    first: Event
    second: Event
    label: str | None = None  # what the event is, when no event noun names it ("'arrested' / 'detained'")


@dataclass(frozen=True)
class DurationOf:
    """A duration said of an event noun, and the dates the event is said to span."""

    duration: Figure
    head: str
    start: Figure
    end: Figure | None
    ongoing: bool  # the clause is in the present ("has killed", "is now"): it runs to the dateline
    open_ended: bool  # a war or a strike lasts as long as it lasts; a summit's length is planned


def find_events(document, figures: list[Figure], parses: Parses) -> list[Event]:
    text = document.analysis_text
    tenses = Tenses(text)
    rescheduled = SentenceTest(document, _RESCHEDULED)
    events = []
    for figure in figures:
        if figure.kind not in DATE_KINDS or figure.date_start is None or figure.resolution == "dateline":
            continue
        sentence = document.sentence_at(figure.start)
        clause = text[max(sentence[0], figure.start - 30):figure.start]
        events.append(Event(
            figure=figure,
            tense=tenses.at(sentence, figure.start),
            head=_event_noun(text, figure, sentence),
            sentence=document.sentence_index(figure.start),
            since=bool(_SINCE.search(clause[-30:])),
            time=_event_time(parses, figure),
            moved=rescheduled(figure.start),
            bound=bool(_BOUND.search(clause[-20:])),
        ))
    return events


def _event_noun(text: str, figure: Figure, sentence: tuple[int, int]) -> str | None:
    """The event a date is the date of: an event noun within eight words before it, or the
    sentence's subject ("A meeting of ... will take place ... on April 6-7") with no comma between."""
    first = list(itertools.islice(_WORD.finditer(text, sentence[0], figure.start), 3))
    near = _last_words(text, first[-1].end() if first else sentence[0], figure.start, 11)
    words = first + near  # the sentence's first three words, then the last eleven before the date
    for index in range(len(words) - 1, max(len(words) - 9, -1), -1):
        noun = _event_at(text, words, index)
        if noun:
            return noun
    for index in range(len(first)):
        noun = _event_at(text, words, index)
        if noun and "," not in text[words[index].end():figure.start]:
            return noun
    return None


def _last_words(text: str, start: int, end: int, count: int) -> list[re.Match]:
    """The last ``count`` words of ``text[start:end]``, read from a window just wide enough."""
    width = 16 * count
    while True:
        low = max(start, end - width)
        words = list(_WORD.finditer(text, low, end))
        if low == start or len(words) > count:  # one more than needed: the first may be cut
            return words[-count:]
        width *= 4


def _event_at(text: str, words: list[re.Match], index: int) -> str | None:
    word = words[index]
    noun = word.group().lower()
    if noun not in _EVENT_NOUNS or (word.group()[0].isupper() and index > 0):
        return None  # a capitalised event noun inside a sentence is a name ("Rally")
    following = _WORD.match(text, word.end() + 1)
    gap = text[word.end():following.start()] if following else ""
    if following and not gap.strip() and following.group().lower() not in _AFTER_EVENT \
            and not following.group().lower().endswith("ed"):
        return None  # "war crimes", "strike force": the noun modifies another
    previous = {w.group().lower() for w in words[max(0, index - 2):index]}
    qualifier = next((w for w in previous if w in _OTHER_EVENT), "")
    return f"{qualifier} {noun}".strip()


def placed_by_tense(figure: Figure) -> bool:
    """A weekday alone ("said Friday"), which the tense placed before or after the dateline: no test of
    its event's time can be made (and no parse is wanted for it)."""
    return figure.resolution == "relative" and bool(_WEEKDAY_ALONE.fullmatch(figure.text))


def _event_time(parses: Parses, figure: Figure) -> EventTime | None:
    """The tense of the verb whose event the date is the time of, from the parse: "was convened on
    March 24", "On 7 October, the board approved": past; "will take place on April 6-7", "is set to
    open in 2031": future; else None (most dates in news are deadlines, maturities and names)."""
    if figure.resolution not in ("explicit", "inferred-year", "relative"):
        return None  # the dateline itself, or a day counted from another date
    if placed_by_tense(figure):
        return None  # "on Friday" was placed before or after the dateline by the tense: no test of it
    span = parses.span(figure.start, figure.end)
    return event_time(span, figure.date_start == figure.date_end) if span is not None else None


def find_same_event(events: list[Event], parses: Parses | None = None) -> list[SameEvent]:
    """Pairs of dates of one event noun, in one tense, in nearby sentences (not the same one), one
    of them relative; dates that bound a span or belong to a rescheduling are left out. With the
    parse, also a relative and an absolute date of one event told in adjacent sentences with other
    words for it (``_told_again``)."""
    pairs = _same_noun(events)
    if parses is not None:
        linked = {(pair.first.figure, pair.second.figure) for pair in pairs}
        pairs += [pair for pair in _told_again(events, parses) if (pair.first.figure, pair.second.figure) not in linked]
    return pairs


def _told_again(events: list[Event], parses: Parses) -> list[SameEvent]:
    """A relative and an absolute date in adjacent sentences whose clauses tell one event: verbs of
    one class, subjects that corefer (figures.relations.same_event); not a bound, a rescheduling, a
    "since", nor verbs of two tenses ("closed last week" / "will shut on")."""
    from figures.relations.same_event import same_event, telling

    wanted = [e for e in events if e.figure.kind in DATE_KINDS and not (e.moved or e.bound or e.since)
              and e.figure.resolution in ("explicit", "inferred-year", "relative") and not placed_by_tense(e.figure)]
    tellings = {}

    def told(event: Event):
        if event.figure not in tellings:
            span = parses.span(event.figure.start, event.figure.end)
            tellings[event.figure] = telling(span, event.figure.date_start == event.figure.date_end) \
                if span is not None else None
        return tellings[event.figure]

    by_sentence: dict[int, list[Event]] = {}
    for event in wanted:
        by_sentence.setdefault(event.sentence, []).append(event)
    pairs = []
    for first in wanted:
        for second in by_sentence.get(first.sentence + 1, ()):
            if (first.figure.resolution == "relative") == (second.figure.resolution == "relative"):
                continue
            if first.time is not None and second.time is not None and first.time.tense != second.time.tense:
                continue
            one, two = told(first), told(second)
            if one is not None and two is not None and same_event(one, two):
                relative = one if first.figure.resolution == "relative" else two
                absolute = two if relative is one else one
                pairs.append(SameEvent(first, second, f"'{relative.word}' / '{absolute.word}'"))
    return pairs


def _same_noun(events: list[Event]) -> list[SameEvent]:
    pairs = []
    headed = [e for e in events if e.head]
    next_sentence = _next_sentence_starts(headed)
    for index, first in enumerate(headed):
        for second in itertools.islice(headed, next_sentence[index], None):
            if second.sentence - first.sentence > 2:
                break
            if first.head == second.head and first.tense == second.tense and first.sentence != second.sentence \
                    and first.figure.resolution != second.figure.resolution and not (first.moved or second.moved) \
                    and not (first.bound or second.bound):
                pairs.append(SameEvent(first, second))
    return pairs


def _next_sentence_starts(events: list[Event]) -> list[int]:
    """For each event, the index of the first event of a later sentence (events in text order)."""
    starts = [len(events)] * len(events)
    for index in range(len(events) - 2, -1, -1):
        later = events[index + 1]
        starts[index] = index + 1 if later.sentence != events[index].sentence else starts[index + 1]
    return starts


def find_durations(document, figures: list[Figure], events: list[Event], parses: Parses) -> list[DurationOf]:
    """Durations said of an event noun ("the month-long war") with the dates it began (and ended):
    dates of a verb of starting (of ending) that the parse tells of the noun ("the war, which
    began on March 14", "the strike ... ended on June 30"; in the next sentence, the noun again)."""
    text = document.analysis_text
    ongoing_in = SentenceTest(document, _ONGOING)
    states = state_words()
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    found = []
    for figure in figures:
        if figure.kind != "duration":
            continue
        noun = _DURATION_NOUN.match(text, figure.end)
        head = noun.group("noun").lower() if noun else None
        if head not in _EVENT_NOUNS:
            continue
        span = parses.span(figure.start, figure.end)
        token = next((t for t in span.doc[span.end:span.end + 3] if t.lower_ == head), None) if span is not None else None
        if token is None or altered(token.doc, states):
            continue  # "the six-month contract ... was extended and finished on": another length
        here = document.sentence_index(figure.start)
        nearby = by_sentence.get(here, []) + by_sentence.get(here + 1, [])
        start = _dated_verb(nearby, token, _WORDS.starting, parses, states)
        if start is not None:
            end = _dated_verb(nearby, token, states.ending, parses, states)
            found.append(DurationOf(figure, head, start, end, ongoing_in(figure.start), head in _OPEN_ENDED))
    return found


def _dated_verb(events: list[Event], noun, lemmas: frozenset[str], parses: Parses, states) -> Figure | None:
    """A date of the duration's sentence (or the next) that the parse makes the time of a verb of
    ``lemmas`` told of the event noun ``noun``: its subject or a relative clause on it, or in the
    next sentence a subject of the same noun; ``events`` are the dates of the two sentences."""
    for event in events:
        if event.figure.kind != "date":
            continue
        date_span = parses.span(event.figure.start, event.figure.end)
        if date_span is None:
            continue
        verb, _, _ = dated_verb(date_span, states)
        if verb is None or verb.lemma_.lower() not in lemmas:
            continue
        if date_span.doc is noun.doc:
            if told_of(verb, noun) is not None:
                return event.figure
            continue
        subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() == noun.lemma_.lower():
            return event.figure
    return None


@dataclass(frozen=True)
class Apposed:
    """A relative date and a date written beside it for the same day, in parentheses or between
    commas: "yesterday (March 11)", "on Friday (June 9)", "next Monday, Sept. 22,", "today
    (Wednesday)"; or a dated weekday after a relative word, "last Tuesday, 4 March"."""

    relative: Figure
    absolute: Figure
    start: int  # where the pair's words begin ("last" of "last Tuesday, 4 March")
    end: int
    weekday: int | None  # the weekday the relative date names ("on Friday"), read as ``readings`` say
    readings: tuple[str, ...] | None  # how that weekday may be read from the dateline (lang/en/events.toml)
    named_weekday: int | None  # the date beside is a weekday alone ("today (Wednesday)")
    #: In parentheses or the parse's appositive: a gloss for sure. Two bare times of one verb ("resigned
    #: yesterday, 2 May") or the date of the event a relative date owns ("Last month's flooding, on 3
    #: April") are a gloss as usually read only: the second may add a time of its own.
    sure: bool = True


def find_apposed(document, figures: list[Figure], parses: Parses) -> list[Apposed]:
    """Relative dates with the date beside them, read from the tokens of the sentence's parse."""
    words = event_words()
    dates = sorted((f for f in figures if f.kind in ("date", "date_range", "year") and f.date_start is not None
                    and f.resolution in ("explicit", "inferred-year", "relative")), key=lambda f: f.start)
    found = []
    for figure in dates:  # "last Tuesday, 4 March": one figure, its weekday read from the word before
        if figure.resolution == "relative" or figure.weekday is None:
            continue
        span = parses.span(figure.start, figure.end)
        before = span.doc[span.start - 1] if span is not None and span.start > 0 else None
        if before is not None and before.lower_ in words.weekday_readings and before.lower_:
            found.append(Apposed(figure, figure, span.doc[span.start - 1].idx + figure.start - span.start_char,
                                 figure.end, figure.weekday, words.weekday_readings[before.lower_], None))
    for first, second in itertools.pairwise(dates):
        if document.sentence_index(first.start) != document.sentence_index(second.start):
            continue
        pair = _apposed_pair(first, second, parses, words)
        if pair is not None:
            found.append(pair)
    return found


def _apposed_pair(first: Figure, second: Figure, parses: Parses, words) -> Apposed | None:
    one, two = parses.span(first.start, first.end), parses.span(second.start, second.end)
    if one is None or two is None or one.doc is not two.doc or one.end > two.start:
        return None
    doc = one.doc
    gap = _after_possessed(one)  # "Last month's flooding, on 3 April,": the date beside the noun it dates
    between = tuple(token.lower_ for token in doc[gap or one.end:two.start] if not token.is_space)
    closer = next((token for token in doc[two.end:] if not token.is_space), None)
    if between not in words.apposition_openers or (closer is not None and closer.lower_ not in words.apposition_closers):
        return None
    if between[0] == "(" and (closer is None or closer.lower_ != ")"):
        return None
    sure = between[0] == "(" or not gap and _in_apposition(one, two, doc)
    if not sure and not gap and not (first.resolution == "relative" and _times_of_one_verb(one, two, doc)):
        return None  # "starting in mid-January, later this week": two times, of two events
    relative, absolute = (first, second) if first.resolution == "relative" else (second, first)
    rel_span, abs_span = (one, two) if relative is first else (two, one)
    if relative.resolution != "relative":
        return None
    weekday, readings = _weekday_reading(rel_span, words)
    named = None
    if absolute.resolution == "relative":
        named, _ = _weekday_reading(abs_span, words)
        if named is None or weekday is not None or _weekday_reading(abs_span, words)[1] != words.weekday_readings[""] \
                or relative.date_start != relative.date_end:
            return None  # two relative dates: only "today (Wednesday)", a day and its weekday alone
    return Apposed(relative, absolute, first.start, second.end, weekday, readings, named, sure)


def _after_possessed(one) -> int | None:
    """Where the event noun a relative date is the possessive of ends ("Last month's flooding",
    "next week's two-day summit"), when only the possessive mark and the noun's own words come
    between; else None."""
    root = one.root
    noun = root.head
    if root.dep_ != "poss" or noun.i < one.end or noun.pos_ not in ("NOUN", "PROPN") \
            or not {noun.lower_, noun.lemma_.lower()} & _EVENT_NOUNS:
        return None  # "last year's champion, in 2019": not the event the date is of
    if any(token.head != noun and token.head.head != noun for token in one.doc[one.end:noun.i]):
        return None
    return noun.i + 1


def _in_apposition(one, two, doc) -> bool:
    """Between commas, the parse must make the second date a gloss of the first: its appositive
    ("yesterday, Sunday,", "next Monday, Sept. 22,"), or "on DATE" beside a bare adverbial date of
    the same verb ("voted last week, on May 2,")."""
    first, second = one.root, two.root
    if one.start <= second.head.i < one.end:
        return True
    opener = doc[two.start - 1]
    return opener.lower_ == "on" and second.head == opener and first.dep_ == "npadvmod" and opener.head == first.head


def _times_of_one_verb(one, two, doc) -> bool:
    """After a relative date, a bare date or "on/in DATE" of the same verb: "resigned yesterday, 2
    May", "two days ago, on Monday 10 March", "founded last year, in March 2023", "set for
    tomorrow, June 20"."""
    first, second = one.root, two.root
    if first.dep_ == "advmod" and any(t.dep_ == "npadvmod" for t in first.children) and _whole_units(one):
        return False  # "Thirty years ago, in 1956": a count of months or years back is a round figure
    if first.dep_ in ("npadvmod", "advmod"):
        told = first.head  # "resigned yesterday", "two days ago": a bare time of its verb
    elif first.dep_ == "pobj" and first.head.dep_ == "prep":
        told = first.head.head  # "is set for tomorrow"
    else:
        return False
    if doc[one.end:two.start].text.strip() == "," and second.dep_ == "npadvmod":
        return second.head == told  # "resigned yesterday, 2 May"
    opener = doc[two.start - 1]
    if second.head != opener or opener.dep_ != "prep":
        return False
    head = opener.head.head if opener.head.is_punct else opener.head  # the parse may hang it on the comma
    return head == told


def _whole_units(span) -> bool:
    """The relative date counts months or years, not days ("thirty years ago", not "two days ago")."""
    units = event_words().duration_units
    return any(token.lemma_.lower() in units and units[token.lemma_.lower()][0] >= 28 for token in span)


def _weekday_reading(span, words) -> tuple[int | None, tuple[str, ...] | None]:
    """The weekday a relative date names ("Friday", "last Tuesday", "this Saturday") and how it may
    be read from the dateline; (None, None) for another relative date ("yesterday")."""
    tokens = [token for token in span if not token.is_punct and not token.is_space]
    if not tokens or tokens[-1].lower_.rstrip(".") not in WEEKDAYS:
        return None, None
    qualifier = tokens[0].lower_ if len(tokens) == 2 else "" if len(tokens) == 1 else None
    if qualifier not in words.weekday_readings:
        return None, None
    return WEEKDAYS[tokens[-1].lower_.rstrip(".")], words.weekday_readings[qualifier]


@dataclass(frozen=True)
class DurationSpan:
    """A duration and the dates it spans, read from the parse: "idle for three weeks, from Aug. 1
    to Sept. 15"; "the 10-day festival, which runs from 3 to 20 July"; "in the five years since the
    merger in 2022" and "the strike, now in its third week, began on Jan. 5" (to the dateline)."""

    duration: Figure  # the duration, or the ordinal of "in its third week"
    unit: str  # a key of the language's duration units
    low: float
    high: float | None
    ordinal: bool  # the Nth unit ("in its sixth week"), not N units
    start: Figure
    start_bounds: tuple  # (first day, last day) the start may be
    end: Figure | None  # None: to the dateline
    end_bounds: tuple | None
    sure: bool = True  # False: the dates are a likely reading of the words only (a warning at most)
    told: str = "span"  # "span" (from, between, since, in its Nth), "state" or "event" (figures.relations.durations)


def find_spans(document, figures: list[Figure], parses: Parses) -> list[DurationSpan]:
    words = event_words()
    dates = [f for f in figures if f.kind in ("date", "date_range", "year") and f.date_start is not None
             and f.resolution in ("explicit", "inferred-year", "relative")
             and not (f.resolution == "relative" and any(word.lower() in WEEKDAYS for word in _WORD.findall(f.text)))]
    found = []  # a weekday's day is the extractor's guess from the tense: no span is counted from it
    for figure in figures:
        if figure.kind == "duration" and figure.unit in words.duration_units and figure.low is not None:
            span = parses.span(figure.start, figure.end)
            if span is None:
                continue
            link = _spanned(document, span, figure, dates, parses, words)
            if link is not None:
                found.append(DurationSpan(figure, figure.unit, figure.low, figure.high, False, *link))
                continue
            told = state_span(document, span, figure, dates, parses, words)
            if told is not None:
                start, end = told.start, told.end
                first, last = _bounds(start, end) if end is not None else ((start.date_start, start.date_end), None)
                found.append(DurationSpan(figure, figure.unit, figure.low, figure.high, False, start, first,
                                          end, last, told.sure, told.shape))
        elif figure.kind == "ordinal" and figure.low is not None and figure.low == figure.high:
            span = parses.span(figure.start, figure.end)
            if span is None:
                continue
            link = _running(document, figure, span, dates, parses, words)
            if link is not None:
                unit, start = link
                found.append(DurationSpan(figure, unit, figure.low, figure.low, True, start,
                                          (start.date_start, start.date_end), None, None))
    return found


def _clause_chain(token) -> list:
    """The token and its heads up to the verb of its clause."""
    chain = [token]
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        chain.append(token)
    return chain


def _same_sentence(document, one: Figure, two: Figure) -> bool:
    return document.sentence_index(one.start) == document.sentence_index(two.start)


def _spanned(document, span, duration: Figure, dates: list[Figure], parses: Parses, words):
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ not in words.holding:
        return None  # "fell by 13 years": an amount, not the time of the clause
    if root.dep_ not in ("pobj", "npadvmod", "dobj", "compound", "amod", "nummod", "attr"):
        return None
    if root.dep_ in ("compound", "amod", "nummod") and (root.head.lemma_.lower() in words.duration_units
                                                        or root.head.lower_ == "weekend"):
        return None  # "a five-day week from Sunday to Thursday": a pattern of days, not a span
    chain = _clause_chain(root)
    for date in dates:
        if not _same_sentence(document, duration, date):
            continue
        date_span = parses.span(date.start, date.end)
        if date_span is None or date_span.doc is not span.doc or (date_span.start < span.end and span.start < date_span.end):
            continue
        root = date_span.root
        opener = date_span[0] if date_span[0].lower_ in words.opening else root.head if root.dep_ == "pobj" else None
        governor = opener.head if opener is not None and opener.head not in date_span else root.head
        if opener is not None and opener.lower_ in words.opening and _governs(governor, chain):
            if opener in date_span and any(token.lower_ in words.closing for token in date_span[1:]):
                first, last = _range_bounds(date, date_span, words)  # "from Aug. 1 to Sept. 15" as one figure
                return date, first, date, last
            end = _span_end(document, date, root, opener, dates, parses, words)
            if end is not None:
                first, last = _bounds(date, end)
                return date, first, end, last
            continue
        since = _since_of(root, words)
        if since is not None and (since.head == span.root or (
                since.dep_ == "mark" and since.head.head in chain and _length_of_clause(span.root))):
            return date, (date.date_start, date.date_end), None, None  # "five years since", "for five years since it"
    return None


def _length_of_clause(root) -> bool:
    """The duration is the length of its clause's event: "for five years", or the length of a verb
    of taking ("has lasted nine weeks since it began")."""
    return root.head.lower_ == "for" or (root.dep_ in ("npadvmod", "dobj") and root.head.pos_ in ("VERB", "AUX")
                                         and root.head.lemma_.lower() in state_words().taking)


def _bounds(start: Figure, end: Figure) -> tuple[tuple, tuple]:
    """The days a span's start and end may be. A day without its year was put in a year by the
    tense around it; in a span it is in the year that puts the start on or before the end ("from
    June 4 to 2006-10-01", "from 4 December to 1 April 2007", "began on 6 January ... ends on 31
    March"): the start moves when only it lacks its year, else the end does."""
    first = (start.date_start, start.date_end)
    last = (end.date_start, end.date_end)
    if start.resolution == "inferred-year" and end.resolution == "explicit":
        for year in (last[1].year, last[1].year - 1):
            moved = _in_year(first, year)
            if moved is not None and moved[0] <= last[1]:
                return moved, last
    elif end.resolution == "inferred-year" and start.resolution in ("explicit", "inferred-year"):
        for year in (first[0].year, first[0].year + 1):
            moved = _in_year(last, year)
            if moved is not None and first[0] <= moved[1]:
                return first, moved
    return first, last


def _in_year(days: tuple, year: int) -> tuple | None:
    try:
        return days[0].replace(year=year), days[1].replace(year=year + days[1].year - days[0].year)
    except ValueError:  # February 29
        return None


def _governs(governor, chain) -> bool:
    """The span's preposition hangs on the duration's clause ("idle for three weeks, from") or on a
    clause of its noun ("the 10-day festival, which runs from")."""
    return governor in chain or (governor.dep_ in ("relcl", "acl") and governor.head in chain)


def _span_end(document, start: Figure, root, opener, dates, parses, words) -> Figure | None:
    for other in dates:
        if other.start <= start.start or not _same_sentence(document, start, other):
            continue
        other_span = parses.span(other.start, other.end)
        if other_span is None or other_span.doc is not root.doc:
            continue
        end_root = other_span.root
        attached = [token for token in other_span if token.head not in other_span]  # a split "2006-10-01" has several
        by_preposition = any(token.dep_ == "pobj" and token.head.lower_ in words.closing
                             and token.head.head in (opener, opener.head, root) for token in attached) \
            or any(token.head in (opener, root) and any(child.i < token.i and child.lower_ in words.closing
                                                        for child in token.children)
                   for token in attached)  # "from January 10 to 2022-03-07", the "to" hung on the end
        by_conjunction = end_root.dep_ == "conj" and end_root.head == root and opener.lower_ == "between"
        if by_preposition or by_conjunction:
            return other
    return None


def _since_of(root, words):
    """The "since" a date hangs under within its phrase or clause ("since the merger in 2022",
    "since it was damaged in 2019"), or None."""
    token, verbs = root, 0
    while token.head.i != token.i:
        token = token.head
        if token.lower_ in words.since:
            return token
        if token.pos_ in ("VERB", "AUX"):
            verbs += 1
            if verbs > 1 or not any(child.lower_ in words.since and child.dep_ == "mark" for child in token.children):
                return None
            return next(child for child in token.children if child.lower_ in words.since and child.dep_ == "mark")
    return None


def _range_bounds(date: Figure, span, words) -> tuple[tuple, tuple]:
    """The days the start and the end of a range written as one figure may be, from the words of
    each end: a day ("from 3 to 20 July"), a month ("from June to August 2023": any of its days) or
    a year ("from 2001 to 2021": any day of the first year to any of the last)."""
    import calendar
    import datetime as dt

    first, last = date.date_start, date.date_end
    tokens = list(span)
    cut = next((i for i, token in enumerate(tokens) if i and token.lower_ in words.closing), len(tokens))
    starting, ending = tokens[:cut], tokens[cut + 1:]

    def precision(part) -> str:
        if any(_DAY_NUMBER.fullmatch(token.text) for token in part):
            return "day"
        named = [token for token in part if token.is_alpha and token.lower_ not in words.opening]
        return "month" if named else "year"

    def month_end(day: dt.date) -> dt.date:
        return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])

    start = {"day": (first, first), "month": (first, month_end(first)),
             "year": (first, dt.date(first.year, 12, 31))}[precision(starting)]
    end = {"day": (last, last), "month": (dt.date(last.year, last.month, 1), last),
           "year": (dt.date(last.year, 1, 1), last)}[precision(ending)]
    return start, end


_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _running(document, figure: Figure, span, dates: list[Figure], parses: Parses, words):
    """"The strike, now in its third week, began on Jan. 5": the ordinal's unit and the start date
    of the event it counts the units of, or None."""
    doc = span.doc
    ordinal = span.root
    unit_token = ordinal.head if ordinal.dep_ == "amod" else None
    if unit_token is None or unit_token.lemma_.lower() not in words.duration_units:
        return None
    if not any(child.lower_ in words.possessives for child in unit_token.children) or unit_token.dep_ != "pobj" \
            or any(child.dep_ not in ("poss", "amod", "det") for child in unit_token.children):
        return None  # not "in its second year of losses": a year of something else than the event
    holder = unit_token.head.head  # "the strike, now in its third week" / "is in its third week"
    for date in dates:
        if not _same_sentence(document, date, figure):
            continue
        date_span = parses.span(date.start, date.end)
        if date_span is None or date_span.doc is not doc:
            continue
        root = date_span.root
        verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "npadvmod" else None
        if verb is None or verb.lemma_.lower() not in words.starting:
            continue
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
        if holder == verb or holder in subjects:
            return unit_token.lemma_.lower(), date
    return None

