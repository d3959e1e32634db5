"""A length told of a state or of an event, with the dates the parse gives for its start and its end.

Three shapes, read from the parse of one sentence:

* a state with its length, "The road was closed for 17 days after it flooded on May 2; it
  reopened on June 27": the state's verb holds "for N units"; its start is a date of that verb
  ("closed on 3 March for nine days") or of the event under "after" in its clause ("after a
  pipe burst on Jan. 3"); its end is the date of a verb of ending (lang/en/events.toml
  ``[state_words] ending``) whose subject is the state's (shared, the same noun, or a pronoun);
* an event noun with its length, "The 7-month inquiry, which opened on 3 May, reported on 3
  December": a verb of starting and a verb of ending (or of concluding) of which the noun is the
  subject, or on which it hangs a relative clause;
* the length of a verb of taking, "The project took 18 months, starting in June 2021 and
  finishing in June 2024": its participles of starting and of ending (lang/en/events.toml
  ``[state_words] taking``).

A state's link is a likely reading only ("closed on 3 March for nine days" may tell a plan, and
its end is told by another clause): its finding is a warning at most. An event's link is sure
when both dates hang on their verbs and the noun is the subject of both (or of a relative
clause); a relative clause on the noun's complement, a clause the parse hangs on the noun, or a
concluding act ("reported on") make it a likely reading. Nothing is linked when a verb of the
sentence changes the length ("was extended"), the length is a part ("a further ten days") or the
state is told twice ("then again after").
"""

from __future__ import annotations

from dataclasses import dataclass

from figures.lang import state_words
from figures.model import Figure

_VERBS = ("VERB", "AUX")
_SUBJECTS = ("nsubj", "nsubjpass")
_LENGTH_OF_NOUN = ("compound", "amod", "nummod", "nmod")


@dataclass(frozen=True)
class StateSpan:
    start: Figure
    end: Figure | None  # None: to the dateline ("has lasted nine weeks")
    sure: bool
    shape: str  # "state" ("closed for 17 days") or "event" ("the 7-month inquiry")


def state_span(document, span, duration: Figure, dates: list[Figure], parses, words) -> StateSpan | None:
    """The start and end dates of the state or event ``span`` (the duration's tokens) is the length of."""
    states = state_words()
    doc = span.doc
    if _partial(span, states):
        return None  # "for a further ten days", "12 days in total": not the whole of the state
    dated = []
    for date in dates:
        if document.sentence_index(date.start) != document.sentence_index(duration.start):
            continue
        date_span = parses.span(date.start, date.end)
        if date_span is None or date_span.doc is not doc or (date_span.start < span.end and span.start < date_span.end):
            continue
        verb, direct, token = dated_verb(date_span, states)
        if verb is not None:
            dated.append((date, token, verb, direct))
    root = span.root
    if root.dep_ in ("dobj", "npadvmod") and root.head.pos_ in _VERBS and root.head.lemma_.lower() in states.taking:
        return _of_taking(root.head, dated, words, states)
    if len(dated) < 2:
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in states.lasting:
        return _of_state(before, dated, states)
    if root.dep_ in _LENGTH_OF_NOUN and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.lemma_.lower() not in words.duration_units:
        return _of_event(root.head, dated, words, states)
    return None


def altered(doc, states, but=None) -> bool:
    """A verb of the sentence (other than ``but``) changes the length the event was given ("was
    extended and finished on", "the closure was cut short"): its told length need not fit its dates."""
    return any(token.pos_ in _VERBS and token != but and token.lemma_.lower() in states.altering for token in doc)


def _partial(span, states) -> bool:
    """"A further ten days", "12 days in total", "three weeks altogether": a part of the state."""
    root = span.root
    near = list(root.children) + [child for child in root.head.children if child.i >= span.end]
    for token in near:
        if token.lower_ in states.partial:
            return True
        if token.dep_ == "prep" and any(child.lower_ in states.partial for child in token.children):
            return True
    return any(token.lower_ in states.partial for token in span)


def dated_verb(date_span, states):
    """The verb whose event the date is the time of ("reopened on June 27", "began on 2024-03-04":
    any token of a date the tokenizer split, a preposition first), whether the date hangs on it
    directly, and the date's token that hangs; else (None, False, None)."""
    attached = [token for token in date_span if token.head not in date_span and token.head.i != token.i]
    for token in attached:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in states.dating:
            governor = head.head
            if governor.pos_ in _VERBS:
                return governor, True, token
            return _up_to_verb(governor), False, token
    for token in attached:
        if token.dep_ == "npadvmod" and token.head.pos_ in _VERBS:
            return token.head, True, token
    return None, False, None


def _up_to_verb(token, steps: int = 3):
    """The verb a noun hangs on within a few prepositional steps ("reopened to shipping on")."""
    for _ in range(steps):
        if token.pos_ in _VERBS:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in _VERBS else None


def _subject(verb):
    return next((child for child in verb.children if child.dep_ in _SUBJECTS), None)


def _of_state(lasting, dated, states) -> StateSpan | None:
    """"Closed for 17 days after it flooded on May 2; it reopened on June 27"."""
    state = lasting
    while state.pos_ not in _VERBS and state.head.i != state.i:
        state = state.head
    if state.pos_ not in _VERBS:
        return None
    if altered(state.doc, states, but=state) or any(token.lower_ in states.repeating for token in state.doc):
        return None  # "was extended", "then again after a fault on": not one state of that length
    start = end = None
    for date, token, verb, direct in dated:
        if start is None and (verb == state and direct or _after_event(token, state, states)):
            start = date  # "closed on 3 March for nine days", "closed for 12 days after a pipe burst on Jan. 3"
        elif end is None and verb != state and verb.lemma_.lower() in states.ending | states.undoing \
                and verb.lemma_.lower() != state.lemma_.lower() and _same_subject(verb, state, states) is not None:
            end = date
    if start is None or end is None or end.start < start.start:
        return None
    return StateSpan(start, end, False, "state")  # "closed on 3 March for nine days" may be a plan


