"""Speed and memory of ``figures check`` (issue #3, acceptance 6).

    .venv/bin/python benchmarks/check_speed.py [--runs N] [--passes N] [--corpus PATH]

(a) the seed article checked warm: rules loaded once, a fresh Document each
    run (so nothing cached from the previous run is reused), median of
    ``--runs`` runs after a warm-up; target under 20 ms.  For reference, the
    same-run time of quantulum3's parse of the seed (after its slow first call)
    and the ratio.
(b) every article of ../shared/corpus/news-dev.jsonl checked in this one
    process, each with its own date, rules loaded once; target under 60 s.
(c) memory: resident set size (VmRSS) after the first 50 articles and at the
    end of the pass; target: grows by less than 25 MB.  ``--passes 2`` (the
    default) runs the corpus again and reports RSS at the end of each pass,
    which is what a leak would show up in.
Exits 0 (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _timing import median_seconds  # noqa: E402

from figures.document import Document  # noqa: E402
from figures.engine import check_document  # noqa: E402
from figures.rules import load_rules  # noqa: E402

SEED = ROOT / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt"
NEWS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"

MAX_SEED_MS = 20.0
MAX_CORPUS_S = 60.0
MAX_RSS_GROWTH_MB = 25.0


def rss_mb() -> float:
    """Current resident set size in MB (VmRSS; peak RSS where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def seed(rules, runs: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    diagnostics = check_document(Document(text), rules)
    ours = median_seconds(lambda: check_document(Document(text), rules), runs)

    from figures.extraction.quantulum_adapter import parse

    start = time.perf_counter()
    parse(text)  # first call: loads its unit database and classifier
    q_first = time.perf_counter() - start
    theirs = median_seconds(lambda: parse(text), max(5, runs // 10), warmup=1)

    print(f"(a) seed: {SEED.name} ({len(text):,} characters, {len(rules)} rules, "
          f"{len(diagnostics)} diagnostics)")
    print(f"    figures check, warm, median of {runs}: {ours * 1e3:8.2f} ms   "
          f"target < {MAX_SEED_MS:g} ms  {verdict(ours * 1e3 < MAX_SEED_MS)}")
    print(f"    quantulum3 parse, warm (reference):  {theirs * 1e3:8.2f} ms   "
          f"(its first call: {q_first * 1e3:.0f} ms)")
    ratio = theirs / ours if ours else float("inf")
    print(f"    ratio quantulum3 parse / figures check: {ratio:.1f}x "
          f"(the whole check, extraction + relations + rules, vs quantulum3's extraction alone)")


def corpus(rules, path: Path, passes: int) -> None:
    if not path.is_file():
        print(f"\n(b), (c) skipped: no corpus at {path}")
        return
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    chars = sum(len(row["text"]) for row in rows)
    print(f"\n(b) corpus: {path.name}, {len(rows)} articles, {chars:,} characters, one process")

    rss_start = rss_mb()
    rss_at_50 = None
    pass_ends = []
    first_pass = None
    slowest = [(0.0, "")] * passes
    n_diagnostics = 0
    for number in range(passes):
        start = time.perf_counter()
        for index, row in enumerate(rows, 1):
            t0 = time.perf_counter()
            found = check_document(Document(row["text"], date=row.get("date") or None), rules)
            took = time.perf_counter() - t0
            slowest[number] = max(slowest[number], (took, row["id"]))
            if number == 0:
                n_diagnostics += len(found)
                if index == 50:
                    rss_at_50 = rss_mb()
        elapsed = time.perf_counter() - start
        pass_ends.append(rss_mb())
        if number == 0:
            first_pass = elapsed

    print(f"    all articles: {first_pass:.2f} s ({len(rows) / first_pass:.0f} articles/s, "
          f"{n_diagnostics} diagnostics)   "
          f"target < {MAX_CORPUS_S:g} s  {verdict(first_pass < MAX_CORPUS_S)}")
    print(f"    slowest article, pass 1: {slowest[0][1]} {slowest[0][0] * 1e3:.0f} ms "
          "(the first article to need a lazy resource, e.g. the pint registry, pays for it)")
    if passes > 1:
        print(f"    slowest article, pass {passes} (warm): {slowest[-1][1]} {slowest[-1][0] * 1e3:.0f} ms")

    base = rss_at_50 if rss_at_50 is not None else rss_start
    growth = pass_ends[-1] - base
    print("\n(c) memory (VmRSS)")
    print(f"    {'before the corpus':<34}{rss_start:7.1f} MB")
    if rss_at_50 is not None:
        print(f"    {'after the first 50 articles':<34}{rss_at_50:7.1f} MB")
    for number, value in enumerate(pass_ends, 1):
        print(f"    {f'end of pass {number}':<34}{value:7.1f} MB")
    print(f"    {'peak (ru_maxrss, updated lazily)':<34}{peak_rss_mb():7.1f} MB")
    if len(pass_ends) > 1:
        print(f"    {'growth over the last pass':<34}{pass_ends[-1] - pass_ends[-2]:+7.1f} MB"
              "   (a leak grows every pass; caches fill once)")
    print(f"    {'growth, article 50 to the end':<34}{growth:+7.1f} MB"
          f"   target < {MAX_RSS_GROWTH_MB:g} MB  {verdict(growth < MAX_RSS_GROWTH_MB)}")

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="warm runs on the seed (default 200)")
    parser.add_argument("--passes", type=int, default=2,
                        help="passes over the corpus (default 2; the first is timed)")
    parser.add_argument("--corpus", metavar="PATH", default=str(NEWS))
    args = parser.parse_args(argv)

    start = time.perf_counter()
    rules = load_rules()
    print(f"rules loaded once in {(time.perf_counter() - start) * 1e3:.0f} ms\n")
    seed(rules, args.runs)
    corpus(rules, Path(args.corpus), max(1, args.passes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
