"""The written forms of an English verb, from its lemma: the regular rules here (-s/-es, -ed with a
doubled consonant, a dropped e or y to i, -ing), the irregular past forms from
``lang/en/inflections.toml``.  Lets a pattern over written text use the lemma lists of the language
files ("rise" is "rises", "rose", "risen", "rising") instead of its own list of forms."""

from __future__ import annotations

import functools
import re

from figures.lang import change_words, irregular_verbs

_SHORT = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # one syllable ending vowel + consonant: "drop", "slip"


@functools.cache
def verb_forms(lemma: str) -> frozenset[str]:
    """``lemma`` and its third person, past, past participle and present participle."""
    if re.search(r"(?:s|x|z|ch|sh|o)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ie"):
        stem, past = lemma[:-2] + "y", lemma + "d"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        stem, past = lemma[:-1], lemma + "d"
    elif _SHORT.fullmatch(lemma):
        stem = lemma + lemma[-1]
        past = stem + "ed"
    elif re.search(r"[^aeiou]y$", lemma):
        stem, past = lemma, lemma[:-1] + "ied"
    else:
        stem, past = lemma, lemma + "ed"
    pasts = irregular_verbs().past.get(lemma, (past,))
    return frozenset({lemma, third, stem + "ing", *pasts})


@functools.cache
def change_word_forms() -> frozenset[str]:
    """Every written form of the verbs, factor verbs and adverbs of change (``lang/en/change.toml``):
    "rose", "slumped", "doubled", "higher"."""
    words = change_words()
    return frozenset({form for lemma in [*words.verbs, *words.factors] for form in verb_forms(lemma)}
                     | set(words.adverbs))
