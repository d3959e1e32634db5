"""What a count counts: the lemma of the noun its number modifies (issue 10, item 4).

A count's ``noun`` is read from the syntactic layer only when asked for (``figures.extract(text,
nouns=True)``, ``figures extract --nouns``); it is the head noun's lemma, its modifiers left out
("400 steel workers" -> "worker", "12 rural branches" -> "branch"): the class of thing counted,
not the set.  Only counts carry one: a quantity has its unit, money its currency, a percentage
and an ordinal none.  Expected values are checked by hand.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

import figures
import figures.parsing
from figures.cli import main


def nouns(text: str, kind: str = "count") -> list[tuple[str, str | None]]:
    return [(f.text, f.noun) for f in figures.extract(text, nouns=True) if f.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # wire: plain plural
    ("Delegates from 30 countries signed the accord in Geneva on Tuesday.", [("30", "country")]),
    # local: adjective between number and noun
    ("The credit union will close 12 rural branches next spring.", [("12", "branch")]),
    # labour: a noun compound counts its head ("steel workers" are workers)
    ("About 400 steel workers walked out at the Gary mill on Monday.", [("About 400", "worker")]),
    # finance: an "of" phrase after the counted noun is not what is counted
    ("The trust bought 2,000 shares of preferred stock from the founder.", [("2,000", "share")]),
    # broadsheet: the whole of a fraction
    ("A third of the 900 members voted against the merger.", [("900", "member")]),
    # police: a conjunction of two counts, each its own noun
    ("Three men and two women were arrested after the raid, police said.",
     [("Three", "man"), ("two", "woman")]),
    # sports: a number standing alone counts nothing written
    ("Okafor scored 3 in the final quarter.", [("3", None)]),
    # local: a spelled number
    ("Forty people attended the vigil outside the town hall.", [("Forty", "people")]),
    # science: two counts in one sentence
    ("The trial enrolled 1,240 patients across 14 hospitals.", [("1,240", "patient"), ("14", "hospital")]),
    # press release
    ("Acme Corp. today announced it has opened 45 new stores in nine states.",
     [("45", "store"), ("nine", "state")]),
    # a number hung on the first noun of a compound counts the compound's head
    ("The 27 member states agreed to the sanctions.", [("27", "state")]),
    # a rate still counts its noun
    ("The bakery sells 800 loaves a day.", [("800", "loaf")]),
    # a range counts the noun after it
    ("Between 10 and 12 people were hurt in the crash.", [("Between 10 and 12", "people")]),
    # finance: a range whose qualifier the parser hangs on the verb
    ("The bank would issue between 1.8 million and 2.35 million preferred shares, a spokesman said.",
     [("between 1.8 million and 2.35 million", "share")]),
    ("More than 200 people were evacuated from the valley.", [("More than 200", "people")]),
    ("The airline carried 4.2 million passengers in March.", [("4.2 million", "passenger")]),
    # statehouse: a plural name is lemmatized as a common noun
    ("Twenty-two Democrats and 19 Republicans voted for the bill.",
     [("Twenty-two", "democrat"), ("19", "republican")]),
    # arena: a hyphenated measure before a noun counts its own noun
    ("The 15,800-seat arena was sold out for the final.", [("15,800", "seat")]),
])
def test_count_carries_its_noun(text, expected):
    assert nouns(text) == expected


@pytest.mark.parametrize("text, expected", [
    # sports: "11 of the 16 games": the part counts what its "of" phrase names
    ("Eleven of the 16 games went to overtime.", [("Eleven", "game"), ("16", "game")]),
    # wire: a partitive without a number in it
    ("Police detained 124 of the protesters outside parliament.", [("124", "protester")]),
    # a pronoun names no noun
    ("Three of them were later released without charge.", [("Three", None)]),
    # a vague count ("dozens", "hundreds") is itself the noun: it counts its "of" phrase
    ("Dozens of flights were cancelled at the airport.", [("Dozens", "flight")]),
    ("Hundreds of residents queued for bottled water.", [("Hundreds", "resident")]),
    # local: a count in apposition to the plural it counts
    ("The victims, 12 in all, were taken to St Mary's hospital.", [("12", "victim")]),
])
def test_partitive_counts_its_of_phrase(text, expected):
    assert nouns(text) == expected


@pytest.mark.parametrize("text", [
    # a number before a singular name labels it: an address
    "A neighbour who lives at 405 Maple Ave. called the police.",
    # a number does not count a noun that has a possessive between them
    "The price equals about 1.65 times Harlow's book value, the filing said.",
])
def test_no_noun_for_labels_and_possessed_nouns(text):
    assert all(noun is None for _, noun in nouns(text))


@pytest.mark.parametrize("text, kind", [
    ("The trail runs 30 km along the ridge.", "quantity"),
    ("The company raised $40 million in its latest round.", "money"),
    ("Turnout was 62 percent, officials said.", "percent"),
    ("She finished fourth in the women's race.", "ordinal"),
])
def test_units_currencies_and_percentages_count_nothing(text, kind):
    found = [f for f in figures.extract(text, nouns=True) if f.kind == kind]
    assert found and all(f.noun is None for f in found)


def test_plain_extract_does_not_parse(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("parsed without being asked")

    monkeypatch.setattr(figures.parsing, "pipeline", refuse)
    found = figures.extract("Delegates from 30 countries met on Tuesday.")
    assert [(f.kind, f.noun) for f in found if f.kind == "count"] == [("count", None)]


def test_nouns_survive_sections():
    """A long text is read section by section: the noun is read in its own section's offsets."""
    filler = "The weather was mild and nothing else happened that day. " * 300
    text = filler + "\n\nThe council approved 250 new homes on the airfield site.\n"
    counts = [f for f in figures.extract(text, nouns=True) if f.kind == "count"]
    assert [(text[f.start:f.end], f.noun) for f in counts] == [("250", "home")]


def test_to_frame_has_noun_column():
    frame = figures.to_frame(figures.extract("Police arrested six suspects.", nouns=True))
    assert frame.loc[frame["kind"] == "count", "noun"].tolist() == ["suspect"]


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Delegates from 30 countries met in Oslo. The 5-mile race drew 800 runners.\n",
                    encoding="utf-8")
    return str(path)


def test_cli_table_shows_noun_when_asked(capsys, article):
    plain = _run(capsys, "extract", article)
    assert "(country)" not in plain
    shown = _run(capsys, "extract", "--nouns", article)
    rows = {line.split()[2]: line for line in shown.splitlines()[1:]}
    assert rows["30"].split()[1:] == ["count", "30", "30", "(country)"]
    assert rows["800"].split()[1] == "count" and rows["800"].endswith(" (runner)")
    assert "(" not in rows["5-mile"]  # a quantity shows its unit, not a noun


def test_cli_json_and_csv_carry_noun(capsys, article):
    rows = json.loads(_run(capsys, "extract", "--format", "json", article))
    assert all(row["noun"] is None for row in rows)  # not asked: null
    rows = json.loads(_run(capsys, "extract", "--format", "json", "--nouns", article))
    assert [(row["text"], row["noun"]) for row in rows if row["kind"] == "count"] == [
        ("30", "country"), ("800", "runner")]
    table = list(csv.DictReader(io.StringIO(_run(capsys, "extract", "--format", "csv", "--nouns", article))))
    assert [(row["text"], row["noun"]) for row in table if row["kind"] == "count"] == [
        ("30", "country"), ("800", "runner")]
