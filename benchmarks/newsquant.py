"""Accuracy on NewsQuant (CQE, EMNLP 2023): figures vs quantulum3, scored as CQE scores.

    .venv/bin/python benchmarks/newsquant.py [--errors N]

Reads ../shared/corpus/newsquant-dev.jsonl (284 of NewsQuant's 590 sentences).
The scoring follows CQE_Evaluation's evaluate_models.py (satya77/CQE_Evaluation):

* values match when ``np.isclose(gold, predicted, rtol=1e-5, atol=1e-8)``;
* a gold range is averaged (CQE does this for quantulum3, which only gives
  midpoints; our range figures carry the midpoint as ``value`` too);
* per sentence, gold and predictions are sorted by unit; each gold quantity
  scans the predictions: every value match counts towards "value" (at most as
  many as the sentence has gold quantities; a prediction is *not* used up by a
  value-only match), and the first one whose unit also matches counts towards
  "value+unit" and is used up;
* P = matches / predictions, R = matches / gold quantities.

CQE compares normalised unit *names*; we compare unit *kinds* (percent,
currency, count, or a pint dimensionality such as ``[length] / [time]``), since
our units are pint units, not quantulum3's names.  The exact-name score is also
printed for quantulum3, which uses the same names as the gold, to check the
reproduction against the published figure.  NewsQuant annotates no dates or
ordinals; our date, date_range, year and ordinal figures are left out.

One normalisation beyond CQE: amounts in cents ("19 cents") are compared in
the currency's main unit (0.19), for the gold and for both systems, since our
money figures carry ISO codes, which have no cents.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
from figures import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "newsquant-dev.jsonl"

#: Whole NewsQuant (590 sentences), data/evaluation_output/NewsQuant.csv of CQE_Evaluation:
#: (P, R, F1) for value and for value + exact unit name.
PUBLISHED = {
    "CQE": ((92.0, 91.9, 92.0), (85.6, 85.5, 85.6)),
    "quantulum3": ((65.0, 83.3, 73.0), (42.1, 53.9, 47.2)),
}
SKIPPED_KINDS = {"date", "date_range", "year", "ordinal"}


@dataclass(frozen=True)
class Item:
    value: float
    kind: str  # percent, currency, count or a pint dimensionality
    name: str  # unit name as written by the source (for display / exact scoring)
    text: str = ""

    def __str__(self) -> str:
        shown = f"{self.value:g} {self.name}".strip()
        return f"{shown} <{self.kind}>" + (f" {self.text!r}" if self.text else "")


# ---------------------------------------------------------------- unit kinds

CURRENCY = re.compile(
    r"\b(dollars?|cents?|euros?|yen|yuan|renminbi|ringgit|sen|shekels?|rupees?|rand|"
    r"pounds? sterling|francs?|pesos?|rupiah|baht|lira|krona|krone|kronor|rouble|ruble|"
    r"dirham|riyal|naira|won|kuna|lari|bitcoin|pence|penny)\b",
    re.I,
)
PERCENT = {"percentage", "percent", "per cent", "percentage per year", "basis point",
           "percentage point"}
#: Names pint reads as something else, or cannot read, mapped to a kind or a pint unit.
ALIASES = {
    "point": "count", "hand": "count", "-": "count", "count": "count",
    "dimensionless": "count", "unk": "count",
    "age": "year", "year of age": "year", "month of age": "month",
    "week of age": "week", "day of age": "day",
    "pound-foot": "pound_force * foot", "foot pound-force": "foot * pound_force",
    "pound-mass": "pound", "pound-force": "pound_force",
    "kilopound per square inch": "kip / inch ** 2",
    "milliampere-hour": "milliampere * hour", "barrel of oil": "oil_barrel",
    "degree celsius": "degC", "celsius": "degC", "degree fahrenheit": "degF",
    "fahrenheit": "degF", "degree angle": "degree",
}


@functools.cache
def registry():
    """figures' own pint registry if there is one yet, else a private one."""
    try:
        from figures import units
    except ImportError:
        units = None
    for name in ("registry", "get_registry", "ureg", "UREG"):
        obj = getattr(units, name, None)
        if obj is not None:
            return obj if hasattr(obj, "Quantity") else obj()
    import pint

    return pint.UnitRegistry()


