"""The calendar side of dates: impossible dates (ID01), abbreviated weekdays, weekdays after the
date, and numeric dates read both ways (WD01), with the words of ``lang/en/calendar.toml``.

Every passage here was written for this file (none comes from the corpus); weekdays and leap
years were checked with ``datetime``.  Each firing case names the words a diagnostic must touch;
its consistent twin is the same passage with the date put right and must give no diagnostic of
the category and no error at all.
"""

from __future__ import annotations

import json

import pytest

import figures
from figures.lang import LanguageDataError, calendar_words

# -- the language file's own examples --------------------------------------------


def _read_with(text: str, dateline: str | None):
    return figures.extract(text, date=dateline)


@pytest.mark.parametrize("example", calendar_words().examples, ids=lambda example: example["text"][:45])
def test_every_example_of_the_calendar_words(example):
    found = _read_with(example["text"], example.get("dateline"))
    if "weekday" in example:
        read = [f for f in found if f.weekday is not None]
        names = [calendar_words().weekdays[f.weekday][0] for f in read]
        assert names == ([example["weekday"]] if example["weekday"] else []), found
    else:
        invalid = [f.written_date for f in found if f.resolution == "invalid"]
        assert invalid == ([example["invalid"]] if example["invalid"] else []), found


def test_the_calendar_file_is_checked_when_loaded(monkeypatch):
    from figures import lang

    good = lang.read("calendar")
    broken = {**good, "weekdays": {**good["weekdays"], "Monday": ["monday"]}}
    monkeypatch.setattr(lang, "read", lambda name, language="en": broken)
    lang.calendar_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="weekdays.Monday"):
            lang.calendar_words()
        monkeypatch.setattr(lang, "read", lambda name, language="en": {**good, "messages": {
            **good["messages"], "leap_year": "{yaer} is not a leap year"}})
        with pytest.raises(LanguageDataError, match="messages.leap_year"):
            lang.calendar_words()
        monkeypatch.setattr(lang, "read", lambda name, language="en": {**good, "before_month_day": ["On"]})
        with pytest.raises(LanguageDataError, match="before_month_day"):
            lang.calendar_words()
    finally:
        lang.calendar_words.cache_clear()


def test_weekday_words_are_defined_once():
    from figures.extraction.lexicon import WEEKDAY_NAMES, WEEKDAYS

    assert WEEKDAY_NAMES == tuple(name for name, _ in calendar_words().weekdays)
    assert WEEKDAYS["thurs"] == WEEKDAYS["thursday"] == 3 and WEEKDAYS["sun"] == 6


# -- the table: (id, text, dateline, flagged words, consistent twin) ----------------

INVALID = [
    ("wire-us-full", "LISBON (Reuters) - The utility said its licence lapsed on November 31, 2014, and was "
     "renewed weeks later.", "2015-02-10", "November 31, 2014",
     "LISBON (Reuters) - The utility said its licence lapsed on November 30, 2014, and was "
     "renewed weeks later."),
    ("local-yearless-end", "Entries for the village flower show close Feb 30.", "2023-01-15", "Feb 30",
     "Entries for the village flower show close Feb 28."),
    ("broadsheet-day-month", "The inquiry will resume on 31 April, the chairman announced.", "2022-03-29",
     "31 April", "The inquiry will resume on 30 April, the chairman announced."),
    ("finance-leap", "The notes, issued on February 29, 2023, carry a coupon of 4.5%.", "2023-06-01",
     "February 29, 2023", "The notes, issued on February 28, 2023, carry a coupon of 4.5%."),
    ("press-release-iso", "EMBARGOED: not for publication before 2023-02-29 at 00:01 GMT.", "2023-02-20",
     "2023-02-29", "EMBARGOED: not for publication before 2023-02-28 at 00:01 GMT."),
    ("legal-numeric", "The lease, dated 30/02/2021, runs for ten years.", "2021-05-01", "30/02/2021",
     "The lease, dated 20/02/2021, runs for ten years."),
    ("us-numeric", "Cheques dated 02/30/2022 were returned unpaid, the bank said.", "2022-04-01",
     "02/30/2022", "Cheques dated 02/28/2022 were returned unpaid, the bank said."),
    ("sports-abbreviated-month", "The derby, postponed by the floods, is now set for Sept. 31.",
     "2022-09-05", "Sept. 31", "The derby, postponed by the floods, is now set for Sept. 30."),
    ("ordinal", "Online voting for the council budget closes on June 31st.", "2022-06-01", "June 31st",
     "Online voting for the council budget closes on June 30th."),
    ("the-of", "The landlord said rents would rise from the 30th of February.", "2022-01-20",
     "the 30th of February", "The landlord said rents would rise from the 28th of February."),
    ("weekday-and-year", "The charity gala takes place on Friday, April 31, 2026, at the Guildhall.",
     "2026-01-05", "April 31, 2026",
     "The charity gala takes place on Thursday, April 30, 2026, at the Guildhall."),
    ("listing-abbreviated", "Board meeting: Wed., Nov. 31, 7 p.m., town hall.", "2021-11-01", "Nov. 31",
     "Board meeting: Tue., Nov. 30, 7 p.m., town hall."),
    ("uk-leap-day-month", "Shareholders approved the takeover on 29 February 2022.", "2022-03-10",
     "29 February 2022", "Shareholders approved the takeover on 28 February 2022."),
    ("range-with-year", "The book fair runs Sept. 29-31, 2022, at the exhibition hall.", "2022-08-01",
     "Sept. 29-31, 2022", "The book fair runs Sept. 28-30, 2022, at the exhibition hall."),
    ("range-two-months", "The spring regatta runs from June 28 to June 31 on the estuary.", "2022-05-02",
     "June 31", "The spring regatta runs from June 28 to June 30 on the estuary."),
    ("day-past-every-month", "The invoice fell due on January 32, 2020, the claim says.", "2020-06-01",
     "January 32, 2020", "The invoice fell due on January 31, 2020, the claim says."),
]

