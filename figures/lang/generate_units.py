"""Write ``lang/en/units.toml`` from pint's registry and ``lang/en/currencies.toml`` from babel's
ISO 4217 data, with the choices of ``lang/en/unit_forms.toml``::

    .venv/bin/pip install babel          # the generator's only extra need (pint is a dependency)
    .venv/bin/python -m figures.lang.generate_units

The extractor reads the generated files and never imports pint or babel to recognise a unit.
``--check`` exits 1 when a committed file differs from what the generator makes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from importlib import resources

_LETTERS = re.compile(r"^[A-Za-z]+(?:_[A-Za-z0-9]+)*$")


def _forms() -> dict:
    return tomllib.loads(resources.files("figures.lang").joinpath("en", "unit_forms.toml").read_text("utf-8"))


# -- English plurals ----------------------------------------------------------------


def _plural_word(word: str, rules: dict) -> str:
    if word in rules["irregular"]:
        return rules["irregular"][word]
    if (word in rules["irregular"].values() or any(word.endswith(w) for w in rules["invariant"])
            or not word[-1:].isalpha() or re.search(r"[^su]s$", word)):
        return word  # already plural ("feet", "revolutions"), or the same in the plural ("hertz")
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def plural(phrase: str, rules: dict) -> str:
    """The plural of a unit name: "miles per hour", "tonnes of oil equivalent", "degrees celsius",
    "pounds force per square inch", "kilowatt-hours", "feet"."""
    words = re.split(r"([ -])", phrase)
    nouns = words[::2]
    head = next((i - 1 for i, w in enumerate(nouns) if i and w in ("per", "of")), len(nouns) - 1)
    while head > 0 and nouns[head] in rules["postpositive"]:
        head -= 1
    words[2 * head] = _plural_word(words[2 * head], rules)
    return "".join(words)


def _spelled(form: str, spellings: dict[str, str]) -> set[str]:
    """``form`` in American and British spelling ("kilometer", "kilometre")."""
    out = {form}
    for american, british in spellings.items():
        out |= {f.replace(american, british) for f in out if american in f and british not in f}
        out |= {f.replace(british, american) for f in out if british in f}
    return out


def _word_aliases(definition, excluded: set[str]) -> list[str]:
    """A pint unit's other names that are words ("metre", "tonne", "feet"), not symbols ("degC", "L")."""
    return [a for a in definition.aliases
            if _LETTERS.match(a) and a.islower() and len(a) >= 4 and a != definition.symbol and a not in excluded]


# -- units -------------------------------------------------------------------------


def _units(forms: dict) -> dict:
    import pint

    from figures.units import NEWS_UNITS

    plain = pint.UnitRegistry()
    checked = pint.UnitRegistry()
    for definition in NEWS_UNITS:
        checked.define(definition)
    conf, rules = forms["units"], forms["plurals"]
    patterns = [re.compile(p) for p in conf["exclude_patterns"]]
    excluded = set(conf["exclude"])
    lower_only = set(conf["lower_case_only"])

    def canonical(expression: str) -> str:
        return str(plain.parse_units(expression))

    names: dict[str, str] = {}  # singular word form -> pint unit
    for name, definition in sorted(plain._units.items()):  # noqa: SLF001 - pint has no public listing
        if name != definition.name or name in excluded or any(p.search(name) for p in patterns):
            continue
        for form in (name, *_word_aliases(definition, excluded)):
            names.setdefault(form.replace("_", " ").lower(), name)
    for base in conf["prefixed"]:
        definition = plain._units[base]  # noqa: SLF001
        for form in (base, *(a for a in _word_aliases(definition, excluded) if "_" not in a)):
            for prefix in conf["prefixes"]:
                word = prefix + form
                names.setdefault(word.replace("_", " ").lower(), canonical(word))

    words: dict[str, str] = {}
    singular_forms: dict[str, str] = {}
    for form, unit in names.items():
        singular_forms[form] = unit
    for form, unit in conf["news_words"].items():
        singular_forms[form] = unit  # news's own reading wins over pint's
    plurals_of_aliases = {plural(f, rules) for f in singular_forms}
    for form, unit in singular_forms.items():
        for spelled in _spelled(form, rules["spellings"]):
            variants = {spelled} | ({spelled.replace(" ", "-")} if " " in spelled and " per " not in spelled else set())
            for variant in variants:
                words[variant] = unit
                if variant not in plurals_of_aliases or variant == plural(variant, rules):
                    words.setdefault(plural(variant, rules), unit)
    symbols: dict[str, str] = {}
    for symbol in [*conf["symbols"], *conf["glued_only"]]:
        symbols[symbol] = canonical(symbol)
    for base, prefixes in conf["prefixed_symbols"].items():
        for prefix in prefixes:
            symbols.setdefault(prefix + base, canonical(prefix + base))
    symbols |= conf["news_symbols"]

    lengths = set(conf["powered"])
    powered_words = {f"{word} {surface}": f"{unit} ** {power}" for surface, unit in words.items() if unit in lengths
                     for word, power in conf["powers"].items()}
    powered_symbols = {f"{word} {surface}": f"{unit} ** {power}" for surface, unit in symbols.items()
                       if unit in lengths for word, power in conf["powers"].items()}
    powered_symbols |= {f"{surface}{digit}": f"{unit} ** {power}" for surface, unit in symbols.items()
                        if unit in lengths and surface.isalpha() for digit, power in conf["exponents"].items()}
    words |= powered_words
    symbols |= powered_symbols

    time: dict[str, list] = {}
    for word, (unit, factor) in forms["time"].items():
        time[word] = time[plural(word, rules)] = [unit, factor]
    time |= {symbol: list(value) for symbol, value in forms["time_symbols"].items()}
    for unit in {*words.values(), *symbols.values(), *(u for u, _ in time.values())}:
        checked.Unit(unit)  # a unit the application's registry cannot read is a generator bug
    lower = sorted(w for w in words if any(w == n or w.startswith(n) for n in lower_only)
                   or words[w] in lower_only)
    return {"words": dict(sorted(words.items())), "symbols": dict(sorted(symbols.items())),
            "lower_case_only": lower,
            "time": dict(sorted(time.items()))}


