"""Relations between the figures of one document, built once for every rule to query.

* part-of: "over 10 million, including almost 4 million", "of whom", "of which",
  "among them", "N of the M", "N of them";
* events: each date with the tense of its clause and its event noun ("meeting");
* same event: two dates of one event noun in nearby sentences, with one tense;
* durations of events: "the month-long war, which began on March 14".

Links are made only on solid evidence (a cue word, the same event noun), never on
proximity alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from figures.document import Document
from figures.extraction.tense import tense_at
from figures.model import DATE_KINDS, Figure

#: Kinds that can be a part or a whole.
AMOUNT_KINDS = frozenset({"count", "money", "quantity"})

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
_PART_CUES = re.compile(
    r"(?:,\s*)?\b(?P<cue>including|includes|included|of\s+whom|of\s+which|among\s+them|among\s+whom"
    r"|among\s+which)\s+$", re.I)
_OF_THE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|all|those|these)?\s*$", re.I)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|those|these)\b", re.I)
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
class PartOf:
    """``part`` is said to be a part of one of ``wholes`` (the candidates the words allow)."""

    part: Figure
    wholes: tuple[Figure, ...]
    cue: str


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


class Relations:
    """The relations of one document's figures (each list computed on first use)."""

    def __init__(self, document: Document, figures: list[Figure]):
        self.document = document
        self.figures = figures
        self.text = document.text

    @cached_property
    def dateline(self):
        return self.document.dateline

    @cached_property
    def part_of(self) -> list[PartOf]:
        found = []
        amounts = [f for f in self.figures if f.kind in AMOUNT_KINDS]
        for index, part in enumerate(amounts):
            before = self.text[max(0, part.start - 30):part.start]
            cue = _PART_CUES.search(before)
            if cue:
                wholes = self._wholes_before(part, part.start - (len(before) - cue.start()))
                if wholes:
                    found.append(PartOf(part, wholes, cue.group("cue").lower()))
                continue
            following = amounts[index + 1] if index + 1 < len(amounts) else None
            if following and _OF_THE.match(self.text[part.end:following.start]) and _compatible(part, following):
                found.append(PartOf(part, (following,), "of the"))
            elif _OF_THEM.match(self.text[part.end:part.end + 20]):
                wholes = self._wholes_before(part, part.start)
                if wholes:
                    found.append(PartOf(part, wholes[-1:], "of them"))
        return found

    def _wholes_before(self, part: Figure, cue_start: int) -> tuple[Figure, ...]:
        sentence_start, _ = self.document.sentence_at(part.start)
        return tuple(f for f in self.figures
                     if sentence_start <= f.start and f.end <= cue_start and _compatible(part, f))

    @cached_property
    def events(self) -> list[Event]:
        events = []
        for figure in self.figures:
            if figure.kind not in DATE_KINDS or figure.date_start is None or figure.resolution == "dateline":
                continue
            sentence = self.document.sentence_at(figure.start)
            clause = self.text[sentence[0]:figure.start]
            events.append(Event(
                figure=figure,
                tense=tense_at(self.text, sentence, figure.start),
                head=self._event_noun(figure, sentence),
                sentence=self.document.sentence_index(figure.start),
                since=bool(_SINCE.search(clause[-30:])),
                firm=self._firm_tense(figure, sentence),
            ))
        return events

    def _event_noun(self, figure: Figure, sentence: tuple[int, int]) -> str | None:
        before = [w.group().lower() for w in _WORD.finditer(self.text, sentence[0], figure.start)]
        for index in range(len(before) - 1, -1, -1):
            if before[index] in _EVENT_NOUNS:
                return _qualified(before[index - 1] if index else "", before[index])
        after = [w.group().lower() for w in _WORD.finditer(self.text, figure.end, sentence[1])][:8]
        for index, word in enumerate(after):
            if word in _EVENT_NOUNS:
                return _qualified(after[index - 1] if index else "", word)
        return None

    def _firm_tense(self, figure: Figure, sentence: tuple[int, int]) -> bool:
        """The clause's verb is a plain past or future right before the date, with no modal."""
        window = self.text[max(sentence[0], figure.start - 60):figure.start]
        if _MODAL.search(self.text[sentence[0]:sentence[1]]):
            return False
        return bool(_FIRM_PAST.search(window) or re.search(r"\bwill\b", window, re.I))

    @cached_property
    def same_event(self) -> list[SameEvent]:
        pairs = []
        events = [e for e in self.events if e.head]
        for index, first in enumerate(events):
            for second in events[index + 1:]:
                if second.sentence - first.sentence > 2:
                    break
                if first.head == second.head and first.tense == second.tense and \
                        first.figure.resolution != second.figure.resolution:
                    pairs.append(SameEvent(first, second))
        return pairs

    @cached_property
    def durations(self) -> list[DurationOf]:
        found = []
        for figure in self.figures:
            if figure.kind != "duration":
                continue
            noun = _DURATION_NOUN.match(self.text, figure.end)
            head = noun.group("noun").lower() if noun else None
            if head not in _EVENT_NOUNS:
                continue
            start = self._dated_verb(figure, head, _STARTED)
            if start is not None:
                sentence = self.document.sentence_at(figure.start)
                ongoing = bool(_ONGOING.search(self.text, sentence[0], sentence[1]))
                found.append(DurationOf(figure, head, start, self._dated_verb(figure, head, _ENDED), ongoing,
                                        head in _OPEN_ENDED))
        return found

    def _dated_verb(self, duration: Figure, head: str, verb: re.Pattern) -> Figure | None:
        """A date in the duration's sentence (or the next that names the same event) whose
        clause says the event began (or ended)."""
        here = self.document.sentence_index(duration.start)
        for event in self.events:
            if event.sentence not in (here, here + 1) or event.figure.kind != "date":
                continue
            sentence = self.document.sentences[event.sentence]
            if event.sentence != here and head not in self.text[sentence[0]:sentence[1]].lower():
                continue
            before = self.text[max(sentence[0], event.figure.start - 40):event.figure.start]
            if verb.search(before):
                return event.figure
        return None

    @cached_property
    def ranges(self) -> list[Figure]:
        return [f for f in self.figures if f.reversed]


def _qualified(previous: str, noun: str) -> str:
    """"earlier talks" is not the same event as "talks"."""
    return f"{previous} {noun}" if previous in _OTHER_EVENT else noun


def _compatible(part: Figure, whole: Figure) -> bool:
    if part is whole or whole.kind not in AMOUNT_KINDS or part.kind != whole.kind:
        return False
    if part.kind == "quantity":
        from figures.units import registry
        units = registry()
        return units.Unit(part.unit).dimensionality == units.Unit(whole.unit).dimensionality
    return part.unit == whole.unit
