"""Accuracy on other tools' own test suites: figures and quantulum3 side by side.

    .venv/bin/python benchmarks/suites.py [--suite NAME] [--list-misses N]

Reads ``../shared/corpus/suites/*.jsonl`` (quantulum3's tests, Microsoft
Recognizers-Text number / unit / date-time specs, Duckling's English corpora,
CQE's re-annotation of the Recognizers unit specs) and
``../shared/corpus/meantime-timex-dev.jsonl`` (TIMEX3 in English Wikinews),
runs both systems on every case in scope in the same process and prints, per
suite: cases in scope and skipped (by reason), F1 and time per case.

Skipping.  A gold item that is not a news form is *ignored*, with a reason
read from the case's own fields (type, grain, flags), never from its text:

* dates: a clock time (Duckling type time/timerange, i.e. grain hour, minute or
  second; Recognizers time/timerange/datetime/datetimerange), a recurring set,
  a duration with no anchor, a time zone, an open interval (Duckling
  ``open_interval``, Recognizers mod before/after/since/until or a resolution
  without start or end), a TIMEX3 value with no calendar interval
  (PRESENT_REF, P3D, XXXX-XX-XX, ...);
* quantities: an ordinal, an item with no number (a bare unit or percent word);
* both: a latent reading (Duckling's latentCorpus, extracted only with
  ``withLatent=True``), a case the suite's own reference implementation (.NET)
  does not support, digit groups the gold splits at one joining character
  ("192.168.1.2", "650-650-6500": adjacent gold spans separated by a single
  ``. - / :``), a whole ordinal subset.

A prediction overlapping only ignored gold is dropped.  A case is *skipped*
when it had gold and all of it is ignored; a case without gold is a negative
and stays in scope (anything predicted there is a false positive).

Quantity suites.  Items are (low, high) pairs, equal for a single value.
Values match when equal within relative 1e-6; ranges by both ends.  Gold
ranges: Duckling/CQE ``range``, Recognizers ``range`` (a half-open range is
its finite bound, as Duckling's ``bound`` amounts are their number),
quantulum3's ``uncertainty`` (value +- uncertainty; but "a ± b" is a value
with a tolerance, not a range).  figures: a figure whose qualifier is "range"
is (soft_low, soft_high), the written ends; otherwise its value.  quantulum3
(via figures.extraction.quantulum_adapter): low..high when they differ (not
for "±"), else its value.  Amounts in cents/pence are in the main unit.
Counting and unit kinds are benchmarks/newsquant.py's (CQE's counting; kinds
percent, currency, count, or a pint dimensionality).  Suites that test one
dimension (a Recognizers model, a Duckling dimension) only score the
predictions of that dimension class (number, percent, currency, temperature,
time, physical), for both systems alike; quantulum3's tests and CQE's subsets
annotate every quantity and take every prediction (dates, years and ordinals
excepted, as in newsquant.py).

Date suites.  A gold date is a set of acceptable day intervals (inclusive);
a figures date figure (``date_start``..``date_end``) overlapping it matches
when its interval is in the set (each gold used once; timex.py's protocol
otherwise).  TIMEX3 / Duckling values: day, ISO week (Monday..Sunday), month,
quarter, year via benchmarks/timex.py's ``gold_interval``.  Duckling
intervals: start..end, the end exclusive.  Recognizers: every resolution
alternative (it lists both the past and the future reading of "July 1st");
its ranges are end-exclusive ("2014 to 2018" is 2014-01-01..2017-12-31), so
for a two-ended range the reading that includes the named end unit
(2014-01-01..2018-12-31, unit from the duration: Y year, M month, else day) is
accepted too; with a mod (start/mid/end) its sub-interval and the whole unit
are both accepted, as timex.py ignores mods.  Duckling's partial periods
("mid March", "end of 2012") are scored as Duckling gives them.
quantulum3 has no dates: n/a.

Time per case: warm (each system's first call made outside the clock).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import newsquant  # noqa: E402
import timex  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SUITES = {  # name: (file, quantity | date)
    "quantulum3_tests": ("suites/quantulum3_tests.jsonl", "quantity"),
    "recognizers_number": ("suites/recognizers_number.jsonl", "quantity"),
    "recognizers_units": ("suites/recognizers_units.jsonl", "quantity"),
    "duckling_units": ("suites/duckling_units.jsonl", "quantity"),
    "cqe_recognizers_subsets": ("suites/cqe_recognizers_subsets.jsonl", "quantity"),
    "recognizers_datetime": ("suites/recognizers_datetime.jsonl", "date"),
    "duckling_time": ("suites/duckling_time.jsonl", "date"),
    "meantime_timex": ("meantime-timex-dev.jsonl", "date"),
}
WARMUP = "On March 3, 2013 the index rose 5% to $4 million, or 12 km."

R_CLOCK = "clock time (time of day, datetime)"
R_SET = "recurring set"
R_DURATION = "duration without an anchor"
R_ZONE = "time zone"
R_OPEN = "open interval (before/after/since/until)"
R_NOCAL = "TIMEX3 value with no calendar interval"
R_ORDINAL = "bare ordinal"
R_NOVALUE = "no number (bare unit or percent word)"
R_LATENT = "latent reading (Duckling withLatent=True)"
R_DOTNET = "not supported by the suite's reference (.NET)"
R_CODE = "digit-group code (IP, phone, serial)"
R_ORDINAL_SUBSET = "ordinal subset"
R_UNANNOTATED = "sentence not annotated (MEANTIME: past the first sentences)"


# ---------------------------------------------------------------- cases

@dataclass(frozen=True)
class Q:
    """A quantity, gold or predicted: (low, high) equal for a single value."""

    value: tuple[float, float]
    kind: str
    dim: str  # number, percent, currency, temperature, time, physical
    text: str = ""
    start: int | None = None
    end: int | None = None

    def __str__(self) -> str:
        lo, hi = self.value
        shown = f"{lo:g}" if lo == hi else f"{lo:g}..{hi:g}"
        return f"{shown} <{self.kind}>" + (f" {self.text!r}" if self.text else "")


@dataclass(frozen=True)
class D:
    """A gold date: the day intervals it may be."""

    intervals: frozenset
    text: str
    start: int
    end: int
    holiday: bool = False

    def __str__(self) -> str:
        return f"{self.text!r} " + " | ".join(
            f"{a}" + ("" if a == b else f"..{b}") for a, b in sorted(self.intervals))


@dataclass
class Case:
    suite: str
    source: str
    subset: str
    text: str
    date: str | None = None
    gold: list = field(default_factory=list)
    ignored: list = field(default_factory=list)  # (reason, start, end)
    skip: str | None = None
    dims: frozenset | None = None  # prediction dimension classes scored; None: all


def dim_of(kind: str) -> str:
    if kind == "count":
        return "number"
    if kind in ("percent", "currency"):
        return kind
    if kind == "[temperature]":
        return "temperature"
    if kind == "[time]":
        return "time"
    return "physical"


def main_unit(value: float, unit: str | None) -> float:
    """newsquant's cents-to-main-unit, and the same for pence."""
    if not unit:
        return value
    value = newsquant.in_main_unit(value, unit)
    return value / 100 if re.match(r"(penny|pence)\b", unit.lower()) else value


