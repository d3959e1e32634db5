"""Relations between the figures of one document, built once for every rule to query.

Links are made only on solid evidence (a cue word, the same event noun, a
conversion in brackets), never on proximity alone.  Each kind of relation has
its own module; ``Relations`` computes each on first use.
"""

from __future__ import annotations

from functools import cached_property

from figures.document import Document
from figures.model import Figure
from figures.relations.events import (
    DurationOf, Event, SameEvent, find_durations, find_events, find_same_event,
)
from figures.relations.parts import PartOf, find_part_of

__all__ = ["DurationOf", "Event", "PartOf", "Relations", "SameEvent"]


class Relations:
    """The relations of one document's figures."""

    def __init__(self, document: Document, figures: list[Figure]):
        self.document = document
        self.figures = figures
        self.text = document.text
        self.dateline = document.dateline

    @cached_property
    def part_of(self) -> list[PartOf]:
        return find_part_of(self.document, self.figures)

    @cached_property
    def events(self) -> list[Event]:
        return find_events(self.document, self.figures)

    @cached_property
    def same_event(self) -> list[SameEvent]:
        return find_same_event(self.events)

    @cached_property
    def durations(self) -> list[DurationOf]:
        return find_durations(self.document, self.figures, self.events)

    @cached_property
    def ranges(self) -> list[Figure]:
        """Ranges written larger end first."""
        return [f for f in self.figures if f.reversed]
