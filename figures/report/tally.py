"""What a report wrote: inputs checked, problems by level and code, the work done; its summary lines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from figures.model import LEVELS

if TYPE_CHECKING:  # pragma: no cover
    from figures.report.outcome import Outcome

#: The inputs a note names before it says "and N more".
NAMED_INPUTS = 3


@dataclass
class Tally:
    """How many inputs were checked and what was found in them."""

    files: int = 0
    files_with_problems: int = 0
    failed: int = 0  # inputs that could not be read or checked
    levels: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)  # (code, name) -> count
    figures: int = 0
    relations: int = 0
    rules: int = 0
    undated: list[str] = field(default_factory=list)  # inputs whose date rules were skipped
    skipped: set[str] = field(default_factory=set)  # the codes of those rules

    def count(self, results: Iterable[Outcome]) -> Iterator[Outcome]:
        """Pass ``results`` through, counting them."""
        for outcome in results:
            diagnostics = outcome.items
            self.failed += bool(outcome.errors)
            if outcome.document is not None:
                self.files += 1
                self.files_with_problems += bool(diagnostics)
            self.levels.update(d.level for d in diagnostics)
            self.codes.update((d.code, d.name) for d in diagnostics)
            if outcome.work is not None:
                self.figures += outcome.work.figures
                self.relations += outcome.work.relations
                self.rules = max(self.rules, outcome.work.rules)
                if outcome.work.skipped:
                    self.undated.append(outcome.path)
                    self.skipped.update(outcome.work.skipped)
            yield outcome

    def at_or_above(self, level: str) -> int:
        """The number of diagnostics at ``level`` or more severe."""
        return sum(self.levels[name] for name in LEVELS[LEVELS.index(level):])

    def summary(self) -> str:
        """``Found 2 problems (1 error, 1 warning) in 1 of 3 files.`` or ``No problems found ...``,
        and how many inputs could not be read or checked."""
        failed = f" {plural(self.failed, 'input')} could not be read or checked." if self.failed else ""
        if not self.files:
            return "No files checked." + failed
        files = plural(self.files, "file")
        total = sum(self.levels.values())
        if not total:
            return f"No problems found in {files}." + failed
        levels = ", ".join(plural(self.levels[level], level) for level in reversed(LEVELS)
                           if self.levels[level])
        where = files if self.files_with_problems == self.files else (
            f"{self.files_with_problems} of {files}")
        return f"Found {plural(total, 'problem')} ({levels}) in {where}." + failed

    def work(self) -> str | None:
        """``Checked 42 figures and 9 relations with 19 rules.``: the work behind the summary (the
        relations are the links the rules asked for and found), or None when nothing was checked."""
        if not self.files or not self.rules:
            return None
        return (f"Checked {plural(self.figures, 'figure')} and {plural(self.relations, 'relation')} "
                f"with {plural(self.rules, 'rule')}.")

    def notes(self) -> list[str]:
        """A note when inputs had no dateline, so the rules that need one were skipped."""
        if not self.undated:
            return []
        if len(self.undated) == 1:
            who = f"{self.undated[0]} has"
        else:
            named = ", ".join(self.undated[:NAMED_INPUTS])
            if len(self.undated) > NAMED_INPUTS:
                named += f" and {len(self.undated) - NAMED_INPUTS} more"
            who = f"{len(self.undated)} files ({named}) have"
        return [f"note: {who} no dateline, so the rules that need the article's date were skipped "
                f"({', '.join(sorted(self.skipped))}); give the date with --date YYYY-MM-DD, "
                "a date in the front matter or a 'date YYYY-MM-DD' header line."]


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