def _span(e) -> tuple[int | None, int | None]:
    span = e.get("span")
    return (span[0], span[1]) if span else (None, None)


def _code_joined(text: str, expected: list) -> bool:
    """Two gold spans separated by one joining character: "192.168", "650-650"."""
    spans = sorted(_span(e) for e in expected if e.get("span"))
    return any(b[0] - a[1] == 1 and text[a[1]] in ".-/:" for a, b in zip(spans, spans[1:]))


def _case_skip(row: dict) -> str | None:
    if row.get("unannotated"):
        return R_UNANNOTATED
    if row["subset"].endswith("latentCorpus"):
        return R_LATENT
    if "dotnet" in str(row.get("not_supported", "")).lower():
        return R_DOTNET
    if _code_joined(row["text"], row["expected"]):
        return R_CODE
    return None


def _finish(case: Case) -> Case:
    if case.skip is None and not case.gold and case.ignored:
        case.skip = collections.Counter(r for r, _, _ in case.ignored).most_common(1)[0][0]
    return case


# ---------------------------------------------------------------- quantity gold

#: Dimension classes a one-dimension suite subset scores; None: all; "ordinal": skip.
SUBSET_DIMS = {
    "NumberModel": {"number"}, "NumberRangeModel": {"number"}, "PercentModel": {"percent"},
    "OrdinalModel": "ordinal", "CurrencyModel": {"currency"}, "DimensionModel": {"physical"},
    "TemperatureModel": {"temperature"}, "AgeModel": {"time"},
    "AmountOfMoney": {"currency"}, "Numeral": {"number"}, "Distance": {"physical"},
    "Volume": {"physical"}, "Quantity": {"physical"}, "Temperature": {"temperature"},
    "Ordinal": "ordinal",
}
RECOGNIZERS_TYPE_KIND = {"currency": "currency", "temperature": "[temperature]", "age": "[time]",
                         "percentage": "percent", "number": "count", "numberrange": "count"}
