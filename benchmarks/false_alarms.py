"""False alarms on real news: run the checker over the dev corpus and count what it says.

    .venv/bin/python benchmarks/false_alarms.py [--list] [--json PATH] [--corpus PATH]

Reads ../shared/corpus/news-dev.jsonl (relative to the project root): one
article a line with id, source, date (YYYY-MM-DD or null), title, text.  Each
article is checked with its own date as the dateline (null: no dateline), all
built-in rules, loaded once.  Prints the number of articles, a table of
diagnostics per category and level, and errors per 50 articles (issue #3,
acceptance 4: at most 1).  ``--list`` prints every diagnostic with the
sentence around it so a reviewer can judge it; ``--json PATH`` writes them to a
file for review tooling.  Always exits 0 (a benchmark, not a test); prints a
skip message when the corpus is not there.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from figures.document import Document  # noqa: E402
from figures.engine import check_document  # noqa: E402
from figures.model import CATEGORIES, LEVELS  # noqa: E402
from figures.rules import load_rules  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"
MAX_ERRORS_PER_50 = 1.0


def one_line(text: str) -> str:
    """``text`` with its line wraps and runs of spaces collapsed."""
    return " ".join(text.split())


def run(rows: list[dict]) -> list[dict]:
    """One record per diagnostic over all ``rows``, rules loaded once."""
    rules = load_rules()
    found = []
    for row in rows:
        document = Document(row["text"], date=row.get("date") or None)
        for d in check_document(document, rules):
            s_start, s_end = document.sentence_at(d.start)
            found.append({
                "id": row["id"], "date": row.get("date"), "code": d.code, "name": d.name,
                "category": d.category, "level": d.level, "start": d.start, "end": d.end,
                "text": row["text"][d.start:d.end], "message": d.message,
                "suggestion": d.suggestion,
                "related": [{"start": r.start, "end": r.end, "text": r.text, "role": r.role}
                            for r in d.related],
                "sentence": one_line(row["text"][s_start:s_end]),
                "sentence_start": s_start, "sentence_end": s_end,
            })
    return found


def summary(found: list[dict], n_articles: int, seconds: float) -> str:
    """The per-category/level table and the acceptance line."""
    counts = collections.Counter((d["category"], d["level"]) for d in found)
    levels = list(reversed(LEVELS))  # error first
    categories = [c for c in CATEGORIES if any(counts[c, lv] for lv in levels)]
    flagged = len({d["id"] for d in found})
    lines = [f"articles: {n_articles} ({flagged} with at least one diagnostic); "
             f"checked in {seconds:.1f} s", ""]
    head = f"{'category':<18}" + "".join(f"{lv:>9}" for lv in levels) + f"{'total':>9}"
    lines += [head, "-" * len(head)]
    for category in categories:
        row = [counts[category, lv] for lv in levels]
        lines.append(f"{category:<18}" + "".join(f"{n:>9}" for n in row) + f"{sum(row):>9}")
    totals = [sum(counts[c, lv] for c in CATEGORIES) for lv in levels]
    lines += ["-" * len(head),
              f"{'total':<18}" + "".join(f"{n:>9}" for n in totals) + f"{sum(totals):>9}", ""]
    codes = collections.Counter((d["code"], d["level"]) for d in found)
    if codes:
        lines.append("by rule: " + ", ".join(f"{code} {level} {n}"
                                             for (code, level), n in sorted(codes.items())))
        lines.append("")
    errors = sum(1 for d in found if d["level"] == "error")
    per_50 = errors / n_articles * 50 if n_articles else 0.0
    verdict = "PASS" if per_50 <= MAX_ERRORS_PER_50 else "FAIL"
    lines.append(f"errors per 50 articles: {per_50:.2f} ({errors} errors in {n_articles} "
                 f"articles; acceptance <= {MAX_ERRORS_PER_50:g}) {verdict}")
    return "\n".join(lines)


def listing(found: list[dict]) -> str:
    """Every diagnostic, with its sentence, for a reviewer."""
    out = []
    for number, d in enumerate(found, 1):
        out.append(f"[{number}] {d['id']} (date {d['date']}) {d['code']} [{d['level']}] "
                   f"at {d['start']}-{d['end']}: {one_line(d['text'])!r}")
        out.append(f"    message:  {d['message']}")
        if d["related"]:
            out.append("    related:  " + "; ".join(f"{r['role']} {one_line(r['text'])!r}"
                                                    for r in d["related"]))
        if d["suggestion"]:
            out.append(f"    suggest:  {d['suggestion']}")
        out.append(f"    sentence: {d['sentence']}")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every diagnostic with its sentence")
    parser.add_argument("--json", metavar="PATH", help="write the diagnostics to PATH as JSON")
    parser.add_argument("--corpus", metavar="PATH", default=str(NEWS),
                        help="the JSONL corpus (default ../shared/corpus/news-dev.jsonl)")
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"skip: no corpus at {corpus} (the dev corpus lives in ../shared/corpus/)")
        return 0
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]

    start = time.perf_counter()
    found = run(rows)
    seconds = time.perf_counter() - start

    print(f"corpus: {corpus}")
    if args.list:
        print()
        print(listing(found))
    print(summary(found, len(rows), seconds))
    if args.json:
        keep = ("id", "code", "level", "start", "end", "text", "message", "sentence",
                "category", "name", "date", "related", "suggestion")
        Path(args.json).write_text(
            json.dumps([{k: d[k] for k in keep} for d in found], indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
        print(f"wrote {len(found)} diagnostics to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
