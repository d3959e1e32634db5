"""What a diagnostic report is told besides the outcomes: the rules run, how quiet, what colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from figures.report.colour import PLAIN, Palette

if TYPE_CHECKING:  # pragma: no cover
    from figures.rules import Rule


@dataclass(frozen=True)
class Settings:
    """``rules``: the rules that were run (SARIF and JUnit describe them); ``quiet``: the findings
    only, no summary or notes; ``palette``: colour for the text formats."""

    rules: Sequence[Rule] = ()
    quiet: bool = False
    palette: Palette = PLAIN


DEFAULT = Settings()
