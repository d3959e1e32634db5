"""One entity's fixed figure said twice: "Norvik employs 3,400 people at its Tampere mill" ... "all
4,300 workers at the Tampere mill".

Each figure that states a property of something is read from the parse as a statement: what it
measures (the noun it counts, the unit's dimension, the noun or verb an amount or a percentage is
the value of), whose it is (the subject of "has/employs/seats", the possessor, the noun of "of" or
"at", the noun a "15,800-seat" compound modifies), its place ("in Spain", "Spanish") and its time (a
date said of it).  Two statements in different sentences with the same measure, owner, place and
time, neither in a sentence that speaks of a change, a time or a comparison, are one figure said
twice; a rule compares their values.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures.lang import change_words, counting_words, repeat_words
from figures.model import DATE_KINDS, Figure
from figures.parsing import Parses
from figures.relations.counting import counted_head as _counted_noun
from figures.relations.positions import FigureIndex
from figures.units import dimension

_NOMINAL = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"compound", "nmod", "amod"})
#: How a determiner of a count hangs on it: "the 30", "all 4,300" (read as an adverb: "All 62 councillors").
_DETERMINING = frozenset({"det", "predet", "quantmod", "advmod"})
_PRICE = "price"  # the measure of "£35 per ticket", and of a verb's figure in repeats.toml's [verb_measures] price
_CAPACITY = "capacity"  # the measure of "seats 18,500" in repeats.toml's [verb_measures] capacity
_VALUE = "value"  # the measure of "values X at $2.8 billion" (an object_owners verb) and of "a $3 billion company"


@dataclass(frozen=True)
class Repeat:
    first: Figure
    second: Figure
    noun: str


@dataclass(frozen=True)
class _Statement:
    figure: Figure
    sentence: int
    measure: tuple
    owner: frozenset[str] | None  # None: a definite noun that names no owner ("the 30 NATO countries")
    place: str | None
    time: frozenset
    tense: str | None
    label: str
    #: Said only in a compound before a common noun ("the 1,300-km pipeline"), where a figure may tell
    #: one of a kind from another ("the 100-metre final", "the 200-metre final").
    attributive: bool = False
    #: A value said of a business in passing ("the $3 billion company Helix Labs"), and a value a deal
    #: or an offer gives it ("the round valued Helix Labs at $4 billion"): the one is not restated by the other.
    described: bool = False
    act: bool = False

    def same(self, other: _Statement) -> bool:
        """One measure of one entity at one place and time.  A definite count ("the 30 NATO countries")
        needs no owner said; any other figure needs one said of both, or of one and a date of both
        ("the council's budget for 2025" ... "the £84m budget for 2025")."""
        if self.owner and other.owner:
            owners = self.owner == other.owner
        else:
            owners = self.measure[0] == "count" or bool(self.owner or other.owner) and bool(self.time)
        places = self.place == other.place or self.measure[0] == "year" and None in (self.place, other.place)
        if self.described and other.act or other.described and self.act:
            return False
        return not (self.attributive and other.attributive) and _same_measure(self.measure, other.measure) \
            and places and self.time == other.time and owners \
            and not (self.tense and other.tense and self.tense != other.tense)


def _same_measure(first: tuple, second: tuple) -> bool:
    """One measure, or a size said with its adjective ("310 metres tall") and one said without
    ("the 290-metre tower")."""
    return first == second or first[0] == second[0] and first[0].startswith("[") and min(len(first), len(second)) == 1


@functools.cache
def _contrast_words() -> re.Pattern:
    """The words of time and contrast as a token is written ("now", "earlier"), as one pattern."""
    words = sorted(repeat_words().time_contrast - repeat_words().sequence, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, words))})(?![\w'’])", re.I)


def find_repeats(document, figures: list[Figure], parses: Parses) -> list[Repeat]:
    """Pairs of statements of one entity's figure, the earlier first, whose values may differ (a
    rule compares them); each later statement is paired with the first of its kind."""
    reader = _Reader(document, figures, parses)
    seen: dict[tuple, list[_Statement]] = {}  # by what same() needs equal: measure kind, place, time
    found = []
    for figure in figures:
        statement = reader.statement(figure)
        if statement is None:
            continue
        place = None if statement.measure[0] == "year" else statement.place  # a founding is one, wherever said
        kind = seen.setdefault((statement.measure[0], place, statement.time), [])
        earlier = next((s for s in kind if s.sentence != statement.sentence and s.same(statement)), None)
        if earlier is not None:
            found.append(Repeat(earlier.figure, figure, (statement if statement.owner else earlier).label))
        else:
            kind.append(statement)
    paired = {id(repeat.second) for repeat in found}
    found.extend(repeat for repeat in reader.restated_sets() if id(repeat.second) not in paired)
    return found


@dataclass(frozen=True)
class _Set:
    """A count of a set of things, as said: "will close 11 rural branches", "a squad of 34 players",
    "the 13 branches that are closing", "the 14 mice in the study"."""

    figure: Figure
    sentence: int
    head: str  # the class of the noun counted: "branch", "employee"
    modifiers: frozenset[str]  # its adjectives and compounds: "rural"
    #: What restricts it (a restrictive clause or a prepositional phrase), each as (head lemma, its lemmas);
    #: a clause that says more than its verb has a key no other set has.
    restrictions: tuple
    frame: frozenset[str]  # what the mention says of the set: the verb it is the object or subject of, its container
    definite: bool
    clause: bool  # restricted by a clause ("the 8 mice that survived")
    crowded: bool  # its sentence holds another count


def _restates(earlier: _Set, later: _Set) -> bool:
    """Whether a later definite count restates an earlier count of one set: the same noun, no modifier
    the first did not have, and each restriction it adds restating what the first mention said of the
    set ("the 13 branches that are closing" after "will close 11 branches", "the 36 players in the squad"
    after "a squad of 34 players"); or, for a definite count again, the same noun less the frame it was
    first counted in ("the 16 mice" after "the 14 mice in the study"), not a subset of it."""
    if earlier.head != later.head or not later.modifiers <= earlier.modifiers:
        return False
    hits = [key for key in later.restrictions if key[0] in earlier.frame or key[1] & earlier.frame]
    if any(key not in hits and key not in earlier.restrictions for key in later.restrictions):
        return False  # "the 3 players who were injured": a subset
    if hits:
        return True
    if not earlier.definite or later.modifiers != earlier.modifiers:
        return False
    dropped = [key for key in earlier.restrictions if key not in later.restrictions]
    return not dropped or not (earlier.clause or earlier.crowded or later.crowded)


class _Reader:
    """Reads the statement a figure makes, from the parse of its sentence."""

    def __init__(self, document, figures: list[Figure], parses: Parses) -> None:
        self.document = document
        self.parses = parses
        self.words = repeat_words()
        self.dates = [figure for figure in figures if figure.kind in DATE_KINDS]
        self.dateline = document.dateline_span
        self._contrast: dict[int, bool] = {}
        self._written: dict[int, bool] = {}
        self._starts: dict[int, int] = {}
        self._figures = FigureIndex(figures)
        self._all = figures

    def statement(self, figure: Figure) -> _Statement | None:
        if figure.kind not in ("count", "quantity", "money", "percent", "year") or self._in_dateline(figure.start):
            return None
        if self._contrast_written(figure.start):
            return None  # what _contrasted would find in the parse, found without one
        span = self._span(figure.start, figure.end)
        if span is None:
            return None
        root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
        if figure.kind == "count" and root.dep_ in ("nummod", "quantmod"):
            if root.head.i < root.i:
                return None  # a label ("Route 66")
            unit = _counted_noun(root)  # "the 9 member states": the number hangs on "member", counts "states"
        elif figure.kind == "count" and root.pos_ == "NUM" and (whole := self._partitive_whole(root)) is not None:
            unit = whole  # "all 14 of its MPs": the count of its MPs
        else:
            unit = root
        if figure.kind == "year":
            read = self._year(unit)
        else:
            read = self._frame(figure, unit)
            if read is None and figure.kind == "count" and unit.pos_ in _NOMINAL:
                read = self._definite(unit, span)
        if read is None:
            return None
        measure, owner, anchors, tense = read
        if any(child.dep_ == "aux" and child.lower_ in self.words.hedges
               for token in anchors if token.pos_ in ("VERB", "AUX") for child in token.children):
            return None  # "might be 30 to 40 dlrs a share": a value supposed, not stated
        measure = tuple(part for part in measure if part)
        if self._contrasted(unit.doc) or self._restricted(unit):
            return None
        place = self._place(anchors)
        owned = self._owner(owner, measure)
        if place is False or owned is None:
            return None
        owner_key, owner_text, named = owned
        modified = unit.head.head if unit.head.dep_ in _MODIFIERS and unit.dep_ == "npadvmod" else unit.head
        attributive = named is not None and named.i == modified.i and unit.dep_ in (*_MODIFIERS, "nummod", "npadvmod") \
            and not any(_capitalised(t) for t in self._name(named))
        return _Statement(figure, self.document.sentence_index(figure.start), measure, owner_key, place,
                          self._time(anchors, figure), tense, self._label(measure, owner_text, anchors[0].text),
                          attributive, described=anchors[0].lemma_.lower() in self.words.valued and measure[-1] == _VALUE,
                          act=measure[-1] == _VALUE and anchors[-1].pos_ in ("VERB", "AUX") and not _passive(anchors[-1]))

    def _partitive_whole(self, number):
        """The set "all 14 of its MPs" counts whole: a number under a definite determiner ("all") with
        "of" and a plural noun of an owner or "the" ("14 of its MPs", without "all", is a part)."""
        if not any(child.dep_ in _DETERMINING and child.lower_ in self.words.definite and child.i < number.i
                   for child in number.children):
            return None
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ in self.words.prepositions["of"] and child.i > number.i:
                noun = _child(child, "pobj")
                if noun is not None and noun.tag_ in ("NNS", "NNPS") and not self._in_figure(noun) \
                        and any(grandchild.dep_ in ("poss", "det") for grandchild in noun.children):
                    return noun
        return None

    def restated_sets(self) -> list[Repeat]:
        """Later definite counts that restate an earlier count of one set (``_restates``), each paired
        with the earlier counts it restates when they all agree (two that differ may add up to it:
        "11 rural branches and 2 city branches ... the 13 branches that are closing")."""
        sets = [found for figure in self._figures_of("count") if (found := self._set(figure)) is not None]
        repeats = []
        for number, later in enumerate(sets):
            if not later.definite:
                continue
            earlier = [s for s in sets[:number] if s.sentence < later.sentence and _restates(s, later)]
            if earlier and len({s.figure.value for s in earlier}) == 1:
                repeats.append(Repeat(earlier[0].figure, later.figure, f"{' '.join(sorted(later.modifiers))} {later.head}"
                                      .strip() + " count"))
        return repeats

    def _figures_of(self, kind: str) -> list[Figure]:
        return [figure for figure in self._all if figure.kind == kind]

    def _set(self, figure: Figure) -> _Set | None:
        if self._in_dateline(figure.start) or figure.qualifier:
            return None
        span = self._span(figure.start, figure.end)
        if span is None:
            return None
        root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
        if root.dep_ != "nummod" or root.head.i < root.i:
            return None
        noun = _counted_noun(root)
        if noun.tag_ != "NNS" and noun.lower_ == noun.lemma_.lower() or self._contrasted_set(noun) or noun.dep_ == "conj" \
                or any(child.dep_ in ("poss", "conj", "cc", "appos") for child in noun.children) \
                or any(child.dep_ == "nummod" and child.i != root.i and not span.start <= child.i < span.end
                       for child in noun.children):
            return None  # an owner's count (read as a statement), a list, or two numbers
        words = self.words
        definite = any(child.dep_ in _DETERMINING and child.lower_ in words.definite and child.i < root.i
                       for token in (noun, *span) for child in token.children)
        restrictions, clause = [], False
        for child in noun.children:
            if child.dep_ in ("relcl", "acl") and not self._non_restrictive(child) and not _predicate(noun, child):
                if any(grandchild.dep_ == "neg" for grandchild in child.children):
                    return None  # "the branches that are not closing"
                clause = True
                plain = all(grandchild.dep_ in _BARE_CLAUSE for grandchild in child.children)
                lemma = child.lemma_.lower()
                restrictions.append((lemma, frozenset({lemma})) if plain else (f"#{child.i}", frozenset()))
            elif child.dep_ == "prep":
                thing = _child(child, "pobj")
                if thing is None or child.lower_ in words.prepositions["restricting"] or self._in_figure(thing):
                    return None  # "the 40 stores with cafes": a subset
                lemmas = frozenset(_phrase(thing).split())
                restrictions.append((thing.lemma_.lower(), lemmas))
        frame = set()
        if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.pos_ == "VERB":
            frame.add(noun.head.lemma_.lower())
        elif noun.dep_ == "pobj" and noun.head.lower_ in words.prepositions["of"] and noun.head.head.pos_ == "NOUN":
            holder = noun.head.head  # "a squad of 34 players"
            frame.add(holder.lemma_.lower())
            if holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ == "VERB":
                frame.add(holder.head.lemma_.lower())
        if not definite and not frame:
            return None
        lemma = noun.lemma_.lower()
        modifiers = frozenset(child.lemma_.lower() for child in noun.children
                              if child.dep_ in ("compound", "amod") and child.i < noun.i and not self._in_figure(child))
        start, end = self.document.sentence_at(figure.start)
        crowded = sum(1 for other in self._figures.within(start, end) if other.kind == "count") > 1
        return _Set(figure, self.document.sentence_index(figure.start), words.same_measure.get(lemma, lemma),
                    modifiers, tuple(restrictions), frozenset(frame), definite, clause, crowded)

    def _owner(self, owner, measure: tuple):
        """(key, words for a message, token naming it) of a statement's owner token; (None, "", None)
        when none is said; None when it names no one thing ("a 50-kg sack")."""
        if owner is None:
            return None, "", None
        held = self._figures.holding(self._offset(owner))
        if held is not None and held.kind in DATE_KINDS:
            return None  # "Friday's close of 6.4940": a time, not an entity
        named = self._named(owner)
        if named is None:  # a pronoun whose owner is not named: "its 12 stores"
            return (frozenset({owner.lower_}), "", None) if owner.lower_ in self.words.pronouns else None
        name = self._name(named)
        key = frozenset(t.lower_ if _capitalised(t) else t.lemma_.lower() for t in name
                        if t.pos_ in _NOMINAL or _capitalised(t))
        text = " ".join(t.text for t in name)
        if any(_capitalised(t) for t in name):
            return key, text, named
        if _PRICE not in measure and not any(
                child.dep_ == "poss" or child.lower_ in self.words.definite for child in named.children):
            return None  # "a 50-kg sack": one of a kind, not a thing the article names
        return (key, f"the {text}", named) if key else None

    # -- the frames --------------------------------------------------------------------------------

    def _frame(self, figure: Figure, unit):
        """(measure, owner token or None, anchor tokens, tense) of a count, quantity, amount or percentage."""
        kind = _dimension(figure)
        head = unit.head
        each = _per(unit, counting_words().rate_markers)
        if each is not None:  # "pay £35 per ticket": the price of one, said with a verb of price
            if head.pos_ not in ("VERB", "AUX") or self.words.verb_measures.get(head.lemma_.lower()) != _PRICE:
                return None
            return (kind, _PRICE), each, [unit, each, head], _tense(head)
        if figure.kind == "money" and unit.dep_ in (*_MODIFIERS, "nummod") and head.pos_ == "NOUN" and head.i > unit.i \
                and head.lemma_.lower() in self.words.valued:
            return self._business(kind, head)  # "the $3 billion company Helix Labs": its value
        if unit.dep_ in _MODIFIERS and head.pos_ in _NOMINAL and head.i > unit.i:
            if figure.kind in ("money", "percent"):  # "the £84m budget": the budget's, its owner said of it
                return self._of_noun(kind, head, definite=True)
            if head.tag_ not in ("NN", "NNP") or any(child.lower_ in self.words.distributive for child in head.children):
                return None  # a kind of thing, not one ("each 10,000 mark bond", "the 1,000 mark bonds")
            measure = (kind, self._counted(unit)) if figure.kind == "count" else (kind,)
            return measure, head, [unit, head], None  # "the 15,800-seat Harbour Arena"
        if unit.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head
            if head.lower_ in self.words.prepositions["of"] and figure.kind == "count" and holder.pos_ in _NOMINAL:
                return self._container(figure, kind, unit, holder)  # "a fleet of 42 aircraft"
            if head.lower_ in self.words.prepositions["of"] and figure.kind == "quantity" and holder.pos_ == "NOUN":
                return self._measured(kind, holder)  # "Lake Varn has a depth of 60 metres"
            if holder.pos_ in ("VERB", "AUX"):
                return self._verb(figure, kind, unit, holder)  # "valued at $3.2 billion"
            if head.lower_ in self.words.prepositions["site"] and holder.pos_ in _NOMINAL and figure.kind != "count":
                return self._of_noun(kind, holder, definite=False)  # "with turnout in the referendum at 68%"
            return None
        if unit.dep_ in ("dobj", "attr", "npadvmod", "acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self._verb(figure, kind, unit, head)
        if figure.kind == "quantity" and unit.dep_ == "npadvmod" and head.pos_ in ("ADJ", "ADV"):
            return self._size(kind, unit, head)
        return None

    def _business(self, kind: str, noun):
        """"the $3 billion company Helix Labs", "Helix Labs, a $3 billion company": the value of the
        business the noun is said of by name (its apposition, or the name it is in apposition to)."""
        if any(child.lower_ in self.words.distributive for child in noun.children):
            return None
        owner = noun.head if noun.dep_ == "appos" else _child(noun, "appos")
        if owner is None or owner.pos_ != "PROPN":
            return None
        return (kind, _VALUE), owner, [noun, owner], None

    def _measured(self, kind: str, noun):
        """"Lake Varn has a depth of 60 metres", "the lake's depth of 60 metres": a size said by its noun,
        of the noun's possessor or of the subject of "have"; its adjectives say which ("an average
        depth")."""
        words = self.words
        lemma = noun.lemma_.lower()
        owner = _child(noun, "poss")
        verb = noun.head
        if owner is None and noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() == "have":
            owner = _subject(verb)
        if owner is None or lemma in words.time_contrast:
            return None
        modifiers = sorted(child.lemma_.lower() for child in noun.children
                           if child.dep_ in ("amod", "compound") and child.i < noun.i and not self._in_figure(child))
        anchors = [noun] if verb.i == noun.i else [noun, verb]
        return (kind, words.same_measure.get(lemma, lemma), *modifiers), owner, anchors, \
            _tense(verb) if verb.i != noun.i else None

    def _size(self, kind: str, unit, adjective):
        """"The Brann Tower stands 310 metres tall", "the bridge is 1.2 km long": a size, with the
        adjective that says which (a compound, "the 290-metre Brann Tower", says none)."""
        verb = adjective.head
        which = self.words.same_measure.get(adjective.lemma_.lower(), adjective.lemma_.lower())
        if adjective.dep_ in _MODIFIERS and verb.pos_ in _NOMINAL and verb.i > adjective.i:
            return (kind, which), verb, [unit, verb], None  # "the 55-metre-deep Lake Varn"
        if adjective.dep_ not in ("acomp", "advmod", "advcl") or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in self.words.sizing:
            return None
        owner = _subject(verb)
        return ((kind, which), owner, [unit, verb], _tense(verb)) if owner is not None else None

    def _verb(self, figure: Figure, kind: str, unit, verb):
        words = self.words
        lemma = verb.lemma_.lower()
        tense = _tense(verb)
        if lemma == "be" and unit.dep_ in ("attr", "acomp"):
            subject = _subject(verb)
            if subject is None or subject.pos_ in ("PRON", "DET", "NUM"):
                return None
            return self._of_noun(kind, subject, definite=False, tense=tense)  # "turnout was 62%"
        if lemma in words.object_owners:
            owner = _child(verb, "nsubjpass") if _passive(verb) else _child(verb, "dobj", "appos")
            return ((kind, lemma), owner, [unit, verb], tense) if owner is not None else None
        if lemma not in words.subject_owners:
            return None
        measure_class = words.verb_measures.get(lemma)
        if measure_class == _CAPACITY and tense != "present" and not any(
                child.dep_ == "aux" and child.lower_ in words.able for child in verb.children):
            return None  # "the ground held 28,000 on Saturday": a crowd, not its capacity
        if figure.kind != "count" and lemma in words.counting_owners:
            return None  # "has $5 million": an amount of what, the verb does not say
        if figure.kind == "count" and unit.pos_ in _NOMINAL and unit.i != verb.i and lemma not in words.counting_owners:
            return None  # "researchers weighed the 16 mice": a verb of size owns no count of its object
        if figure.kind == "count":
            noun = self._counted(unit, lemma) if unit.pos_ in _NOMINAL and unit.i != verb.i else measure_class or lemma
            measure = (kind, noun)
        else:
            measure = (kind, measure_class or "")
        if measure_class == _CAPACITY:  # "seats 18,500 for basketball": a capacity of one use
            measure = (*measure, *sorted(_phrase(thing) for child in (*verb.children, *unit.children) if child.dep_ == "prep"
                                         and child.lower_ == "for" for thing in child.children if thing.dep_ == "pobj"))
        owner = self._after(unit, "site", "NOUN") or self._after(verb, "site", "NOUN") or _subject(verb)
        return (measure, owner, [unit, verb], tense) if owner is not None else None

    def _of_noun(self, kind: str, noun, *, definite: bool, tense: str | None = None):
        """The value of a noun ("the council's budget", "turnout in the referendum"): its owner is its
        possessor or the noun after of/in/at; other nouns after a preposition qualify it."""
        if noun.lemma_.lower() in self.words.time_contrast:
            return None
        owner = _child(noun, "poss")
        qualifiers = []
        for preposition in (child for child in noun.children if child.dep_ == "prep"):
            for thing in (child for child in preposition.children if child.dep_ == "pobj"):
                if self._in_figure(thing):
                    continue
                if owner is None and preposition.lower_ in self.words.prepositions["owner"]:
                    owner = thing
                else:
                    qualifiers.append(thing.lemma_.lower())
        if owner is None and definite and not any(child.lower_ in self.words.definite for child in noun.children):
            return None
        lemma = noun.lemma_.lower()
        return (kind, self.words.same_measure.get(lemma, lemma), *sorted(qualifiers)), owner, [noun], tense

    def _container(self, figure: Figure, kind: str, unit, holder):
        """"a town of 12,000 people", "its fleet of 24 aircraft": the owner holds the container."""
        owner = _child(holder, "poss")
        if owner is None and holder.dep_ == "appos":
            owner = holder.head
        if owner is None and holder.dep_ in ("dobj", "attr") and holder.head.lemma_.lower() in self.words.subject_owners:
            owner = _subject(holder.head)
        if owner is None:
            return None
        what = holder if unit.pos_ == "NUM" else unit  # "a capacity of 33,500": no noun counted, the container's
        if unit.pos_ == "NUM" and figure.value != int(figure.value or 0):
            return None  # "a close of 6.4940": a bare decimal counts nothing
        return (kind, self._counted(what)), owner, [unit, holder], None

    def _definite(self, noun, span):
        """"the 21,000 residents of Ashby", "all 4,300 workers at the Tampere mill", "its 450 Spanish
        branches", "the 30 NATO countries": a count owned by its possessor or the noun after of/at, or
        a definite count of a set the article has named."""
        definite = any(child.lower_ in self.words.definite for token in (noun, *span) for child in token.children
                       if child.dep_ in _DETERMINING and child.i < span.start)
        owner = _child(noun, "poss") or self._after(noun, "site", "NOUN") or self._after(noun, "of", "PROPN")
        if owner is None and not definite or noun.tag_ in ("NN", "NNP") and noun.lower_ == noun.lemma_.lower():
            return None  # indefinite, or a number naming a singular ("the 8088 chip")
        qualifiers = sorted(_phrase(thing) for preposition in noun.children if preposition.dep_ == "prep"
                            for thing in preposition.children if thing.dep_ == "pobj" and (owner is None or thing.i != owner.i)
                            and thing.pos_ == "NOUN" and not self._in_figure(thing))
        return ("count", self._counted(noun), *qualifiers), owner, [noun], None  # "the 14 mice in the treated group"

    def _year(self, unit):
        """"founded in 1898": the year of an event an entity has once."""
        preposition = unit.head
        if unit.dep_ != "pobj" or preposition.lower_ not in self.words.prepositions["year"] \
                or preposition.head.lemma_.lower() not in self.words.once:
            return None
        verb = preposition.head
        owner = _child(verb, "nsubjpass", "nsubj") or (verb.head if verb.dep_ == "acl" else None) \
            or (_subject(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBN" else None)  # "Founded in 1902, X"
        lemma = verb.lemma_.lower()
        roles = sorted(_phrase(thing) for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
                       for thing in child.children if thing.dep_ == "pobj")  # "established as a company in 1897"
        measure = ("year", self.words.verb_measures.get(lemma, lemma), *roles)
        return (measure, owner, [verb], None) if owner is not None else None

    def _label(self, measure: tuple, owner: str, verb: str) -> str:
        """How a message names the figure: "employee count of Norvik Paper", "length of the pipeline",
        "year Dunmore Athletic was founded"."""
        if measure[0] == "year":
            return f"year {owner or 'it'} was {verb.lower()}"
        if len(measure) > 1 and measure[0].startswith("[") and measure[1] in self.words.same_measure.values():
            what = next(noun for noun, which in self.words.same_measure.items() if which == measure[1] and noun != which)
        elif len(measure) == 1 or measure[0].startswith("["):
            what = self.words.dimensions.get(measure[0], measure[0])
        else:
            what = " ".join(measure[1:]) + (" count" if measure[0] == "count" and measure[1:] != (_CAPACITY,) else "")
        return f"{what} of {owner}" if owner else what

    # -- what a statement says -----------------------------------------------------------------------

    def _counted(self, noun, verb: str | None = None) -> str:
        """The class of what a noun counts, with its modifiers: "nato country", "employee"."""
        words = self.words
        lemma = noun.lemma_.lower()
        if lemma in words.people and verb in words.verb_measures:
            lemma = words.verb_measures[verb]
        lemma = words.same_measure.get(lemma, lemma)
        modifiers = sorted(child.lemma_.lower() for child in noun.children
                           if child.dep_ in ("compound", "amod") and child.i < noun.i and not self._is_place(child)
                           and not self._in_figure(child))
        return " ".join([*modifiers, lemma])

    def _named(self, token):
        """The token naming an entity: the token itself, or for a pronoun the nearest subject named by a
        proper noun before it (the subject of its own sentence's main clause first), or None."""
        if token.lower_ not in self.words.pronouns and token.pos_ != "PRON":
            return self._antecedent(token) or token
        subject = _subject(token.sent.root)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
        number = self.document.sentence_index(self._offset(token))
        for back in range(number, max(number - 4, -1), -1):
            span = self._span(*self.document.sentences[back])
            if span is None:
                continue
            subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                        and (back < number or t.i < token.i) and not self._in_dateline(self._offset(t))]
            if subjects:
                return subjects[-1]
        return None

    def _antecedent(self, noun):
        """The name a definite description stands for ("the loch" after "Loch Carran", "the town" after
        "Ashwell, a market town", "the start-up" after "Brightmoor is a start-up"), when exactly one
        name in its sentence before it or the three sentences before matches its noun: a word of the
        name, or the noun of the name's appositive or of its predicate (the head-match and appositive
        sieves of deterministic coreference). Only a bare description ("the N", its figure aside) is
        read; None for another noun, or when two names match."""
        if noun.pos_ != "NOUN" or _capitalised(noun) and noun.i != noun.sent.start \
                or not any(child.dep_ == "det" and child.lower_ in self.words.definite for child in noun.children) \
                or any(child.dep_ not in ("det", "punct") and not self._in_figure(child) for child in noun.children):
            return None  # "the bridge over the Tam", "the new bridge": a description of its own
        lemma = noun.lemma_.lower()
        number = self.document.sentence_index(self._offset(noun))
        found = {}
        for back in range(number, max(number - 4, -1), -1):
            span = noun.sent if back == number else self._span(*self.document.sentences[back])
            if span is None:
                continue
            for token in span:
                if back == number and token.i >= noun.i or token.pos_ != "PROPN" or token.dep_ == "compound" \
                        or self._in_dateline(self._offset(token)):
                    continue
                name = self._name(token)
                if lemma in {word.lower_ for word in name} or lemma in self._described_as(token):
                    found.setdefault(frozenset(word.lower_ for word in name), token)
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _described_as(name) -> set[str]:
        """The nouns a name is said to be: its appositive ("Ashwell, a market town") or the noun after
        "be" of which it is the subject ("Brightmoor is a payments start-up")."""
        nouns = {child.lemma_.lower() for child in name.children if child.dep_ == "appos"}
        if name.dep_ == "nsubj" and name.head.lemma_ == "be":
            nouns |= {child.lemma_.lower() for child in name.head.children if child.dep_ == "attr"}
        return nouns

    def _name(self, token) -> list:
        """The words of an entity's name: its compounds (and capitalised words the tagger read as
        adjectives) and itself, less figures ("the 15,800-seat Harbour Arena": "Harbour Arena")."""
        name = [token]
        for word in name:
            name.extend(child for child in word.children
                        if (child.dep_ == "compound" or child.dep_ == "amod" and child.text[:1].isupper())
                        and not any(self._in_figure(t) for t in child.subtree))
        return sorted(name, key=lambda t: t.i)

    def _place(self, anchors):
        """The place said of a statement's tokens: "in Spain" (a proper noun after "in"), "Spanish";
        None when none is said, False when two are."""
        places = set()
        for token in anchors:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in self.words.prepositions["place"]:
                    places.update(t.text.lower() for t in child.children if t.dep_ == "pobj" and t.pos_ == "PROPN")
                elif self._is_place(child):
                    places.add(self.words.places.get(child.lower_, child.lower_))
        return places.pop() if len(places) == 1 else None if not places else False

    def _is_place(self, token) -> bool:
        return token.dep_ == "amod" and token.text[:1].isupper() and token.tag_ in ("JJ", "NNP", "NNPS") \
            and (token.lower_ in self.words.places or token.pos_ == "ADJ")

    def _time(self, anchors, figure: Figure) -> frozenset:
        """The dates said of a statement's tokens ("the budget for 2025")."""
        found, sentence = set(), self.document.sentence_index(figure.start)
        for date in self.dates:
            if date is figure or self._in_dateline(date.start):
                continue
            if self.document.sentence_index(date.start) != sentence:
                continue
            span = self._span(date.start, date.end)
            if span is None:
                continue
            head = span.root.head
            if head.dep_ == "prep":
                head = head.head
            if any(head.i == anchor.i for anchor in anchors):
                found.add((date.date_start, date.date_end, date.text.lower() if date.date_start is None else ""))
        return frozenset(found)

    def _contrast_written(self, offset: int) -> bool:
        """Whether the sentence holding ``offset`` has a word of time or contrast as written ("now",
        "earlier") outside its figures: then every figure of it is contrasted, parse or not."""
        number = self.document.sentence_index(offset)
        if number not in self._written:
            start, end = self.document.sentence_at(offset)
            text = list(self.document.analysis_text[start:end])
            for figure in self._figures.within(start, end):
                text[figure.start - start:figure.end - start] = " " * (figure.end - figure.start)
            self._written[number] = bool(_contrast_words().search("".join(text)))
        return self._written[number]

    def _contrasted(self, sentence) -> bool:
        """The sentence (the parse of one of the document's sentences) speaks of a change, a time or a
        comparison ("now", "rose", "compared")."""
        where = self._offset(sentence[0])
        if where not in self._contrast:
            self._contrast[where] = any(self._contrasting(token) for token in sentence)
        return self._contrast[where]

    def _contrasting(self, token) -> bool:
        """A word of change, time or comparison ("now", "rose", "compared"), outside the figures."""
        change, words = change_words(), self.words
        return not self._in_figure(token) and (
            (token.lemma_.lower() in words.time_contrast or token.lower_ in words.time_contrast)
            and not self._sequence(token)
            or (token.pos_ == "VERB" and token.lemma_.lower() in change.verbs
                or token.pos_ == "NOUN" and token.lemma_.lower() in change.nouns
                or token.pos_ == "ADV" and token.lower_ in change.adverbs) and self._takes_figure(token))

    def _contrasted_set(self, noun) -> bool:
        """A word of change, time or comparison said of a counted noun: in its phrase, or hanging on it,
        on a word above it or on the sentence's root ("Now the 28 member states have agreed", "the
        other 40 branches"), not on another noun of its sentence ("... will be offered other jobs")."""
        above = {noun.i, *(ancestor.i for ancestor in noun.ancestors)}
        inside = {token.i for token in noun.subtree}
        return any(self._contrasting(token) for token in noun.doc
                   if token.i in inside or token.head.i in above or token.head.i == token.i)

    def _sequence(self, word) -> bool:
        """A word that orders a story's events, said of a verb of an event ("researchers later weighed
        the 16 mice"), not of an owner's verb, a verb of size or a verb of change ("it later had 340")."""
        words, head = self.words, word.head
        if word.lower_ not in words.sequence or word.dep_ != "advmod" or head.pos_ != "VERB":
            return False
        lemma = head.lemma_.lower()
        if lemma in words.counting_owners | words.object_owners | words.once or lemma in change_words().verbs:
            return False
        return not (lemma in words.subject_owners | words.sizing and self._takes_figure(head))

    def _takes_figure(self, word) -> bool:
        """A word of change says a figure ("rose to 45", "down from 2,100"), not a change of anything else
        ("has lost its last bank branch")."""
        near = [*word.children, *(grandchild for child in word.children if child.dep_ in ("prep", "npadvmod")
                                  for grandchild in child.children)]
        return any(self._in_figure(token) for token in near)

    def _restricted(self, unit) -> bool:
        """A subset or a list ("the 30 countries that signed", "the 40 stores with cafes", "brothers and
        sisters")."""
        words = self.words
        for child in unit.children:
            if child.dep_ in ("relcl", "acl") and not self._non_restrictive(child) and not _predicate(unit, child):
                return True
            if child.dep_ == "prep" and child.lower_ in words.prepositions["restricting"]:
                return True
            if child.dep_ in ("conj", "cc"):
                return True
        return unit.dep_ == "conj"

    def _non_restrictive(self, clause) -> bool:
        """A relative clause set off by a comma ("the arena, which seats 18,500")."""
        first = clause.left_edge
        return first.i > 0 and first.nbor(-1).text == "," and first.lower_ in self.words.relatives

    def _after(self, token, role: str, pos: str):
        """The noun (of part of speech ``pos``) after one of the token's prepositions of ``role``: the
        site of "3,400 people at its Tampere mill", the owner of "the 21,000 residents of Ashby"."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in self.words.prepositions[role]:
                thing = _child(child, "pobj")
                if thing is not None and thing.pos_ == pos and not self._in_figure(thing):
                    return thing
        return None

    # -- positions -----------------------------------------------------------------------------------

    def _span(self, start: int, end: int):
        """The tokens of ``start``..``end``, their sentence's offset noted for the tokens' positions."""
        span = self.parses.span(start, end)
        if span is not None:
            self._starts[id(span.doc)] = self.document.sentence_at(start)[0]
        return span

    def _offset(self, token) -> int:
        return self._starts.get(id(token.doc), 0) + token.idx

    def _in_figure(self, token) -> bool:
        return self._figures.holding(self._offset(token)) is not None

    def _in_dateline(self, offset: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def _dimension(figure: Figure) -> str:
    """What a figure measures by its kind and unit: "count", "[length]", "money USD"."""
    if figure.kind == "quantity" and figure.unit:
        return dimension(figure.unit)
    return f"{figure.kind} {figure.unit or ''}".strip()


def _tense(verb) -> str | None:
    tags = {verb.tag_, *(child.tag_ for child in verb.children if child.dep_ in ("aux", "auxpass"))}
    if "MD" in tags:
        return None
    return "past" if "VBD" in tags else "present" if tags & {"VBZ", "VBP"} else None


def _passive(verb) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _child(token, *deps):
    return next((child for dep in deps for child in token.children if child.dep_ == dep), None)


def _subject(verb):
    """The subject of a verb: its own, the noun a relative clause or participle modifies, or that of
    the verb it is coordinated with or completes."""
    for _ in range(4):
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < verb.i]
        if subjects:
            return subjects[-1]  # the nearest ("MADRID, March 6 (Reuters) - Banco Litoral has")
        if verb.dep_ in ("relcl", "acl"):
            return verb.head
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


#: What a clause may hold and still say only its verb of a set: "that are closing", "to be closed",
#: "who were recruited", "enrolled".
_BARE_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "prt", "punct"})


def _phrase(noun) -> str:
    """A noun with its modifiers, figures too, as lemmas: "first group", "control group"."""
    return " ".join(t.lemma_.lower() for t in sorted((noun, *(child for child in noun.children if child.dep_ in
                                                              ("compound", "amod", "nummod", "npadvmod"))),
                                                     key=lambda t: t.i))


def _predicate(noun, clause) -> bool:
    """A clause the parser hung on the sentence's root noun that is the sentence's verb: "The 8 runners
    set off from the harbour" (no relative word, no subject of its own)."""
    return noun.dep_ == "ROOT" and clause.dep_ == "acl" and clause.tag_ in ("VBD", "VBN") \
        and not any(child.dep_ in ("nsubj", "nsubjpass") or child.tag_ in ("WDT", "WP") for child in clause.children)


def _per(unit, markers):
    """The noun a price is per ("£35 per ticket")."""
    for child in unit.children:
        if child.dep_ == "prep" and child.lower_ in markers:
            thing = _child(child, "pobj")
            if thing is not None and thing.pos_ == "NOUN":
                return thing
    return None
