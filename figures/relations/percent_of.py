"""Percent-of: a share ("40 pct", "a third", "one in four") of a whole that restates a part, from the parse.

The share's whole is the figure of the noun it is "of" ("40 pct of its 4.5 mln
target"), or, when the share has no "of" of its own, the whole of its part
("18 of the club's 24 goals - more than 80 per cent", "2,000 of whom, or 40%",
"Of the 250 samples tested, 75, or 30%").  The part is tied to the share by
the words between them (``lang/en/shares.toml``): a restating word ("or",
"representing"), brackets, or bare apposition with a comma or dash, in either
order; or by a verb whose subject is the part and object the share ("grants of
$3.6 million covered 80% of the $6 million cost").  Part and whole count the
same thing: one kind and unit, one rate period, and nouns that agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from figures.lang import share_words
from figures.model import Figure
from figures.parsing import Parses
from figures.relations.counting import counted
from figures.relations.parts import AMOUNT_KINDS, compatible
from figures.relations.positions import FigureIndex

#: Dependencies by which a number and its modifiers hang on the noun they count ("the 600-person workforce").
_ATTACHED = frozenset({"nummod", "quantmod", "compound", "amod", "advmod", "nmod"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "SYM"})
#: Modifiers that may stand between a part and its share ("1.1 mln passengers in May, or 40 pct").
_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod", "acl", "relcl"})
_DASHES = frozenset({",", "-", "–", "—", "--", ":"})
_BRACKETS = frozenset({"(", "["})


@dataclass(frozen=True)
class PercentOf:
    """``percent`` (a percentage or a ratio) of ``total`` is said to be ``count``: "300 people, or 25% of
    the 1,200 staff".  ``certain``: the words tie all three for sure (the share's or the part's own "of",
    a restating word, brackets or apposition, and nouns that agree)."""

    count: Figure
    percent: Figure
    total: Figure
    certain: bool


def find_percent_of(document, figures: list[Figure], parses: Parses) -> list[PercentOf]:
    """Each share's part and whole, where the parse ties all three (one link a share at most)."""
    found, sentences, index = [], {}, FigureIndex(figures)
    for share in figures:
        if not _is_share(share):
            continue
        start, end = document.sentence_at(share.start)
        if start not in sentences:
            sentences[start] = _Sentence(parses, index.within(start, end))
        link = sentences[start].link(share)
        if link is not None:
            found.append(link)
    return found


def _is_share(figure: Figure) -> bool:
    return figure.qualifier != "range" and (figure.kind == "ratio" or (figure.kind == "percent" and figure.unit == "percent"))


@dataclass(frozen=True)
class _Whole:
    figure: Figure | None  # None: a noun without a figure ("a third of its housing stock")
    last: int  # the index of the last token of the "of" phrase's core


