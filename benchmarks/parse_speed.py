"""Speed and memory of ``figures check`` with the syntactic layer (issue 9, acceptance 5).

    .venv/bin/python benchmarks/parse_speed.py [--corpus PATH] [--limit N] [--runs N]

(a) every article of ``--corpus`` (default ../shared/corpus/news-dev-extra.jsonl)
    checked in this one process, each with its own date, rules loaded once and
    the pipeline loaded before the clock starts.  Articles per second per core
    is the count over the process's CPU seconds (``time.process_time``), which
    a busy machine does not inflate; wall time is printed beside it.  Target: at
    least 40 articles per second per core.  The peer, measured in the same run:
    spaCy's ``nlp.pipe`` over every sentence of the same articles, which is what
    parsing the whole text would cost; figures parses only the sentences that
    hold figures, and the ratio says how much of that it spends.
(b) fresh processes (run first), median of ``--runs``: ``figures check SEED`` (target under
    1.5 s, peak memory under 400 MB), ``figures --help`` (under 0.2 s, spaCy not
    loaded) and ``figures rules``.
(c) the peak memory of this process after (a), target under 400 MB.
Scaling with input size is ``benchmarks/scaling.py --functions check``.
Exits 0 (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _timing import run_child  # noqa: E402

from figures.document import Document  # noqa: E402
from figures.engine import check_document  # noqa: E402
from figures.parsing import pipeline  # noqa: E402
from figures.rules import load_rules  # noqa: E402

SEED = ROOT / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "news-dev-extra.jsonl"

MIN_PER_CORE = 40.0
MAX_COLD_CHECK_S = 1.5
MAX_HELP_S = 0.2
MAX_RSS_MB = 400.0


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def corpus(path: Path, limit: int | None) -> None:
    if not path.is_file():
        print(f"(a) skipped: no corpus at {path}")
        return
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()][:limit]
    rules = load_rules()
    nlp = pipeline()
    nlp("Warm up the pipeline on 3 May 2021.")
    diagnostics = []

    def check_all():
        for row in rows:
            diagnostics.extend(check_document(Document(row["text"], date=row.get("date") or None), rules))

    documents = [Document(row["text"]) for row in rows]
    sentences = [document.analysis_text[start:end] for document in documents for start, end in document.sentences]

    def parse_all():
        for _ in nlp.pipe(sentences, batch_size=64):
            pass

    wall, cpu = timed(check_all)
    peer_wall, peer_cpu = timed(parse_all)
    per_core = len(rows) / cpu
    print(f"(a) {path.name}: {len(rows)} articles, {len(sentences):,} sentences, one process")
    print(f"    figures check:          {cpu:7.2f} CPU s, {wall:7.2f} wall s, {len(diagnostics)} diagnostics")
    print(f"    articles per core:      {per_core:7.1f} per CPU second   target >= {MIN_PER_CORE:g}  "
          f"{verdict(per_core >= MIN_PER_CORE)}")
    print(f"    peer, spaCy pipe over every sentence: {peer_cpu:7.2f} CPU s ({len(rows) / peer_cpu:.1f} articles "
          f"per CPU second); figures check / parse-everything = {cpu / peer_cpu:.2f}")


def cold(runs: int) -> None:
    script = Path(sys.executable).with_name("figures")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "figures"]
    print(f"(b) fresh processes ({' '.join(command)} ...), median of {runs}")
    for label, args, limit in (("check SEED", ["check", str(SEED)], MAX_COLD_CHECK_S),
                               ("--help", ["--help"], MAX_HELP_S), ("rules", ["rules"], None)):
        results = [run_child(command + args, ROOT) for _ in range(runs)]
        wall = statistics.median(result[0] for result in results)
        rss = max(result[1] for result in results)
        codes = sorted({result[2] for result in results})
        target = f"target < {limit:g} s  {verdict(wall < limit)}" if limit else ""
        memory = f"peak {rss:5.0f} MB" + (f" (< {MAX_RSS_MB:g} MB {verdict(rss < MAX_RSS_MB)})" if limit else "")
        print(f"    figures {label:<11} {wall:6.2f} s   {memory}   exit {codes}   {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", metavar="PATH", default=str(CORPUS))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per command (default 5)")
    args = parser.parse_args(argv)
    cold(args.runs)  # first, while this process is small: a child's peak memory counts what it had before exec
    print()
    corpus(Path(args.corpus), args.limit)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(c) peak memory of this process: {peak:.0f} MB   target < {MAX_RSS_MB:g} MB  "
          f"{verdict(peak < MAX_RSS_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
