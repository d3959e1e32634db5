"""Date-extraction accuracy against TimeBank/AQUAINT TIMEX3 gold.

    python benchmarks/timex.py [--errors N] [--self-check]

Reads ``../shared/corpus/timex-dev.jsonl`` (relative to the project root):
one article a line with ``text``, its creation date ``dct_value`` and gold
TIMEX3 annotations in ``expected`` (``span`` are character offsets into
``text``; ``type`` is date/time/duration/set; ``value`` an ISO-like string).

Protocol.  Gold in scope: type DATE whose value names a day (YYYY-MM-DD), an
ISO week (YYYY-Www), a month (YYYY-MM), a quarter (YYYY-Qn) or a year (YYYY),
as an inclusive date interval.  Predictions: ``figures.extract(text,
date=DCT)`` figures of kind date/date_range/year with a ``date_start``.  A
prediction overlapping an in-scope gold span is a true positive when its
(date_start, date_end) equals that gold's interval (each gold matched once),
otherwise a false positive; one overlapping only out-of-scope gold (TIME,
DURATION, SET, PRESENT_REF, 199X, 1998-SU, ...) is ignored; one overlapping
no gold is a false positive.  Unresolved predictions are not predictions.
Gold ``mod`` (START/MID/END/APPROX...) is ignored: "early December" is gold
1999-12, the whole month.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "timex-dev.jsonl"
GRANULARITIES = ("day", "week", "month", "quarter", "year")
REFERENCE = ("HeidelTime on TempEval-3 (all TIMEX3 types, relaxed span + value): "
             "value F1 0.776 (reported; not the same protocol)")


# --- gold ----------------------------------------------------------------

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d{1,2})|Q(?P<q>[1-4])))?")


def gold_interval(value: str) -> tuple[str, dt.date, dt.date] | None:
    """(granularity, first day, last day) of a TIMEX3 value, or None if out of scope.

    Weeks are ISO weeks, Monday..Sunday (TimeBank sometimes writes ``2000-W7``).
    """
    match = _VALUE.fullmatch(value)
    if not match:
        return None
    y = int(match["y"])
    try:
        if match["d"]:
            day = dt.date(y, int(match["m"]), int(match["d"]))
            return "day", day, day
        if match["m"]:
            m = int(match["m"])
            return "month", dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if match["w"]:
            monday = dt.date.fromisocalendar(y, int(match["w"]), 1)
            return "week", monday, monday + dt.timedelta(days=6)
        if match["q"]:
            q = int(match["q"])
            last = 3 * q
            return ("quarter", dt.date(y, last - 2, 1),
                    dt.date(y, last, calendar.monthrange(y, last)[1]))
    except ValueError:  # 1998-02-30, week 54 ...
        return None
    return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)


def granularity_of(start: dt.date, end: dt.date) -> str:
    """The granularity a predicted interval has (for per-granularity precision)."""
    if start == end:
        return "day"
    if start.weekday() == 0 and end - start == dt.timedelta(days=6):
        return "week"
    month_end = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == month_end and start.year == end.year:
        months = end.month - start.month + 1
        if months == 1:
            return "month"
        if months == 3 and start.month % 3 == 1:
            return "quarter"
        if months == 12:
            return "year"
    return "other"


@dataclass
class Gold:
    surface: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    interval: tuple[str, dt.date, dt.date] | None  # None: out of scope


def load_gold(row: dict) -> list[Gold]:
    golds = []
    for e in row["expected"]:
        start, end = e["span"]
        assert row["text"][start:end] == e["surface"], (row["doc_id"], e)
        kind = e["type"].lower()
        golds.append(Gold(e["surface"], start, end, kind, e["value"], e.get("mod"),
                          gold_interval(e["value"]) if kind == "date" else None))
    return golds


# --- scoring -------------------------------------------------------------

@dataclass
class Outcome:
    """What became of one document's gold and predictions."""

    tp: list   # (prediction, gold)
    fp: list   # (prediction, overlapping in-scope golds)
    fn: list   # gold
    ignored: list  # predictions overlapping only out-of-scope gold
    unresolved: list  # predictions without date_start


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(golds: list[Gold], predictions: list) -> Outcome:
    out = Outcome([], [], [], [], [])
    matched: set[int] = set()
    for p in sorted(predictions, key=lambda p: (p.start, p.end)):
        if p.date_start is None:
            out.unresolved.append(p)
            continue
        near = [i for i, g in enumerate(golds) if _overlaps(p, g)]
        in_scope = [i for i in near if golds[i].interval is not None]
        if not in_scope and near:
            out.ignored.append(p)
            continue
        dates = (p.date_start, p.date_end or p.date_start)
        hit = next((i for i in in_scope if i not in matched
                    and golds[i].interval[1:] == dates), None)
        if hit is None:
            out.fp.append((p, [golds[i] for i in in_scope]))
        else:
            matched.add(hit)
            out.tp.append((p, golds[hit]))
    out.fn = [g for i, g in enumerate(golds) if g.interval is not None and i not in matched]
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _line(name: str, tp: int, fp: int, fn: int) -> str:
    p, r, f = prf(tp, fp, fn)
    return f"  {name:<14} {p:6.3f} {r:6.3f} {f:6.3f}   tp {tp:4d}  fp {fp:4d}  fn {fn:4d}"


