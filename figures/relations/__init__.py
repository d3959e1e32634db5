"""Relations between the figures of one document, built once for every rule to query.

Links are made only on solid evidence (a cue word, the same event noun, a
conversion in brackets), never on proximity alone.  Each kind of relation has
its own module; ``Relations`` computes each on first use.
"""

from __future__ import annotations

from functools import cached_property

from figures.document import Document
from figures.model import Figure
from figures.parsing import Parses
from figures.relations.arithmetic import Conversion, find_conversions
from figures.relations.changes import Change, find_changes
from figures.relations.events import (
    Apposed,
    DurationOf,
    DurationSpan,
    Event,
    SameEvent,
    find_apposed,
    find_durations,
    find_events,
    find_same_event,
    find_spans,
    placed_by_tense,
)
from figures.relations.lists import ListCount, find_list_counts
from figures.relations.parts import PartOf, find_part_of
from figures.relations.people import AgeBorn, find_ages_born
from figures.relations.percent_of import PercentOf, find_percent_of
from figures.relations.ranges import ReversedRange, find_reversed_ranges
from figures.relations.repeats import Repeat, find_repeats
from figures.relations.totals import Shares, Total, find_shares, find_totals

__all__ = [
    "AgeBorn", "Apposed", "Change", "Conversion", "DurationOf", "DurationSpan", "Event", "ListCount", "PartOf", "PercentOf",
    "Relations", "Repeat", "ReversedRange", "SameEvent", "Shares", "Total",
]


class Relations:
    """The relations of one document's figures."""

    def __init__(self, document: Document, figures: list[Figure]):
        self.document = document
        self.figures = figures
        self.text = document.analysis_text
        self.dateline = document.dateline

    @cached_property
    def parses(self) -> Parses:
        """The spaCy parse of the document's sentences, made when a relation first asks; the sentences
        batched are those of the figures a relation may ask about (not a weekday alone)."""
        return Parses(self.document, [figure for figure in self.figures if not placed_by_tense(figure)])

    @cached_property
    def part_of(self) -> list[PartOf]:
        return find_part_of(self.document, self.figures, self.parses)

    @cached_property
    def events(self) -> list[Event]:
        return find_events(self.document, self.figures, self.parses)

    @cached_property
    def same_event(self) -> list[SameEvent]:
        return find_same_event(self.events, self.parses)

    @cached_property
    def durations(self) -> list[DurationOf]:
        return find_durations(self.document, self.figures, self.events, self.parses)

    @cached_property
    def apposed(self) -> list[Apposed]:
        return find_apposed(self.document, self.figures, self.parses)

    @cached_property
    def spans(self) -> list[DurationSpan]:
        return find_spans(self.document, self.figures, self.parses)

    @cached_property
    def reversed_ranges(self) -> list[ReversedRange]:
        return find_reversed_ranges(self.document, self.figures, self.parses)

    @cached_property
    def conversions(self) -> list[Conversion]:
        return find_conversions(self.document, self.figures)

    @cached_property
    def percent_of(self) -> list[PercentOf]:
        return find_percent_of(self.document, self.figures, self.parses)

    @cached_property
    def changes(self) -> list[Change]:
        return find_changes(self.document, self.figures, self.parses)

    @cached_property
    def totals(self) -> list[Total]:
        return find_totals(self.document, self.figures, self.part_of, self.parses)

    @cached_property
    def shares(self) -> list[Shares]:
        return find_shares(self.document, self.figures, self.parses)

    @cached_property
    def list_counts(self) -> list[ListCount]:
        return find_list_counts(self.document, self.figures, self.parses)

    @cached_property
    def ages_born(self) -> list[AgeBorn]:
        return find_ages_born(self.document, self.figures, self.parses)

    @cached_property
    def repeats(self) -> list[Repeat]:
        return find_repeats(self.document, self.figures, self.parses)
