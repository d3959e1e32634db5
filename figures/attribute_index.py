"""spaCy's attribute ruler matched by lookup instead of its ``Matcher``: the same matches, faster.

The ruler of ``en_core_web_sm`` (the tag map and the lemma and morphology
exceptions, about 180 patterns) costs as much as the parser when its
``Matcher`` tries every pattern at every token.  Its patterns are short and
start with a word or a tag, so indexing them by their first token's word or tag
finds the same matches by looking up a few candidates per token.  A pipeline
whose ruler uses other predicates keeps its ``Matcher``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

#: The token attributes the index reads, as the Matcher names them.
_ATTRIBUTES: dict[str, Callable[[Token], object]] = {
    "LOWER": lambda token: token.lower_,
    "TAG": lambda token: token.tag_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}

Test = Callable[["Token"], bool]
Sequence = tuple[int, tuple[Test, ...]]  # (the rule's number, a test per token)


def _test(attribute: str, condition: object) -> Test | None:
    """The Matcher's test of one attribute: equality, IN, NOT_IN or REGEX (None for anything else)."""
    read = _ATTRIBUTES.get(attribute)
    if read is None:
        return None
    if not isinstance(condition, dict):
        return lambda token: read(token) == condition
    if len(condition) != 1:
        return None
    (operator, value), = condition.items()
    if operator == "IN":
        allowed = frozenset(value)
        return lambda token: read(token) in allowed
    if operator == "NOT_IN":
        refused = frozenset(value)
        return lambda token: read(token) not in refused
    if operator == "REGEX":
        pattern = re.compile(value)
        return lambda token: pattern.search(read(token)) is not None
    return None


def _anything(token: Token) -> bool:
    return True


def _keys(first: dict, attribute: str) -> tuple[str, ...] | None:
    """The values of ``attribute`` a sequence's first token must have, when the pattern names them."""
    condition = first.get(attribute)
    if isinstance(condition, str):
        return (condition,)
    if isinstance(condition, dict) and set(condition) == {"IN"}:
        return tuple(condition["IN"])
    return None


class IndexedRuler:
    """The matches of an attribute ruler's patterns, found through an index on the first token."""

    def __init__(self, ruler: AttributeRuler, sequences: list[tuple[int, list[dict]]]) -> None:
        self._strings = ruler.vocab.strings
        self._by_word: dict[str, list[Sequence]] = {}
        self._by_tag: dict[str, list[Sequence]] = {}
        self._always: list[Sequence] = []
        for number, tokens in sequences:
            first = dict(tokens[0])
            words, tags = _keys(first, "LOWER"), _keys(first, "TAG")
            key, index = ("LOWER", self._by_word) if words is not None else ("TAG", self._by_tag)
            keys = words if words is not None else tags
            if keys is not None:
                del first[key]  # the index looks it up
            entry = (number, tuple(self._all(token) for token in (first, *tokens[1:])))
            for value in keys or ():
                index.setdefault(value, []).append(entry)
            if keys is None:
                self._always.append(entry)

    @staticmethod
    def _all(token_pattern: dict) -> Test:
        tests = [_test(attribute, condition) for attribute, condition in token_pattern.items()]
        if not tests:
            return _anything
        if len(tests) == 1:
            return tests[0]
        return lambda token: all(test(token) for test in tests)

    @classmethod
    def of(cls, ruler: AttributeRuler) -> IndexedRuler | None:
        """The index of ``ruler``'s patterns, or None when one of them uses what the index cannot read."""
        sequences = []
        for number, rule in enumerate(ruler.patterns):
            for tokens in rule["patterns"]:
                if not tokens or any(_test(a, c) is None for token in tokens for a, c in token.items()):
                    return None
                sequences.append((number, tokens))
        return cls(ruler, sequences)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (rule number, match id, start, end), in the order rules apply."""
        found = set()
        for start, token in enumerate(doc):
            candidates = self._by_word.get(token.lower_, []) + self._by_tag.get(token.tag_, []) + self._always
            for number, tests in candidates:
                end = start + len(tests)
                if end <= len(doc) and all(test(doc[start + k]) for k, test in enumerate(tests)):
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
