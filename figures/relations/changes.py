"""Changes of a figure, read from the parse: "rose 6% to 150 from 100", "to £4.1bn, from £3.6bn,
a 14% increase", "was $612 million, up 40% from $530 million", "a fall of 0.4 percentage points".

The English is data (``lang/en/change.toml``); this module is the engine, over the spaCy parse of
each sentence that holds two figures that could be a before and an after:

1. each figure is aligned to the tokens of its sentence; the root of its span stands for it;
2. the change words are found: verbs ("rose"), nouns ("a rise of", "the 6% increase"), adverbs
   ("up 30%", "30% higher") and factor verbs ("doubled");
3. each figure takes a role from its own dependency: the object of "to" is the after, of "from"
   (or "compared with", "on last year's") the before, of "by" (or of "of" after a change noun)
   or a measure phrase on a change word ("rose 6%", "up 30%", "a 14% increase", "rose 3
   points") the amount; the complement of a copula ("was $612 million") or the object of "at"
   is the after when no "to" is said.  An alternative joined to a figure ("to $32.9 million,
   or 30 cents a share") takes no role: it is another measure of the same thing; a number
   after its noun ("to number 3", "Category 4") is a label, not an amount;
4. each role belongs to the clause of the verb it hangs on, found by climbing from its head
   through nouns, numbers and prepositions, never through another verb: one clause, one change.
   A change noun or adverb ("up 30%", "a 50% rise") belongs to the clause of the word it
   modifies, unless it says how a noun of its own changed ("on sales up 7%");
5. a clause with exactly one before and one after of one kind and dimension (neither of them
   a list: "from 4.89 and 4.79 billion"), and a change word, is a change; each stated amount is
   typed by the figures: a percent, points between percentages (or index points between
   levels), a fraction ("by a third"), or units of the figures themselves.  A rate ("2% a
   year") is not the change's amount.  A base said apart from the amount and the after ("rose
   2% to $50, up from $30 a year ago") leaves the reading in doubt: ``certain`` is False.

There is no regex path: a sentence the parser cannot read gives no change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from figures.lang import ChangeWords, change_words, counting_words
from figures.model import Figure
from figures.relations.parts import AMOUNT_KINDS, compatible

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from figures.parsing import Parses

#: The dependencies by which a figure measures the change word it hangs on: "rose 6%" (npadvmod),
#: "cut 10% of", "a 14% increase" (compound), "a 6 percent rise" (nummod, amod), "30% higher".
_MEASURE = frozenset({"npadvmod", "dobj", "compound", "nummod", "amod", "advmod", "quantmod", "nmod", "attr"})
#: The dependencies of a preposition's object and of the preposition itself.
_PREPOSITION = frozenset({"prep", "dative", "agent"})
#: Nouns of change in these places name the thing that changes, not a change of the figures:
#: "growth slowed to 2% from 3%", "the growth rate".
_MEASURED = frozenset({"nsubj", "nsubjpass", "compound", "poss"})
_VALUE_KINDS = AMOUNT_KINDS | {"percent"}


@dataclass(frozen=True)
class Change:
    """A change from ``before`` to ``after``, by ``by`` (a stated amount) or by ``factor``
    ("doubled"); ``direction`` is +1 for "rose", -1 for "fell", 0 when the words do not say.

    ``measure`` says how ``by`` is counted: ``percent`` (of the before; between percentages it may
    also be points, since writers use "percent" for both), ``points`` (percentage points between
    percentages), ``fraction`` ("by a third"), or ``units`` (the figures' own unit: "gained 5 seats
    to 150 from 145", "rose 12 points to 1,034 from 1,022").  ``certain`` is False when the
    parse leaves another reading of the relation ("rose 2% to $50, up from $30 a year ago": the
    base may be of another period than the 2%)."""

    before: Figure
    after: Figure
    direction: int
    verb: str
    by: Figure | None = None
    factor: float | None = None
    measure: str | None = None
    certain: bool = True
    word_start: int | None = None  # where the change word ("rose", "doubled", "up") stands in the text
    word_end: int | None = None


@dataclass
class _Role:
    figure: Figure
    role: str  # "before", "after", "level", "amount"
    anchor: Token  # the word the figure's phrase hangs on
    points: bool = False  # "3 points"
    token: Token = None  # the figure's token (or its noun's: "3 points") that hangs on the anchor


def find_changes(document, figures: list[Figure], parses: Parses) -> list[Change]:
    """Every change said in the document, one per stated amount (or one with none), in text order."""
    words = change_words()
    by_sentence: dict[int, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.kind in _VALUE_KINDS or figure.kind == "ratio":
            by_sentence[document.sentence_index(figure.start)].append(figure)
    found: list[Change] = []
    for sentence in by_sentence.values():
        values = [f for f in sentence if f.kind in _VALUE_KINDS and f.value is not None]
        if not _may_pair(values):
            continue
        spans = {}
        for figure in sentence:
            span = parses.span(figure.start, figure.end)
            if span is not None and len(span):
                spans[figure] = span
        if spans:
            found.extend(_Sentence(words, spans).changes())
    return found


def _may_pair(values: list[Figure]) -> bool:
    """Two figures that could be a before and an after: parse only such sentences."""
    return any(compatible(_with_unit_of(first, second), second) or compatible(first, _with_unit_of(second, first))
               for index, first in enumerate(values) for second in values[index + 1:])


class _Sentence:
    """One sentence's parse with its figures aligned, read for changes."""

    def __init__(self, words: ChangeWords, spans: dict) -> None:
        self.words = words
        figure, span = next(iter(spans.items()))
        self.doc: Doc = span.doc
        self.offset = figure.start - span.start_char  # where the sentence starts in the document
        self.owner: dict[int, Figure] = {}
        self.root: dict[Figure, Token] = {}
        self.outward: dict[Figure, list[Token]] = {}
        for figure, span in spans.items():
            for token in span:
                self.owner.setdefault(token.i, figure)
            self.root[figure] = span.root
            # the tokens by which the figure hangs on the rest of the parse, a preposition's object
            # first ("from CHF 1.02 billion": "CHF" is the object, "billion" may hang elsewhere)
            outward = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
            root = span.root.i
            self.outward[figure] = sorted(outward, key=lambda t: (t.dep_ != "pobj", t.i != root))
        self.direction: dict[int, int] = {}  # change word -> direction
        self.factor: dict[int, float] = {}
        for token in self.doc:
            if token.i not in self.owner:
                self._read_change_word(token)

    def _read_change_word(self, token: Token) -> None:
        words, lemma = self.words, token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if lemma in words.factors:
                self.factor[token.i] = words.factors[lemma]
                self.direction[token.i] = 1 if words.factors[lemma] > 1 else -1
            elif lemma in words.verbs:
                self.direction[token.i] = words.verbs[lemma]
        elif token.pos_ in ("NOUN", "PROPN") and lemma in words.nouns and not self._measured(token):
            self.direction[token.i] = words.nouns[lemma]
        elif token.pos_ in ("ADV", "ADP", "ADJ", "PART") and token.lower_ in words.adverbs \
                and token.dep_ != "amod":  # "30% higher", not "a lower tax bill"
            self.direction[token.i] = words.adverbs[token.lower_]

    def _measured(self, noun: Token) -> bool:
        """"growth slowed to 2%", "a slowdown in growth": the noun names what changes, unless it
        has arguments of its own ("the 6% increase, to 150 from 100, surprised")."""
        words = self.words
        own = any(child.i in self.owner or (child.dep_ in _PREPOSITION and child.lower_ in
                                            words.after | words.before | words.amount | words.of)
                  for child in noun.children)
        if own:
            return False
        return noun.dep_ in _MEASURED or (noun.dep_ == "pobj" and noun.head.lower_ in words.changed)

    # -- roles ---------------------------------------------------------------

    def roles(self) -> list[_Role]:
        found: dict[Figure, _Role] = {}
        for figure, outward in self.outward.items():
            if figure.kind not in _VALUE_KINDS and figure.kind != "ratio":
                continue
            for token in outward:
                role = self._role(figure, token)
                if role is not None:
                    found[figure] = role
                    break
        self._from_to_quantmod(found)
        self._alternative_amounts(found)
        return list(found.values())

    def _role(self, figure: Figure, token: Token) -> _Role | None:
        """The role the figure's phrase, hanging on the parse by ``token``, plays in a change."""
        words = self.words
        points, head = False, token.head
        if figure.kind == "count" and token.dep_ in ("nummod", "appos") and head.i < token.i \
                and head.i not in self.owner and head.pos_ in ("NOUN", "PROPN"):
            return None  # "to number 3 from 10", "Category 4": a label after its noun, not an amount
        if token.dep_ == "nummod" and head.i not in self.owner and head.pos_ == "NOUN" \
                and head.i not in self.direction:
            points = head.lemma_.lower() in words.points
            token, head = head, head.head  # "3 points", "150 jobs": the noun's phrase is the figure's
        dep = token.dep_
        if dep == "pobj" and head.dep_ in _PREPOSITION | {"advmod", "pcomp"}:
            word, governor = head.lower_, head.head
            if governor.lemma_.lower() in words.comparing:
                return _Role(figure, "before", governor, points, token)  # "compared with 100 a year earlier"
            if word in words.after:
                return _Role(figure, "after", governor, points, token)
            if word in words.before:
                return _Role(figure, "before", governor, points, token)
            if word in words.amount and governor.i in self.direction:
                return _Role(figure, "amount", governor, points, token)
            if word in words.of and governor.i in self.direction and governor.pos_ in ("NOUN", "PROPN"):
                return _Role(figure, "amount", governor, points, token)
            if word in words.level and not (governor.i in self.direction and governor.pos_ == "VERB"):
                return _Role(figure, "level", governor, points, token)  # not "grew at 7%": a rate
            if word in words.of and governor.dep_ in ("nsubj", "nsubjpass") and \
                    governor.head.lemma_.lower() in words.copulas:
                return _Role(figure, "level", governor.head, points, token)  # "income of £5.6m was a 40% increase"
            return None
        if dep in ("attr", "dobj", "acomp") and head.lemma_.lower() in words.copulas:
            return _Role(figure, "level", head, points, token)
        if head.i in self.direction and dep in _MEASURE and token.i != head.i:
            return _Role(figure, "amount", head, points, token)
        return None

    def _from_to_quantmod(self, found: dict[Figure, _Role]) -> None:
        """"went from 100 to 150": the parser may read "100 to 150" as one number phrase, the first
        end and "to" both modifying the second."""
        for figure, root in self.root.items():
            second = self.owner.get(root.head.i)
            if root.dep_ != "quantmod" or second is None or second is figure or second not in found:
                continue
            link = [t for t in self.doc[root.i + 1:root.head.i] if t.lower_ in self.words.after]
            if link and found[second].role == "before" and root.i < root.head.i:
                anchor = found[second].anchor
                found[figure] = _Role(figure, "before", anchor, token=root)
                found[second].role = "after"
        # "from 1.5 to 2.5 billion": both ends objects of "from", the "to" hung on the second
        befores = sorted((r for r in found.values() if r.role == "before"), key=lambda r: r.token.i)
        for first, second in zip(befores, befores[1:]):
            if first.anchor.i != second.anchor.i:
                continue
            phrase = range(second.token.left_edge.i, second.token.right_edge.i + 1)
            between = self.doc[first.token.right_edge.i + 1:phrase.start]
            link = [t for t in self.doc[phrase.start:second.token.i] if t.lower_ in self.words.after]
            if link and all(t.is_punct for t in between):
                second.role = "after"

    def _alternative_amounts(self, found: dict[Figure, _Role]) -> None:
        """"rose 12.3 points, or 1.2%, to 1,034.5": an amount restated joins the amount's role."""
        roles_by_token = {r.token.i: r for r in found.values() if r.role == "amount"}
        for figure, root in self.root.items():
            if figure in found or root.dep_ not in ("conj", "appos"):
                continue
            first = roles_by_token.get(root.head.i)
            listed = any(child.dep_ == "cc" and child.lower_ in self.words.listing for child in root.head.children)
            if first is not None and not listed:  # not "rose 5% in dollars and 3% in euros"
                found[figure] = _Role(figure, "amount", first.anchor, token=root)

    # -- clauses -------------------------------------------------------------

    def _is_verb(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX"):
            return False
        comparing = token.lemma_.lower() in self.words.comparing and token.dep_ in ("prep", "advcl", "acl")
        return not comparing  # "compared with 100 a year earlier" belongs to the clause around it

    def _climb(self, token: Token) -> Token:
        """Up from ``token`` through nouns, numbers and prepositions to a change word or a verb."""
        while token.i not in self.direction and not self._is_verb(token) and token.head.i != token.i:
            token = token.head
        return token

    def _clause(self, token: Token) -> Token:
        """The verb (or the root) whose clause ``token`` is in; a change noun or adverb is in the
        clause of the word it modifies, unless it says how a noun of its own changed: "on sales up
        7% at $1.1 billion", "with online sales up 25%" (a clause without its verb)."""
        word = self._climb(token)
        while not self._is_verb(word) and word.head.i != word.i:
            head = word.head
            own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in word.children)
            if own_subject or head.pos_ in ("NOUN", "PROPN", "PRON") and head.i not in self.owner \
                    and head.i not in self.direction:
                return word
            word = self._climb(head)
        return word

    def changes(self) -> list[Change]:
        roles = self.roles()
        clauses: dict[int, list[_Role]] = defaultdict(list)
        for role in roles:
            clauses[self._clause(role.anchor).i].append(role)
        words_of: dict[int, list[int]] = defaultdict(list)
        for word in self.direction:
            words_of[self._clause(self.doc[word]).i].append(word)
        found = []
        for clause, members in clauses.items():
            found.extend(self._changes_in(members, words_of.get(clause, [])))
        return found

    def _changes_in(self, members: list[_Role], change_words: list[int]) -> list[Change]:
        if not change_words:
            return []
        befores = [r for r in members if r.role == "before"]
        afters = [r for r in members if r.role == "after"] or [r for r in members if r.role == "level"]
        if len(befores) != 1 or len(afters) != 1:
            return []
        before_role, after_role = befores[0], afters[0]
        before, after = self._pair(before_role, after_role)
        if before is None:
            return []
        factors = {self.factor[w] for w in change_words if w in self.factor}
        directions = {self.direction[w] for w in change_words} - {0}
        direction = directions.pop() if len(directions) == 1 else 0
        named = sorted(change_words, key=lambda w: (w not in self.factor, self.doc[w].pos_ != "VERB", w))
        main = self.doc[named[0]]
        quoted = self._quoted(before_role) or self._quoted(after_role)
        changes = []
        for amount_role in (r for r in members if r.role == "amount"):
            if self._trailing(amount_role, before_role, after_role) or self._rate(amount_role):
                continue
            typed = _typed(amount_role, before, after)
            if typed is None or (typed[1] == "units" and not amount_role.points and typed[0].kind == "count"
                                 and self._noun(amount_role) not in (None, self._noun(after_role))):
                continue  # "rose 3 times to 150": a count of something else
            by, measure = typed
            word = amount_role.anchor if amount_role.anchor.i in self.direction else main
            certain = not quoted and self._one_reading(amount_role, before_role, after_role, members) \
                and self._own_amount(by, before, after, amount_role.anchor)
            changes.append(Change(before, after, direction, word.text.lower(), by, None, measure, certain,
                                  *self._where(word)))
        if not changes and self._compared(before_role):
            return []  # "grew at 7 percent compared to 4 percent for the economy": another thing's figure
        if len(factors) == 1:
            factor_word = self.doc[next(w for w in named if w in self.factor)]
            changes.append(Change(before, after, direction, factor_word.text.lower(), factor=factors.pop(),
                                  word_start=self._where(factor_word)[0], word_end=self._where(factor_word)[1]))
        if not changes and direction:
            changes.append(Change(before, after, direction, main.text.lower(), certain=not quoted,
                                  word_start=self._where(main)[0], word_end=self._where(main)[1]))
        return changes

    def _own_amount(self, by: Figure, before: Figure, after: Figure, anchor: Token) -> bool:
        """The stated amount is the change's own: said before both figures ("rose 6% to 150 from
        100"), right before its base with a word of change of its own ("was 31,400, down 12% from
        33,100"; not "firmed to 7-1/8, seven pct from 7-1/16", a list of rates), or after both as a noun
        of change in apposition ("to 4,460 from 4,020, a gain of 6%"; ", a 12% rise").  Said
        otherwise it may count from another base ("to 362 mln, up from 275 mln, and up 27 pct from
        the record"; "with same-store sales up four pct"; "up 27% on the previous summer")."""
        if by.start < min(before.start, after.start):
            return True
        words = self.words
        between = self._tokens(by.end, before.start)
        if by.end <= before.start:
            own_word = by.start < after.start or self._where(anchor)[0] >= after.end
            return own_word and bool(between) and all(token.lower_ in words.before for token in between)
        last = max(before.end, after.end)
        if by.start < last:
            return False
        gap = self._tokens(last, by.start)
        following = self._tokens(by.end, by.end + 40)[:1]
        named_before = len(gap) >= 2 and gap[-2].lemma_.lower() in words.nouns and gap[-1].lower_ in words.of
        named_after = bool(following) and following[0].lemma_.lower() in words.nouns
        return any(token.text == "," for token in gap) and (named_before or named_after)

    def _tokens(self, start: int, end: int) -> list[Token]:
        """The tokens between two document offsets of this sentence."""
        low, high = start - self.offset, end - self.offset
        return [token for token in self.doc if low <= token.idx and token.idx + len(token) <= high]

    def _where(self, token: Token) -> tuple[int, int]:
        start = self.offset + token.idx
        return start, start + len(token.text)

    def _pair(self, before_role: _Role, after_role: _Role) -> tuple[Figure | None, Figure | None]:
        """The before and after as one kind of figure ("to 1,670 tonnes from 2,165": the unit is
        written once), or None when they measure different things, when one of them is a list
        ("against 4.89 and 4.79 billion": two bases, the scale written once), or when they lie
        more than a thousandfold apart (a scale word the extractor could not share)."""
        if self._listed(before_role) or self._listed(after_role):
            return None, None
        before, after = before_role.figure, after_role.figure
        before, after = _with_unit_of(before, after), _with_unit_of(after, before)
        if not compatible(before, after) or before.value is None or after.value is None:
            return None, None
        if before.value and after.value and not 1 / 1000 <= abs(after.value / before.value) <= 1000:
            return None, None
        nouns = self._noun(before_role), self._noun(after_role)
        if before.kind == "count" and all(nouns) and nouns[0] != nouns[1]:
            return None, None  # "to 150 jobs from 100 stores"
        return before, after

    def _listed(self, role: _Role) -> bool:
        """The figure is coordinated with another by "and": "from 4.89 and 4.79 billion"."""
        phrase = role.token
        joined = [child for child in phrase.children if child.dep_ == "conj" and child.i in self.owner]
        if phrase.dep_ == "conj" and phrase.head.i in self.owner:
            joined.append(phrase.head)
        conjunctions = [child for token in (*joined, phrase) for child in token.children if child.dep_ == "cc"]
        return bool(joined) and any(child.lower_ in self.words.listing for child in conjunctions)

    def _noun(self, role: _Role) -> str | None:
        """The noun a count counts, when the parse puts it outside the figure: "150 jobs"."""
        return role.token.lemma_.lower() if role.token.i not in self.owner else None

    def _one_reading(self, amount: _Role, before: _Role, after: _Role, members: list[_Role]) -> bool:
        """False when the amount and the after are said together and the base apart, on a word of
        its own that states no amount: "rose 2% to $50, up from $30 a year ago", "was down 8.1
        points at 1,981.5 compared with an opening 1,987.4": the amount may be counted from another
        base (the day before, another period)."""
        own = {role.figure: self._own(role) for role in members}
        amount_word, before_word = own[amount.figure], own[before.figure]
        apart = before_word in self.direction or self._compared(before)  # not on the clause's verb
        if not apart or amount_word == before_word or own[after.figure] != amount_word:
            return True
        return any(r.role == "amount" and own[r.figure] == before_word for r in members)

    def _trailing(self, amount: _Role, before: _Role, after: _Role) -> bool:
        """A measure hung straight on the verb after both its figures is not its amount: "had risen to
        7.5 billion in May from 6.1 billion in April and 6.3 billion a year earlier" (a second base
        the parser hung on the verb).  The verb's own amount comes first: "rose 6% to 150 from 100"."""
        anchor = amount.anchor
        if anchor.pos_ != "VERB" or amount.token.head.i != anchor.i:
            return False
        return amount.token.i > max(before.token.i, after.token.i)

    def _rate(self, amount: _Role) -> bool:
        """"by 2% a year", "2% per annum", "grew 2% annually", "an annual increase of 2%": a rate per
        period, which compounds over the span of the change, is not the change."""
        words = counting_words()
        phrase = amount.token
        for child in phrase.children:
            if child.dep_ == "npadvmod" and child.lemma_.lower() in words.rate_periods and \
                    any(d.lower_ in words.rate_markers for d in child.children):
                return True
            if child.dep_ == "prep" and child.lower_ in words.rate_markers and \
                    any(o.lemma_.lower() in words.rate_periods for o in child.children):
                return True
        return any(child.lower_ in words.rate_adverbs for word in (phrase, amount.anchor) for child in word.children
                   if child.dep_ in ("advmod", "amod"))

    def _quoted(self, role: _Role) -> bool:
        """"to 139.50 to the dollar", "139.50 yen per dollar": the figure is the price of one of
        something else, said by a preposition right after it."""
        end = max(role.token.i, *(i for i, figure in self.owner.items() if figure is role.figure))
        following = self.doc[end + 1] if end + 1 < len(self.doc) else None
        return following is not None and following.dep_ in _PREPOSITION and following.lower_ in self.words.quotes \
            and not any(child.i in self.owner for child in following.children)

    def _compared(self, role: _Role) -> bool:
        return role.anchor.lemma_.lower() in self.words.comparing

    def _own(self, role: _Role) -> int:
        """The word a role is said with: the change word or verb its phrase hangs on; a base
        introduced by "compared with" is said with "compared"."""
        if self._compared(role):
            return role.anchor.i
        return self._climb(role.anchor).i


def _typed(role: _Role, before: Figure, after: Figure) -> tuple[Figure, str] | None:
    """The stated amount and how it counts, if it can measure the change from ``before`` to ``after``."""
    amount = role.figure
    between_percents = before.kind == "percent" and before.unit == "percent"
    if role.points:
        if between_percents:
            return amount.replace(kind="percent", unit="percentage_point"), "points"
        if before.kind == "count":
            return amount, "units"  # index points
        return None
    if amount.kind == "percent":
        if amount.unit == "percent":
            return amount, "percent"
        if amount.unit == "percentage_point" and between_percents:
            return amount, "points"
        return None
    if amount.kind == "quantity" and amount.unit == "basis_point" and between_percents:
        scale = {k: (getattr(amount, k) / 100 if getattr(amount, k) is not None else None)
                 for k in ("value", "low", "high", "soft_low", "soft_high")}
        return amount.replace(kind="percent", unit="percentage_point", **scale), "points"
    if amount.kind == "ratio" and amount.value is not None and 0 < amount.value < 1 \
            and not any(c.isdigit() for c in amount.text):
        return amount, "fraction"  # "by a third", "by half"
    amount = _with_unit_of(amount, after)
    if amount.kind in AMOUNT_KINDS and amount.unit == after.unit == before.unit and amount.value is not None \
            and (role.figure.kind != "count" or after.kind == "count"):
        return amount, "units"  # "gained 5 seats to 150 from 145", "fell by £200m to £1.1bn from £1.3bn"
    return None


def _with_unit_of(bare: Figure, other: Figure) -> Figure:
    """"to 1,670 tonnes from 2,165": the unit is written once; a bare count takes it,
    unless the magnitudes say it is another kind of number."""
    if bare.kind != "count" or other.kind in ("count", "ratio") or bare.value is None or other.value is None:
        return bare
    if other.value and not 1 / 1000 <= bare.value / other.value <= 1000:
        return bare
    return bare.replace(kind=other.kind, unit=other.unit)