def _after_event(token, state, states) -> bool:
    """The date is the time of an event under "after" in the state's clause: "after a storm on
    Nov. 12", "after the company missed a deadline on May 6" (the event's clause hangs on the
    state's verb, or the parse hangs it on the state's length)."""
    verbs = 0
    while token.head.i != token.i:
        token = token.head
        if token == state:
            return False
        if token.lower_ in states.after and token.dep_ == "prep":
            return _reaches(token, state)
        if any(child.dep_ == "mark" and child.lower_ in states.after for child in token.children):
            return _reaches(token, state)
        if token.pos_ in _VERBS:
            verbs += 1
            if verbs > 1:
                return False
    return False


def _reaches(token, state, steps: int = 4) -> bool:
    """``state`` is reached from ``token`` by its heads, through no other verb."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token == state:
            return True
        if token.pos_ in _VERBS:
            return False
    return False


def _same_subject(verb, state, states) -> bool | None:
    """Whether the ending verb's subject is the state's: True when the parse makes it so (a shared
    subject, the same noun), False when only likely (a pronoun), None when it is not."""
    own, theirs = _subject(verb), _subject(state)
    if own is None:  # "closed for two days ... and reopened on": the state's subject, shared
        if verb.head == state or state.head == verb:
            return True
        if verb.dep_ == "conj" and verb.head.dep_ == "advcl" and verb.head.head == state:
            return False  # "suspended ... after the company missed ..., and resumed on": hung low
        return None
    if theirs is not None and own.lemma_.lower() == theirs.lemma_.lower() and own.lower_ not in states.pronouns:
        return True
    if state.dep_ in ("relcl", "acl") and state.head == own:
        return True  # "the pier, which was closed for 10 days ..., reopened on"
    if own.lower_ in states.pronouns:
        return False
    return None


def _of_event(noun, dated, words, states) -> StateSpan | None:
    """"The six-week review, which began on 2 September, concluded on 14 December"."""
    if altered(noun.doc, states):
        return None
    start = end = None
    start_sure = end_sure = False
    for date, _, verb, direct in dated:
        lemma = verb.lemma_.lower()
        told = told_of(verb, noun)
        if told is None:
            continue
        if start is None and lemma in words.starting:
            start, start_sure = date, told and direct
        elif end is None and (lemma in states.ending or lemma in states.concluding):
            end, end_sure = date, told and direct and lemma in states.ending
    if start is None or end is None:
        return None
    return StateSpan(start, end, start_sure and end_sure, "event")


def _of_taking(taking, dated, words, states) -> StateSpan | None:
    """"The project took 18 months, starting in June 2021 and finishing in June 2024": the verb of
    taking's participles of starting and of ending (hung on it, or one joined to the other) date
    the start and the end of its subject's work. Sure when both dates hang on their participles."""
    if altered(taking.doc, states, but=taking) or any(token.lower_ in states.repeating for token in taking.doc):
        return None
    start = end = None
    sure = True
    subject = _subject(taking)
    for date, _, verb, direct in dated:
        lemma = verb.lemma_.lower()
        if not _participle_of(verb, taking):
            if start is None and lemma in words.starting and subject is not None and verb.dep_ == "relcl" \
                    and verb.head == subject and told_of(verb, subject) and _perfect(taking):
                start, sure = date, direct  # "The strike, which began on 3 March, has lasted nine weeks"
            continue
        if start is None and lemma in words.starting:
            start, sure = date, sure and direct
        elif end is None and lemma in states.ending:
            end, sure = date, sure and direct
    if start is None or (end is None and not _perfect(taking)) or (end is not None and end.start < start.start):
        return None
    return StateSpan(start, end, sure, "event")  # no end: to the dateline


def _perfect(verb) -> bool:
    """A present perfect ("has lasted", "have taken"): the length runs to the time of writing."""
    return verb.tag_ == "VBN" and any(child.dep_ == "aux" and child.tag_ in ("VBZ", "VBP") for child in verb.children)


def _participle_of(verb, taking) -> bool:
    """The verb is a participle of the clause of ``taking`` ("took 18 months, starting in"), or joined
    to one ("starting in ... and finishing in"), with no subject of its own."""
    if verb.tag_ not in ("VBG", "VBN") or _subject(verb) is not None:
        return False
    if verb.dep_ in ("advcl", "xcomp") and verb.head == taking:
        return True
    return verb.dep_ == "conj" and verb.head != verb and _participle_of(verb.head, taking)


def told_of(verb, noun) -> bool | None:
    """Whether the verb tells of the noun's event: True for its subject or a relative clause on it
    ("the review, which began", "the review ... concluded"), False for a relative clause on the
    noun's complement ("the closure of Route 9, which started") or a clause the parse hangs on the
    noun ("the inquiry, ..., reported"), None otherwise."""
    subject = _subject(verb)
    if subject == noun:
        return True
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in _VERBS and verb.head.i != verb.i:
        return told_of(verb.head, noun)  # "the summit opens on ... and closes on": a shared subject
    if verb.dep_ == "relcl" and verb.head == noun and subject is not None and subject.tag_ in ("WDT", "WP"):
        return True
    if verb.dep_ == "acl" and verb.head == noun:
        return False
    if verb.dep_ == "relcl" and verb.head.head.dep_ == "prep" and verb.head.head.lower_ == "of" \
            and verb.head.head.head == noun:
        return False
    return None