def report(outcomes: list[tuple[str, str, Outcome]]) -> None:
    tp = [x for _, _, o in outcomes for x in o.tp]
    fp = [x for _, _, o in outcomes for x in o.fp]
    fn = [g for _, _, o in outcomes for g in o.fn]
    print(f"{'':16} {'P':>6} {'R':>6} {'F1':>6}")
    print(_line("overall", len(tp), len(fp), len(fn)))
    print("by granularity (gold's for tp/fn, the predicted interval's for fp):")
    for gran in GRANULARITIES + ("other",):
        t = sum(g.interval[0] == gran for _, g in tp)
        f = sum(granularity_of(p.date_start, p.date_end or p.date_start) == gran for p, _ in fp)
        n = sum(g.interval[0] == gran for g in fn)
        if t or f or n:
            print(_line(gran, t, f, n))
    print("by resolution (precision only; gold has no resolution):")
    for res in sorted({str(p.resolution) for p, _ in tp + fp}):
        t = sum(str(p.resolution) == res for p, _ in tp)
        f = sum(str(p.resolution) == res for p, _ in fp)
        print(f"  {res:<14} {t / (t + f):6.3f}   tp {t:4d}  fp {f:4d}")
    modded = [g for _, g in tp if g.mod] + [g for g in fn if g.mod]
    print(f"gold with a mod (early/mid/late...; scored as the whole unit): "
          f"{len(modded)}, tp {sum(1 for _, g in tp if g.mod)}")
    ignored = sum(len(o.ignored) for _, _, o in outcomes)
    unresolved = sum(len(o.unresolved) for _, _, o in outcomes)
    print(f"ignored (overlap out-of-scope gold only): {ignored}; unresolved: {unresolved}")
    print(f"reference: {REFERENCE}")


# --- error listing --------------------------------------------------------

