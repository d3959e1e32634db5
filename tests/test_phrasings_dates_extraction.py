"""Date readings by reference and looking ahead, in fresh phrasings (wire, finance, local, sports,
press release): the period each reading gives, a consistent twin, and hard negatives that must
read no date (or keep their plain reading)."""

from __future__ import annotations

import datetime as dt

import pytest

import figures

D = dt.date


def _dates(text: str, dateline: str | None = None) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    return [(f.text, f.date_start, f.date_end, f.resolution) for f in figures.extract(text, date=dateline)
            if f.kind in ("date", "date_range", "year")]


def _period(text: str, span: str, dateline: str | None = None) -> tuple[dt.date, dt.date] | None:
    found = [(start, end) for words, start, end, _ in _dates(text, dateline) if words == span]
    return found[0] if found else None


def _spans(text: str, dateline: str | None = None) -> list[str]:
    return [words for words, *_ in _dates(text, dateline)]


Q3_2022 = (D(2022, 7, 1), D(2022, 9, 30))
Q3_2021 = (D(2021, 7, 1), D(2021, 9, 30))


# --- the same period a year before -------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    # finance wire
    ("Harbor Freightways said third-quarter earnings climbed to $18.4 million from $15.1 million a year "
     "earlier.", "a year earlier"),
    ("The lender's third-quarter profit slipped 6%. Net interest income was $412 million, down from "
     "$431 million a year ago.", "a year ago"),
    # broadsheet business page
    ("Dunmore Foods made a loss in the third quarter, against a profit of £2.3m in the year-ago period.",
     "the year-ago period"),
    ("Kestrel Air carried 1.2 million passengers in the third quarter, compared with 1.1 million in the "
     "same period a year earlier.", "the same period a year earlier"),
    ("Revenue in the third quarter reached $88 million; in the quarter a year ago it was $80 million.",
     "the quarter a year ago"),
    ("Third-quarter sales at Ridgeline Mills rose 9%, though last year's quarter included a one-off gain.",
     "last year's quarter"),
    # press release
    ("Volta Grid reports record third-quarter deliveries. Year-earlier results were restated.", "Year-earlier"),
])
def test_the_same_period_a_year_before_is_the_quarter_in_force_a_year_back(text, span):
    assert _period(text, span, "2022-10-27") == Q3_2021


def test_last_year_after_a_comparison_is_the_quarter_in_force_a_year_back():
    text = ("Pinecrest Bank's third-quarter net rose to $51 million. Its card unit earned $9 million, "
            "compared with a loss of $2 million last year.")
    assert _period(text, "last year", "2022-10-27") == Q3_2021


def test_the_year_of_a_period_is_the_quarter_in_force_in_that_year():
    text = "Orbis Chemicals earned $7 million in the third quarter, against $5 million in the 2021 period."
    assert _period(text, "the 2021 period", "2022-10-27") == Q3_2021


def test_a_longer_period_named_after_the_quarter_makes_it_the_year_before():
    text = ("Quarry Hill's third-quarter profit doubled. For the nine months, it earned $40 million, "
            "compared with $31 million a year earlier.")
    assert _period(text, "a year earlier", "2022-10-27") == (D(2021, 1, 1), D(2021, 12, 31))


def test_the_same_month_a_year_ago_is_the_month_named_a_year_back():
    text = "Home sales in the county fell 12% in September, compared with the same month a year ago."
    assert _period(text, "the same month a year ago", "2022-10-14") == (D(2021, 9, 1), D(2021, 9, 30))


def test_the_year_ago_third_quarter_is_a_year_before_the_nearest():
    text = "The miner produced 40,000 ounces, up from 31,000 in the year-ago third quarter."
    assert _period(text, "year-ago third quarter", "2022-10-27") == Q3_2021


def test_this_years_third_quarter_is_this_years():
    text = "Output in this year's third quarter beat forecasts."
    assert _period(text, "this year's third quarter", "2022-12-02") == Q3_2022


# hard negatives: no reporting period in force, or not a date at all
@pytest.mark.parametrize("text", [
    "The stadium opened a year earlier than planned.",  # sports: a comparison of timing
    "She coached in Lyon for a year before joining the national side.",  # a duration
    "The mayor was elected a year before the floods.",  # a year back from another event
    "Crews finished the bridge, and a year earlier the council had approved it.",  # no period in force
])
def test_a_year_earlier_without_a_period_in_force_reads_no_date(text):
    assert _dates(text, "2022-10-27") == []


def test_a_year_ago_with_no_figure_before_keeps_its_reading_as_a_year():
    text = "Glenrock Telecom's third-quarter sales rose 4%. Its founder retired a year ago."
    assert _period(text, "a year ago", "2022-10-27") == (D(2021, 1, 1), D(2021, 12, 31))