# -- currencies --------------------------------------------------------------------


def _currencies(forms: dict) -> dict:
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

    conf, rules = forms["currencies"], forms["plurals"]
    excluded = set(conf["exclude_codes"])
    codes = sorted(c for c in list_currencies() if c not in excluded and re.fullmatch(r"[A-Z]{3}", c))
    current = sorted({code for history in get_global("territory_currencies").values()
                      for code, _start, end, tender in history if end is None and tender} & set(codes))
    defaults = conf["defaults"]

    def pick(surface: str, found: set[str]) -> str | None:
        if surface in defaults:
            return defaults[surface]
        return next(iter(found)) if len(found) == 1 else None

    nouns: dict[str, set[str]] = {}
    plural_of: dict[str, set[str]] = {}
    adjectives: dict[str, set[str]] = {}
    crowns: dict[str, set[str]] = {}
    for code in codes:
        name, many = get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en")
        if "(" in name or "(" in many:
            continue
        *adjective, noun = name.lower().split()
        *_, nouns_form = many.lower().split()
        nouns.setdefault(noun, set()).add(code)
        plural_of.setdefault(noun, set()).add(nouns_form)
        if adjective:
            adjective = " ".join(adjective)
            (crowns if noun in conf["crown_nouns"] else adjectives).setdefault(adjective, set()).add(code)

    def one(found: set[str]) -> str | None:
        """The code of an adjective: the only one, or the only one still in use."""
        if len(found) == 1:
            return next(iter(found))
        live = found & set(current)
        return next(iter(live)) if len(live) == 1 else None

    words: dict[str, str] = {}
    for noun, found in nouns.items():
        code = pick(noun, found)
        if code is None:
            continue
        for form in {noun, *plural_of[noun], plural(noun, rules)}:
            words.setdefault(form, code)
    for noun, code in conf["nouns"].items():
        words[noun] = words[plural(noun, rules)] = code
    words |= conf["words"]

    symbol_codes: dict[str, set[str]] = {}
    for identifier in localedata.locale_identifiers():
        locale = Locale.parse(identifier)
        if not locale.territory:
            continue
        for code in get_global("territory_currencies").get(locale.territory, ()):
            if code[2] is None and code[3] and code[0] in codes:
                symbol_codes.setdefault(get_currency_symbol(code[0], locale), set()).add(code[0])
    for code in codes:
        symbol_codes.setdefault(get_currency_symbol(code, "en"), set()).add(code)
    signs: dict[str, str] = {}
    for symbol, found in symbol_codes.items():
        symbol = symbol.strip()
        if not symbol or symbol in found or re.search(r"[\s\d]", symbol) or not all(
                c.isascii() and c.isprintable() or unicodedata.category(c) == "Sc" for c in symbol):
            continue  # a sign news writes in Latin letters, ASCII marks or currency signs
        if symbol.replace(".", "").isalpha() and symbol not in conf["letter_symbols"]:
            continue  # letters before a number are a name or a code unless news writes them as money
        code = pick(symbol, found)
        if code:
            signs[symbol] = code
    signs |= {code: code for code in current if code not in conf["word_codes"]}
    signs |= conf["signs"]
    signs_after = {sign: signs[sign] for sign in conf["signs_after"]}
    crown_codes = {a: c for a, found in crowns.items() if (c := one(found))}
    adjective_codes = crown_codes | {a: c for a, found in adjectives.items() if (c := one(found))} | conf["adjectives"]
    emitted = {*signs.values(), *words.values(), *adjective_codes.values(), *crown_codes.values()}
    return {"codes": sorted(emitted), "signs": dict(sorted(signs.items())), "signs_after": dict(sorted(signs_after.items())),
            "words": dict(sorted(words.items())), "adjectives": dict(sorted(adjective_codes.items())),
            "crown_adjectives": dict(sorted(crown_codes.items()))}


# -- writing -----------------------------------------------------------------------


def _toml(header: str, data: dict) -> str:
    """``data`` (lists first, then tables of strings or lists) as TOML."""
    lines = [header, ""]
    for key, value in data.items():
        if isinstance(value, list):
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    for key, value in data.items():
        if isinstance(value, dict):
            lines += ["", f"[{key}]"]
            lines += [f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}"
                      for k, v in value.items()]
    return "\n".join(lines) + "\n"


def generate() -> dict[str, str]:
    """The text of each generated file, by file name."""
    import babel
    import pint

    forms = _forms()
    note = ("# Generated by `python -m figures.lang.generate_units` from {} and lang/en/unit_forms.toml: "
            "do not edit;\n# change unit_forms.toml and run the generator.")
    return {
        "units.toml": _toml(note.format(f"pint {pint.__version__}'s registry"), _units(forms)),
        "currencies.toml": _toml(note.format(f"babel {babel.__version__}'s ISO 4217 data"), _currencies(forms)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file is out of date")
    args = parser.parse_args(argv)
    folder = resources.files("figures.lang").joinpath("en")
    stale = []
    for name, text in generate().items():
        path = folder.joinpath(name)
        if path.is_file() and path.read_text("utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            with open(str(path), "w", encoding="utf-8") as out:
                out.write(text)
    if stale:
        print(("out of date: " if args.check else "wrote ") + ", ".join(stale))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
