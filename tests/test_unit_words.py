"""Units from pint's registry and currencies from ISO 4217 (issue 10, item 2).

The unit and currency vocabulary is generated (``python -m figures.lang.generate_units``) into
``figures/lang/en/units.toml`` and ``currencies.toml``; the extractor reads those files and never
imports pint to recognise a unit.  The phrasings below were written fresh for these tests, in the
styles of wire, broadsheet, local, sports, finance, science and press-release copy.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from phrasings import assert_consistent, assert_flagged

import figures
from figures.extraction import unit_words
from figures.lang import generate_units

ROOT = Path(__file__).resolve().parent.parent


def test_the_generated_files_are_current():
    pytest.importorskip("pint")
    pytest.importorskip("babel")
    folder = resources.files("figures.lang").joinpath("en")
    for name, text in generate_units.generate().items():
        assert folder.joinpath(name).read_text("utf-8") == text, (
            f"lang/en/{name} is out of date: run `python -m figures.lang.generate_units`")


RULES = {"irregular": {"foot": "feet"}, "invariant": ["hertz", "celsius", "yen"],
         "postpositive": ["celsius", "force"]}


@pytest.mark.parametrize(("singular", "expected"), [
    ("kilometre", "kilometres"), ("inch", "inches"), ("century", "centuries"), ("foot", "feet"),
    ("acre-foot", "acre-feet"), ("mile per hour", "miles per hour"), ("kilowatt hour", "kilowatt hours"),
    ("degree celsius", "degrees celsius"), ("pound force per square inch", "pounds force per square inch"),
    ("tonne of oil equivalent", "tonnes of oil equivalent"), ("gigahertz", "gigahertz"),
    ("revolutions per minute", "revolutions per minute"), ("feet", "feet"), ("day", "days"), ("yen", "yen"),
])
def test_english_plural_rules(singular, expected):
    assert generate_units.plural(singular, RULES) == expected


def test_no_unit_plural_is_typed_in_python():
    """The engine holds no table: no unit or currency word appears as a string in its source."""
    tree = ast.parse((ROOT / "figures/extraction/unit_words.py").read_text("utf-8"))
    strings = {node.value.lower() for node in ast.walk(tree) if isinstance(node, ast.Constant)
               and isinstance(node.value, str)}
    vocabulary = {*unit_words.UNIT_WORDS, *unit_words.CURRENCY_WORDS, *unit_words.TIME_UNITS}
    assert not {word for word in vocabulary if len(word) > 3} & strings


def test_recognising_a_unit_does_not_import_pint():
    code = "import sys, figures; figures.extract('It weighs 5 kg and costs RM40.'); print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def _read(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(f.text, f.kind, f.value, f.unit) for f in figures.extract(text)]


# (text, the figure's words, its kind, value, unit): forms pint knows that the old tables did not.
FIRING = [
    # science
    ("Antarctica lost about 150 gigatonnes of ice a year over the decade, the team reported.",
     "about 150 gigatonnes", "quantity", 150.0, "gigametric_ton"),
    ("Patients received 50mL of the saline solution before surgery.", "50mL", "quantity", 50.0, "milliliter"),
    ("The probe measured a pressure of 920 hPa at the surface.", "920 hPa", "quantity", 920.0, "hectopascal"),
    ("A single fathom is six feet, and the wreck lies at 30 fathoms.", "30 fathoms", "quantity", 30.0, "fathom"),
    ("Each collision released energies near 13 TeV inside the ring.", "13 TeV", "quantity", 13.0, "teraelectron_volt"),
    ("The cable can bear loads of up to 40 kilonewtons, engineers said.", "up to 40 kilonewtons", "quantity", 40.0,
     "kilonewton"),
    # motoring, local
    ("The hatchback comes with a 1.0l engine and a six-speed gearbox.", "1.0l", "quantity", 1.0, "liter"),
    ("Her grandfather still pours 3 drams of whisky every Burns Night.", "3 drams", "quantity", 3.0, "dram"),
    ("The tanker took on 12 megalitres of fresh water at the harbour.", "12 megalitres", "quantity", 12.0,
     "megaliter"),
    # finance and wire
    ("The central bank raised its benchmark rate by 20 basis points on Thursday.", "20 basis points", "quantity",
     20.0, "basis_point"),
    ("The developer sold the plot for RM120,000 last month.", "RM120,000", "money", 120000.0, "MYR"),
    ("The miner reported a net profit of $A82m for the half.", "$A82m", "money", 82e6, "AUD"),
    ("The tycoon paid HK$5bn for the tower in Central.", "HK$5bn", "money", 5e9, "HKD"),
    ("The ministry put the cost of the relief at $US113 trillion over a decade.", "$US113 trillion", "money",
     113e12, "USD"),
    ("Exports rose to Y=590 billion in the quarter, the ministry said.", "Y=590 billion", "money", 590e9, "JPY"),
    ("The co-operative paid farmers 500 birr per sack.", "500 birr", "money", 500.0, "ETB"),
    ("Tickets cost 2,500 Nigerian naira at the gate.", "2,500 Nigerian naira", "money", 2500.0, "NGN"),
    ("The fund bought a stake worth SEK 400 million in the retailer.", "SEK 400 million", "money", 400e6, "SEK"),
    ("A loaf now costs 90 pence in most corner shops.", "90 pence", "money", 0.9, "GBP"),
    ("The carrier expects to save 3 billion forints next year.", "3 billion forints", "money", 3e9, "HUF"),
    # press release, sports
    ("The new plant will generate 2 terawatt-hours a year, the company said.", "2 terawatt-hours a year", "quantity",
     2.0, "terawatt_hour / year"),
    ("The winner covered the last 3 furlongs in under 36 seconds.", "3 furlongs", "quantity", 3.0, "furlong"),
]


@pytest.mark.parametrize(("text", "words", "kind", "value", "unit"), FIRING, ids=[c[1] for c in FIRING])
def test_a_unit_or_currency_form_is_read(text, words, kind, value, unit):
    found = [f for f in _read(text) if f[0] == words]
    assert found, f"no figure {words!r} in {_read(text)}"
    _, got_kind, got_value, got_unit = found[0]
    assert (got_kind, got_unit) == (kind, unit)
    assert got_value == pytest.approx(value)


# (text, a number in it that must stay a bare count or be no figure at all): short symbols and currency
# nouns that are English words.
SILENT = [
    ("Results from 5 m people were studied.", "5"),
    ("The club fielded a 5 a side team in 2020.", "5"),
    ("They met at 5 in the morning.", "5"),
    ("She picked 12 petals from the daisy.", "12"),
    ("The delegates at the COP26 summit agreed a text.", None),
    ("Developers moved to PHP 8 last spring.", "8"),
    ("Fans cheered as 20 Newton supporters marched.", "20"),
    ("The team won 5 games in a row.", "5"),
    ("He drew 3 marks out of 10 from the judges.", "3"),
    ("The mayor sat 2 rows from the front.", "2"),
    ("Crews found 4 gray whales off the point.", "4"),
    ("The jazz club booked 2 octets for the weekend.", "2"),
    ("The council will consider 3 sections of the plan.", "3"),
    ("The striker scored 2 points in the last 5 minutes.", "2"),
    ("The festival screened two Leone westerns on Friday.", "two"),
]


@pytest.mark.parametrize(("text", "number"), SILENT, ids=[c[0][:30] for c in SILENT])
def test_a_word_or_short_symbol_is_not_read_as_a_unit(text, number):
    figures_read = _read(text)
    assert not [f for f in figures_read if f[1] in ("quantity", "money")], figures_read
    if number is not None:
        assert any(f[0] == number for f in figures_read), figures_read


def test_the_dollar_sign_stays_the_us_dollar_and_kr_is_not_guessed():
    assert _read("The plan costs $40m.")[0][3] == "USD"
    assert _read("The fare rose to ¥500.")[0][3] == "JPY"
    assert not [f for f in _read("Lunch cost kr 120 in Oslo.") if f[1] == "money"]


CATEGORY = "unit-conversion"
# (id, text, dateline, flagged, consistent twin): conversions between units the old tables did not know.
CONVERSIONS = [
    ("science-gigatonnes-to-megatonnes",
     "Global emissions of the gas reached 3 gigatonnes (300 megatonnes) last year, the agency said.",
     "2025-03-02", "300 megatonnes",
     "Global emissions of the gas reached 3 gigatonnes (3,000 megatonnes) last year, the agency said."),
    ("press-release-terawatt-hours",
     "The wind farm produced 2 terawatt-hours (200 gigawatt-hours) in its first full year.",
     "2025-01-20", "200 gigawatt-hours",
     "The wind farm produced 2 terawatt-hours (2,000 gigawatt-hours) in its first full year."),
    ("local-fathoms-to-metres",
     "The trawler went down in 40 fathoms (40 metres) of water off the headland.",
     "2024-11-08", "40 metres",
     "The trawler went down in 40 fathoms (73 metres) of water off the headland."),
    ("health-millilitres-to-litres",
     "Each donor gives 500mL (5 litres) of blood per session, the service said.",
     "2024-06-14", "5 litres",
     "Each donor gives 500mL (0.5 litres) of blood per session, the service said."),
]


@pytest.mark.parametrize(("text", "date", "flagged"), [c[1:4] for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS])
def test_a_wrong_conversion_between_new_units_is_flagged(text, date, flagged):
    assert_flagged(CATEGORY, text, date, flagged)


@pytest.mark.parametrize(("text", "date"), [(c[4], c[2]) for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS])
def test_a_right_conversion_between_new_units_is_clean(text, date):
    assert_consistent(CATEGORY, text, date)
