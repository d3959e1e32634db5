"""The English of figures lives in ``figures/lang/en/*.toml``, each word list defined once."""

from __future__ import annotations

import tomllib
from importlib import resources


def _word_lists(table, path=()):
    """(key path, words) of every list of strings in a TOML table, at any depth."""
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _word_lists(value, (*path, key))
        elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            yield (*path, key), value


def _all_lists():
    folder = resources.files("figures.lang").joinpath("en")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
            data.pop("examples", None)
            for path, words in _word_lists(data):
                yield f"{entry.name}:{'.'.join(path)}", words


def test_no_word_list_is_defined_twice():
    seen: dict[frozenset, str] = {}
    twice = []
    for where, words in _all_lists():
        key = frozenset(word.lower() for word in words)
        if len(key) < 3 or not all(len(word) >= 3 and word.replace(" ", "").isalpha() for word in key):
            continue  # symbols and prefixes ("k", "M") repeat by nature; words must not
        if key in seen:
            twice.append((seen[key], where))
        seen.setdefault(key, where)
    assert not twice, f"the same list is defined in two places: {twice}"

