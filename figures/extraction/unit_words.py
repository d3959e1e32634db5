"""Reading the units, currencies and time units news writes after (or before) a number.

The vocabulary is data: ``figures/lang/en/units.toml`` and ``currencies.toml``, generated from
pint's registry and babel's ISO 4217 tables by ``python -m figures.lang.generate_units`` (pint is
not imported here: its registry is built only to convert).  This module holds the engine: the
tables it exposes and the patterns that match them.
"""

from __future__ import annotations

import re

from figures.extraction.inflection import verb_forms
from figures.lang import counting_words, unit_vocabulary

_VOCABULARY = unit_vocabulary()

#: Unit words (lower case, singular and plural, "square km" included) -> pint unit expression.
UNIT_WORDS = _VOCABULARY.words
#: Unit symbols (case-sensitive) -> pint unit expression.
UNIT_SYMBOLS = _VOCABULARY.symbols
#: Time units -> (pint unit, factor): "a decade" is 10 years (pint's decade is logarithmic).
TIME_UNITS = _VOCABULARY.time

#: Currency signs before a number -> ISO code.
CURRENCY_SIGNS = _VOCABULARY.signs
#: Currency signs written after the number ("1,200€").
CURRENCY_SIGNS_AFTER = _VOCABULARY.signs_after
#: Currency words after a number -> ISO code; adjectives refine dollars, francs, ...
CURRENCY_WORDS = _VOCABULARY.currency_words
CURRENCY_ADJECTIVES = _VOCABULARY.adjectives
#: Words for which a currency adjective is required (or a scale word before them).
AMBIGUOUS_CURRENCY_WORDS = _VOCABULARY.ambiguous
CROWN_ADJECTIVES = _VOCABULARY.crown_adjectives
CENTS = _VOCABULARY.cents
#: Written forms of the words that make an ambiguous currency noun money ("fined 500 pounds") or keep
#: "pounds" a weight ("weighed 500 pounds").
MONEY_CONTEXT = frozenset(form for lemma in _VOCABULARY.money_context for form in verb_forms(lemma))
WEIGHT_CONTEXT = frozenset(form for lemma in _VOCABULARY.weight_context for form in verb_forms(lemma))
#: Compound measures ("6ft 2in"): larger unit -> (smaller unit, how many of it make one larger).
COMPOUNDS = _VOCABULARY.compounds
#: A dimension adjective after a measure: "1.8m tall", "a 2.1m-high wall".
DIMENSION_AFTER = re.compile(rf"[\s-]?(?:{'|'.join(sorted(_VOCABULARY.measure_adjectives))})\b(?!-)", re.I)


def trie_pattern(words) -> str:
    """One regular expression for ``words`` that prefers the longest ("miles per hour" over
    "miles"), built as a trie so that a thousand words cost a few steps, not a thousand tries."""
    trie: dict = {}
    for word in words:
        if word:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie) or "(?!)"


_WORD_UNITS = trie_pattern(w for w in UNIT_WORDS if w not in _VOCABULARY.lower_case_only)
_LOWER_UNITS = trie_pattern(_VOCABULARY.lower_case_only)
_SYMBOL_UNITS = trie_pattern(UNIT_SYMBOLS)

#: A unit right after a number: "10 km", "10km", "10-km", "5 square miles", "25C", "20 newtons".
UNIT_AFTER = re.compile(
    rf"(?:\s?-\s?|\s*)(?:(?P<word>(?i:{_WORD_UNITS})|{_LOWER_UNITS})\b|(?P<symbol>{_SYMBOL_UNITS})(?![A-Za-z0-9]))"
)
#: A measure's unit just before an opening parenthesis: "6ft 2in (1.88m)" converts it.
UNIT_THEN_PARENTHESIS = re.compile(rf"(?<![A-Za-z])(?:(?i:{_WORD_UNITS})|{_LOWER_UNITS}|{_SYMBOL_UNITS})\.?\s*\(\s*$")
TIME_AFTER = re.compile(
    rf"(?:\s?-\s?|\s*)(?i:(?P<time>{trie_pattern(TIME_UNITS)}))\b(?P<long>-long)?"
)

_GLUED_ONLY = _VOCABULARY.glued_only
#: Not a rate when a word of time shift follows: "a year ago", "a day earlier".
NOT_SHIFTED = rf"(?!\s+(?:{'|'.join(sorted(counting_words().rate_shifts))})\b)"
_PER_TIME = re.compile(r"(?:\s+|-)(?:a|an|per|every)(?:\s+|-)(?P<t>second|minute|hour|day|week|month|year)\b"
                       + NOT_SHIFTED, re.I)


def unit_after(text: str, at: int) -> tuple[str, int] | None:
    """The pint unit written at ``at`` (after a number), with a rate ("a day"), and its end."""
    match = UNIT_AFTER.match(text, at)
    if not match:
        return None
    if match.group("word"):
        unit = UNIT_WORDS[match.group("word").lower()]
    else:
        symbol = match.group("symbol")
        if symbol in _GLUED_ONLY and match.start("symbol") != at:
            return None  # "25C" is a temperature; "2.5 F" may be farads, "18 R" rand
        unit = UNIT_SYMBOLS[symbol]
    rate = _PER_TIME.match(text, match.end())
    if rate and "/" not in unit:
        return f"{unit} / {rate.group('t').lower()}", rate.end()
    return unit, match.end()