ABBREVIATED = [
    ("wire-tues", "The Senate is expected to vote Tues., Nov. 10, 2021, on the package.", "2021-11-01",
     "Tues., Nov. 10, 2021", "The Senate is expected to vote Tues., Nov. 9, 2021, on the package."),
    ("local-thurs", "Public hearing: Thurs., Jan. 8, 2021, 6 p.m., at the library.", "2021-01-02",
     "Thurs., Jan. 8, 2021", "Public hearing: Thurs., Jan. 7, 2021, 6 p.m., at the library."),
    ("uk-listing-tue", "Tickets for Tue 5 May 2021 are sold out, the theatre said.", "2021-04-20",
     "Tue 5 May 2021", "Tickets for Tue 4 May 2021 are sold out, the theatre said."),
    ("uk-sat-comma", "The fete returns to the green on Sat, 4 July 2021.", "2021-06-01",
     "Sat, 4 July 2021", "The fete returns to the green on Sat, 3 July 2021."),
    ("sports-sun", "Kick-off: Sun 13 September 2021, 3pm, at the Den.", "2021-09-01",
     "Sun 13 September 2021", "Kick-off: Sun 12 September 2021, 3pm, at the Den."),
    ("finance-mon", "Quarterly results are due Mon., Feb. 8, 2022, before the open.", "2022-01-25",
     "Mon., Feb. 8, 2022", "Quarterly results are due Mon., Feb. 7, 2022, before the open."),
    ("press-release-fri", "EMBARGOED UNTIL 00:01 Fri 15 January 2022.", "2022-01-10",
     "Fri 15 January 2022", "EMBARGOED UNTIL 00:01 Fri 14 January 2022."),
    ("yearless-wed", "The tree lighting is set for Wed., Dec. 9, the parish council said.", "2021-11-20",
     "Wed., Dec. 9", "The tree lighting is set for Thu., Dec. 9, the parish council said."),
]

AFTER = [
    ("iso-parenthesis", "Filing deadline: 2021-07-02 (Thursday), the registry said.", "2021-06-01",
     "2021-07-02 (Thursday)", "Filing deadline: 2021-07-02 (Friday), the registry said."),
    ("us-parenthesis", "Polls close on July 2 (Saturday) at 8 p.m.", "2021-06-20", "July 2 (Saturday)",
     "Polls close on July 2 (Friday) at 8 p.m."),
    ("apposition", "The walkout began on 2 July 2021, a Thursday, and spread to three depots.", "2021-07-20",
     "2 July 2021, a Thursday", "The walkout began on 2 July 2021, a Friday, and spread to three depots."),
    ("abbreviated-parenthesis", "Nominations close Oct. 12, 2021 (Wed.), at noon.", "2021-10-01",
     "Oct. 12, 2021 (Wed.)", "Nominations close Oct. 12, 2021 (Tue.), at noon."),
    ("apposition-end", "The club was founded on 5 June 2023, a Sunday.", "2024-01-10",
     "5 June 2023, a Sunday", "The club was founded on 5 June 2023, a Monday."),
]

