"""One event told in two adjacent sentences with other words for it: event coreference from the parse.

"The strike begins tomorrow. Union leaders said the walkout would start on June 2": the two dated
clauses tell one event when their verbs are of one event class ("begin", "start") and their subjects
corefer: one head, nouns of one class ("strike", "walkout"), or a personal pronoun in the second
sentence continuing the only subject of the first it agrees with ("The suspect was arrested
yesterday, police said. He was detained on March 4"). A noun of the start of an unnamed event
("Kick-off is on July 18") continues the event of the sentence before. The classes are general
English lexicon (``[coreference]`` of ``lang/en/events.toml``).

Left out, as another event or another time of it: a clause with a negation, a modal of possibility
("could start"), an adverb of another occurrence ("was later detained", "opened again"), a subject or
object qualified as another ("a second man", "another walkout"), objects that differ ("closed the
deal" / "shut its plant"), an agent for a patient ("was arrested" / "he detained"), verbs of two
tenses, and a verb whose event is another's ("started selling").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from figures.lang import event_words, repeat_words
from figures.parsing import lemma_readings
from figures.syntax import governing_verb, verb_tense

_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Telling:
    """How a dated clause tells its event: its verb, the verb's event classes, its subject (None for the
    start of an unnamed event, ``phase``), and its object when the verb's phrase does not hold it."""

    verb: object  # spaCy Token
    classes: frozenset[str]
    subject: object | None
    phase: bool
    passive: bool
    obj: object | None
    word: str  # the verb, or the noun of the start of an unnamed event, as written
    other: bool  # its subject or object is qualified as another ("a second man", "another walkout")


@cache
def _lexicon():
    table = event_words().coreference or {}
    verb_classes: dict[str, set[str]] = {}
    for name, phrases in table.get("verb_classes", {}).items():
        for phrase in phrases:
            verb_classes.setdefault(phrase, set()).add(name)
    noun_classes: dict[str, set[str]] = {}
    for name, nouns in table.get("noun_classes", {}).items():
        for noun in nouns:
            noun_classes.setdefault(noun, set()).add(name)
    together = {frozenset(pair) for pair in table.get("together", [])}
    return (verb_classes, noun_classes, dict(table.get("pronouns", {})), frozenset(table.get("other_time", [])),
            frozenset(table.get("hedges", [])), frozenset(table.get("phase_nouns", [])), together)


def telling(span, one_day: bool) -> Telling | None:
    """How the clause of a date (its parse ``span``, ``one_day`` if it names a single day) tells its
    event, or None when it tells none the lexicon knows, or tells it as a possibility, another time,
    or another event."""
    verb_classes, _, _, other_time, hedges, phase_nouns, _ = _lexicon()
    governor = governing_verb(span, one_day)
    if governor is None:
        return None
    verb = governor[0]
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in other_time or (c.dep_ == "aux" and c.lower_ in hedges) for c in children):
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in hedges for m in c.children) for c in children):
        return None  # "if talks fail, the walkout would start on": a condition
    if any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in children):
        return None  # "started selling", "began to": the event is the other verb's
    subject = _subject(verb)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if verb.lemma_.lower() == "be" and subject is not None:
        words = _phrase_text(subject).lower()
        if words in phase_nouns and not any(c.dep_ in ("poss", "prep") or (c.dep_ == "det" and c.lower_ != "the")
                                            for c in subject.children):
            return Telling(verb, frozenset({"starting"}), None, True, False, None, _phrase_text(subject), False)
        return None
    classes: set[str] = set()
    used = set()
    lemma = next((word for word in _lemmas(verb) if any(key == word or key.startswith(word + " ")
                                                          for key in verb_classes)), verb.lemma_.lower())
    classes |= verb_classes.get(lemma, set())
    for child in children:
        for word in {child.lower_, child.lemma_.lower()}:
            if child.dep_ in ("prt", "dobj", "acomp", "oprd", "advmod", "xcomp"):
                found = verb_classes.get(f"{lemma} {word}", set()) | verb_classes.get(f"{lemma} {word} {_after(child)}", set())
                if found:
                    classes |= found
                    used.add(child.i)
            if child.dep_ == "prep":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        found = verb_classes.get(f"{lemma} {word} {grand.lemma_.lower()}", set())
                        if found:
                            classes |= found
                            used.add(child.i)
    if not classes or any(c.dep_ == "prt" and c.i not in used for c in children):
        return None  # "played down", "shut out": a phrasal verb the lexicon does not know is another verb
    objects = [c for c in children if c.dep_ == "dobj" and c.i not in used]
    other = any(_other(noun) for noun in [subject, *objects] if noun is not None)
    return Telling(verb, frozenset(classes), subject, False, passive, objects[0] if objects else None, verb.text, other)


def _after(child) -> str:
    """The word after a particle or object within the verb's phrase ("set free", "let go")."""
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return following.lower_ if following is not None else ""