def test_last_year_without_a_comparison_keeps_its_reading_as_a_year():
    text = "Sales rose in the third quarter. Last year, the chain shut 40 stores."
    assert _period(text, "Last year", "2022-10-27") == (D(2021, 1, 1), D(2021, 12, 31))


def test_the_same_period_last_year_with_no_period_in_force_reads_no_date():
    assert _dates("Crime fell compared with the same period last year, police said.", "2022-10-27") == []


# --- the latest, previous and ended quarter ----------------------------------------------------

def test_the_latest_quarter_is_the_last_named_that_had_ended_by_the_dateline():
    text = ("Marlow Insurance's third-quarter profit fell. It expects a fourth-quarter charge from the storm. "
            "Claims rose 20% in the latest quarter.")
    assert _period(text, "the latest quarter", "2022-11-03") == Q3_2022


def test_the_latest_quarter_with_none_named_is_the_one_before_the_datelines():
    assert _period("Subscriptions grew in the most recent quarter.", "the most recent quarter",
                   "2023-02-09") == (D(2022, 10, 1), D(2022, 12, 31))


def test_the_latest_period_needs_a_quarter_named():
    assert _dates("Rainfall in the latest period was below average.", "2023-02-09") == []


def test_the_previous_quarter_is_the_one_before_the_quarter_in_force():
    text = "Wexford Steel shipped 2.1 million tons in the second quarter of 2022, up from the previous quarter."
    assert _period(text, "the previous quarter", "2022-08-01") == (D(2022, 1, 1), D(2022, 3, 31))


def test_the_quarter_ended_a_month_is_the_three_months_to_it():
    text = "For the quarter ended Sept. 30, the co-op paid members $3.1 million."
    assert _period(text, "the quarter", "2022-10-20") == Q3_2022


def test_the_quarter_followed_by_a_figure_is_still_the_quarter_named():
    text = "Revenue rose in the third quarter of 2022. It climbed 4% in the quarter to $1.2 billion."
    assert _period(text, "the quarter", "2022-10-20") == Q3_2022


# --- days ahead -------------------------------------------------------------------------------

def test_until_a_weekday_looks_ahead():
    # wire: told on Wednesday 2022-09-14
    assert _period("Schools in the district will stay shut until Friday.", "Friday", "2022-09-14") == \
        (D(2022, 9, 16), D(2022, 9, 16))
    assert _period("The judge adjourned the hearing until Monday.", "Monday", "2022-09-14") == \
        (D(2022, 9, 19), D(2022, 9, 19))


def test_a_weekday_told_in_the_past_without_a_limit_is_the_last_one():
    assert _period("The judge adjourned the hearing on Monday.", "Monday", "2022-09-14") == \
        (D(2022, 9, 12), D(2022, 9, 12))


def test_a_limit_told_in_the_past_is_the_nearest_month():
    # regulator gave a bidder "until mid-November", told in October: this November
    text = "The regulator gave the bidder until mid-November to file more papers."
    assert _period(text, "mid-November", "2022-10-12") == (D(2022, 11, 1), D(2022, 11, 30))
    text = "Directors declared a dividend payable Dec. 7 to holders of record."
    assert _period(text, "Dec. 7", "2022-11-02") == (D(2022, 12, 7), D(2022, 12, 7))


def test_a_limit_in_the_past_perfect_keeps_the_past():
    text = "By November, the union had signed up 900 members."
    assert _period(text, "November", "2022-10-12") == (D(2021, 11, 1), D(2021, 11, 30))


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_weekend_gone():
    assert _period("Ministers agreed this weekend on a fuel cap.", "this weekend", "2022-06-27") == \
        (D(2022, 6, 25), D(2022, 6, 26))
    assert _period("Ministers will meet this weekend on a fuel cap.", "this weekend", "2022-06-27") == \
        (D(2022, 7, 2), D(2022, 7, 3))


# --- months, weekdays and days as news writes them ------------------------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("In January, the club signed two strikers.", "January", (D(2022, 1, 1), D(2022, 1, 31))),
    ("Last April, the council raised parking fees.", "Last April", (D(2022, 4, 1), D(2022, 4, 30))),
    ("The jobless figures for August were revised.", "August", (D(2022, 8, 1), D(2022, 8, 31))),
])
def test_a_month_after_a_capitalised_or_for_word_is_read(text, span, expected):
    assert _period(text, span, "2022-10-05") == expected


def test_for_may_is_not_a_month():
    assert "May" not in _spans("Support for May grew among backbenchers.", "2019-03-05")


