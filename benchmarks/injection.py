"""Injection benchmark: break one number at a real site and see whether figures notices.

    .venv/bin/python benchmarks/injection.py [--list]

Sites are the relations figures finds in real text (../shared/corpus: the news
articles, the NewsQuant sentences and the TimeBank articles): a conversion
("150 kilometres (93 miles)"), a percentage of a total, a change ("rose 6.2%
to $1.45 billion from $1.37 billion"), parts and their total, a count and its
list, an age and a birth year, a set counted twice.  At each site that is
consistent as published, one number is changed so that it contradicts; the
site counts as detected when a diagnostic of the site's category touches one
of the site's figures.  Diagnostics anywhere else that the change creates are
counted too (they should be none).  Sites that are already inconsistent as
published are listed apart: they may be real errors worth a look.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
from figures.document import Document  # noqa: E402
from figures.engine import check_document  # noqa: E402
from figures.extraction import extract_figures  # noqa: E402
from figures.relations import Relations  # noqa: E402
from figures.rules import load_rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"two": "four", "three": "five", "four": "six", "five": "seven", "six": "eight", "seven": "nine",
         "eight": "eleven", "nine": "twelve", "ten": "thirteen"}


@dataclass
class Site:
    category: str
    figures: tuple  # the figures of the relation
    target: object  # the figure whose number is changed
    change: str  # "double", "triple", "plus-two", "plus-twenty", "half", or "set:VALUE"


def sites(relations: Relations) -> list[Site]:
    found = []
    for link in relations.conversions:
        found.append(Site("unit-conversion", (link.source, link.target), link.target, "double"))
    for link in relations.percent_of:
        found.append(Site("percent-of", (link.count, link.percent, link.total), link.percent, "double"))
    for link in relations.changes:
        figures = tuple(f for f in (link.before, link.after, link.by) if f is not None)
        target, change = (link.by, "triple") if link.by is not None else (link.after, "triple")
        found.append(Site("percent-change", figures, target, change))
    for link in relations.totals:
        if link.exhaustive:
            found.append(Site("sum-total", (link.total, *link.parts), link.total, "half"))
        else:  # "of whom": only an excess contradicts, so the last part grows past every whole
            wholes = max(w.value or 0 for w in (link.total, *link.others))
            found.append(Site("sum-total", (link.total, *link.parts), link.parts[-1], f"set:{wholes * 2 + 3:g}"))
    for link in relations.list_counts:
        found.append(Site("list-count", (link.count,), link.count, "plus-two"))
    for link in relations.ages_born:
        found.append(Site("age", (link.age, link.born), link.age, "plus-twenty"))
    for link in relations.repeats:
        found.append(Site("repeated-figure", (link.first, link.second), link.second, "plus-two"))
    return found


def changed(text: str, figure, change: str) -> str | None:
    """``text`` with the number of ``figure`` changed, or None if it cannot be."""
    span = text[figure.start:figure.end]
    word = re.search(r"\b(" + "|".join(WORDS) + r")\b", span, re.I)
    digits = NUMBER.search(span)
    if digits:
        old = digits.group()
        value = float(old.replace(",", ""))
        new = float(change[4:]) if change.startswith("set:") else {
            "double": value * 2 + 1, "triple": value * 3 + 7, "half": value / 2 - 1,
            "plus-two": value + 2, "plus-twenty": value + 20}[change]
        decimals = len(old.split(".")[1]) if "." in old else 0
        written = f"{new:,.{decimals}f}" if "," in old else f"{new:.{decimals}f}"
        start, end = figure.start + digits.start(), figure.start + digits.end()
    elif word:
        written = change[4:] if change.startswith("set:") else WORDS[word.group(1).lower()]
        start, end = figure.start + word.start(), figure.start + word.end()
    else:
        return None
    return text[:start] + written + text[end:]


def touches(diagnostic, figures) -> bool:
    spans = [(diagnostic.start, diagnostic.end)] + [(r.start, r.end) for r in diagnostic.related]
    return any(a < f.end and f.start < b for a, b in spans for f in figures)


def texts():
    for name in ("news-dev.jsonl", "newsquant-dev.jsonl", "timex-dev.jsonl"):
        path = CORPUS / name
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            date = row.get("date") or (row.get("dct_value") or "")[:10] or None
            yield f"{name.split('-')[0]}:{row.get('id') or row.get('doc_id') or row['source'][-12:]}", \
                row["text"], date


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every site and its outcome")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skip: {CORPUS} not found")
        return 0
    rules = load_rules()
    found, detected, noisy = Counter(), Counter(), Counter()
    inconsistent, missed = defaultdict(list), defaultdict(list)
    for name, text, date in texts():
        document = Document(text, date=date)
        before = check_document(document, rules)
        for site in sites(Relations(document, extract_figures(document))):
            if any(d.category == site.category and touches(d, site.figures) for d in before):
                inconsistent[site.category].append((name, site.target.text))
                continue
            broken = changed(text, site.target, site.change)
            if broken is None:
                continue
            shift = len(broken) - len(text)
            after = check_document(Document(broken, date=date), rules)
            moved = [f.replace(end=f.end + shift) if f is site.target else f for f in site.figures]
            found[site.category] += 1
            if any(d.category == site.category and touches(d, moved) for d in after):
                detected[site.category] += 1
            else:
                missed[site.category].append((name, site.target.text, broken[site.target.start - 60:
                                                                               site.target.end + 60]))
            elsewhere = [d for d in after if not touches(d, moved)]
            if len(elsewhere) > len([d for d in before if not touches(d, site.figures)]):
                noisy[site.category] += 1
    print(f"{'category':<18}{'sites':>7}{'detected':>10}{'rate':>8}{'noise':>7}{'inconsistent as published':>28}")
    for category in sorted(set(found) | set(inconsistent)):
        rate = f"{detected[category] / found[category]:.0%}" if found[category] else "-"
        print(f"{category:<18}{found[category]:>7}{detected[category]:>10}{rate:>8}{noisy[category]:>7}"
              f"{len(inconsistent[category]):>28}")
    total = sum(found.values())
    print(f"{'all':<18}{total:>7}{sum(detected.values()):>10}"
          f"{(sum(detected.values()) / total if total else 0):>8.0%}{sum(noisy.values()):>7}")
    if args.list:
        for category, rows in sorted(inconsistent.items()):
            for name, figure in rows:
                print(f"inconsistent as published: {category}: {name}: {figure!r}")
        for category, rows in sorted(missed.items()):
            for name, figure, context in rows:
                print(f"missed: {category}: {name}: {figure!r}: ...{' '.join(context.split())}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
