"""The rules, for ``figures rules``: a table of all, one rule in full, or JSON."""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING, Sequence, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from figures.rules import Example, Rule

_COLUMNS = ("code", "name", "category", "level", "summary")
_WIDTH = 88


def record(rule: Rule) -> dict:
    """A rule as JSON: its fields and examples (``expect`` lists the codes it must flag)."""
    return {
        "code": rule.code, "name": rule.name, "category": rule.category, "level": rule.level,
        "check": rule.check, "summary": rule.summary, "why": rule.why,
        "examples": [{"text": e.text, "date": e.date, "expect": list(e.expect)} for e in rule.examples],
    }


def render_table(rules: Sequence[Rule], out: TextIO) -> None:
    """A header row, then one aligned row per rule."""
    rows = [tuple(column.upper() for column in _COLUMNS)]
    rows += [tuple(getattr(rule, column) for column in _COLUMNS) for rule in rules]
    widths = [max(map(len, cells)) for cells in zip(*rows)]
    for cells in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip() + "\n")


def render_rule(rule: Rule, out: TextIO) -> None:
    """One rule: what it is, what it checks, why, and its examples."""
    out.write(f"{rule.code} ({rule.name})\n\n")
    for label in ("category", "level", "check"):
        out.write(f"{label + ':':<10}{getattr(rule, label)}\n")
    out.write(f"\n{textwrap.fill(rule.summary, _WIDTH)}\n\nWhy\n{textwrap.indent(rule.why, '  ')}\n")
    out.write("\nExamples\n")
    for example in rule.examples:
        out.write(f"  {_verdict(example)}:\n")
        out.write(textwrap.fill(example.text, _WIDTH, initial_indent="    ", subsequent_indent="    ") + "\n")


def render_json(rules: Sequence[Rule], out: TextIO) -> None:
    """All rules as one JSON array."""
    out.write(json.dumps([record(rule) for rule in rules], indent=2, ensure_ascii=False) + "\n")


def render_rule_json(rule: Rule, out: TextIO) -> None:
    """One rule as a JSON object."""
    out.write(json.dumps(record(rule), indent=2, ensure_ascii=False) + "\n")


def _verdict(example: Example) -> str:
    verdict = f"flags {', '.join(example.expect)}" if example.expect else "must not flag"
    return f"{verdict} (date {example.date})" if example.date else verdict


#: Output format name -> (renderer of all rules, renderer of one rule).
RENDERERS = {"text": (render_table, render_rule), "json": (render_json, render_rule_json)}