class _Sentence:
    """The figures of one sentence on its parse: their tokens, the nouns they hang on, their wholes."""

    def __init__(self, parses: Parses, figures: list[Figure]):
        self.parses, self.words = parses, share_words()
        self.spans = {}
        for figure in figures:
            span = parses.span(figure.start, figure.end)
            if span is not None:
                self.spans[figure] = span
        self.doc = next(iter(self.spans.values())).doc if self.spans else None
        self.amounts = [f for f in self.spans if f.kind in AMOUNT_KINDS]
        self.owner = {i: f for f, span in self.spans.items() for i in range(span.start, span.end)}
        self.anchors = {self.anchor(f).i: f for f in self.spans}

    # -- the tokens of a figure --------------------------------------------------------------------

    def root(self, figure: Figure):
        span = self.spans[figure]
        return next((t for t in span if not span.start <= t.head.i < span.end), span.root)

    def anchor(self, figure: Figure):
        """The token the figure's phrase hangs on: the noun its number counts, else its own root (also when
        the parse hangs it on another figure: "36 (12%)"; and a share's own: "a 40% stake" is no share of
        a whole, nor "one-seventh the average of 3.9 pct")."""
        token = self.root(figure)
        while not _is_share(figure) and token.dep_ in _ATTACHED and token.head.i > token.i and token.head.pos_ in _NOMINAL \
                and self.owner.get(token.head.i, figure) is figure:
            token = token.head
        return token

    def tokens(self, figure: Figure) -> list:
        span, anchor = self.spans[figure], self.anchor(figure)
        return [*span, *(self.doc[span.end:anchor.i + 1])]

    def last(self, figure: Figure) -> int:
        return max(self.spans[figure].end - 1, self.anchor(figure).i)

    def at(self, token) -> Figure | None:
        """The figure whose phrase hangs on ``token`` ("staff" in "the 90 staff"; "150" in "of the 150")."""
        return self.anchors.get(token.i)

    # -- wholes -------------------------------------------------------------------------------------

    def whole_of(self, figure: Figure) -> _Whole | None:
        """The whole the figure is "of": the figure of the noun after its "of" ("of its 4.5 mln target",
        "of the workforce of 2,000"), or a relative pronoun's antecedent ("2,000 of whom")."""
        own = {t.i for t in self.tokens(figure)}
        for token in self.tokens(figure):
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.words.of or prep.i in own:
                    continue
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    if noun.lower_ in self.words.relative:
                        whole = self.antecedent(noun, own)
                        return _Whole(whole, noun.i) if whole is not None else None
                    whole = self.at(noun) or self._of_noun(noun)
                    if whole is not None and whole is not figure:
                        return _Whole(whole, max(noun.i, self.last(whole)))
                    return _Whole(None, noun.i)
        return None

    def _of_noun(self, noun) -> Figure | None:
        """The figure of a noun's own "of": "the workforce of 2,000"."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in self.words.of:
                return next((self.at(c) for c in prep.children if c.dep_ == "pobj" and self.at(c)), None)
        return None

    def antecedent(self, pronoun, own: set[int]) -> Figure | None:
        for token in pronoun.ancestors:
            if token.i < pronoun.i and token.i not in own and self.at(token) is not None:
                return self.at(token)
        return None

    def fronted(self, part: Figure) -> _Whole | None:
        """The whole of a part after a fronted "of": "Of the 250 samples tested, 75, ..."."""
        first = next((t for t in self.doc if not t.is_punct and t.dep_ not in ("cc", "advmod")), None)
        if first is None or first.lower_ not in self.words.of or first.i >= self.spans[part].start:
            return None
        whole = next((self.at(c) for c in first.children if c.dep_ == "pobj" and self.at(c)), None)
        if whole is None or whole is part or self.gap(self.last(whole), part, {whole}) != "apposition":
            return None
        return _Whole(whole, self.last(whole))

    def part_whole(self, part: Figure) -> _Whole | None:
        whole = self.whole_of(part)
        if whole is not None and whole.figure is not None:
            return whole
        return self.fronted(part) or self._number_of(part)

    def _number_of(self, part: Figure) -> _Whole | None:
        """"10 of 200 patients", which the parser may read as one number: the part and its "of" both
        modify the whole's number (quantmod)."""
        root = self.root(part)
        number = root.head
        if root.dep_ != "quantmod" or number.i <= root.i or not any(
                token.dep_ == "quantmod" and token.head.i == number.i and token.lower_ in self.words.of
                for token in self.doc[root.i + 1:number.i]):
            return None
        whole = next((figure for figure, span in self.spans.items() if span.start <= number.i < span.end), None)
        return _Whole(whole, self.last(whole)) if whole is not None and whole is not part else None

    # -- what stands between two phrases -------------------------------------------------------------

    def gap(self, last: int, second: Figure, allowed: set[Figure]) -> str | None:
        """How the phrase ending at token ``last`` is tied to the ``second`` figure's: "restating" (a
        restating word), "bracket", "apposition" (a comma or dash), or None.  Modifiers between them ("in
        May", "of whom", "tested") are passed over if they hold no other amount; so is one that holds the
        second figure only as an apposition or conjunct (the parse may hang it there: "of his 12 penalties
        - 75 per cent"), not as its object ("up from 600"); of the second figure's own modifiers, only a
        focus word ("exactly 75 per cent"), not "up 5%".  A conjunction is never passed over."""
        span = self.spans[second]
        between = range(last + 1, span.start)
        left = []
        for i in between:
            token = self.doc[i]
            top = token
            while top.head.i in between and top.head.i != top.i:
                top = top.head
            if token.is_punct or token.dep_ == "cc" or not self._passed(top, last, second, allowed):
                left.append(token)
        words = tuple(t.lower_ for t in left if not t.is_punct)
        marks = {t.text for t in left if t.is_punct}
        if marks - _DASHES - _BRACKETS - {")", "]"}:
            return None
        if words:
            return "restating" if words in self.words.restating and marks & (_DASHES | _BRACKETS) else None
        if marks & _BRACKETS:
            return "bracket"
        return "apposition" if marks & _DASHES else None

    def _passed(self, top, last: int, second: Figure, allowed: set[Figure]) -> bool:
        """Whether the modifier ``top``, between a phrase ending at ``last`` and ``second``, is passed over."""
        span = self.spans[second]
        if span.start <= top.head.i < span.end or top.head.i == self.anchor(second).i:
            return top.lower_ in self.words.focus and not list(top.children)
        if top.dep_ not in _ADJUNCTS or top.left_edge.i <= last:
            return False
        if top.right_edge.i >= span.start and not self._apposed_in(second, top):
            return False
        return not self._holds_amount(top, span.start, allowed)

    def _apposed_in(self, figure: Figure, top) -> bool:
        """Whether the parse hangs ``figure`` inside ``top`` as an apposition or a conjunct."""
        token = self.root(figure)
        while token.i != top.i and token.head.i != token.i:
            if token.dep_ in ("appos", "conj"):
                return True
            token = token.head
        return False

    def _holds_amount(self, top, first: int, allowed: set[Figure]) -> bool:
        """Whether the modifier ``top`` holds an amount before token ``first`` other than ``allowed``."""
        return any(f not in allowed and top.left_edge.i <= self.spans[f].start and self.spans[f].end - 1
                   <= min(top.right_edge.i, first - 1) for f in self.amounts)

    # -- the link -----------------------------------------------------------------------------------

    def link(self, share: Figure) -> PercentOf | None:
        if share not in self.spans or self._listed(share):
            return None
        own = self.whole_of(share)
        return self._before(share, own) or self._after(share, own) or self._subject(share, own)

    def _before(self, share: Figure, own: _Whole | None) -> PercentOf | None:
        """A part before its share: "1.1 mln passengers, or 40 pct of its target", "18 of the club's 24
        goals - more than 80 per cent", "300 of its 1,200 homes, a third of its housing stock"."""
        start = self.spans[share].start
        before = [f for f in self.amounts if self.spans[f].end <= start]
        inner = {w.figure for f in before if (w := self.part_whole(f)) is not None and w.figure is not None}
        part = next((f for f in reversed(before) if f not in inner), None)
        if part is None:
            return None
        whole = self.part_whole(part)
        if self._coordinated(part, share, whole.figure if whole is not None else None):
            return None
        last = whole.last if whole is not None and self._number_of(part) is not None else self.last(part)
        tie = self.gap(last, share, {whole.figure} if whole is not None else set())
        if tie is None or (tie == "apposition" and self._listed_after(part, whole, before)):
            return None
        if own is not None and own.figure is not None:
            return self._judged(part, share, own.figure, tie, True)
        if whole is None:
            return None
        return self._judged(part, share, whole.figure, tie, own is None)

    def _after(self, share: Figure, own: _Whole | None) -> PercentOf | None:
        """A part after its share's whole: "Two-thirds of the 90 staff, some 45 people", "Nearly 30% of
        the 2,000 respondents - 720 people -"."""
        if own is None or own.figure is None:
            return None
        part = next((f for f in self.amounts if self.spans[f].start > own.last), None)
        if part is None or self.whole_of(part) is not None or self._coordinated(part, share, own.figure):
            return None
        tie = self.gap(own.last, part, set())
        return self._judged(part, share, own.figure, tie, True) if tie is not None else None

    def _subject(self, share: Figure, own: _Whole | None) -> PercentOf | None:
        """A part that is the subject of a verb whose object is the share: "our 45 new hires represent
        15% of our 600-person workforce"; never certain, as the subject may count something else."""
        if own is None or own.figure is None:
            return None
        verb = self._verb(self.anchor(share))
        if verb is None:
            return None
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            objects = [subject] + [o for p in subject.children if p.dep_ == "prep" and p.lower_ in self.words.of
                                   for o in p.children if o.dep_ == "pobj"]
            part = next((self.at(o) for o in objects if self.at(o) is not None), None)
            if part is not None and part is not own.figure:
                link = self._judged(part, share, own.figure, "verb", False)
                if link is not None:
                    return link
        return None

    def _verb(self, anchor):
        """The share verb whose object is ``anchor`` ("represent 15%", "account for a quarter")."""
        head = anchor.head
        if anchor.dep_ in ("dobj", "attr", "oprd", "npadvmod"):  # the parser takes "covered 60%" for a measure too
            particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
            if any(lemma == head.lemma_ and (particle is None or particle in particles)
                   for lemma, particle in self.words.verbs):
                return head
        if anchor.dep_ == "pobj" and head.dep_ in ("prep", "prt") and (head.head.lemma_, head.lower_) in self.words.verbs:
            return head.head
        return None

    def _judged(self, part: Figure, share: Figure, whole: Figure, tie: str, explicit: bool) -> PercentOf | None:
        """The link, if part and whole count the same thing (one noun, for a verb's subject); certain
        when the whole is the share's or the part's own and the tie is a restating word or brackets (which
        say the part is the share, whatever its noun), or bare apposition of two figures of one noun."""
        if part is whole or whole.kind not in AMOUNT_KINDS or part.kind not in AMOUNT_KINDS:
            return None
        agreement = self._agreement(part, whole)
        if agreement is None:
            return None
        if tie == "verb" and agreement != "same":
            return None
        certain = explicit and (agreement == "same" or (agreement == "other" and tie in ("restating", "bracket"))) \
            and tie != "verb"
        return PercentOf(part, share, whole, certain)

    def _agreement(self, part: Figure, whole: Figure) -> str | None:
        """"same": one kind, unit, period and noun; "other": nouns that differ; "elided": a bare count
        in the other's currency ("1.8 bln euros ... the 3 bln issue"); None: they count different things."""
        if counted(self.parses, part).per != counted(self.parses, whole).per:
            return None
        if not compatible(part, whole):
            pair = {part.kind, whole.kind}
            bare = part if part.kind == "count" else whole
            if pair == {"money", "count"} and bare.unit is None and any(c.isalpha() for c in bare.text):
                return "elided"
            return None
        if part.kind != "count":
            return "same"
        nouns = {self._noun(part), self._noun(whole)} - {None}
        return "same" if len(nouns) < 2 or nouns & self.words.groups else "other"

    def _noun(self, figure: Figure) -> str | None:
        """What the figure counts, unless the parse hangs its number on another figure ("36 (12%)")."""
        root = self.root(figure)
        if root.dep_ in ("nummod", "quantmod") and self.owner.get(root.head.i, figure) is not figure:
            return None
        return counted(self.parses, figure).noun

    def _coordinated(self, part: Figure, share: Figure, whole: Figure | None) -> bool:
        """The part is an item of a list of amounts ("300 pupils, 40 teachers and 12 governors"), not
        joined to the share or its whole ("of the 1,200 staff, or 380 people")."""
        anchor = self.anchor(part)
        joined = {share, whole}
        if any(self.at(c) in self.amounts and self.at(c) not in joined for c in anchor.children if c.dep_ == "conj"):
            return True
        return anchor.dep_ == "conj" and self.at(anchor.head) in self.amounts and self.at(anchor.head) not in joined

    def _listed(self, share: Figure) -> bool:
        """The share is an item of a list ("40%, 35% and 25% of the ...", "25% of the 160 parents and the
        mayor")."""
        anchor = self.anchor(share)
        joins = {(c.lower_,) for c in anchor.children if c.dep_ == "cc"}
        if any(c.dep_ == "conj" for c in anchor.children) and not joins & self.words.restating:
            return True
        return anchor.dep_ == "conj" and (other := self.at(anchor.head)) is not None and _is_share(other)

    def _listed_after(self, part: Figure, whole: _Whole | None, before: list[Figure]) -> bool:
        """The part follows another amount, not its whole, with a bare comma, as items of a list do ("300
        pupils, 40 teachers, 25% of ...")."""
        earlier = [f for f in before if self.spans[f].end <= self.spans[part].start]
        return bool(earlier) and (whole is None or earlier[-1] is not whole.figure) \
            and self.gap(self.last(earlier[-1]), part, set()) == "apposition"
