"""Crash census: every text we have, through the API and the CLI; where does figures crash?

    .venv/bin/python benchmarks/crash_census.py [--limit N] [--batch-size N] [--no-cli]
                                                [--generated N] [--seed N]

Texts: the ``text`` of every row of every JSONL file in ../shared/corpus/ and
its suites/ (relative to the project root), whatever the file's schema, dated
by the row's ``date``, ``reference_date`` or ``dct`` when that is a valid ISO
date; every example of every built-in rule; and ``--generated`` articles drawn
from ``figures.strategies.articles()`` (consistent and with one injected
inconsistency) with a fixed seed.  ``--limit N`` takes the first N texts of
each source, for a quick run.

API: ``figures.extract(text, date=d)`` and ``figures.check(text, date=d)`` on
each text, every exception caught; a crash site is the exception type and the
innermost frame under figures/.
CLI: the texts written to temporary files, each dated by a YAML front-matter
block, and checked by ``figures check --format json FILES`` in batches of
``--batch-size``.  Each run: its exit code, whether stdout is
one JSON list, stderr lines with "internal error" or "Traceback", and which
files the output names.  When ``figures check --help`` offers ``--format
jsonl``, each batch is run that way too and every file must get exactly one
``{"type": "file", ...}`` status line; files with none were left unchecked.

Prints texts per source, crash sites (API, then CLI) with their shortest
crashing text, the CLI batches, and the 10 slowest texts.  Exits 0 (a census,
not a test); 2 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

import figures  # noqa: E402
from figures.rules import load_rules  # noqa: E402
from figures.strategies import CATEGORIES, articles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
PACKAGE = ROOT / "figures"
DATE_KEYS = ("date", "reference_date", "dct")
CLI_TIMEOUT_S = 900
WARM_UP = "Sales rose 5% to $10 million on Monday after a 150-kilometre (93-mile) drive."
FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<name>.+)$')
INTERNAL = re.compile(r"^figures: (?P<path>.+?): internal error in (?P<stage>[^:]+): (?P<message>.*?)"
                      r"(?: \(please report\))?$")


@dataclass
class Text:
    source: str
    ident: str
    text: str
    date: str | None
    ms: float = 0.0
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (stage, site)


def valid_date(row: dict) -> str | None:
    """The row's first date field that holds an ISO date (a datetime's date part counts)."""
    for key in DATE_KEYS:
        value = row.get(key)
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return None


def corpus_texts(limit: int | None) -> list[Text]:
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")) + sorted(CORPUS.glob("suites/*.jsonl")):
        source = path.relative_to(CORPUS).with_suffix("").as_posix()
        taken = 0
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if limit is not None and taken >= limit:
                    break
                row = json.loads(line) if line.strip() else {}
                if isinstance(row, dict) and isinstance(row.get("text"), str):
                    ident = row.get("id") or row.get("doc_id")
                    ident = f"line {number}" + (f" ({ident})" if ident else "")
                    found.append(Text(source, ident, row["text"], valid_date(row)))
                    taken += 1
    return found


def rule_texts(limit: int | None) -> list[Text]:
    found = [Text("rules", f"{rule.code} example {number}", example.text, example.date)
             for rule in load_rules() for number, example in enumerate(rule.examples, 1)]
    return found[:limit]


def generated_texts(count: int, seed: int) -> list[Text]:
    """``count`` articles from figures.strategies, consistent or with one injected break."""
    drawn: dict[str, str] = {}

    def keep(article) -> bool:
        drawn.setdefault(article.text, article.date)
        return False  # never satisfied: find() generates max_examples articles, then gives up

    strategy = st.one_of(articles(), *(articles(inject=category) for category in CATEGORIES))
    try:
        find(strategy, keep, random=random.Random(seed),
             settings=settings(max_examples=2 * count, database=None, deadline=None, phases=[Phase.generate],
                               suppress_health_check=list(HealthCheck)))
    except NoSuchExample:
        pass
    return [Text("generated", f"#{number}", text, date)
            for number, (text, date) in enumerate(list(drawn.items())[:count], 1)]


def site_of(error: BaseException) -> str:
    """The exception type and the innermost frame under figures/ of the original exception
    (a figures.InternalError wraps it as its ``__cause__``; its ``stage`` is shown too)."""
    stage = getattr(error, "stage", None)
    while error.__cause__ is not None:
        error = error.__cause__
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if Path(f.filename).resolve().is_relative_to(PACKAGE)]
    where = (f"at {Path(frames[-1].filename).resolve().relative_to(ROOT)}:{frames[-1].lineno} in {frames[-1].name}"
             if frames else "outside figures/")
    return f"{type(error).__name__} {where}" + (f" [{stage}]" if stage else "")


def run_api(texts: list[Text]) -> None:
    figures.check(WARM_UP, date="1987-04-08")  # load the rules and the lazy resources (pint)
    for item in texts:
        start = time.perf_counter()
        for stage, call in (("extract", figures.extract), ("check", figures.check)):
            try:
                call(item.text, date=item.date)
            except Exception as error:  # the census: every crash is a finding
                item.crashes.append((stage, site_of(error)))
        item.ms = (time.perf_counter() - start) * 1e3


def shortest(items: list[Text]) -> str:
    item = min(items, key=lambda t: len(t.text))
    cut = item.text if len(item.text) <= 120 else item.text[:120]
    more = "" if cut is item.text else f" ... ({len(item.text):,} chars in all)"
    return f"{item.source}: {item.ident}, date {item.date}: {cut!r}{more}"


def print_sites(title: str, sites: dict[str, list[tuple[str, Text | None]]]) -> None:
    print(f"\n{title}: {len(sites)} distinct site{'s' * (len(sites) != 1)}")
    ranked = sorted(sites.items(), key=lambda kv: -len(kv[1]))
    for number, (site, hits) in enumerate(ranked, 1):
        known = list({id(t): t for _, t in hits if t is not None}.values())
        unknown = sum(t is None for _, t in hits)
        stages = Counter(stage for stage, _ in hits)
        sources = Counter(t.source for t in known)
        print(f"  [{number}] {site}")
        print(f"      {len(known)} texts" + (f" and {unknown} runs with the file unknown" if unknown else "")
              + "; " + ", ".join(f"{s} {n}" for s, n in stages.most_common() + sources.most_common()))
        print(f"      shortest: {shortest(known) if known else '(file unknown)'}")


# -- the CLI ---------------------------------------------------------------


def cli() -> list[str]:
    script = Path(sys.executable).with_name("figures")
    return [str(script)] if script.exists() else [sys.executable, "-m", "figures"]


def has_jsonl() -> bool:
    shown = subprocess.run([*cli(), "check", "--help"], capture_output=True, text=True)
    return "jsonl" in shown.stdout


def traceback_site(stderr: str) -> str:
    """The crash site of a Python traceback on stderr, like site_of()."""
    frames = [m for m in map(FRAME.match, stderr.splitlines()) if m
              and Path(m["file"]).resolve().is_relative_to(PACKAGE)]
    last = [line for line in stderr.splitlines() if line and not line[0].isspace()][-1]
    kind = last.split(":")[0].rsplit(".", 1)[-1]
    if not frames:
        return f"{kind} outside figures/ (traceback)"
    where = Path(frames[-1]["file"]).resolve().relative_to(ROOT)
    when = "on start-up" if frames[-1]["name"] == "<module>" else "traceback"
    return f"{kind} at {where}:{frames[-1]['line']} in {frames[-1]['name']} ({when})"


def normalised(message: str) -> str:
    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "_", message)[:100]


class CliCensus:
    """The batches of one run over all texts, and what they showed."""

    def __init__(self, jsonl: bool) -> None:
        self.jsonl = jsonl
        self.batches = Counter()  # "json", "jsonl", "invalid json", "invalid jsonl", "timeout"
        self.exits: dict[str, Counter] = defaultdict(Counter)  # format: exit code: runs
        self.stderr = Counter()  # "internal error", "Traceback", "input error"
        self.files = Counter()  # "given", "named", "unchecked", "duplicate status"
        self.input_errors: list[str] = []
        self.sites: dict[str, list[tuple[str, Text | None]]] = defaultdict(list)

    def run(self, cwd: Path, names: list[str], date: str | None, fmt: str) -> subprocess.CompletedProcess | None:
        cmd = [*cli(), "check", "--format", fmt, *(["--date", date] if date else []), *names]
        self.batches[fmt] += 1
        try:
            done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=CLI_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.batches["timeout"] += 1
            return None
        self.exits[fmt][done.returncode] += 1
        return done

    def stderr_lines(self, done, batch: dict[str, Text], fmt: str) -> set[str]:
        """Count stderr's kinds of line; record internal errors; the paths it names."""
        named = set()
        for line in done.stderr.splitlines():
            if "Traceback" in line:
                self.stderr[f"{fmt}: Traceback"] += 1
            if "internal error" in line:
                self.stderr[f"{fmt}: internal error"] += 1
            crash = INTERNAL.match(line)
            if crash:
                named.add(crash["path"])
                site = f"internal error in {crash['stage']}: {normalised(crash['message'])}"
                self.sites[site].append((f"CLI {fmt}", batch.get(crash["path"])))
            elif line.startswith("figures: ") and line[9:].split(":")[0] in batch:
                named.add(line[9:].split(":")[0])
                if fmt == "json":
                    self.stderr["input error"] += 1
                    self.input_errors.append(line)
        if "Traceback" in done.stderr:  # the process died: blame the first unnamed file the API saw crash
            site = traceback_site(done.stderr)
            suspects = [t for name, t in batch.items() if name not in named and t.crashes]
            suspect = suspects[0] if suspects and "start-up" not in site else None
            self.sites[site].append((f"CLI {fmt}", suspect))
        return named

    def json_batch(self, cwd: Path, batch: dict[str, Text], date: str | None) -> None:
        done = self.run(cwd, list(batch), date, "json")
        self.files["given"] += len(batch)
        if done is None:
            self.files["unchecked"] += len(batch)
            return
        named = self.stderr_lines(done, batch, "json")
        try:
            records = json.loads(done.stdout)
            if not isinstance(records, list):
                raise ValueError("not a list")
        except ValueError:
            self.batches["invalid json"] += 1
            records = []
            for line in done.stdout.splitlines():  # one record a line: keep what was written
                try:
                    records.append(json.loads(line.strip().rstrip(",")))
                except ValueError:
                    pass
        order = list(batch)
        in_output = {r["path"] for r in records if isinstance(r, dict) and r.get("path") in batch}
        self.files["named"] += len(in_output | named)
        if "Traceback" in done.stderr or done.returncode not in (0, 1, 2):  # died: the rest went unchecked
            last = max((order.index(p) for p in in_output), default=-1)
            self.files["unchecked"] += len(order) - last - 1

    def jsonl_batch(self, cwd: Path, batch: dict[str, Text], date: str | None) -> None:
        done = self.run(cwd, list(batch), date, "jsonl")
        if done is None:
            self.files["no status line (jsonl)"] += len(batch)
            return
        named = self.stderr_lines(done, batch, "jsonl")
        status, bad = Counter(), 0
        for line in done.stdout.splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if isinstance(row, dict) and row.get("type") == "file":
                status[row.get("path")] += 1
                self.files[f"status {row.get('status')} (jsonl)"] += 1
                if row.get("status") == "error" and row.get("path") not in named:
                    site = f"status error without an internal-error line: {normalised(str(row))}"
                    self.sites[site].append(("CLI jsonl", batch.get(row.get("path"))))
        if bad:
            self.batches["invalid jsonl"] += 1
        self.files["no status line (jsonl)"] += sum(1 for name in batch if status[name] == 0)
        self.files["several status lines (jsonl)"] += sum(1 for name in batch if status[name] > 1)
        self.files["status for unknown path (jsonl)"] += sum(n for p, n in status.items() if p not in batch)

    def check_all(self, texts: list[Text], batch_size: int) -> None:
        """Each text in a file of its own, its date in a YAML front-matter block (so one run checks
        texts of many dates), run in batches of ``batch_size``."""
        with tempfile.TemporaryDirectory(prefix="figures-census-") as tmp:
            cwd = Path(tmp)
            for number, item in enumerate(texts):
                front = f"---\ndate: {item.date}\n---\n" if item.date else ""
                (cwd / f"{number:05d}.txt").write_bytes((front + item.text).encode("utf-8", "replace"))
            for start in range(0, len(texts), batch_size):
                batch = {f"{n:05d}.txt": texts[n] for n in range(start, min(start + batch_size, len(texts)))}
                self.json_batch(cwd, batch, None)
                if self.jsonl:
                    self.jsonl_batch(cwd, batch, None)

    def report(self) -> None:
        formats = "json and jsonl" if self.jsonl else "json only (no --format jsonl yet)"
        print(f"\nCLI: {' '.join(cli())} check --format ... ({formats}), one run per batch")
        runs = [f"{self.batches[fmt]} {fmt} (" + ", ".join(f"exit {code}: {n}" for code, n in
                                                     sorted(self.exits[fmt].items())) + ")" for fmt in self.exits]
        print(f"  batches run: {', '.join(runs)}; timed out ({CLI_TIMEOUT_S} s): {self.batches['timeout']}")
        print(f"  invalid-JSON batches: {self.batches['invalid json'] + self.batches['invalid jsonl']}")
        print("  stderr lines: " + (", ".join(f"{k} {n}" for k, n in sorted(self.stderr.items())) or "none"))
        for line in self.input_errors[:5]:
            print(f"    {line}")
        print("  files: " + ", ".join(f"{k} {n}" for k, n in self.files.items()))
        print(f"  files unchecked: {self.files['unchecked']} of {self.files['given']} in the json runs"
              + (f", {self.files['no status line (jsonl)']} in the jsonl runs" if self.jsonl else ""))
        print_sites("crash sites (CLI)", self.sites)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N texts of each source")
    parser.add_argument("--batch-size", type=int, default=400, help="files per CLI run (default 400)")
    parser.add_argument("--no-cli", action="store_true", help="the API only")
    parser.add_argument("--generated", type=int, default=300, help="generated articles (default 300)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated articles (default 0)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"crash census: no corpus at {CORPUS} (it lives in ../shared/corpus/ from the project root)")
        return 2

    texts = corpus_texts(args.limit) + rule_texts(args.limit)
    texts += generated_texts(args.generated if args.limit is None else min(args.generated, args.limit), args.seed)
    start = time.perf_counter()
    run_api(texts)
    print(f"API: figures.extract and figures.check on {len(texts)} texts in "
          f"{time.perf_counter() - start:.1f} s")
    per_source: dict[str, list[Text]] = defaultdict(list)
    for item in texts:
        per_source[item.source].append(item)
    print(f"  {'source':<34}{'texts':>7}{'dated':>7}{'chars':>11}{'crashed':>9}")
    for source, items in per_source.items():
        print(f"  {source:<34}{len(items):>7}{sum(t.date is not None for t in items):>7}"
              f"{sum(len(t.text) for t in items):>11,}{sum(bool(t.crashes) for t in items):>9}")
    sites: dict[str, list[tuple[str, Text]]] = defaultdict(list)
    for item in texts:
        for stage, site in item.crashes:
            sites[site].append((f"API {stage}", item))
    print_sites("crash sites (API)", sites)

    if not args.no_cli:
        census = CliCensus(has_jsonl())
        start = time.perf_counter()
        census.check_all(texts, max(1, args.batch_size))
        census.report()
        print(f"  CLI time: {time.perf_counter() - start:.1f} s")

    print("\n10 slowest texts (API extract + check)")
    print(f"  {'ms':>8}{'chars':>9}  source: id")
    for item in sorted(texts, key=lambda t: -t.ms)[:10]:
        print(f"  {item.ms:>8.1f}{len(item.text):>9,}  {item.source}: {item.ident}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
