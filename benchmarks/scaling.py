"""Scaling: time and peak memory of figures.check and figures.extract per KB, from 1 KB to 10 MB.

    .venv/bin/python benchmarks/scaling.py [--sizes 1k,10k,100k,1m,10m] [--timeout S]
                                           [--inputs news,q1,...] [--functions check,extract]

Inputs, each cut to size (k = 1,000 characters, m = 1,000,000):
  news     real news: the article texts of ../shared/corpus/news-dev.jsonl joined
           by blank lines, repeated as needed, cut at a paragraph break
  q1       "Q1 " repeated           ones     "1 " repeated
  one-and  "one and " repeated      monday   "Monday " repeated
  comment  "<!-- " and then the news text: an HTML comment never closed
Each measurement runs in a fresh process (this script's worker mode): it builds
the input, warms up with one check and one extract of a short text, then times
one call on the input with date 1987-04-08 (the median of 5 when a call takes
under 0.2 s) and reports the wall time and its peak RSS (ru_maxrss: the
interpreter, the input and the call).  A run past ``--timeout`` seconds
(default 300) is killed and shown as "timeout"; the larger sizes of that input
and function are then skipped.

Targets: ms per KB at the largest size within 1.5x of ms per KB at 10 KB
(linear time) and peak memory at 10 MB under 500 MB.  Exits 0 (a benchmark,
not a test); 2 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _timing import median_seconds  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"
DATE = "1987-04-08"
WARM_UP = "Sales rose 5% to $10 million on Monday after a 150-kilometre (93-mile) drive."
INPUTS = {"news": None, "q1": "Q1 ", "ones": "1 ", "one-and": "one and ", "monday": "Monday ",
          "comment": "<!-- "}
MAX_RATIO = 1.5
MAX_PEAK_MB = 500.0
REPEAT_UNDER_S = 0.2


def parse_size(word: str) -> int:
    word = word.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(word[-1:], 1)
    return int(float(word[:-1] if scale > 1 else word) * scale)


def label(size: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


def news_text(size: int) -> str:
    """Real articles joined by blank lines, repeated, cut at the last paragraph break before ``size``."""
    with NEWS.open(encoding="utf-8") as lines:
        articles = "\n\n".join(json.loads(line)["text"].strip() for line in lines if line.strip())
    text = "\n\n".join([articles] * (size // len(articles) + 1))[:size]
    cut = text.rfind("\n\n")
    return text[:cut] if cut > 0 else text


def build(name: str, size: int) -> str:
    unit = INPUTS[name]
    if name == "news":
        return news_text(size)
    if name == "comment":
        return unit + news_text(size - len(unit))
    return (unit * (size // len(unit) + 1))[:size]


def worker(name: str, size: int, function: str) -> None:
    """Child: time one call on the input and print {chars, seconds, peak_kb} as JSON."""
    import figures

    text = build(name, size)
    call = getattr(figures, function)
    figures.check(WARM_UP, date=DATE)
    figures.extract(WARM_UP, date=DATE)
    start = time.perf_counter()
    call(text, date=DATE)
    seconds = time.perf_counter() - start
    if seconds < REPEAT_UNDER_S:
        seconds = median_seconds(lambda: call(text, date=DATE), 5, warmup=0)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    print(json.dumps({"chars": len(text), "seconds": seconds, "peak_kb": peak_kb}))


def measure(name: str, size: int, function: str, timeout: float) -> dict:
    """The worker's report, or {"failed": why} on a timeout or a crash."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, str(size), function]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"failed": "timeout"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return {"failed": f"crash: {last[:80]}"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["ms_per_kb"] = result["seconds"] * 1e3 / (result["chars"] / 1e3)
    return result


