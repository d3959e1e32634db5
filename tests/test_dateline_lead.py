"""The dateline's lead ("date 2025-07-10 Leeds:", "NEW YORK, April 3 -") is a sentence of its own: the
first sentence after it is parsed as it would be with the date given as an option."""

from __future__ import annotations

import pytest

import figures
from figures.document import Document

# First sentences whose finding needs their parse (the subject of a verb, a relative clause).
FIRST_SENTENCES = [
    ("The 10-day curfew, imposed on 2 June, was lifted on 30 June.", "2025-07-10"),
    ("Ministers met the unions two days ago, on 6 March, to discuss pay.", "2025-03-10"),
    ("The 14-member council has six Greens, five Labour councillors and four independents.", "2025-05-09"),
    ("The dock strike, which began on 3 March, has lasted nine weeks.", "2025-03-31"),
]


@pytest.mark.parametrize("lead", ["date {date} Leeds: ", "date {date} FORT WILLIAM (AP) - ", "date {date}\n"])
@pytest.mark.parametrize(("sentence", "date"), FIRST_SENTENCES)
def test_a_header_line_reads_like_the_date_option(sentence, date, lead):
    with_option = figures.check(sentence, date=date)
    with_header = figures.check(lead.format(date=date) + sentence)
    assert with_option, "each sentence holds a contradiction"
    assert [(d.code, d.level, d.message) for d in with_header] == [(d.code, d.level, d.message) for d in with_option]


@pytest.mark.parametrize(("text", "lead"), [
    ("date 2022-03-29 Brussels: The war goes on.", "date 2022-03-29 Brussels:"),
    ("date 2022-03-29\nThe war goes on.", "date 2022-03-29"),
    ("date 2022-03-29 The council said: no.", "date 2022-03-29"),  # lower-case words are no place
    ("BRUSSELS, March 29 - The war goes on.", "BRUSSELS, March 29 -"),
])
def test_the_lead_is_the_first_sentence(text, lead):
    document = Document(text)
    start, end = document.sentences[0]
    assert text[start:end] == lead
    assert text[slice(*document.sentences[1])].startswith("The ")
