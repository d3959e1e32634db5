"""Fuzzing: news-like texts from tests/news_grammar.py; does anything raise, mis-span or run slow?

    .venv/bin/python benchmarks/fuzz.py [--examples N] [--archives N] [--seed S]

Each example is a text from ``news_texts()`` (then ``--archives`` texts over
100,000 characters from ``archives()``, which figures reads in sections) and a
date option from ``datelines()``.  ``figures.extract`` and ``figures.check`` run
on it with every exception caught: a crash site is the exception type and the
innermost frame under figures/, and the shortest text that crashed there is
kept.  Every figure's and diagnostic's span is checked against the text, and
the time of both calls is taken per KB of text (a text under 1 KB counts as
1 KB, so the fixed cost of a call is not mistaken for slowness), with the
garbage collector off (it would time hypothesis's garbage as ours), after a
warm-up on the seed article that builds what a first call builds once (the
unit registry, the parser).
Examples are drawn in batches of ``BATCH`` (hypothesis remembers every example
of a run), batch ``i`` with seed ``S + i``; progress goes to stderr.

Prints the examples run and their rate, crashes by site, span violations, and
the slowest examples by ms per KB (re-timed, median of ``RETIMES``, so a pause
of the machine does not make the list).  Exits 1 when something crashed or
mis-spanned, else 0.
"""

from __future__ import annotations

import argparse
import gc
import heapq
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis.strategies import SearchStrategy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "tests"))  # the grammar

from _timing import median_seconds  # noqa: E402
from news_grammar import archives, datelines, news_texts  # noqa: E402

import figures  # noqa: E402

PACKAGE = ROOT / "figures"
BATCH = 10_000
SLOWEST = 10
CANDIDATES = 100  # the slowest examples kept, to re-time the first 2 * SLOWEST distinct ones
RETIMES = 3
SHOWN = 160  # characters of a text's repr shown in the report
SEED = ROOT / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt"
WARM_UP = "It is 5 km (3 miles) long and weighs 10 kg (22 lb); 3 of the 5 members, 60%, met on March 3, 2022."


@dataclass
class Crash:
    """Every crash (or span violation) at one site: how many, and the shortest text seen."""

    count: int = 0
    text: str = ""
    date: str | None = None
    message: str = ""

    def add(self, text: str, date: str | None, message: str) -> None:
        self.count += 1
        if self.count == 1 or len(text) < len(self.text):
            self.text, self.date, self.message = text, date, message


@dataclass
class Tally:
    """What the examples showed."""

    examples: int = 0
    crashes: dict[tuple[str, str], Crash] = field(default_factory=dict)  # (exception, frame) -> Crash
    violations: dict[str, Crash] = field(default_factory=dict)  # which span -> Crash
    ms_per_kb: list[float] = field(default_factory=list)
    slowest: list[tuple[float, int, str, str | None]] = field(default_factory=list)  # heap of candidates

    def timed(self, seconds: float, text: str, date: str | None) -> None:
        per_kb = ms_per_kb(seconds, text)
        self.ms_per_kb.append(per_kb)
        entry = (per_kb, len(self.ms_per_kb), text, date)
        if len(self.slowest) < CANDIDATES:
            heapq.heappush(self.slowest, entry)
        elif per_kb > self.slowest[0][0]:
            heapq.heapreplace(self.slowest, entry)


def ms_per_kb(seconds: float, text: str) -> float:
    """Milliseconds per KB of ``text``; a text under 1 KB counts as 1 KB."""
    return seconds * 1e3 / max(len(text) / 1024, 1.0)


def site(error: BaseException) -> tuple[str, str]:
    """The type of the exception at the root of ``error`` (``figures.InternalError`` wraps what was
    raised) and its innermost frame under figures/ (``path:line in function``)."""
    while error.__cause__ is not None:
        error = error.__cause__
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(PACKAGE)] or frames
    if not ours:
        return type(error).__name__, "(no traceback)"
    where = Path(ours[-1].filename).resolve()
    path = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    return type(error).__name__, f"{path}:{ours[-1].lineno} in {ours[-1].name}"


def observe(tally: Tally, text: str, date: str | None) -> None:
    """Run one example through extract and check, recording crashes, bad spans and time."""
    tally.examples += 1
    gc.disable()  # a collection of what hypothesis allocated would be timed as ours
    try:
        start = time.perf_counter()
        found = figures.extract(text, date=date)
        diagnostics = figures.check(text, date=date)
        seconds = time.perf_counter() - start
    except Exception as error:
        tally.crashes.setdefault(site(error), Crash()).add(text, date, f"{type(error).__name__}: {error}")
        return
    finally:
        gc.enable()
    tally.timed(seconds, text, date)
    for figure in found:
        if not (0 <= figure.start <= figure.end <= len(text) and text[figure.start:figure.end] == figure.text):
            tally.violations.setdefault("figure", Crash()).add(
                text, date, f"{figure.start}..{figure.end} {figure.text!r}")
    for diagnostic in diagnostics:
        spans = [(diagnostic.start, diagnostic.end, None)] + [(r.start, r.end, r.text) for r in diagnostic.related]
        for start, end, written in spans:
            if not 0 <= start <= end <= len(text) or (written is not None and text[start:end] != written):
                what = "diagnostic" if written is None else "related figure"
                tally.violations.setdefault(what, Crash()).add(text, date, f"{diagnostic.code} {start}..{end}")