NUMERIC = [
    ("only-day-month", "The probe's launch window opens Tuesday 27/10/2040.", "2039-05-01",
     "Tuesday 27/10/2040", "The probe's launch window opens Saturday 27/10/2040."),
    ("only-month-day", "The vote is scheduled for Sunday 10/27/2025.", "2025-09-01",
     "Sunday 10/27/2025", "The vote is scheduled for Monday 10/27/2025."),
    ("both-readings-wrong", "Tenders must arrive by Friday 03/04/2021 at noon.", "2021-02-01",
     "Friday 03/04/2021", "Tenders must arrive by Thursday 03/04/2021 at noon."),
    ("both-readings-wrong-uk", "The market will close early on Sunday 08/12/2023 for the parade.", "2023-07-01",
     "Sunday 08/12/2023", "The market will close early on Friday 08/12/2023 for the parade."),
    ("both-readings-wrong-other", "Ballots are counted on Wednesday 04/11/2024, the clerk said.", "2024-03-01",
     "Wednesday 04/11/2024", "Ballots are counted on Monday 04/11/2024, the clerk said."),
]


def _touches(diagnostic, text: str, words: str) -> bool:
    start = text.index(words)
    return diagnostic.start < start + len(words) and start < diagnostic.end


def _params(cases):
    return [pytest.param(text, date, flagged, id=cid) for cid, text, date, flagged, _ in cases]


def _twins(cases):
    return [pytest.param(twin, date, id=cid) for cid, _, date, _, twin in cases]


@pytest.mark.parametrize(("text", "date", "flagged"), _params(INVALID))
def test_an_impossible_date_is_an_error(text, date, flagged):
    found = [d for d in figures.check(text, date=date) if d.code == "ID01"]
    assert [d.level for d in found] == ["error"], found
    assert _touches(found[0], text, flagged), found


@pytest.mark.parametrize(("text", "date", "flagged"), _params(ABBREVIATED + AFTER + NUMERIC))
def test_a_weekday_that_does_not_fit_is_reported(text, date, flagged):
    found = [d for d in figures.check(text, date=date) if d.code == "WD01"]
    assert len(found) == 1 and _touches(found[0], text, flagged), found


@pytest.mark.parametrize(("text", "date"), _twins(INVALID + ABBREVIATED + AFTER + NUMERIC))
def test_the_consistent_twin_is_quiet(text, date):
    found = [d for d in figures.check(text, date=date)
             if d.category in ("invalid-date", "weekday-date") or d.level == "error"]
    assert found == [], found


# -- what must never be read as a date, or as a weekday ---------------------------

NEGATIVES = [
    ("Feb then a count", "In Feb 30 students joined the evening course, up from 12.", "2022-03-29"),
    ("by a month, a count", "By November 31 people had been evacuated from the valley.", "2021-12-10"),
    ("since a month, a count", "Since June 31 new cases have been confirmed in the county.", "2021-08-02"),
    ("a score", "The Tigers held on for a 31-30 win over the Hawks.", "2022-10-02"),
    ("a room number", "The tribunal moved the hearing to Room 30/02 on the third floor.", "2022-01-11"),
    ("a case number", "The court reopened case 31/04/2019 after new evidence emerged.", "2022-01-11"),
    ("a share", "In April 31 per cent of shoppers paid by card, the survey found.", "2022-06-01"),
    ("a big count", "In Sept 31,000 fans packed the stadium for the final.", "2022-10-01"),
    ("a year-less leap day", "Babies born on February 29 celebrate their birthday once every four years.",
     "2022-03-29"),
    ("a real leap day", "The twins were born on February 29, 2024, at the county hospital.", "2024-05-01"),
    ("Sun readers", "Sun readers voted the pier the best in Britain on March 3, 2021.", "2021-03-10"),
    ("the Sun as a source", "She told the Sun, March 3, 2021, that she would stand again.", "2021-03-10"),
    ("a newspaper's name", "The letter ran in the Baltimore Sun, March 3, 2021, under a pen name.", "2021-03-10"),
    ("the Sat exam", "Pupils who sat the Sat exam on May 1, 2021 got their results in June.", "2021-07-01"),
    ("newly wed", "The newly wed couple left for Crete on June 5, 2021.", "2021-06-10"),
    ("a weekday noun after the date", "On July 2, 2021, a Thursday rally drew 3,000 people.", "2021-07-10"),
    ("a Sun company", "Sun, Hewlett-Packard and Dell cut prices on 4 May 2001.", "2001-05-10"),
]


@pytest.mark.parametrize(("text", "date"), [pytest.param(t, d, id=i) for i, t, d in NEGATIVES])
def test_a_hard_negative_is_quiet(text, date):
    found = [d for d in figures.check(text, date=date)
             if d.category in ("invalid-date", "weekday-date") or d.level == "error"]
    assert found == [], found


def test_a_name_abbreviation_gives_no_weekday():
    found = figures.extract("She told the Sun, March 3, 2021, that she would stand.")
    assert [(f.text, f.weekday) for f in found] == [("March 3, 2021", None)]


