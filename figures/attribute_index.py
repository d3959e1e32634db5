"""spaCy's attribute ruler matched by lookup instead of its ``Matcher``: the same matches, faster.

The ruler of ``en_core_web_sm`` (the tag map and the lemma and morphology
exceptions, about 180 patterns) costs as much as the parser when its
``Matcher`` tries every pattern at every token.  Its patterns are short and
start with a word, a tag, a dependency or a space, so indexing them by their first token
finds the same matches by looking up a few candidates per token.  A pipeline
whose ruler uses other predicates keeps its ``Matcher``.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.tokens import Doc

#: The token attributes the index reads, as the Matcher names them, in the order of a token's row.
_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")

Predicate = Callable[[object], bool]
Check = tuple[int, Predicate]  # the attribute's place in a token's row, and its test
Sequence = tuple[int, tuple[tuple[Check, ...], ...]]  # (the rule's number, the checks of each token)


def _predicate(condition: object, strings: StringStore) -> Predicate | None:
    """The Matcher's test of one value, on the value's number in ``doc.to_array``: equality, IN,
    NOT_IN or REGEX (None for anything else)."""
    if not isinstance(condition, dict):
        return functools.partial(operator.eq, _number(condition, strings))
    if len(condition) != 1:
        return None
    (operation, value), = condition.items()
    if operation == "IN":
        return frozenset(_number(item, strings) for item in value).__contains__
    if operation == "NOT_IN":
        refused = frozenset(_number(item, strings) for item in value)
        return lambda read: read not in refused
    if operation == "REGEX":
        pattern = re.compile(value)
        return lambda read: pattern.search(strings[read]) is not None
    return None


def _number(value: object, strings: StringStore) -> int:
    """How ``doc.to_array`` writes a value: a string's hash (or symbol), a flag's 0 or 1."""
    return strings[value] if isinstance(value, str) else int(value)


def _keys(condition: object) -> tuple | None:
    """The values a first token's attribute must have, when the pattern names them (equality or IN)."""
    if not isinstance(condition, dict):
        return (condition,)
    if set(condition) == {"IN"}:
        return tuple(condition["IN"])
    return None


def _readable(token_pattern: dict, strings: StringStore) -> bool:
    return all(attribute in _ATTRIBUTES and _predicate(condition, strings) is not None
               for attribute, condition in token_pattern.items())


class IndexedRuler:
    """The matches of an attribute ruler's patterns, found through an index on the first token: a
    pattern is tried only at the tokens whose word, tag, dependency or spacing it starts with, and
    on the rows of the tokens' attributes that ``doc.to_array`` reads at once."""

    def __init__(self, ruler: AttributeRuler, sequences: list[tuple[int, list[dict]]]) -> None:
        from spacy import attrs

        self._strings = ruler.vocab.strings
        self._columns = [getattr(attrs, attribute) for attribute in _ATTRIBUTES]
        self._index: dict[tuple[int, object], list[Sequence]] = {}
        self._always: list[Sequence] = []
        for number, tokens in sequences:
            first = dict(tokens[0])
            keyed = next(((attribute, _keys(first[attribute])) for attribute in _ATTRIBUTES
                          if attribute in first and _keys(first[attribute]) is not None), None)
            if keyed is not None:
                del first[keyed[0]]  # the index looks it up
            entry = (number, tuple(self._checks(token) for token in (first, *tokens[1:])))
            if keyed is None:
                self._always.append(entry)
                continue
            column = _ATTRIBUTES.index(keyed[0])
            for value in keyed[1]:
                self._index.setdefault((column, _number(value, self._strings)), []).append(entry)

    def _checks(self, token_pattern: dict) -> tuple[Check, ...]:
        return tuple((_ATTRIBUTES.index(attribute), _predicate(condition, self._strings))
                     for attribute, condition in token_pattern.items())

    @classmethod
    def of(cls, ruler: AttributeRuler) -> IndexedRuler | None:
        """The index of ``ruler``'s patterns, or None when one of them uses what the index cannot read."""
        sequences = []
        for number, rule in enumerate(ruler.patterns):
            for tokens in rule["patterns"]:
                if not tokens or not all(_readable(token, ruler.vocab.strings) for token in tokens):
                    return None
                sequences.append((number, tokens))
        return cls(ruler, sequences)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (rule number, match id, start, end), in the order rules apply."""
        rows = doc.to_array(self._columns).tolist()
        index, always, found = self._index, self._always, set()
        for start, row in enumerate(rows):
            candidates = [*index.get((0, row[0]), ()), *index.get((1, row[1]), ()), *index.get((2, row[2]), ()),
                          *index.get((3, row[3]), ()), *always]
            for number, tokens in candidates:
                end = start + len(tokens)
                if end <= len(rows) and all(test(rows[start + offset][column])
                                            for offset, checks in enumerate(tokens) for column, test in checks):
                    found.add((number, start, end))
        return sorted((number, self._strings[str(number)], start, end) for number, start, end in found)


def index_attribute_ruler(nlp) -> None:
    """Match ``nlp``'s attribute ruler by the index, when it has one the index can read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedRuler.of(ruler)
    if indexed is not None:
        ruler.match = indexed.match