def hypothesis_test(texts: SearchStrategy[str], examples: int, run_seed: int,
                    body: Callable[[str, str | None], None]) -> Callable[[], None]:
    """A hypothesis test drawing ``examples`` (text, date) pairs into ``body``; generation only."""
    @seed(run_seed)
    @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate])
    @given(texts, datelines())
    def test(text, date):
        body(text, date)

    return test


def run(tally: Tally, texts: SearchStrategy[str], examples: int, first_seed: int) -> float:
    """Draw ``examples`` more examples of ``texts`` into ``tally`` in batches; the wall seconds."""
    started = time.perf_counter()
    goal = tally.examples + examples
    batch = 0
    while tally.examples < goal:
        before = tally.examples
        hypothesis_test(texts, min(BATCH, goal - before), first_seed + batch,
                        lambda text, date: observe(tally, text, date))()
        batch += 1
        print(f"  {tally.examples:>9,} examples  {len(tally.crashes)} crash sites  "
              f"{time.perf_counter() - started:7.1f} s", file=sys.stderr, flush=True)
        if tally.examples == before:
            break  # hypothesis found nothing left to draw
    return time.perf_counter() - started


def shown(text: str) -> str:
    """A text's repr, shortened for the report."""
    written = repr(text)
    return written if len(written) <= SHOWN else f"{written[:SHOWN]}... ({len(text):,} characters)"


def retimed(candidates: list[tuple[float, int, str, str | None]]) -> list[tuple[float, float, float, str, str | None]]:
    """The ``SLOWEST`` slowest candidates, timed again: (ms/KB, extract ms, check ms, text, date).

    Hypothesis mutates what it has drawn, so near-copies of one text are common: of the texts
    that open alike (``SHOWN // 4`` characters) only the slowest is re-timed."""
    rows, openings = [], set()
    for _, _, text, date in sorted(candidates, reverse=True):
        if text[:SHOWN // 4] in openings or len(rows) == 2 * SLOWEST:
            continue
        openings.add(text[:SHOWN // 4])
        extract_s = median_seconds(partial(figures.extract, text, date=date), RETIMES, warmup=0)
        check_s = median_seconds(partial(figures.check, text, date=date), RETIMES, warmup=0)
        rows.append((ms_per_kb(extract_s + check_s, text), extract_s * 1e3, check_s * 1e3, text, date))
    return sorted(rows, key=lambda row: row[0], reverse=True)[:SLOWEST]


def report(tally: Tally, news: tuple[int, float], long: tuple[int, float]) -> None:
    (news_n, news_s), (long_n, long_s) = news, long
    print(f"examples run: {tally.examples:,}")
    print(f"  news texts: {news_n:,} in {news_s:.1f} s ({news_n / max(news_s, 1e-9):,.1f} examples/s)")
    if long_n:
        print(f"  archives (over 100,000 characters): {long_n:,} in {long_s:.1f} s")
    print(f"\ncrashes: {sum(c.count for c in tally.crashes.values()):,} at {len(tally.crashes)} sites")
    for (exception, frame), crash in sorted(tally.crashes.items(), key=lambda item: -item[1].count):
        print(f"  {crash.count:>7,}  {exception} at {frame}\n           {crash.message[:200]}")
        print(f"           shortest: {shown(crash.text)}  date={crash.date!r}")
    print(f"\nspan violations: {sum(c.count for c in tally.violations.values()):,}")
    for what, crash in tally.violations.items():
        print(f"  {crash.count:>7,}  {what}: {crash.message}\n           shortest: {shown(crash.text)}"
              f"  date={crash.date!r}")
    if not tally.ms_per_kb:
        return
    times = sorted(tally.ms_per_kb)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"\nms per KB (extract + check, timed once): median {statistics.median(times):.2f}, "
          f"p99 {p99:.2f}, worst {times[-1]:.2f}")
    rows = retimed(tally.slowest)
    print(f"slowest {len(rows)} by ms per KB, re-timed (median of {RETIMES}); worst {rows[0][0]:.2f} ms/KB:")
    print(f"  {'ms/KB':>8} {'extract':>8} {'check':>8} {'chars':>7}  text")
    for per_kb, extract_ms, check_ms, text, date in rows:
        print(f"  {per_kb:>8.2f} {extract_ms:>8.2f} {check_ms:>8.2f} {len(text):>7,}  {shown(text)}  date={date!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=100_000, help="news texts to draw (default 100,000)")
    ap.add_argument("--archives", type=int, help="texts over 100,000 characters to draw (default examples/1000)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the first batch (default 0)")
    args = ap.parse_args(argv)
    long_n = args.examples // 1000 if args.archives is None else args.archives
    tally = Tally()
    for text in (WARM_UP, SEED.read_text(encoding="utf-8")):
        figures.check(text, date="2022-03-29")
    news_s = run(tally, news_texts(), args.examples, args.seed)
    news_n = tally.examples
    long_s = run(tally, archives(), long_n, args.seed) if long_n else 0.0
    report(tally, (news_n, news_s), (tally.examples - news_n, long_s))
    return 1 if tally.crashes or tally.violations else 0


if __name__ == "__main__":
    sys.exit(main())
