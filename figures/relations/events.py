"""Events: each date with its tense and event noun; the same event dated twice; durations of events."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.extraction.tense import tense_at
from figures.model import DATE_KINDS, Figure

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
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
_STARTED = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start|launched|broke\s+out|erupted"
                      r"|opened)\b", re.I)
_ENDED = re.compile(r"\b(?:ended|ends|ending|finished|concluded|closed)\b", re.I)
_ONGOING = re.compile(r"\b(?:has|have|is|are|now|still|ongoing|continues|continuing)\b", re.I)
_DURATION_NOUN = re.compile(r"(?:-long|\s+long)?\s+(?P<noun>[a-z]+)", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_MODAL = re.compile(r"\b(?:would|could|might|may|should|must|to\s+be|plans?|planned|planning|"
                    r"expected|due|scheduled|set\s+to|aims?|intends?|hopes?|wants?|if|unless)\b", re.I)
_FIRM_PAST = re.compile(r"\b(?:was|were)\s+[a-z]+ed\b|\b(?:met|held|began|started|launched|opened|took\s+place"
                        r"|died|signed|announced|said|ended|broke\s+out|erupted|happened|occurred|was|were)\b",
                        re.I)


@dataclass(frozen=True)
class Event:
    """A date in its clause: the tense, the event noun, and how firmly the tense is marked."""

    figure: Figure
    tense: str | None
    head: str | None
    sentence: int
    since: bool
    firm: bool


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


def find_events(document, figures: list[Figure]) -> list[Event]:
    text = document.text
    events = []
    for figure in figures:
        if figure.kind not in DATE_KINDS or figure.date_start is None or figure.resolution == "dateline":
            continue
        sentence = document.sentence_at(figure.start)
        clause = text[sentence[0]:figure.start]
        events.append(Event(
            figure=figure,
            tense=tense_at(text, sentence, figure.start),
            head=_event_noun(text, figure, sentence),
            sentence=document.sentence_index(figure.start),
            since=bool(_SINCE.search(clause[-30:])),
            firm=_firm_tense(text, figure, sentence),
        ))
    return events


def _event_noun(text: str, figure: Figure, sentence: tuple[int, int]) -> str | None:
    before = [w.group().lower() for w in _WORD.finditer(text, sentence[0], figure.start)]
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _EVENT_NOUNS:
            return _qualified(before[index - 1] if index else "", before[index])
    after = [w.group().lower() for w in _WORD.finditer(text, figure.end, sentence[1])][:8]
    for index, word in enumerate(after):
        if word in _EVENT_NOUNS:
            return _qualified(after[index - 1] if index else "", word)
    return None


def _firm_tense(text: str, figure: Figure, sentence: tuple[int, int]) -> bool:
    """The clause's verb is a plain past or future right before the date, with no modal."""
    window = text[max(sentence[0], figure.start - 60):figure.start]
    if _MODAL.search(text[sentence[0]:sentence[1]]):
        return False
    return bool(_FIRM_PAST.search(window) or re.search(r"\bwill\b", window, re.I))


def find_same_event(events: list[Event]) -> list[SameEvent]:
    """Pairs of dates of one event noun, in one tense, within two sentences, one of them relative."""
    pairs = []
    headed = [e for e in events if e.head]
    for index, first in enumerate(headed):
        for second in headed[index + 1:]:
            if second.sentence - first.sentence > 2:
                break
            if first.head == second.head and first.tense == second.tense and \
                    first.figure.resolution != second.figure.resolution:
                pairs.append(SameEvent(first, second))
    return pairs


def find_durations(document, figures: list[Figure], events: list[Event]) -> list[DurationOf]:
    """Durations said of an event noun ("the month-long war") with the dates it began (and ended)."""
    text = document.text
    found = []
    for figure in figures:
        if figure.kind != "duration":
            continue
        noun = _DURATION_NOUN.match(text, figure.end)
        head = noun.group("noun").lower() if noun else None
        if head not in _EVENT_NOUNS:
            continue
        start = _dated_verb(document, events, figure, head, _STARTED)
        if start is not None:
            sentence = document.sentence_at(figure.start)
            ongoing = bool(_ONGOING.search(text, sentence[0], sentence[1]))
            end = _dated_verb(document, events, figure, head, _ENDED)
            found.append(DurationOf(figure, head, start, end, ongoing, head in _OPEN_ENDED))
    return found


def _dated_verb(document, events: list[Event], duration: Figure, head: str, verb: re.Pattern) -> Figure | None:
    """A date in the duration's sentence (or the next that names the same event) whose
    clause says the event began (or ended)."""
    text = document.text
    here = document.sentence_index(duration.start)
    for event in events:
        if event.sentence not in (here, here + 1) or event.figure.kind != "date":
            continue
        sentence = document.sentences[event.sentence]
        if event.sentence != here and head not in text[sentence[0]:sentence[1]].lower():
            continue
        before = text[max(sentence[0], event.figure.start - 40):event.figure.start]
        if verb.search(before):
            return event.figure
    return None


def _qualified(previous: str, noun: str) -> str:
    """"earlier talks" is not the same event as "talks"."""
    return f"{previous} {noun}" if previous in _OTHER_EVENT else noun