DUCKLING_DIM_KIND = {"AmountOfMoney": "currency", "Numeral": "count",
                     "Temperature": "[temperature]"}


def _gold_kind(suite: str, row: dict, e: dict) -> tuple[str, str]:
    unit = e.get("unit")
    if suite in ("quantulum3_tests", "cqe_recognizers_subsets"):
        kind = "currency" if e.get("entity") == "currency" else newsquant.unit_kind(unit or "count")
        return kind, dim_of(kind)
    if suite.startswith("recognizers"):
        kind = RECOGNIZERS_TYPE_KIND.get(e.get("type"))
        if kind is None:  # dimension
            return newsquant.unit_kind((unit or "count").lower()), "physical"
        return kind, dim_of(kind)
    dimension = row["subset"].split("/")[0]  # duckling
    kind = DUCKLING_DIM_KIND.get(dimension)
    if kind is None:
        kind = "count" if unit in (None, "Unnamed") else newsquant.unit_kind(unit.lower())
        return kind, ("physical" if dimension in ("Distance", "Volume", "Quantity") else dim_of(kind))
    return kind, dim_of(kind)


def _gold_range(e: dict) -> tuple[float, float] | None:
    rng, value = e.get("range"), e.get("value")
    if isinstance(rng, dict):
        ends = [x for x in (rng.get("low"), rng.get("high")) if x is not None]
        if len(ends) == 1:
            return float(ends[0]), float(ends[0])
        return (float(rng["low"]), float(rng["high"])) if ends else None
    if isinstance(rng, list | tuple) and len(rng) == 2:
        return float(rng[0]), float(rng[1])
    if isinstance(value, int | float) and not isinstance(value, bool):
        u = e.get("uncertainty")
        surface = e.get("surface") or ""
        if u and "±" not in surface and "+/-" not in surface:
            return float(value) - float(u), float(value) + float(u)
        return float(value), float(value)
    return None


def quantity_case(suite: str, row: dict) -> Case:
    case = Case(suite, row["source"], row["subset"], row["text"])
    top = row["subset"].split("/")[0]
    dims = SUBSET_DIMS.get(top)
    if dims == "ordinal":
        case.skip = R_ORDINAL_SUBSET
        return case
    case.dims = frozenset(dims) if dims else None
    case.skip = _case_skip(row)
    for e in row["expected"]:
        start, end = _span(e)
        if e.get("ordinal") or str(e.get("type", "")).startswith("ordinal"):
            case.ignored.append((R_ORDINAL, start, end))
            continue
        rng = _gold_range(e)
        if rng is None:
            case.ignored.append((R_NOVALUE, start, end))
            continue
        kind, dim = _gold_kind(suite, row, e)
        unit = e.get("unit")
        rng = (main_unit(rng[0], unit), main_unit(rng[1], unit))
        case.gold.append(Q(rng, kind, dim, e.get("surface") or "", start, end))
    return _finish(case)


# ---------------------------------------------------------------- date gold

