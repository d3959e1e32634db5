"""Long texts are read in sections (figures.sections): linear memory, the same findings, offsets
into the whole text, the dateline everywhere."""

from __future__ import annotations

import datetime as dt

import figures
from figures.document import Document
from figures.sections import SECTION_SIZE, sections

PARAGRAPH = ("The storm killed {n} people in the north, of whom {m} were children, officials said. "
             "Rescue teams worked through the night and roads stayed closed for most of the day. ") * 3


def archive(count: int) -> tuple[str, list[str]]:
    paragraphs = [PARAGRAPH.format(n=n + 10, m=2 * n + 30 if n % 7 == 0 else n // 2) for n in range(count)]
    return "date 2022-03-29 Brussels: Archive.\n\n" + "\n\n".join(paragraphs) + "\n", paragraphs


def test_a_long_text_is_cut_at_paragraph_breaks_and_covered_exactly():
    text, _ = archive(600)
    assert len(text) > 3 * SECTION_SIZE
    parts = list(sections(Document(text)))
    assert len(parts) >= 4
    assert "".join(part.text for _, part in parts) == text
    for to_original, part in parts:
        offset = to_original(0)
        assert len(part.text) <= SECTION_SIZE
        assert text[offset:offset + len(part.text)] == part.text
        assert offset == 0 or text[offset - 2:offset] == "\n\n"


def test_a_short_text_is_one_section():
    document = Document("12 people, of whom 15 were children.")
    ((to_original, part),) = sections(document)
    assert part is document and to_original(7) == 7


def test_crlf_is_read_as_lf_with_offsets_of_the_original():
    text = "Intro.\r\n\r\nThe storm killed 12 people,\r\nof whom 15 were children.\r\n"
    (diagnostic,) = figures.check(text)
    assert (diagnostic.code, text[diagnostic.start:diagnostic.end]) == ("PW01", "15")
    assert [(r.text, text[r.start:r.end]) for r in diagnostic.related] == [("12", "12")]
    assert [f.text for f in figures.extract(text)] == ["12", "15"]


def test_a_long_crlf_text_maps_every_section_back():
    text, _ = archive(600)
    crlf = text.replace("\n", "\r\n")
    assert [crlf[d.start:d.end] for d in figures.check(crlf)] == [text[d.start:d.end] for d in figures.check(text)]


def test_the_findings_of_a_long_text_are_those_of_its_paragraphs_at_their_offsets():
    text, paragraphs = archive(600)
    found = [(d.code, text[d.start:d.end]) for d in figures.check(text)]
    expected = [("PW01", str(2 * n + 30)) for n in range(600) if n % 7 == 0 for _ in range(3)]
    assert found == expected


def test_every_section_has_the_dateline():
    text, _ = archive(600)
    text += "\nThe bridge reopened yesterday.\n"
    (yesterday,) = [f for f in figures.extract(text) if f.text == "yesterday"]
    assert yesterday.date_start == dt.date(2022, 3, 28)
    assert text[yesterday.start:yesterday.end] == "yesterday"
