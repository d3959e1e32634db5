"""A document: its text, lines, sentences and dateline."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from figures.extraction.lexicon import MONTHS

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_DATE = re.compile(
    r"^date:[ \t]*['\"]?(\d{4})(?:-(\d{2})-(\d{2}))?", re.M
)
_HEADER_DATE = re.compile(r"\A\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b")
#: A header line's date and the place after it, capitalised words ending in a colon or a dash
#: ("date 2022-03-29 Brussels:", "date 2025-07-10 FORT WILLIAM (AP) -"): the lead, not the sentence.
_HEADER_LEAD = re.compile(r"\A\s*date[ \t]+\d{4}-\d{2}-\d{2}\b"
                          r"(?:[ \t]+[A-Z(][\w.'’()\-]*(?:[ \t,]+[A-Z(][\w.'’()\-]*){0,4}[ \t]*(?::|--|-|–|—)(?=\s))?")
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_WIRE_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Za-z.'\- ]*(?:,[ \t]*[A-Z][A-Za-z.'\- ]*)?,[ \t]*"
    rf"(?P<month>(?i:{_MONTH_NAME}))\.?[ \t]+(?P<day>\d{{1,2}})[ \t]*(?:-|--|–|—)",
)


#: What str.splitlines() counts as a line end ("\r\n" is one); the analysis text makes each a "\n".
_LINE_ENDS = str.maketrans(dict.fromkeys("\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", "\n"))


def normalise_line_ends(text: str) -> str:
    """``text`` with every line end a "\n" and the same offsets: "\r\n" becomes " \n"."""
    return text.replace("\r\n", " \n").translate(_LINE_ENDS)


class DateError(ValueError):
    """A date option or header that is not a valid date."""


#: The years a dateline may have: relative dates are computed from it, and far from these
#: bounds they would leave the calendar ("the week before 0001-01-01").
FIRST_YEAR, LAST_YEAR = 1000, 2999


def parse_date_option(value: dt.date | str | int | None) -> dt.date | int | None:
    """A full date, or a bare year (which a wire dateline completes), within FIRST_YEAR..LAST_YEAR."""
    if value is None:
        return None
    if isinstance(value, dt.date | int):
        return _within_years(value, repr(value))
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return _within_years(int(text), repr(text))
    try:
        return _within_years(dt.date.fromisoformat(text), repr(text))
    except ValueError as problem:
        if isinstance(problem, DateError):
            raise
        raise DateError(f"not a date (expected YYYY-MM-DD or YYYY): {text!r}") from None


def _within_years(value: dt.date | int, written: str) -> dt.date | int:
    year = value if isinstance(value, int) else value.year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(f"year out of range ({FIRST_YEAR}..{LAST_YEAR}): {written}")
    return value


@dataclass(frozen=True)
class Dateline:
    """The article's date and where it was read from."""

    date: dt.date
    source: str  # "option", "front-matter", "header", "wire"
    start: int | None = None  # span of the date in the text, if it is there
    end: int | None = None