def _day(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def _add_unit(day: dt.date, unit: str) -> dt.date | None:
    """The day after the unit that starts on ``day`` (None when ``day`` starts no such unit)."""
    if unit == "Y":
        return day.replace(year=day.year + 1) if (day.month, day.day) == (1, 1) else None
    if unit == "M":
        y, m = divmod(day.month, 12)
        return day.replace(year=day.year + y, month=m + 1) if day.day == 1 else None
    return day + dt.timedelta(days=1)


def _exclusive(start: str, end: str) -> tuple[dt.date, dt.date]:
    return _day(start), _day(end) - dt.timedelta(days=1)


def recognizers_intervals(e: dict) -> tuple[set, str | None]:
    """The acceptable intervals of a Recognizers date/daterange, or a skip reason."""
    kind, value, mod = e["type"], str(e.get("value")), e.get("mod") or ""
    out: set = set()
    if kind == "date":
        for r in e.get("resolution") or []:
            try:
                day = _day(str(r.get("value")))
            except ValueError:
                continue
            out.add((day, day))
        return out, (None if out else R_NOCAL)
    if re.match(r"(before|after|since|until)", mod):
        return out, R_OPEN
    for r in e.get("resolution") or []:
        if not r.get("start") or not r.get("end"):
            return set(), R_OPEN
        a, b = _exclusive(r["start"], r["end"])
        out.add((a, b))
        ranged = re.fullmatch(r"\(.*,.*,P[\d.]*([YMWD])\)", str(r.get("timex", value)))
        after = ranged and _add_unit(_day(r["end"]), ranged[1])
        if after:  # the reading that includes the named end
            out.add((a, after - dt.timedelta(days=1)))
    if mod:
        whole = timex.gold_interval(value)
        if whole:
            out.add(whole[1:])
    return out, (None if out else R_NOCAL)


def duckling_intervals(e: dict) -> tuple[set, str | None]:
    if e.get("open_interval"):
        return set(), R_OPEN
    if e["type"] == "date":
        whole = timex.gold_interval(str(e["value"]))
        return ({whole[1:]}, None) if whole else (set(), R_NOCAL)
    start, end = e.get("start"), e.get("end")
    if not start or not end:
        return set(), R_OPEN
    return {_exclusive(start, end) if e.get("end_exclusive", True) else (_day(start), _day(end))}, None


DATE_TYPE_SKIP = {"time": R_CLOCK, "timerange": R_CLOCK, "datetime": R_CLOCK,
                  "datetimerange": R_CLOCK, "set": R_SET, "duration": R_DURATION,
                  "timezone": R_ZONE}


def date_case(suite: str, row: dict) -> Case:
    case = Case(suite, row["source"], row["subset"], row["text"],
                date=reference_date(row.get("reference_date")))
    case.skip = _case_skip(row)
    for e in row["expected"]:
        start, end = _span(e)
        reason = DATE_TYPE_SKIP.get(e["type"])
        if reason is None:
            if suite == "recognizers_datetime":
                intervals, reason = recognizers_intervals(e)
            elif suite == "duckling_time":
                intervals, reason = duckling_intervals(e)
            else:  # TIMEX3
                whole = timex.gold_interval(str(e["value"]))
                intervals, reason = ({whole[1:]}, None) if whole else (set(), R_NOCAL)
        if reason:
            case.ignored.append((reason, start, end))
        else:
            case.gold.append(D(frozenset(intervals), e["surface"], start, end, bool(e.get("holiday"))))
    return _finish(case)


def reference_date(value) -> str | None:
    """An ISO reference date; DD-MM-YYYY (one MEANTIME article) read day first."""
    if not value:
        return None
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else value[:10]


def meantime_rows(rows: list[dict]) -> list[dict]:
    """MEANTIME annotates only the first sentences of each article: the ones past the last
    sentence index annotated anywhere in the file are marked; a missing reference date is
    the article's own creation date (its self-anchored, or is_dct, day)."""
    last = max((r["sentence_index"] for r in rows if r["expected"]), default=-1)
    dct = {}
    for r in rows:
        for e in r["expected"]:
            if (e.get("is_dct") or e.get("anchor_m_id") == e.get("m_id")) \
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", str(e["value"])):
                dct.setdefault(r["doc_id"], e["value"])
    out = []
    for r in rows:
        r = dict(r, reference_date=reference_date(r.get("reference_date")) or dct.get(r["doc_id"]))
        if r["sentence_index"] > last:
            r["unannotated"] = True
        out.append(r)
    return out


def load(name: str) -> list[Case]:
    path, kind = SUITES[name]
    rows = [json.loads(line) for line in (CORPUS / path).open(encoding="utf-8") if line.strip()]
    if name == "meantime_timex":
        rows = meantime_rows(rows)
    make = quantity_case if kind == "quantity" else date_case
    return [make(name, row) for row in rows]


# ---------------------------------------------------------------- systems

def figure_item(f) -> Q | None:
    if f.kind in newsquant.SKIPPED_KINDS:
        return None
    if f.qualifier == "range" and f.soft_low is not None and f.soft_high is not None:
        value = (f.soft_low, f.soft_high)
    else:
        v = next((x for x in (f.value, f.low, f.high) if x is not None), None)
        if v is None:
            return None
        value = (v, v)
    kind = newsquant.figure_kind(f)
    dim = {"count": "number", "ratio": "number", "percent": "percent", "money": "currency",
           "age": "time"}.get(f.kind) or ("physical" if kind == "count" else dim_of(kind))
    return Q(value, kind, dim, f.text, f.start, f.end)


def quantulum_item(q) -> Q:
    name = newsquant.CQE_QUANTULUM_NAMES.get(q.unit.lower(), q.unit)
    kind = "currency" if q.entity == "currency" else newsquant.unit_kind(name)
    tolerance = "±" in q.text or "+/-" in q.text
    lo, hi = (q.value, q.value) if tolerance or q.low == q.high else (q.low, q.high)
    dim = "number" if q.unit == "dimensionless" else (
        "physical" if kind == "count" else dim_of(kind))
    return Q((main_unit(lo, name), main_unit(hi, name)), kind, dim, q.text, q.start, q.end)


def _overlaps(a0, a1, b0, b1) -> bool:
    return None not in (a0, a1, b0, b1) and a0 < b1 and b0 < a1


def scored(case: Case, items: list[Q]) -> list[Q]:
    """The predictions a case scores: its dimension, not overlapping only ignored gold."""
    out = []
    for p in items:
        if case.dims is not None and p.dim not in case.dims:
            continue
        near_ignored = any(_overlaps(p.start, p.end, s, e) for _, s, e in case.ignored)
        near_gold = any(_overlaps(p.start, p.end, g.start, g.end) for g in case.gold)
        if near_ignored and not near_gold:
            continue
        out.append(p)
    return out


def run_figures(case: Case):
    from figures import extract

    return extract(case.text, date=case.date)


def run_quantulum(case: Case):
    from figures.extraction.quantulum_adapter import parse

    return parse(case.text)


# ---------------------------------------------------------------- scoring

def close(a: float, b: float) -> bool:
    """Equal within relative 1e-6."""
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or abs(a - b) <= 1e-12


def same_value(g: Q, t: Q) -> bool:
    return close(g.value[0], t.value[0]) and close(g.value[1], t.value[1])


def quantity_scores(pairs) -> tuple[tuple, tuple]:
    """((P, R, F1) value, (P, R, F1) value + kind), CQE's counting (newsquant.score)."""
    return newsquant.score(pairs, lambda item: item.kind, same=same_value)


def quantity_misses(gold: list[Q], pred: list[Q]):
    """One-to-one: (missed gold, spurious predictions, (gold, prediction) kind mismatches)."""
    return newsquant.errors(gold, pred, same_value)


@dataclass
class DateOutcome:
    tp: list = field(default_factory=list)  # (prediction, gold)
    fp: list = field(default_factory=list)
    fn: list = field(default_factory=list)


def score_dates(case: Case, predictions) -> DateOutcome:
    """timex.py's matching, with a set of acceptable intervals per gold."""
    out, matched = DateOutcome(), set()
    for p in sorted(predictions, key=lambda p: (p.start, p.end)):
        if p.date_start is None:
            continue  # unresolved: not a prediction
        near = [i for i, g in enumerate(case.gold) if _overlaps(p.start, p.end, g.start, g.end)]
        if not near and any(_overlaps(p.start, p.end, s, e) for _, s, e in case.ignored):
            continue
        dates = (p.date_start, p.date_end or p.date_start)
        hit = next((i for i in near if i not in matched and dates in case.gold[i].intervals), None)
        if hit is None:
            out.fp.append(p)
        else:
            matched.add(hit)
            out.tp.append((p, case.gold[hit]))
    out.fn = [g for i, g in enumerate(case.gold) if i not in matched]
    return out


def date_predictions(found) -> list:
    from figures.model import DATE_KINDS

    return [f for f in found if f.kind in DATE_KINDS]


# ---------------------------------------------------------------- running

def timed(run, cases: list[Case], warm: Case):
    """(outputs or exceptions, seconds per case), the first call outside the clock."""
    try:
        run(warm)
    except Exception:
        pass
    outputs, total = [], 0.0
    for case in cases:
        start = time.perf_counter()
        try:
            out = run(case)
        except Exception as exc:  # a crash on one case scores as no output
            out = exc
        total += time.perf_counter() - start
        outputs.append(out)
    return outputs, total / max(1, len(cases))


def _fails(outputs) -> str:
    bad = [o for o in outputs if isinstance(o, Exception)]
    return f" ({len(bad)} raised, first: {bad[0]!r:.80})" if bad else ""


def evaluate(name: str, cases: list[Case], misses: int, rng: random.Random) -> dict:
    kind = SUITES[name][1]
    kept = [c for c in cases if c.skip is None]
    skipped = collections.Counter(c.skip for c in cases if c.skip)
    ignored = collections.Counter(r for c in kept for r, _, _ in c.ignored)
    warm = Case(name, "", "", WARMUP, date="2013-02-12")
    row = {"suite": name, "kind": kind, "cases": len(cases), "scope": len(kept),
           "skipped": sum(skipped.values()), "gold": sum(len(c.gold) for c in kept)}
    print(f"== {name} ({kind}): {len(cases)} cases, {len(kept)} in scope "
          f"({sum(not c.gold for c in kept)} negatives), {row['gold']} gold items")
    for reason, n in skipped.most_common():
        print(f"   skipped {n:4d}  {reason}")
    for reason, n in ignored.most_common():
        print(f"   ignored {n:4d}  gold items in kept cases: {reason}")

    outs, row["fig_s"] = timed(run_figures, kept, warm)
    fails = _fails(outs)
    outs = [[] if isinstance(o, Exception) else o for o in outs]
    if kind == "quantity":
        preds = [scored(c, [q for q in map(figure_item, o) if q]) for c, o in zip(kept, outs)]
        (v, k) = quantity_scores([(c.gold, p) for c, p in zip(kept, preds)])
        row["fig"] = (v[2], k[2])
        print(f"   figures     value P {v[0]:5.1f} R {v[1]:5.1f} F1 {v[2]:5.1f}   value+kind "
              f"P {k[0]:5.1f} R {k[1]:5.1f} F1 {k[2]:5.1f}   {1000 * row['fig_s']:.1f} ms/case{fails}")
        q_outs, row["q3_s"] = timed(run_quantulum, kept, warm)
        q_fails = _fails(q_outs)
        q_preds = [[] if isinstance(o, Exception) else scored(c, [quantulum_item(q) for q in o])
                   for c, o in zip(kept, q_outs)]
        (qv, qk) = quantity_scores([(c.gold, p) for c, p in zip(kept, q_preds)])
        row["q3"] = (qv[2], qk[2])
        print(f"   quantulum3  value P {qv[0]:5.1f} R {qv[1]:5.1f} F1 {qv[2]:5.1f}   value+kind "
              f"P {qk[0]:5.1f} R {qk[1]:5.1f} F1 {qk[2]:5.1f}   {1000 * row['q3_s']:.1f} ms/case{q_fails}")
        bad = []
        for c, p in zip(kept, preds):
            missed, spurious, wrong = quantity_misses(c.gold, p)
            if missed or spurious or wrong:
                bad.append((c, p, missed, spurious, wrong))
        if misses and bad:
            print(f"   -- {min(misses, len(bad))} sampled of {len(bad)} cases with a figures miss")
            for c, p, missed, spurious, wrong in rng.sample(bad, min(misses, len(bad))):
                print(f"   [{c.subset}] {c.text[:200]!r}")
                print("      gold: " + ("; ".join(map(str, c.gold)) or "-"))
                print("      ours: " + ("; ".join(map(str, p)) or "-"))
                for g in missed:
                    print(f"      FN   {g}")
                for t in spurious:
                    print(f"      FP   {t}")
                for g, t in wrong:
                    print(f"      KIND gold {g.kind}, ours {t.kind} ({t.text!r})")
    else:
        outcomes = [score_dates(c, date_predictions(o)) for c, o in zip(kept, outs)]
        tp = sum(len(o.tp) for o in outcomes)
        fp = sum(len(o.fp) for o in outcomes)
        fn = sum(len(o.fn) for o in outcomes)
        p, r, f = timex.prf(tp, fp, fn)
        row["fig"] = (round(100 * f, 1), None)
        row["q3"], row["q3_s"] = None, None
        print(f"   figures     interval P {100 * p:5.1f} R {100 * r:5.1f} F1 {100 * f:5.1f}   "
              f"tp {tp} fp {fp} fn {fn}   {1000 * row['fig_s']:.1f} ms/case{fails}")
        holiday = [g for c in kept for g in c.gold if g.holiday]
        if holiday:
            found = sum(1 for o in outcomes for _, g in o.tp if g.holiday)
            print(f"   (of which gold named by a holiday: {len(holiday)}, found {found})")
        print("   quantulum3  n/a (no dates)")
        bad = [(c, o) for c, o in zip(kept, outcomes) if o.fp or o.fn]
        if misses and bad:
            print(f"   -- {min(misses, len(bad))} sampled of {len(bad)} cases with a figures miss")
            for c, o in rng.sample(bad, min(misses, len(bad))):
                print(f"   [{c.subset}] ref {c.date} {c.text[:200]!r}")
                for g in o.fn:
                    print(f"      FN   {g}")
                for pr in o.fp:
                    end = pr.date_end or pr.date_start
                    print(f"      FP   {pr.text!r} {pr.date_start}"
                          + ("" if end == pr.date_start else f"..{end}") + f" ({pr.kind})")
    print()
    return row


def table(rows: list[dict]) -> None:
    print(f"{'suite':<25}{'type':<9}{'cases':>6}{'scope':>6}{'skip':>6}{'gold':>6}"
          f"{'fig F1':>8}{'+kind':>7}{'q3 F1':>7}{'+kind':>7}{'fig ms':>8}{'q3 ms':>8}{'x':>6}")

    def num(x):
        return f"{x:.1f}" if x is not None else "n/a"

    for r in rows:
        q3 = r["q3"] or (None, None)
        ratio = f"{r['q3_s'] / r['fig_s']:.1f}" if r["q3_s"] and r["fig_s"] else "n/a"
        print(f"{r['suite']:<25}{r['kind']:<9}{r['cases']:>6}{r['scope']:>6}{r['skipped']:>6}"
              f"{r['gold']:>6}{num(r['fig'][0]):>8}{num(r['fig'][1]):>7}{num(q3[0]):>7}"
              f"{num(q3[1]):>7}{1000 * r['fig_s']:>8.1f}{num(r['q3_s'] and 1000 * r['q3_s']):>8}"
              f"{ratio:>6}")
    print("F1 in percent: quantity suites value and value + unit kind (CQE counting); date "
          "suites day-interval F1.  ms: warm time per case in scope; x: quantulum3 / figures.")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", action="append", choices=sorted(SUITES), metavar="NAME",
                    help=f"run only this suite (repeatable): {', '.join(SUITES)}")
    ap.add_argument("--list-misses", type=int, default=0, metavar="N",
                    help="print N sampled cases per suite where figures misses")
    ap.add_argument("--seed", type=int, default=0, help="seed of the miss sample")
    args = ap.parse_args(argv)
    if not (CORPUS / "suites").exists():
        print(f"skipped: {CORPUS / 'suites'} not found (the development corpus is not shipped)")
        return 0
    rng = random.Random(args.seed)
    rows = [evaluate(name, load(name), args.list_misses, rng) for name in (args.suite or SUITES)]
    table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
