"""Generated benchmark: recall per category and silence on consistent text, on figures.strategies articles.

    .venv/bin/python benchmarks/generated.py [--cases N]

Half the cases are consistent by construction (any diagnostic there is a false
alarm); the other half break one statement of each category in turn and count
it found when a diagnostic of that category touches the broken words.  Every
article is drawn afresh by hypothesis (generation only, no shrinking, no
database), in all number and date styles, with unrelated paragraphs.
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
from figures.rules import load_rules  # noqa: E402
from figures.strategies import CATEGORIES, articles  # noqa: E402


def run(strategy, examples: int, visit) -> None:
    """Draw ``examples`` articles from ``strategy`` and pass each to ``visit``."""
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def draw(article):
        visit(article)

    draw()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2200, help="articles in all (default 2,200)")
    args = parser.parse_args(argv)
    rules = load_rules()
    per_kind = max(1, args.cases // (2 * len(CATEGORIES)))
    consistent, alarms = Counter(), Counter()
    injected, found = Counter(), Counter()
    seconds = 0.0

    def check(article):
        nonlocal seconds
        started = time.perf_counter()
        diagnostics = check_document(Document(article.text, date=article.date), rules)
        seconds += time.perf_counter() - started
        return diagnostics

    def visit_consistent(article):
        consistent["articles"] += 1
        for diagnostic in check(article):
            alarms[diagnostic.code] += 1

    def visit_injected(category):
        def visit(article):
            site = article.injected
            injected[category] += 1
            if any(d.category == category and d.start < site.end and site.start < d.end for d in check(article)):
                found[category] += 1
        return visit

    run(articles(), per_kind * len(CATEGORIES), visit_consistent)
    for category in CATEGORIES:
        run(articles(inject=category), per_kind, visit_injected(category))

    total = consistent["articles"] + sum(injected.values())
    print(f"generated articles: {total} ({consistent['articles']} consistent, {sum(injected.values())} "
          f"with one injected inconsistency)\n")
    print(f"{'category':<18}{'injected':>10}{'found':>8}{'recall':>9}")
    for category in CATEGORIES:
        recall = found[category] / injected[category] if injected[category] else 0.0
        flag = "" if recall >= 0.95 else "  < 95%"
        print(f"{category:<18}{injected[category]:>10}{found[category]:>8}{recall:>9.1%}{flag}")
    print(f"\ndiagnostics on consistent articles: {sum(alarms.values())}"
          + (f" ({', '.join(f'{c} {n}' for c, n in alarms.most_common())})" if alarms else ""))
    print(f"speed: {total / seconds:,.0f} articles/s checked ({seconds:.2f} s in figures for {total} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