def verdicts(name: str, function: str, rows: dict[int, dict], timeout: float) -> list[str]:
    """The linearity ratio and the 10 MB memory target of one input and function."""
    done = {size: r for size, r in rows.items() if "failed" not in r}
    base_size = 10_000 if 10_000 in done else min(done, default=None)
    largest = max(rows)
    lines = []
    if base_size is None:
        lines.append(f"{name} {function}: no size finished")
    elif largest == base_size:
        lines.append(f"{name} {function}: only {label(base_size)} ran: no ratio")
    else:
        base = done[base_size]["ms_per_kb"]
        if largest in done:
            ratio = done[largest]["ms_per_kb"] / base
            shown, ok = f"{ratio:.2f}x", ratio <= MAX_RATIO
        else:  # a timeout: the time per KB is at least the timeout over the size that timed out
            stopped = min(s for s, r in rows.items() if "failed" in r)
            floor = timeout * 1e3 / (stopped / 1e3) / base
            why = rows[stopped]["failed"]
            bound = f"> {floor:.1f}x" if why == "timeout" and floor > 1 else "not measured"
            shown, ok = f"{bound} ({why} at {label(stopped)})", False
        lines.append(f"{name} {function}: ms/KB at {label(largest)} / at {label(base_size)}: {shown}"
                     f"   target <= {MAX_RATIO:g}x  {'PASS' if ok else 'FAIL'}")
    at_10m = rows.get(10_000_000)
    if at_10m is None:
        pass  # said once, after the table
    elif "failed" in at_10m:
        lines.append(f"    peak memory at 10 MB: not measured ({at_10m['failed']})")
    else:
        peak = at_10m["peak_kb"] / 1024
        lines.append(f"    peak memory at 10 MB: {peak:.0f} MB   target < {MAX_PEAK_MB:g} MB  "
                     f"{'PASS' if peak < MAX_PEAK_MB else 'FAIL'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,10k,100k,1m,10m", help="comma-separated (default 1k,10k,100k,1m,10m)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    parser.add_argument("--inputs", default=",".join(INPUTS), help=f"comma-separated of {', '.join(INPUTS)}")
    parser.add_argument("--functions", default="check,extract", help="check, extract or both (default)")
    parser.add_argument("--worker", nargs=3, metavar=("INPUT", "SIZE", "FUNCTION"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not NEWS.is_file():
        print(f"scaling: no corpus at {NEWS} (it lives in ../shared/corpus/ from the project root)")
        return 2
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), args.worker[2])
        return 0
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    names = [n.strip() for n in args.inputs.split(",") if n.strip()]
    functions = [f.strip() for f in args.functions.split(",") if f.strip()]
    unknown = [n for n in names if n not in INPUTS] + [f for f in functions if f not in ("check", "extract")]
    if unknown or not sizes:
        parser.error(f"unknown input or function: {', '.join(unknown)}" if unknown else "no sizes")

    print(f"date {DATE}; each run a fresh process, timeout {args.timeout:g} s\n")
    print(f"{'input':<9}{'function':<9}{'size':>8}{'seconds':>10}{'ms/KB':>9}{'peak MB':>9}")
    print("-" * 54)
    results: dict[tuple[str, str], dict[int, dict]] = {}
    for name in names:
        for function in functions:
            rows = results[name, function] = {}
            for size in sizes:
                if any("failed" in r for r in rows.values()):
                    rows[size] = {"failed": "skipped"}
                    print(f"{name:<9}{function:<9}{label(size):>8}  skipped (a smaller size did not finish)")
                    continue
                r = rows[size] = measure(name, size, function, args.timeout)
                if "failed" in r:
                    print(f"{name:<9}{function:<9}{label(size):>8}  {r['failed']}", flush=True)
                else:
                    print(f"{name:<9}{function:<9}{label(size):>8}{r['seconds']:>10.3f}{r['ms_per_kb']:>9.2f}"
                          f"{r['peak_kb'] / 1024:>9.0f}", flush=True)
    print()
    for (name, function), rows in results.items():
        print("\n".join(verdicts(name, function, rows, args.timeout)))
    if 10_000_000 not in sizes:
        print(f"peak memory at 10 MB (target < {MAX_PEAK_MB:g} MB): not run (sizes up to {label(sizes[-1])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
