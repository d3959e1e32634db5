"""Speed of figures.extract against quantulum3, and the cold cost of the CLI.

    .venv/bin/python benchmarks/speed.py [--runs N] [--corpus [--limit N]]

On the seed article: (a) warm extraction time, ours vs quantulum3 in the same
process (median of many runs after a warm-up); (b) quantulum3's first call;
(c) wall time of a fresh ``figures extract SEED`` process (median of 5);
(d) that process's peak memory (ru_maxrss).  ``--corpus`` also times both
over ../shared/corpus/news-dev.jsonl (articles per second).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _timing import median_seconds, run_child  # noqa: E402

from figures import extract  # noqa: E402

SEED = ROOT / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt"
NEWS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"

MIN_SPEEDUP = 3.0  # ours at least 3x faster than quantulum3, warm
MAX_COLD_S = 1.0  # whole `figures extract SEED` process
MAX_RSS_MB = 300.0


def cli_command() -> tuple[list[str], str]:
    """The command a user would run on the seed, and how it was chosen."""
    script = Path(sys.executable).with_name("figures")
    if (ROOT / "figures" / "cli.py").exists():
        if script.exists():
            return [str(script), "extract", str(SEED)], "console script `figures extract SEED`"
        return [sys.executable, "-m", "figures", "extract", str(SEED)], "`python -m figures extract SEED`"
    code = f"import figures; figures.extract(open({str(SEED)!r}, encoding='utf-8').read())"
    return [sys.executable, "-c", code], "no CLI yet: `python -c 'import figures; figures.extract(...)'`"


def cold_process(runs: int = 5) -> tuple[float, float, str]:
    """Median wall time and max peak RSS of ``runs`` fresh extraction processes."""
    cmd, how = cli_command()
    results = [run_child(cmd, ROOT) for _ in range(runs)]
    bad = [r for r in results if r[2] not in (0, 1)]
    if bad and cmd[1:2] != ["-c"]:
        print(f"warning: {' '.join(cmd)} exited {bad[0][2]}: {bad[0][3].strip()[-300:]}")
        print("         falling back to `python -c 'import figures; figures.extract(...)'`")
        code = f"import figures; figures.extract(open({str(SEED)!r}, encoding='utf-8').read())"
        results = [run_child([sys.executable, "-c", code], ROOT) for _ in range(runs)]
        how = "python -c fallback (the CLI failed)"
    return statistics.median(r[0] for r in results), max(r[1] for r in results), how


def seed_table(runs: int) -> None:
    from figures.extraction.quantulum_adapter import parse

    text = SEED.read_text(encoding="utf-8")
    # (b) first: quantulum3 cold, before anything in this process has imported it
    start = time.perf_counter()
    parse(text)
    q_cold = time.perf_counter() - start
    # (a) warm, same text, same process
    ours = median_seconds(lambda: extract(text), runs)
    theirs = median_seconds(lambda: parse(text), max(5, runs // 10))
    speedup = theirs / ours if ours else float("inf")
    # (c), (d)
    wall, rss, how = cold_process()

    n_ours, n_theirs = len(extract(text)), len(parse(text))
    print(f"seed: {SEED.name} ({len(text):,} characters; "
          f"figures finds {n_ours}, quantulum3 {n_theirs})\n")
    rows = [
        ("(a) figures.extract, warm", f"{ours * 1e3:.2f} ms", "", ""),
        ("    quantulum3 parse, warm", f"{theirs * 1e3:.2f} ms", "", ""),
        ("    speed-up (quantulum3 / ours)", f"{speedup:.1f}x", f">= {MIN_SPEEDUP:g}x",
         speedup >= MIN_SPEEDUP),
        ("(b) quantulum3 first call (cold)", f"{q_cold * 1e3:.0f} ms", "", ""),
        ("(c) cold process, median of 5", f"{wall:.3f} s", f"< {MAX_COLD_S:g} s", wall < MAX_COLD_S),
        ("(d) peak memory of that process", f"{rss:.0f} MB", f"< {MAX_RSS_MB:g} MB", rss < MAX_RSS_MB),
    ]
    print(f"{'measure':<36}{'result':>12}  {'target':<10}{'':>4}")
    print("-" * 66)
    for label, result, target, ok in rows:
        verdict = "" if ok == "" else ("PASS" if ok else "FAIL")
        print(f"{label:<36}{result:>12}  {target:<10}{verdict:>4}")
    print(f"\n(c) ran: {how}")


def corpus_table(limit: int | None) -> None:
    from figures.extraction.quantulum_adapter import parse

    if not NEWS.exists():
        print(f"\n--corpus skipped: {NEWS} not found")
        return
    rows = [json.loads(line) for line in NEWS.open(encoding="utf-8") if line.strip()]
    rows = rows[:limit] if limit else rows
    chars = sum(len(r["text"]) for r in rows)
    print(f"\ncorpus: {NEWS.name}, {len(rows)} articles, {chars:,} characters (warm, one pass)")
    for name, run in (("figures", lambda r: extract(r["text"], date=r.get("date"))),
                      ("quantulum3", lambda r: parse(r["text"]))):
        found = failed = 0
        start = time.perf_counter()
        for row in rows:
            try:
                found += len(run(row))
            except Exception:
                failed += 1
        elapsed = time.perf_counter() - start
        note = f", {failed} articles raised" if failed else ""
        print(f"  {name:<11}{len(rows) / elapsed:>9.1f} articles/s  {elapsed:>7.2f} s  "
              f"{found:>6} figures{note}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=50, help="warm runs of figures.extract (default 50)")
    ap.add_argument("--corpus", action="store_true", help="also time both over news-dev.jsonl")
    ap.add_argument("--limit", type=int, help="only the first N corpus articles")
    args = ap.parse_args(argv)
    seed_table(args.runs)
    if args.corpus:
        corpus_table(args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