@functools.cache
def pint_kind(unit: str | None) -> str:
    """``[length] / [time]`` for "mile / hour"; "count" when dimensionless or unknown."""
    if not unit:
        return "count"
    try:
        dims = str(registry().Quantity(1, unit).dimensionality)
    except Exception:
        return "count"
    return "count" if dims == "dimensionless" else dims


@functools.cache
def unit_kind(name: str) -> str:
    """The kind of a quantulum3-style unit name (the gold's and quantulum3's own)."""
    name = name.strip().lower()
    if name in PERCENT:
        return "percent"
    if name.startswith("%"):  # "% condo": a fraction of a noun ("half the condos", 0.5)
        return "count"
    if CURRENCY.search(name):
        return "currency"
    alias = ALIASES.get(name)
    if alias in ("count", "percent", "currency"):
        return alias
    if alias is None:
        alias = re.sub(r"\bper\b", "/", name)
        alias = re.sub(r"\b(square|cubic) (\w+)", lambda m: f"{m[2]} ** {2 if m[1] == 'square' else 3}", alias)
        alias = alias.replace("-", " ")
    return pint_kind(alias)


def figure_kind(fig) -> str:
    """The kind of one of our figures."""
    if fig.kind == "percent" or fig.unit == "basis_point":  # the gold's kinds count basis points as percent
        return "percent"
    if fig.kind == "money":
        return "currency"
    if fig.kind in ("count", "ratio"):
        return "count"
    if fig.kind == "age":
        return "[time]"
    return pint_kind(fig.unit)


# ---------------------------------------------------------------- systems

def in_main_unit(value: float, unit: str) -> float:
    """An amount in cents as an amount in the currency's main unit."""
    return value / 100 if re.match(r"cents?\b", unit.lower()) else value


def gold_items(row) -> list[Item]:
    items = []
    for e in row["expected"]:
        value = e["value"]
        if value is None and e.get("range"):
            value = sum(e["range"]) / 2
        if value is not None:
            items.append(Item(in_main_unit(float(value), e["unit"]), unit_kind(e["unit"]), e["unit"]))
    return items


def ours(text: str) -> list[Item]:
    return [
        Item(f.value, figure_kind(f), f.unit or f.kind, f.text)
        for f in extract(text)
        if f.kind not in SKIPPED_KINDS and f.value is not None
    ]


#: CQE_Evaluation's QuantulumTagger renames quantulum3 units to the gold's names.
CQE_QUANTULUM_NAMES = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage", "second of arc": "second", "minute of arc": "minute",
    "yard yard": "yard", "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit", "pound sterling year": "pound sterling per year",
    "per year per newton per day": "year",
}


def quantulum(text: str) -> list[Item]:
    from figures.extraction.quantulum_adapter import parse

    items = []
    for q in parse(text):
        name = CQE_QUANTULUM_NAMES.get(q.unit.lower(), q.unit)
        kind = "currency" if q.entity == "currency" else unit_kind(name)
        items.append(Item(in_main_unit(q.value, name), kind, name, q.text))
    return items


# ---------------------------------------------------------------- scoring

def close(gold: float, predicted: float) -> bool:
    """np.isclose(gold, predicted, rtol=1e-5, atol=1e-8), as CQE."""
    return abs(gold - predicted) <= 1e-8 + 1e-5 * abs(predicted)