# -- the figures themselves and the contract ------------------------------------


def test_an_impossible_date_is_a_date_figure_without_a_period():
    (figure,) = figures.extract("Production stopped on November 31, 2014.")
    assert (figure.kind, figure.text, figure.resolution, figure.written_date) == (
        "date", "November 31, 2014", "invalid", "2014-11-31")
    assert figure.date_start is None and figure.date_end is None and figure.value is None


def test_an_impossible_date_is_no_count_any_more():
    kinds = [f.kind for f in figures.extract("Filing ends Feb 30.", date="2022-01-05")]
    assert kinds == ["date"]


def test_a_numeric_date_read_both_ways_holds_its_two_readings():
    (figure,) = figures.extract("The survey closed on 03/04/2021.")
    assert (figure.kind, figure.resolution) == ("date", "ambiguous")
    assert (figure.date_start.isoformat(), figure.date_end.isoformat()) == ("2021-03-04", "2021-04-03")


def test_the_weekday_picks_the_reading_it_fits():
    (figure,) = figures.extract("The survey closed on Saturday 03/04/2021.")
    assert (figure.resolution, figure.date_start.isoformat(), figure.weekday) == ("explicit", "2021-04-03", 5)


def test_a_numeric_date_with_one_reading_is_explicit():
    (figure,) = figures.extract("The survey closed on 27/10/2021.")
    assert (figure.resolution, figure.date_start.isoformat()) == ("explicit", "2021-10-27")


def test_the_messages_name_the_month_length_and_the_leap_year():
    (month,) = figures.check("Production stopped on November 31, 2014.")
    assert "November has 30 days" in month.message and month.suggestion
    (leap,) = figures.check("The accord was signed on February 29, 2023.")
    assert "2023 is not a leap year" in leap.message
    (yearless,) = figures.check("Filing ends Feb 30.", date="2022-01-05")
    assert "February has 28 days, 29 in a leap year" in yearless.message


def test_both_readings_are_named_when_neither_fits():
    (diagnostic,) = figures.check("Tenders must arrive by Friday 03/04/2021 at noon.")
    assert "Thursday, March 4, 2021 or Saturday, April 3, 2021" in diagnostic.message
    assert diagnostic.level == "error"


def test_the_cli_reports_the_new_category_and_field(tmp_path, capsys):
    from figures.cli import main

    path = tmp_path / "a.txt"
    path.write_text("---\ndate: 2015-01-10\n---\nThe plant shut on November 31, 2014.\n", encoding="utf-8")
    assert main(["check", "--format", "json", str(path)]) == 1
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["code"], row["category"], row["level"]) == ("ID01", "invalid-date", "error")
    assert main(["extract", "--format", "json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["resolution"], r["written_date"]) for r in rows if r["kind"] == "date"] == [
        ("invalid", "2014-11-31")]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The depot was shut from 2019-03-04 to 2019-03-29 for repairs.", "2019-03-04", "2019-03-29"),
    ("Voting runs 2022-11-01 through 2022-11-08.", "2022-11-01", "2022-11-08"),
    ("She was on loan between 4 October 2010 and 13 March 2011.", "2010-10-04", "2011-03-13"),
    ("The exhibition ran from 12 June 2017 until 3 January 2018.", "2017-06-12", "2018-01-03"),
])
def test_two_full_days_joined_as_a_span_are_one_range(text, start, end):
    (figure,) = [f for f in figures.extract(text, date="2024-01-01") if f.kind in ("date", "date_range")]
    assert (figure.kind, figure.date_start.isoformat(), figure.date_end.isoformat()) == ("date_range", start, end)
    assert not figure.reversed


def test_two_full_days_that_are_no_span_stay_two_days():
    dates = [f for f in figures.extract("Hearings were held on 2013-10-15 and 2013-11-03.") if f.kind == "date"]
    assert [f.date_start.isoformat() for f in dates] == ["2013-10-15", "2013-11-03"]


def test_a_span_of_full_days_written_backwards_is_a_reversed_range():
    (diagnostic,) = figures.check("The audit covered 2020-09-30 to 2020-07-01.", date="2021-01-05")
    assert (diagnostic.code, diagnostic.level) == ("RO01", "error")


def test_every_month_name_and_abbreviation_of_the_calendar_file_is_read_as_a_date():
    for number, (name, abbreviations) in enumerate(calendar_words().months, 1):
        for written in (name, *abbreviations, *(f"{a}." for a in abbreviations)):
            text = f"The board met on {written} 14, 2021."
            dates = [f for f in figures.extract(text) if f.kind == "date"]
            assert [(d.date_start.month, d.date_start.day) for d in dates] == [(number, 14)], written