_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen sen rep gov lt col maj capt sgt cpl adm
    rev hon pres supt insp det atty no nos vol vols fig figs inc co corp ltd
    bros ave blvd rd mt ft approx est dept univ assn vs v etc al cf ca
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
    thur thurs fri sat sun""".split()
)
#: The longest span read as one sentence, so that no relation looks further (characters).
MAX_SENTENCE = 2_000
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{2,}\S)|\n(?=[#>*+-][ \t]|\d+[.)][ \t])")


@dataclass
class Document:
    """Text plus everything derived from it once: lines, sentences, dateline.

    ``text`` is the decoded input, to which every offset refers; ``analysis_text`` is the
    text that patterns read, of the same length, with every line end a "\n".
    """

    text: str
    date: dt.date | str | int | None = None
    path: str | None = None
    _option: dt.date | int | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._option = parse_date_option(self.date)

    @cached_property
    def analysis_text(self) -> str:
        """``text`` with every line end (CRLF, CR, U+2028 ...) a "\n", offsets unchanged."""
        return normalise_line_ends(self.text)

    # -- positions -------------------------------------------------------

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer(r"\n", self.analysis_text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column."""
        return self._line_starts[line - 1] + column - 1

    # -- structure -------------------------------------------------------

    @cached_property
    def body_start(self) -> int:
        """Where the article proper starts (after front matter)."""
        match = _FRONT_MATTER.match(self.analysis_text)
        return match.end() if match else 0

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans; line wraps inside a sentence do not split it, and the dateline's lead (a
        header line's date and place, a wire dateline) is one of its own."""
        spans: list[tuple[int, int]] = []
        text = self.analysis_text
        start = self.body_start
        lead = _HEADER_LEAD.match(text, start) or _WIRE_DATELINE.match(text, start)
        if lead:  # "date 2022-03-29 Brussels:", "NEW YORK, April 3 -": a sentence of its own, parsed apart
            spans.extend(_bounded(text, start, lead.end()))
            start = lead.end()
        breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, start)]
        for paragraph_end in breaks + [len(text)]:
            spans.extend(_split_paragraph(text, start, paragraph_end))
            start = paragraph_end
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """The number of the sentence containing ``offset`` (or the nearest before it)."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence span containing ``offset`` (or the nearest before it)."""
        spans = self.sentences
        return spans[self.sentence_index(offset)] if spans else (0, len(self.text))

    # -- dateline --------------------------------------------------------

    @cached_property
    def dateline(self) -> Dateline | None:
        """The article's date: option, front matter, header line or wire dateline.

        A header or front-matter date that is not a date gives no dateline (see
        ``dateline_problem``): extraction never raises on a text.
        """
        option = self._option
        if isinstance(option, dt.date):
            return Dateline(option, "option")
        try:
            found = self._front_matter_date() or self._header_date()
        except DateError:
            return None
        if found:
            return found
        year = option if isinstance(option, int) else None
        return self._wire_dateline(year) if year else None

    @cached_property
    def dateline_span(self) -> tuple[int, int] | None:
        """Where the text writes its own date (header, front matter or wire dateline), even when
        ``--date`` overrides it: that date is the article's, not an event's."""
        dateline = self.dateline
        if dateline is not None and dateline.start is not None:
            return dateline.start, dateline.end
        wire = _WIRE_DATELINE.match(self.analysis_text, self.body_start)
        return (wire.start("month"), wire.end("day")) if wire else None

    @cached_property
    def dateline_problem(self) -> str | None:
        """Why the text's own date could not be read ("invalid date in the header: ..."), if so."""
        if isinstance(self._option, dt.date):
            return None
        try:
            self._front_matter_date() or self._header_date()
        except DateError as problem:
            return str(problem)
        return None

    def _front_matter_date(self) -> Dateline | None:
        match = _FRONT_MATTER.match(self.analysis_text)
        if not match:
            return None
        found = _FRONT_MATTER_DATE.search(match.group(1))
        if not found or not found.group(2):
            return None
        start = match.start(1) + found.start(1)
        date = _make_date(*found.groups(), where="front matter")
        return Dateline(date, "front-matter", start, start + 10)

    def _header_date(self) -> Dateline | None:
        match = _HEADER_DATE.match(self.analysis_text)
        if not match:
            return None
        return Dateline(
            _make_date(*match.groups(), where="header"), "header", match.start(1), match.end(3)
        )

    def _wire_dateline(self, year: int) -> Dateline | None:
        match = _WIRE_DATELINE.match(self.analysis_text, self.body_start)
        if not match:
            return None
        month = MONTHS[match.group("month").lower()]
        try:
            date = dt.date(year, month, int(match.group("day")))
        except ValueError:
            return None
        return Dateline(date, "wire", match.start("month"), match.end("day"))


def _make_date(year: str, month: str, day: str, *, where: str) -> dt.date:
    try:
        return _within_years(dt.date(int(year), int(month), int(day)), f"{year}-{month}-{day}")
    except ValueError:
        raise DateError(f"invalid date in the {where}: {year}-{month}-{day}") from None


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, match.start()) or not _starts_sentence(text, match.end(), end):
            continue
        spans.extend(_bounded(text, start, match.end()))
        start = match.end()
    spans.extend(_bounded(text, start, end))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start``..``end`` stripped, as one sentence or, when longer than MAX_SENTENCE (a table, a
    list, noise with no sentence end), as pieces cut at the last space before the limit."""
    spans = []
    start, end = _strip(text, start, end)
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append(_strip(text, start, cut))
        start, _ = _strip(text, cut, end)
    spans.append((start, end))
    return [span for span in spans if span[0] < span[1]]


def _is_abbreviation(text: str, period: int) -> bool:
    if text[period] != ".":
        return False
    word = re.search(r"([A-Za-z]+(?:\.[A-Za-z]+)*)$", text[max(0, period - 20):period])
    if not word:
        return False
    token = word.group(1)
    return "." in token or len(token) == 1 or token.lower() in _ABBREVIATIONS


def _starts_sentence(text: str, at: int, end: int) -> bool:
    rest = text[at:end].lstrip()
    return not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘([`"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