def test_a_title_is_not_a_week():
    assert _spans('The senator, speaking on ABC\'s "This Week," defended the bill.', "2022-10-05") == []
    assert _spans("This week the senator defended the bill.", "2022-10-05") == ["This week"]


@pytest.mark.parametrize("text, span, expected", [
    ("Voters return to the polls on the first Tuesday of November.", "the first Tuesday of November",
     D(2022, 11, 1)),
    ("The regatta ends on the last Sunday in October.", "the last Sunday in October", D(2022, 10, 30)),
    ("The board meets on the second Monday of next month.", "the second Monday of next month", D(2022, 11, 14)),
    ("The derby kicks off on Saturday the 22nd.", "Saturday the 22nd", D(2022, 10, 22)),
    ("The count resumes Tuesday 11th, the returning officer said.", "Tuesday 11th", D(2022, 10, 11)),
    ("The ferry strike began the day before yesterday.", "the day before yesterday", D(2022, 10, 3)),
    ("Results are due the day after tomorrow.", "the day after tomorrow", D(2022, 10, 7)),
    ("The bond matures three years from today.", "three years from today", D(2025, 10, 5)),
    ("Ticket sales open this coming Friday.", "this coming Friday", D(2022, 10, 7)),
])
def test_news_forms_of_a_day(text, span, expected):
    assert _period(text, span, "2022-10-05") == (expected, expected)


def test_the_last_monday_of_a_month_told_in_the_past_is_last_years():
    assert _period("The race was run on the last Monday of March.", "the last Monday of March",
                   "2022-02-10") == (D(2021, 3, 29), D(2021, 3, 29))


@pytest.mark.parametrize("text, dateline", [
    ("The keeper saved a penalty on Tuesday 3 minutes from time.", "2022-10-05"),  # a count, not a day
    ("Police said the suspect had bought the van the previous Wednesday.", "2022-10-05"),  # the story's week
])
def test_weekday_hard_negatives(text, dateline):
    spans = _spans(text, dateline)
    assert "Tuesday 3" not in spans and "previous Wednesday" not in spans


# --- the day of the story ---------------------------------------------------------------------

def test_the_day_a_market_ended_is_the_day_named_before_it():
    text = "On Tuesday, the FTSE 100 slipped 0.3%, ending the day at 7,412."
    assert _period(text, "the day", "2022-10-06") == (D(2022, 10, 4), D(2022, 10, 4))


def test_the_day_a_market_ended_with_no_day_named_is_the_datelines():
    assert _period("The Nikkei recovered late in the day.", "late in the day", "2022-10-06") == \
        (D(2022, 10, 6), D(2022, 10, 6))


@pytest.mark.parametrize("text", [
    "At the end of the day, the voters decide.",  # an idiom
    "The council met the day after the flood.",  # a day from another event
    "Shares rallied late in the session after falling 2%.",
    "It was the day of the final.",
])
def test_the_day_hard_negatives(text):
    assert _dates(text, "2022-10-06") == []


def test_the_day_after_ends_a_clause_is_a_day_from_the_day_named():
    text = "The strike began on 3 October. Talks resumed the day after."
    assert _period(text, "the day after", "2022-10-06") == (D(2022, 10, 4), D(2022, 10, 4))


def test_the_full_year_is_the_year_of_the_quarter_in_force():
    text = "The brewer lost $40 million in the fourth quarter of 2021 and $95 million for the full year."
    assert _period(text, "the full year", "2022-02-10") == (D(2021, 1, 1), D(2021, 12, 31))


def test_by_a_weekday_told_in_the_past_is_the_last_one_and_ahead_otherwise():
    # local paper, told on Wednesday 2022-09-14
    assert _period("Most postal ballots were counted by Friday, the clerk said.", "Friday", "2022-09-14") == \
        (D(2022, 9, 9), D(2022, 9, 9))
    assert _period("Postal ballots have to reach the clerk by Friday.", "Friday", "2022-09-14") == \
        (D(2022, 9, 16), D(2022, 9, 16))


def test_the_week_of_a_day_is_the_week_holding_it():
    # court report, told on Thursday 2023-05-18: the week of Wednesday 7 June is June 5..11
    assert _period("Jury selection starts the week of June 7.", "the week of June 7", "2023-05-18") == \
        (D(2023, 6, 5), D(2023, 6, 11))
    assert _period("Bin collections change for the week commencing 29 May.", "the week commencing 29 May",
                   "2023-05-18") == (D(2023, 5, 29), D(2023, 6, 4))


def test_the_week_of_an_event_is_no_date():
    assert _dates("Organisers planned the week of protests in secret.", "2023-05-18") == []
