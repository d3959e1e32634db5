"""Ages against birth dates, read from the parse: who an age is of, who a birth date is of, and
the moment the age holds at.

An age is of the noun it is said of ("Ortega, 29,", "Lowe (57)", "the 71-year-old actor",
"Booth, aged 35", "a man in his fifties") or of the subject of the clause it is given in
("Patel is 38", "turned 40", "died aged 89", "At 19, the Kenyan is", "won at the age of 18").
A birth is of the subject of "born", the noun it hangs on ("Vik (b. 1988)", "his son, born in
2023") or the subject of the clause a fronted "Born in 2004," opens; a birthday gives one too
("his 70th birthday in 2020": born in 1950).  An age and a birth are linked when the parse says
they are of the same person, never on proximity.

The moment of an age said of a noun is the dateline (news gives ages at publication), or as
likely the date of its person's past event ("In 1995, Smith, 45, was elected"); with "then",
that date or any day before the dateline.  The moment of an age given in a clause is the date
of its event ("in 2019", "when the study began in 2021", "last month"), else the dateline in
the present, any day before it in the past and any day after it in the future; a date the
parse attaches with doubt leaves the undated reading as a second, unlikely one.
The words are in ``lang/en/people.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from figures.lang import people_words, tense_words
from figures.model import DATE_KINDS, Figure
from figures.parsing import Parses
from figures.relations.counting import counted
from figures.relations.positions import SentenceTest
from figures.syntax import governing_verb, verb_tense

#: A moment, or the days it may be: first and last day, inclusive.
Moment = tuple[dt.date, dt.date]

_NOUNS = ("NOUN", "PROPN", "PRON")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_EARLIEST, _LATEST = dt.date.min, dt.date.max


@dataclass(frozen=True)
class AgeBorn:
    """An age and a birth said of one person.  ``born``: the birth date (or a birthday's date);
    ``birth``: the days the person may be born on; ``moments``: when the age may hold, the first
    ``likely`` of them the likely readings; ``turning``: the age is reached then ("turned 40
    last month"), not merely held; ``sure``: the parse leaves no doubt that both are of the
    person (it does for a bracketed "(57)" and a birthday with a pronoun owner); ``birthday``:
    the ordinal of the birthday a birth is inferred from, if any."""

    age: Figure
    born: Figure
    birth: Moment
    moments: tuple[Moment, ...]
    likely: int
    turning: bool
    sure: bool
    birthday: Figure | None = None


@dataclass(frozen=True)
class _Said:
    """A figure said of a person: the person's token (its sentence and index) and how sure."""

    figure: Figure
    sentence: int
    person: int
    sure: bool


@dataclass(frozen=True)
class _Birth(_Said):
    days: Moment
    birthday: Figure | None = None
    subject: bool = False  # the one born is the subject of the sentence ("Rivera was born in 1980")


@dataclass(frozen=True)
class _Age(_Said):
    moments: tuple[Moment, ...]
    turning: bool
    tokens: frozenset[int]  # its own words: a "born" hung on them is said of its person
    likely: int
    anaphor: bool = False  # "The 35-year-old joined ...": the age alone is the subject, of someone said before

    def of(self, birth: _Birth) -> bool:
        if self.anaphor:
            return birth.subject and birth.sentence == self.sentence - 1
        return self.sentence == birth.sentence and (birth.person == self.person or birth.person in self.tokens)


def find_ages_born(document, figures: list[Figure], parses: Parses) -> list[AgeBorn]:
    """Every age linked to a birth of the same person in its sentence."""
    today = document.dateline.date if document.dateline else None
    dates = [f for f in figures if f.kind in DATE_KINDS and f.date_start is not None]
    telling = SentenceTest(document, _birth_words())  # only sentences with a word of birth are parsed for one
    births = [b for b in (_birth(parses, f, dates, document) for f in figures
                          if (f.kind == "ordinal" or (f.kind in DATE_KINDS and f.date_start is not None))
                          and telling(f.start)) if b]
    sentences = {birth.sentence for birth in births}  # only they are parsed for ages
    following = {birth.sentence + 1 for birth in births if birth.subject}
    candidates = [f for f in figures if document.sentence_index(f.start) in sentences
                  or f.kind == "age" and document.sentence_index(f.start) in following]
    ages = [a for a in (_age(parses, f, dates, today, document) for f in candidates) if a]
    told = {}  # the births told of a sentence's subject, by sentence: an anaphor needs exactly one
    for birth in births:
        told.setdefault(birth.sentence, []).append(birth)
    return [
        AgeBorn(age.figure, birth.figure, birth.days, age.moments, age.likely, age.turning,
                age.sure and birth.sure and not age.anaphor, birth.birthday)
        for age in ages for birth in births
        if age.of(birth) and not (age.anaphor and len(told[birth.sentence]) > 1)
    ]


# -- births ----------------------------------------------------------------------------------------

@functools.cache
def _birth_words() -> re.Pattern:
    """Any word of birth ("born", "b.", "birthday") in a text."""
    words = people_words()
    return re.compile("|".join(rf"(?<!\w){re.escape(word)}" for word in (*words.born, *words.birthdays)), re.I)


def _birth(parses: Parses, figure: Figure, dates: list[Figure], document) -> _Birth | None:
    """The birth a date gives ("born in 1950", "(b. 1988)") or a birthday ordinal implies."""
    span = parses.span(figure.start, figure.end)
    if span is None:
        return None
    if figure.kind == "ordinal":
        return _birthday(parses, figure, span, dates, document)
    if figure.kind not in DATE_KINDS or figure.date_start is None:
        return None
    outward = _outward(span)
    if any(token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children) for token in outward):
        return None  # "were born in 2019 and 2017": whose is which is not said
    cue = next((c for c in map(_born_cue, outward) if c is not None), None)
    person = _one_born(cue) if cue is not None else None
    if person is None or any(child.dep_ == "conj" for child in person.children):
        return None
    return _Birth(figure, document.sentence_index(figure.start), person.i, True, _days(figure),
                  subject=person.dep_ in _SUBJECTS and person.head.dep_ == "ROOT")


def _born_cue(token):
    """The word "born" (or "b.") a date hangs on, directly ("born 14 May 1999") or through
    prepositions of place and time ("born on a farm in 1931")."""
    words = people_words()
    for _ in range(6):
        head = token.head
        if head.i == token.i or token.dep_ not in ("pobj", "prep", "nummod", "npadvmod", "compound", "appos"):
            return None
        if token.dep_ == "prep" and token.lower_ not in words.born_prepositions:
            return None
        if head.lower_ in words.born:
            return head
        token = head
    return None


def _one_born(cue):
    """The one born: the subject of "born", the noun it hangs on, the subject of the clause a
    fronted "Born in 1950," opens, or the phrase "born ..." itself when it is a subject."""
    subjects = [child for child in cue.children if child.dep_ in _SUBJECTS]
    if subjects:
        return _resolved(subjects[0])
    if cue.dep_ in ("acl", "relcl", "appos", "amod", "npadvmod") and cue.head.pos_ in _NOUNS:
        return cue.head
    if cue.dep_ in ("advcl", "conj") and cue.head.pos_ in ("VERB", "AUX"):
        return _subject(cue.head)
    if cue.dep_ == "csubj":
        return cue
    return None


def _birthday(parses: Parses, figure: Figure, span, dates: list[Figure], document) -> _Birth | None:
    """"celebrated his 70th birthday in 2020": born 70 years before the birthday's date.  The
    person is the noun that owns the birthday, else (with a pronoun, likely) the subject of its
    verb; the date hangs on the birthday or on that verb."""
    words = people_words()
    noun = span.root.head
    if span.root.dep_ not in ("amod", "nummod") or noun.lemma_.lower() not in words.birthdays:
        return None
    owners = [child for child in noun.children if child.dep_ == "poss"]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    person, sure = (owners[0], True) if owners and owners[0].pos_ in ("NOUN", "PROPN") else (None, False)
    if person is None and verb.pos_ in ("VERB", "AUX"):
        person = _subject(verb)
    found = _dates_of(parses, [noun, verb], dates)  # hung on either, the date is the birthday's
    if person is None or len(found) != 1 or figure.value is None:
        return None
    date, years = found[0][0], int(figure.value)
    return _Birth(date, document.sentence_index(figure.start), person.i, sure,
                  (_years_before(date.date_start, years), _years_before(date.date_end, years)), figure)


# -- ages ------------------------------------------------------------------------------------------

def _age(parses: Parses, figure: Figure, dates: list[Figure], today: dt.date | None, document) -> _Age | None:
    """The age a figure gives and whom of: an age figure, or a bare count where only an age can
    stand ("Lowe (57)", "was 84", "turned 40", "At 19,")."""
    if figure.kind not in ("age", "count") or figure.kind == "age" and figure.unit != "year":
        return None
    span = parses.span(figure.start, figure.end)
    if span is None:
        return None
    root = _outward(span)[0]
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return None  # "aged 48 or 49": an alternative
    anchor = _anchor(root)
    if anchor is None and figure.kind == "age" and _alone_as_subject(root):
        anchor = root, "self"  # "The 35-year-old joined the club": of the subject said before
    if anchor is None:
        return None
    holder, position = anchor
    if figure.kind == "count" and not _bare_age(parses, figure, root, holder, position):
        return None
    person = holder if position in ("noun", "self") else _subject(holder)
    if person is None:
        return None
    turning = position == "object" and holder.lemma_.lower() in people_words().turning
    tokens = frozenset(token.i for token in span)
    if position in ("noun", "self"):
        moments, likely = _noun_moments(parses, person, dates, today, _said_then([*span, root.head]))
    else:
        moments, likely = _clause_moments(parses, holder, root, tokens, position, turning, dates, today)
    if not moments:
        return None
    bracketed = figure.kind == "count" and root.i > 0 and root.nbor(-1).text == "("  # "Lowe (57)": likely an age
    return _Age(figure, document.sentence_index(figure.start), person.i, not bracketed, moments, turning,
                tokens, likely, anaphor=position == "self")


def _alone_as_subject(root) -> bool:
    """An age that is itself the subject of its sentence's verb, as "the N-year-old", with no
    noun or name of its own ("The 35-year-old joined", not "The 35-year-old striker")."""
    return root.dep_ in _SUBJECTS and root.head.dep_ == "ROOT" and root.head.pos_ in ("VERB", "AUX") \
        and any(child.dep_ == "det" and child.lower_ == "the" for child in root.children)


def _anchor(token):
    """What an age hangs on: ``(noun, "noun")`` for an apposition, a "-year-old" or "aged"
    modifier, a decade ("a man in his fifties"); ``(verb, position)`` for a clause's age,
    position "complement" ("is 38", "is in his fifties"), "object" ("turned 40"), "adverbial"
    ("died aged 89"), "at" ("at the age of 18") or "front" (an "At 19," before the subject);
    None when it hangs on neither."""
    words = people_words()
    if token.dep_ == "prep":  # the age is a phrase of its own: "in his fifties"
        if token.head.pos_ in ("NOUN", "PROPN"):
            return token.head, "noun"
        return (token.head, "complement") if token.head.pos_ in ("VERB", "AUX") else None
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "appos" or token.dep_ in ("amod", "acl") and head.pos_ in ("NOUN", "PROPN"):
            return (head, "noun") if head.pos_ in ("NOUN", "PROPN") else None
        if token.dep_ == "pobj" or head.lower_ in words.age_words:
            token = head  # "aged 35", "the age of 18", "at 19"
            continue
        if token.dep_ == "prep":
            if token.lower_ not in words.at or head.pos_ not in ("VERB", "AUX"):
                return None
            subjects = [child.i for child in head.children if child.dep_ in _SUBJECTS]
            return head, "front" if subjects and token.i < min(subjects) else "at"
        if head.pos_ in ("VERB", "AUX"):
            if token.dep_ in ("attr", "acomp", "oprd"):
                return head, "complement"
            if token.dep_ == "dobj":
                return head, "object"
            if token.dep_ in ("npadvmod", "advcl", "nummod"):
                return head, "adverbial"
        return None
    return None


def _bare_age(parses: Parses, figure: Figure, root, holder, position: str) -> bool:
    """A count read as an age: a whole number under 130 standing alone, in apposition, as the
    complement of "be", the object of "turn", or after a fronted "At"."""
    words = people_words()
    if figure.qualifier or figure.value is None or not (0 < figure.value < 130) or figure.value != int(figure.value):
        return False
    if any(child.dep_ in ("prep", "nummod", "quantmod", "amod", "compound") for child in root.children):
        return False  # "one of the founders", "84 of them"
    if counted(parses, figure).noun is not None:
        return False
    return position == "noun" and root.dep_ == "appos" or position == "front" \
        or position == "complement" and holder.lemma_ == "be" \
        or position == "object" and holder.lemma_.lower() in words.turning


def _noun_moments(parses: Parses, person, dates: list[Figure], today: dt.date | None,
                  then: bool) -> tuple[tuple[Moment, ...], int]:
    """When an age said of a noun holds: the dateline, or the date of its person's past event
    ("In 1995, Smith, 45, was elected"), both likely; with "then", that date or any day before
    the dateline."""
    verb = person.head if person.dep_ in _SUBJECTS else None
    events: tuple[Moment, ...] = ()
    if verb is not None and verb.lower_ not in people_words().born and verb_tense(verb) == "past":
        events = tuple(_days(date) for date, _ in _dates_of(parses, [verb], dates))
    if then:
        moments = events or (((_EARLIEST, today),) if today else ())
    else:
        moments = ((today, today), *events) if today else ()
    return moments, len(moments)


def _clause_moments(parses: Parses, verb, root, age: frozenset[int], position: str, turning: bool,
                    dates: list[Figure], today: dt.date | None) -> tuple[tuple[Moment, ...], int]:
    """When an age given in a clause holds: the date of its event (with the undated reading as a
    second, unlikely one when the parse attaches the date with doubt), else the undated reading."""
    if verb.lower_ in people_words().born:
        return ((today, today),) if today else (), 1  # "Aged 25, the striker was born in"
    dated = _dates_of(parses, [verb, *_when_clauses(verb), *_when_clauses(root)], dates, age)
    undated = _undated(verb, position, turning, today)
    if len(dated) == 1 and dated[0][1]:
        return (_days(dated[0][0]),), 1
    if dated:
        first = (min(date.date_start for date, _ in dated), max(date.date_end for date, _ in dated))
        return ((first, undated) if undated else (first,)), 1
    return ((undated,) if undated else ()), 1


def _said_then(tokens) -> bool:
    """"Hale, then 32,", "the then 32-year-old": an age at a past moment."""
    words = people_words().then
    return any(child.dep_ == "advmod" and child.lower_ in words for token in tokens for child in token.children)


def _undated(verb, position: str, turning: bool, today: dt.date | None) -> Moment | None:
    """The moment a clause with no date gives its age at: the dateline in the present (not for an
    age reached, nor "at the age of" after the verb: "retires at 65"), before it in the past,
    after it in the future."""
    if today is None:
        return None
    tense = verb_tense(verb)
    if tense is None and _perfect(verb):
        tense = "past"
    if tense == "past":
        return _EARLIEST, today
    if tense == "future":
        return today, _LATEST
    if tense is None and _present(verb) and not turning and position != "at":
        return today, today
    return None


def _when_clauses(token) -> list:
    """The clauses of ``token`` opened by "when": "was 84 when the study began"."""
    words = people_words()
    return [child for child in token.children if child.dep_ in ("advcl", "relcl")
            and any(mark.dep_ in ("advmod", "mark") and mark.lower_ in words.when for mark in child.children)]


def _dates_of(parses: Parses, holders: list, dates: list[Figure], age=frozenset()) -> list[tuple[Figure, bool]]:
    """The dates that hang on one of ``holders`` (a verb, or a noun like "birthday"), each with
    whether the parse's attachment is sure.  Only the words of ``age`` (token indexes) between
    the verb and its date leave no doubt: a bare age owns no date ("turned 40 last month")."""
    found = []
    indexes = {holder.i for holder in holders}
    for date in dates:
        span = parses.span(date.start, date.end)
        if span is None or span.doc is not holders[0].doc:
            continue
        governor = governing_verb(span, date.date_start == date.date_end)
        links = [link for link in map(_time_link, _outward(span)) if link is not None and link.head.i in indexes]
        plain = bool(links) and _only_age_between(links[0], age)
        if governor is not None and governor[0].i in indexes:
            found.append((date, governor[1] or plain))
        elif links:
            found.append((date, plain))
    return found


def _time_link(token):
    """What joins a date to the word it hangs on: itself ("last month") or its time preposition."""
    if token.dep_ == "npadvmod":
        return token
    if token.dep_ == "pobj" and token.head.lower_ in tense_words().time_prepositions:
        return token.head
    return None


def _only_age_between(link, age: frozenset[int]) -> bool:
    verb, words = link.head, people_words().age_words
    between = [child for child in verb.children if verb.i < child.i < link.i]
    return bool(age) and link.i > verb.i and all(
        child.i in age or child.lower_ in words or child.dep_ in ("advmod", "prt", "neg", "punct") for child in between)


# -- the parse -------------------------------------------------------------------------------------

def _outward(span) -> list:
    """The tokens of ``span`` that hang outside it, the span's root first."""
    outward = [token for token in span if not span.start <= token.head.i < span.end or token.head.i == token.i]
    return sorted(outward, key=lambda token: token.i != span.root.i) or [span.root]


def _subject(verb):
    """The subject of ``verb``, a relative pronoun read as its noun; a clause with no subject of
    its own takes the subject of the clause it joins ("was born in 1950 and died aged 89")."""
    for _ in range(4):
        subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
        if subjects:
            return _resolved(subjects[0])
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _resolved(token):
    """A relative pronoun stands for the noun its clause hangs on ("Smith, who was born")."""
    if token.lower_ not in people_words().relatives:
        return token
    clause = token.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def _present(verb) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return not auxiliaries and verb.tag_ in ("VBZ", "VBP") or \
        verb.tag_ == "VBG" and any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries)


def _perfect(verb) -> bool:
    """"has turned 40", "have been": the present perfect, an event before the dateline."""
    return verb.tag_ == "VBN" and any(aux.lemma_ == "have" and aux.tag_ in ("VBZ", "VBP")
                                      for aux in verb.children if aux.dep_ == "aux")


def _days(date: Figure) -> Moment:
    return date.date_start, date.date_end or date.date_start


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