def score(pairs, unit_of, same=None) -> tuple[tuple, tuple]:
    """CQE's counting: ((P, R, F1) for value, (P, R, F1) for value + unit).

    ``same(gold_item, predicted_item)`` decides a value match (default: ``close``
    on ``.value``); benchmarks/suites.py passes one that compares ranges by both ends.
    """
    if same is None:
        same = lambda g, t: close(g.value, t.value)  # noqa: E731
    n_gold = n_pred = tp_value = tp_unit = 0
    for gold, pred in pairs:
        n_gold += len(gold)
        n_pred += len(pred)
        tags = sorted(pred, key=unit_of)
        budget = len(gold)
        for g in sorted(gold, key=unit_of):
            for t in tags:
                if not same(g, t):
                    continue
                if budget:
                    tp_value += 1
                    budget -= 1
                if unit_of(g) == unit_of(t):
                    tp_unit += 1
                    tags.remove(t)
                    break
    return prf(tp_value, n_gold, n_pred), prf(tp_unit, n_gold, n_pred)


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def errors(gold: list[Item], pred: list[Item], same_value=None):
    """One-to-one greedy matching: (missed gold, spurious predictions, kind mismatches); values are
    the same by ``same_value(gold, predicted)``, else by ``close``."""
    left = list(pred)
    missed, wrong_kind = [], []
    for g in gold:
        same = [t for t in left if (same_value(g, t) if same_value else close(g.value, t.value))]
        if not same:
            missed.append(g)
            continue
        best = next((t for t in same if t.kind == g.kind), same[0])
        left.remove(best)
        if best.kind != g.kind:
            wrong_kind.append((g, best))
    return missed, left, wrong_kind


# ---------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print our first N sentences with a false negative, false positive or wrong unit kind")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the development corpus is not shipped)")
        return 0
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8") if line.strip()]
    gold = [gold_items(r) for r in rows]
    systems = {"figures": ours, "quantulum3": quantulum}
    preds = {name: [] for name in systems}
    for name, run in systems.items():
        failed = []
        for row in rows:
            try:
                preds[name].append(run(row["text"]))
            except Exception as exc:  # a crash on one sentence scores as no output
                failed.append((row["text"], exc))
                preds[name].append([])
        if failed:
            text, exc = failed[0]
            print(f"warning: {name} raised on {len(failed)} sentences, first on "
                  f"{text[:60]!r}: {exc!r}", file=sys.stderr)

    n_gold = sum(map(len, gold))
    print(f"NewsQuant dev: {len(rows)} sentences, {n_gold} gold quantities "
          f"(ranges averaged; relative tolerance 1e-5)\n")
    header = f"{'system':<28}{'score':<20}{'P':>7}{'R':>7}{'F1':>7}"
    print(header)
    print("-" * len(header))

    def show(system, label, prf3):
        print(f"{system:<28}{label:<20}" + "".join(f"{x:>7.1f}" for x in prf3))

    by_kind = lambda item: item.kind
    by_name = lambda item: item.name.lower()
    for name in systems:
        value, unit = score(zip(gold, preds[name]), by_kind)
        n_pred = sum(map(len, preds[name]))
        show(f"{name} ({n_pred} found)", "value", value)
        show("", "value + unit kind", unit)
    show("", "value + unit name", score(zip(gold, preds["quantulum3"]), by_name)[1])
    for name, (value, unit) in PUBLISHED.items():
        show(f"{name} (published, 590)", "value", value)
        show("", "value + unit name", unit)

    if args.errors:
        print(f"\nfigures: first {args.errors} sentences with errors\n")
        shown = 0
        for i, (row, g, p) in enumerate(zip(rows, gold, preds["figures"])):
            missed, spurious, wrong_kind = errors(g, p)
            if not (missed or spurious or wrong_kind):
                continue
            print(f"[{i}] {row['text']}")
            print("  gold:      " + "; ".join(map(str, g)) if g else "  gold:      -")
            print("  predicted: " + "; ".join(map(str, p)) if p else "  predicted: -")
            for item in missed:
                print(f"  FN   {item}")
            for item in spurious:
                print(f"  FP   {item}")
            for want, got in wrong_kind:
                print(f"  KIND {want.value:g}: gold {want.kind} ({want.name}), ours {got.kind} ({got.name})")
            print()
            shown += 1
            if shown >= args.errors:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
