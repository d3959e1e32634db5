"""Generated benchmark: recall per category and silence on consistent text, on figures.strategies articles.

    .venv/bin/python benchmarks/generated.py [--cases N] [--by-construction] [--list]

Half the cases are consistent by construction (any diagnostic there is a false
alarm); the other half break one statement of each category in turn, spread
evenly over the category's constructions (``figures/lang/en/strategies.toml``),
and count it found when a diagnostic of that category touches the broken words.
Every article is drawn afresh by hypothesis (generation only, no shrinking, no
database), in all number and date styles, with unrelated paragraphs.

``--by-construction`` adds recall and false alarms per construction, so that a
miss can be traced to the way a statement was written; ``--list`` prints every
consistent article that got a diagnostic (with the diagnostic and the
construction of the paragraph it is in) and one missed sentence per construction.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
from figures.document import Document  # noqa: E402
from figures.engine import check_document  # noqa: E402
from figures.errors import InternalError  # noqa: E402
from figures.rules import load_rules  # noqa: E402
from figures.strategies import CATEGORIES, Statement, articles, bank  # noqa: E402


def run(strategy, examples: int, visit) -> None:
    """Draw ``examples`` articles from ``strategy`` and pass each to ``visit``."""
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def draw(article):
        visit(article)

    draw()


def paragraphs(article):
    """(start, end, construction) of each paragraph; filler has no construction."""
    spans, offset = [], 0
    for item, text in zip(article.statements, article.text.split("\n\n")):
        spans.append((offset, offset + len(text), item.construction if isinstance(item, Statement) else ""))
        offset += len(text) + 2
    return spans


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2200, help="articles in all (default 2,200)")
    parser.add_argument("--by-construction", action="store_true", help="recall and false alarms per construction")
    parser.add_argument("--list", action="store_true",
                        help="print the consistent articles with a diagnostic, and a missed sentence per construction")
    args = parser.parse_args(argv)
    rules = load_rules()
    constructions = bank().constructions
    per_kind = max(1, args.cases // (2 * len(CATEGORIES)))
    consistent, alarms, used, alarmed = Counter(), Counter(), Counter(), Counter()
    injected, found, tried, hit = Counter(), Counter(), Counter(), Counter()
    false_alarms, missed, crashes = [], {}, []
    seconds = 0.0

    def check(article):
        nonlocal seconds
        started = time.perf_counter()
        try:
            diagnostics = check_document(Document(article.text, date=article.date), rules)
        except InternalError as error:  # one crash is one line, and the benchmark goes on
            crashes.append((article.text, str(error)))
            diagnostics = []
        seconds += time.perf_counter() - started
        return diagnostics

    def visit_consistent(article):
        consistent["articles"] += 1
        spans = paragraphs(article)
        used.update(name for _, _, name in spans if name)
        diagnostics = check(article)
        for diagnostic in diagnostics:
            alarms[diagnostic.code] += 1
            alarmed.update({name for start, end, name in spans
                            if name and diagnostic.start < end and start < diagnostic.end})
        if diagnostics:
            false_alarms.append((article, diagnostics))

    def visit_injected(category, name):
        def visit(article):
            site = article.injected
            injected[category] += 1
            tried[name] += 1
            if any(d.category == category and d.start < site.end and site.start < d.end for d in check(article)):
                found[category] += 1
                hit[name] += 1
            else:  # keep the last miss: the first draws are hypothesis's simplest
                start, end, _ = next(span for span in paragraphs(article) if span[0] <= site.start < span[1])
                missed[name] = (article.text[start:end], site.text, article.date)
        return visit

    rounds = max(map(len, constructions.values()))  # each round writes every category in its next construction
    for turn in range(rounds):
        names = [entries[turn % len(entries)].name for entries in constructions.values()]
        run(articles(constructions=names), max(1, per_kind * len(CATEGORIES) // rounds), visit_consistent)
    for category in CATEGORIES:
        each = max(1, round(per_kind / len(constructions[category])))
        for construction in constructions[category]:
            run(articles(inject=category, constructions=[construction.name]), each,
                visit_injected(category, construction.name))

    total = consistent["articles"] + sum(injected.values())
    print(f"generated articles: {total} ({consistent['articles']} consistent, {sum(injected.values())} "
          f"with one injected inconsistency), {sum(map(len, constructions.values()))} constructions\n")
    print(f"{'category':<18}{'injected':>10}{'found':>8}{'recall':>9}")
    for category in CATEGORIES:
        recall = found[category] / injected[category] if injected[category] else 0.0
        flag = "" if recall >= 0.95 else "  < 95%"
        print(f"{category:<18}{injected[category]:>10}{found[category]:>8}{recall:>9.1%}{flag}")
    print(f"\ndiagnostics on consistent articles: {sum(alarms.values())} in {len(false_alarms)} articles"
          + (f" ({', '.join(f'{c} {n}' for c, n in alarms.most_common())})" if alarms else ""))
    if crashes:
        print(f"crashes: {len(crashes)} (first: {crashes[0][1]})")
    print(f"speed: {total / seconds:,.0f} articles/s checked ({seconds:.2f} s in figures for {total} articles)")
    if args.by_construction:
        print(f"\n{'construction':<28}{'outlet':<15}{'injected':>9}{'found':>7}{'recall':>8}{'used':>7}{'alarms':>8}")
        for category in CATEGORIES:
            print(f"-- {category}")
            for c in constructions[category]:
                recall = hit[c.name] / tried[c.name] if tried[c.name] else 0.0
                print(f"{c.name:<28}{c.outlet:<15}{tried[c.name]:>9}{hit[c.name]:>7}{recall:>8.0%}"
                      f"{used[c.name]:>7}{alarmed[c.name]:>8}")
    if args.list:
        print("\n== consistent articles with a diagnostic")
        for article, diagnostics in false_alarms:
            spans = paragraphs(article)
            print(f"\n[dateline {article.date}]\n{article.text}")
            for d in diagnostics:
                names = [name or "filler" for start, end, name in spans if d.start < end and start < d.end]
                print(f"  -> {d.code} [{d.level}] {article.text[d.start:d.end]!r}: {d.message} ({', '.join(names)})")
        print("\n== one missed sentence per construction")
        for name, (text, site, date) in missed.items():
            print(f"{name}: [dateline {date}] {text}  (site {site!r})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
