"""The English the engines read, as data: ``figures/lang/en/*.toml``, validated when first loaded."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


class LanguageDataError(ValueError):
    """A language file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class TenseWords:
    """How a verb says when its event happens (``lang/en/tense.toml``)."""

    time_prepositions: frozenset[str]
    light_objects: frozenset[str]
    future_modals: frozenset[str]
    looking_ahead: frozenset[str]
    examples: tuple[dict, ...]


def read(name: str, language: str = "en") -> dict:
    """The parsed TOML of ``lang/<language>/<name>.toml``."""
    path = resources.files("figures.lang").joinpath(language, f"{name}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as problem:
        raise LanguageDataError(f"{path}: {problem}") from None


@functools.cache
def tense_words(language: str = "en") -> TenseWords:
    data = read("tense", language)
    lists = ("time_prepositions", "light_objects", "future_modals", "looking_ahead")
    unknown = set(data) - set(lists) - {"examples"}
    if unknown:
        raise LanguageDataError(f"lang/{language}/tense.toml: unknown key {', '.join(sorted(unknown))}")
    for key in lists:
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise LanguageDataError(f"lang/{language}/tense.toml: {key} must be a list of lower-case words")
    return TenseWords(*(frozenset(data[key]) for key in lists), tuple(data.get("examples", ())))