def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence around [start, end), the span in [[ ]], on one line."""
    left = max(text.rfind(". ", max(0, start - width), start),
               text.rfind("\n\n", max(0, start - width), start))
    left = left + 2 if left >= 0 else max(0, start - width)
    right = [i for i in (text.find(". ", end, end + width), text.find("\n\n", end, end + width))
             if i >= 0]
    right = min(right) + 1 if right else min(len(text), end + width)
    s = f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}"
    return " ".join(s.split())


def _dates(p) -> str:
    end = p.date_end or p.date_start
    same = end == p.date_start
    return f"{p.date_start}" + ("" if same else f"..{end}") + f" ({p.kind}, {p.resolution})"


def print_errors(outcomes, n: int, predictions: dict) -> None:
    print(f"\n== false negatives (first {n}) ==")
    shown = 0
    for doc_id, text, o in outcomes:
        for g in o.fn:
            if shown == n:
                break
            shown += 1
            print(f"- {doc_id}  {g.surface!r} = {g.value}"
                  + (f" mod={g.mod}" if g.mod else "") + f"  gold {g.interval[1]}..{g.interval[2]}")
            print(f"    {context(text, g.start, g.end)}")
            for p in predictions[doc_id]:
                if _overlaps(p, g):
                    dates = _dates(p) if p.date_start else "unresolved"
                    print(f"    ours: {p.text!r} {dates}")
    print(f"\n== false positives (first {n}) ==")
    shown = 0
    for doc_id, text, o in outcomes:
        for p, golds in o.fp:
            if shown == n:
                break
            shown += 1
            gold = "; ".join(f"{g.surface!r}={g.value}" for g in golds) or "no gold"
            print(f"- {doc_id}  {p.text!r} {_dates(p)}   gold: {gold}")
            print(f"    {context(text, p.start, p.end)}")


# --- self-check -------------------------------------------------------------

@dataclass(frozen=True)
class _Fake:
    text: str
    start: int
    end: int
    date_start: dt.date | None
    date_end: dt.date | None
    kind: str = "date"
    resolution: str | None = "explicit"


def self_check(rows: list[dict]) -> None:
    d = dt.date
    assert gold_interval("1998-01-08") == ("day", d(1998, 1, 8), d(1998, 1, 8))
    assert gold_interval("1998-W02") == ("week", d(1998, 1, 5), d(1998, 1, 11))
    assert gold_interval("2000-W7") == ("week", d(2000, 2, 14), d(2000, 2, 20))
    assert gold_interval("2004-W53") == ("week", d(2004, 12, 27), d(2005, 1, 2))
    assert gold_interval("2000-02") == ("month", d(2000, 2, 1), d(2000, 2, 29))
    assert gold_interval("1998-Q3") == ("quarter", d(1998, 7, 1), d(1998, 9, 30))
    assert gold_interval("1989-Q4") == ("quarter", d(1989, 10, 1), d(1989, 12, 31))
    assert gold_interval("1998") == ("year", d(1998, 1, 1), d(1998, 12, 31))
    for value in ("PRESENT_REF", "199X", "197", "10", "XXXX-WXX-3", "1998-SU", "1998-H1",
                  "1998-WXX", "1994-XX-XX", "1998-10-XX", "1990-W32-WE", "2000-01-05TEV",
                  "2000-04-04T09:00", "P1W", "1998-02-30", "1998-Q5"):
        assert gold_interval(value) is None, value
    for _, g0, g1 in filter(None, map(gold_interval, ("1998-01-08", "1998-W02", "1998-02",
                                                      "1998-Q3", "1998", "2004-W53"))):
        assert granularity_of(g0, g1) != "other"
    assert granularity_of(d(1998, 1, 5), d(1998, 1, 7)) == "other"

    # Predictions made from the gold itself must score F1 = 1.0; the same on
    # out-of-scope gold with nonsense dates, and unresolved ones, are ignored.
    outcomes = []
    for row in rows:
        golds = load_gold(row)
        fakes = []
        for g in golds:
            if g.interval:
                fakes.append(_Fake(g.surface, g.start, g.end, *g.interval[1:]))
            else:
                fakes.append(_Fake(g.surface, g.start, g.end, d(1900, 1, 1), d(1900, 1, 1)))
            fakes.append(_Fake(g.surface, g.start, g.end, None, None))
        outcomes.append(score_document(golds, fakes))
    tp = sum(len(o.tp) for o in outcomes)
    fp = sum(len(o.fp) for o in outcomes)
    fn = sum(len(o.fn) for o in outcomes)
    gold_n = sum(g.interval is not None for row in rows for g in load_gold(row))
    assert (tp, fp, fn) == (gold_n, 0, 0), (tp, fp, fn, gold_n)
    assert prf(tp, fp, fn) == (1.0, 1.0, 1.0)
    print(f"self-check: gold-as-predictions scores P=R=F1=1.0 on {tp} in-scope gold")

    # Wrong dates on in-scope gold: an fp and an fn; a date nowhere near gold: an fp.
    text = "It rose in 1998 and on Friday."
    golds = [Gold("1998", 11, 15, "date", "1998", None, gold_interval("1998")),
             Gold("Friday", 23, 29, "date", "1998-01-09", None, gold_interval("1998-01-09")),
             Gold("on", 20, 22, "duration", "P1D", None, None)]
    preds = [_Fake("1998", 11, 15, d(1998, 1, 1), d(1998, 12, 31), "year"),
             _Fake("1998", 11, 15, d(1998, 1, 1), d(1998, 12, 31), "year"),  # duplicate
             _Fake("Friday", 23, 29, d(1998, 1, 2), d(1998, 1, 2)),
             _Fake("rose", 3, 7, d(1998, 1, 2), d(1998, 1, 2)),
             _Fake("on", 20, 22, d(1998, 1, 2), d(1998, 1, 2))]  # out of scope: ignored
    o = score_document(golds, preds)
    assert (len(o.tp), len(o.fp), len(o.fn), len(o.ignored)) == (1, 3, 1, 1), o
    assert o.fn[0].surface == "Friday" and context(text, 23, 29) == "It rose in 1998 and on [[Friday]]."
    print("self-check: matching of wrong, duplicate, stray and out-of-scope predictions ok")


# --- main ---------------------------------------------------------------

def describe(rows: list[dict]) -> None:
    golds = [g for row in rows for g in load_gold(row)]
    by_type = collections.Counter(g.type for g in golds)
    in_scope = collections.Counter(g.interval[0] for g in golds if g.interval)
    print(f"{len(rows)} documents, {len(golds)} gold TIMEX3 "
          + ", ".join(f"{t} {n}" for t, n in by_type.most_common())
          + f"; in scope {sum(in_scope.values())}: "
          + ", ".join(f"{k} {in_scope[k]}" for k in GRANULARITIES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N false negatives and N false positives")
    parser.add_argument("--self-check", action="store_true",
                        help="test the gold conversion and matching, then exit")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skip: {CORPUS} not found")
        return 0
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if args.self_check:
        self_check(rows)
        return 0

    from figures import extract
    from figures.model import DATE_KINDS

    describe(rows)
    outcomes, predictions, failures = [], {}, []
    for row in rows:
        try:
            found = extract(row["text"], date=row["dct_value"][:10])
        except Exception as exc:  # a work-in-progress extractor: count, go on
            failures.append(f"{row['doc_id']}: {type(exc).__name__}: {exc}")
            found = []
        preds = [f for f in found if f.kind in DATE_KINDS]
        predictions[row["doc_id"]] = preds
        outcomes.append((row["doc_id"], row["text"], score_document(load_gold(row), preds)))
    if failures:
        print(f"extract() raised on {len(failures)} documents, e.g. {failures[0]}")
    report(outcomes)
    if args.errors:
        print_errors(outcomes, args.errors, predictions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