def _subject(verb):
    """The subject of the verb: its own, that of the verb it is joined to or completes, or the noun a
    relative pronoun stands for ("the mine, which closed")."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in repeat_words().relatives and token.dep_ == "relcl":
                return token.head
            return subject
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _phrase_text(token) -> str:
    """The noun with the words joined to it by hyphens ("Kick-off", parsed "Kick", "-", "off")."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start:end + 1].text


def _other(noun) -> bool:
    """The noun is qualified as another of its kind ("a second man", "another walkout", "earlier talks")."""
    qualifiers = event_words().other_event
    return any(c.dep_ in ("amod", "det", "nummod", "advmod") and c.lower_ in qualifiers for c in noun.children)


def _plural(noun) -> bool:
    if any(c.dep_ == "conj" for c in noun.children):
        return True
    return noun.tag_ in ("NNS", "NNPS") or "Plur" in noun.morph.get("Number")


def _names(noun) -> set[str]:
    """The classes (or, for a noun of none, the word) a subject or object noun is of."""
    _, noun_classes, *_ = _lexicon()
    words = {noun.lower_, noun.lemma_.lower()}
    found = set().union(*(noun_classes.get(w, set()) for w in words))
    return found or words


_MODIFIERS = ("compound", "amod", "poss", "nummod", "nmod")


def _same_thing(first, second) -> bool:
    """``second`` names what ``first`` does: the same name, or nouns of one class, with no modifier of
    its own ("The Ashby plant" / "its sister plant": another plant)."""
    if first.pos_ == "PROPN" or second.pos_ == "PROPN":
        return first.lower_ == second.lower_
    own = {c.lower_ for c in first.children if c.dep_ in _MODIFIERS}
    if any(c.dep_ in _MODIFIERS and c.lower_ not in own for c in second.children):
        return False
    if _plural(first) != _plural(second) and first.lemma_.lower() == second.lemma_.lower():
        return False  # "the plant" / "plants": one of them, or all
    return bool(_names(first) & _names(second))


def _lemmas(verb) -> list[str]:
    """The verb's lemma, then the lemmatizer's other readings of it ("staged": "stag", then "stage"),
    and its readings as a verb when the tagger took it for another part of speech."""
    return [verb.lemma_.lower(), *lemma_readings(verb), *lemma_readings(verb, "VERB")]


def _continues(pronoun, antecedent, first_sentence, second_sentence) -> bool:
    """The personal pronoun subject of the second sentence continues ``antecedent``, the subject of the
    first: it agrees in number, and no other subject before it (in either sentence) agrees too."""
    _, _, pronouns, *_ = _lexicon()
    number = pronouns.get(pronoun.lower_)
    if number is None:
        return False

    def agrees(noun) -> bool:
        if noun.pos_ == "PRON":
            return noun.lower_ == pronoun.lower_
        return (number == "plural") == _plural(noun)

    if not agrees(antecedent) or (antecedent.pos_ == "PRON" and antecedent.lower_ != pronoun.lower_):
        return False
    for token in list(first_sentence) + [t for t in second_sentence if t.i < pronoun.i]:
        if token.dep_ in _SUBJECTS:
            if token.doc is antecedent.doc and token.i == antecedent.i:
                continue
            if token.pos_ == "PRON" and token.lower_ == pronoun.lower_:
                continue  # the same pronoun, of the same referent
            if token.lower_ in repeat_words().relatives or token.pos_ == "PRON" and token.lower_ not in pronouns:
                continue
            if agrees(token) and not _same_thing(token, antecedent):
                return False  # another candidate: "a second man was held ... He was detained"
    return True


def same_event(first: Telling, second: Telling) -> bool:
    """The two tellings (of adjacent sentences, ``first`` before ``second``) are of one event."""
    *_, together = _lexicon()
    if not (first.classes & second.classes) and not (second.phase and any(
            frozenset((one, two)) in together for one in first.classes for two in second.classes)):
        return False  # classes told together only of the start of an unnamed event ("Kick-off is on")
    if second.other:
        return False  # "The strike ended yesterday. A second walkout ended on": another of its kind
    if (verb_tense(first.verb) == "past") != (verb_tense(second.verb) == "past"):
        return False  # "The strike, which began on Dec. 1, ended ... The strike begins tomorrow": two strikes
    if first.phase:
        return False  # the start of an unnamed event continues the sentence before, not the one after
    if second.phase:
        return first.subject is not None
    if first.subject is None or second.subject is None:
        return False
    if (first.passive and not second.passive and second.obj is not None) or \
            (second.passive and not first.passive and first.obj is not None):
        return False  # "was arrested" / "he detained a man": a patient and an agent
    if first.obj is not None and second.obj is not None and not _same_thing(first.obj, second.obj):
        return False  # "closed the deal" / "shut its plant"
    if second.subject.pos_ == "PRON" and second.subject.lower_ != first.subject.lower_:
        return _continues(second.subject, first.subject, first.verb.doc, second.verb.doc)
    if first.subject.pos_ == "PRON" or second.subject.pos_ == "PRON":
        return first.subject.lower_ == second.subject.lower_ and first.subject.lower_ in _lexicon()[2]
    return _same_thing(first.subject, second.subject)
