"""Events: each date with its tense and event noun; the same event dated twice; durations of events."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from figures.extraction.lexicon import WEEKDAYS
from figures.extraction.tense import Tenses
from figures.model import DATE_KINDS, Figure
from figures.relations.positions import SentenceTest
from figures.syntax import EventTime, Parses, event_time

_EVENT_NOUNS = frozenset(
    """meeting meetings summit talks conference election elections vote referendum visit
    trip war invasion attack attacks strike strikes ceremony hearing trial session race
    match tournament festival launch deadline operation offensive ceasefire truce deal
    agreement negotiations consultations forum congress convention rally protest protests
    parade concert auction inauguration funeral wedding event celebration exercise exercises
    drills poll polls debate hearings shutdown lockdown outbreak crisis siege storm
    flood earthquake fire blockade""".split()
)
_OPEN_ENDED = frozenset("""war invasion strike strikes siege crisis lockdown shutdown blockade outbreak
    protest protests occupation offensive operation""".split())
#: Words that make an event noun another event: "earlier talks", "another summit".
_OTHER_EVENT = frozenset("""earlier previous next last first second third another other new later final
    former past prior upcoming fresh separate""".split())
#: Words that may follow an event noun that is the head of its phrase.
_AFTER_EVENT = frozenset("""set will was were is are has had held took take takes to on in of at be begins
    began opens opened ends ended would could scheduled due planned between with for over that which
    last next this from by starting""".split())
_RESCHEDULED = re.compile(r"\b(?:postpon|reschedul|delay|moved|cancel|called\s+off|brought\s+forward)", re.I)
_BOUND = re.compile(r"\b(?:from|since|until|till|by|before|after|through|to)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
_STARTED = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start|launched|broke\s+out|erupted"
                      r"|opened)\b", re.I)
_ENDED = re.compile(r"\b(?:ended|ends|ending|finished|concluded|closed)\b", re.I)
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


def _event_time(parses: Parses, figure: Figure) -> EventTime | None:
    """The tense of the verb whose event the date is the time of, from the parse: "was convened on
    March 24", "On 7 October, the board approved": past; "will take place on April 6-7", "is set to
    open in 2031": future; else None (most dates in news are deadlines, maturities and names)."""
    if figure.resolution not in ("explicit", "inferred-year", "relative"):
        return None  # the dateline itself, or a day counted from another date
    if figure.resolution == "relative" and _WEEKDAY_ALONE.fullmatch(figure.text):
        return None  # "on Friday" was placed before or after the dateline by the tense: no test of it
    span = parses.span(figure.start, figure.end)
    return event_time(span, figure.date_start == figure.date_end) if span is not None else None


def find_same_event(events: list[Event]) -> list[SameEvent]:
    """Pairs of dates of one event noun, in one tense, in nearby sentences (not the same one), one
    of them relative; dates that bound a span or belong to a rescheduling are left out."""
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


def find_durations(document, figures: list[Figure], events: list[Event]) -> list[DurationOf]:
    """Durations said of an event noun ("the month-long war") with the dates it began (and ended)."""
    text = document.analysis_text
    ongoing_in = SentenceTest(document, _ONGOING)
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
        here = document.sentence_index(figure.start)
        nearby = by_sentence.get(here, []) + by_sentence.get(here + 1, [])
        start = _dated_verb(document, nearby, figure, head, _STARTED)
        if start is not None:
            end = _dated_verb(document, nearby, figure, head, _ENDED)
            found.append(DurationOf(figure, head, start, end, ongoing_in(figure.start), head in _OPEN_ENDED))
    return found


def _dated_verb(document, events: list[Event], duration: Figure, head: str, verb: re.Pattern) -> Figure | None:
    """A date in the duration's sentence (or the next that names the same event) whose
    clause says the event began (or ended); ``events`` are those of the two sentences."""
    text = document.analysis_text
    here = document.sentence_index(duration.start)
    for event in events:
        if event.figure.kind != "date":
            continue
        sentence = document.sentences[event.sentence]
        if event.sentence != here and head not in text[sentence[0]:sentence[1]].lower():
            continue
        before = text[max(sentence[0], event.figure.start - 40):event.figure.start]
        if verb.search(before):
            return event.figure
    return None


