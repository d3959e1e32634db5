"""Number forms (issue 10, item 3): scientific notation, unicode and slashed fractions, spelled numbers
of any size, Indian grouping and scales, negative amounts, ranges with units, rates per period; and the
number lexicon as data (``figures/lang/en/numbers.toml``, whose examples run here)."""

from __future__ import annotations

import math

import pytest

import figures
from figures import extract
from figures.extraction.numbers import NUMBER_RE, SCALE_RE, parse_number, scaled, word_number_extent
from figures.lang import LanguageDataError, number_words


def _read(text: str):
    match = NUMBER_RE.match(text)
    assert match, text
    core = match.group()
    if core[0].isalpha():
        core = core[:word_number_extent(core)]
    number = parse_number(core)
    scale = SCALE_RE.match(text, len(core))
    return scaled(number, scale.group(1)) if number and scale else number


@pytest.mark.parametrize("example", number_words().examples, ids=lambda e: e["text"])
def test_numbers_toml_examples(example):
    number = _read(example["text"])
    assert number is not None
    assert math.isclose(number.value, example["value"], rel_tol=1e-9)
    if "step" in example:
        assert math.isclose(number.step, example["step"], rel_tol=1e-9, abs_tol=1e-12)


def test_number_words_are_validated_and_defined_once():
    words = number_words()
    assert words.scale_words["crore"] == 1e7 and words.scale_words["lakh"] == 1e5
    assert words.qualifiers["nearly"] == "almost"
    from figures.extraction import lexicon
    assert lexicon.UNITS_WORDS is words.units and lexicon.QUALIFIERS is words.qualifiers
    assert lexicon.SCALE_WORDS["crore"] == 1e7 and lexicon.SCALE_WORDS["hundred"] == 100


def test_bad_number_file_is_refused(monkeypatch):
    import figures.lang as lang
    real = lang.read
    monkeypatch.setattr(lang, "read", lambda name, language="en": {**real(name, language), "units": {"One": 1}})
    lang.number_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError):
            lang.number_words()
    finally:
        monkeypatch.setattr(lang, "read", real)
        lang.number_words.cache_clear()


def _only(text: str, kinds=("count", "quantity", "money", "percent", "duration")):
    found = [f for f in extract(text) if f.kind in kinds]
    assert len(found) == 1, [(f.kind, f.text) for f in found]
    return found[0]


# ------------------------------------------------------------------ firing: the value read
FIRING = [
    # science desk
    ("The probe measured a field of 4.1 × 10⁻⁵ tesla near the moon's pole.", 4.1e-5),
    ("A single cell holds roughly 3.2 x 10^9 base pairs, the team wrote.", 3.2e9),
    ("Its resistivity, 1.68×10−8 ohm-metres, is the lowest of any metal tested.", 1.68e-8),
    ("The simulation ran 7e4 iterations before it settled.", 7e4),
    # recipe / local
    ("Stir in ¾ of the stock and simmer.", 0.75),
    ("The parish boundary moved 2½ miles north.", 2.5),
    ("Each share is worth 1⁄64 of the pool.", 1 / 64),
    # spelled, broadsheet
    ("The archive holds some two hundred and thirty-one thousand letters.", 231_000),
    ("Organisers expect one and a half million visitors over the summer.", 1_500_000),
    ("A dozen firefighters were sent to the blaze.", 12),
    ("The charity fed three thousand four hundred families.", 3_400),
    # Indian wire and finance
    ("The state will spend Rs 65 crore on the new bridge.", 650_000_000),
    ("Nearly 4 lakh pilgrims reached the shrine on Sunday.", 400_000),
    ("The flat sold for 2,35,000 rupees.", 235_000),
    ("Five lakh saplings were planted along the canal.", 500_000),
    # negative amounts, finance
    ("The fund reported a net flow of $-3.4 billion for the quarter.", -3.4e9),
    ("Its trade balance stood at -€1.2 billion in June.", -1.2e9),
]


@pytest.mark.parametrize("text,value", FIRING)
def test_number_form_value(text, value):
    figure = _only(text)
    assert math.isclose(figure.value, value, rel_tol=1e-9), figure


def test_crore_money_is_rupees():
    figure = _only("The council approved a budget of Rs 40 crore.")
    assert figure.kind == "money" and figure.unit == "INR" and figure.value == 400_000_000


def test_minus_dollar_styles_agree():
    before = _only("Net income was -$50.8 billion.")
    after = _only("Net income was $-50.8 billion.")
    assert before.value == after.value == -50.8e9 and before.unit == after.unit == "USD"


def test_accounts_parentheses_stay_positive():
    """"(1.2 million)" is as often an aside or a conversion as an accounting negative: never negated."""
    found = [f for f in extract("The club's attendance (1.2 million) was a record.") if f.kind == "count"]
    assert [f.value for f in found] == [1_200_000]


@pytest.mark.parametrize("text,low,high,unit", [
    ("The hike covers 5-10 km through forest.", 5, 10, "kilometer"),
    ("Rangers patrol 6 km to 9 km each shift.", 6, 9, "kilometer"),
    ("Start-ups there typically raise $2m-$4m in a first round.", 2e6, 4e6, "USD"),
    ("Between 20 and 30 tonnes of grain were lost.", 20, 30, None),
])
def test_ranges_with_units(text, low, high, unit):
    ranges = [f for f in extract(text) if f.qualifier == "range"]
    assert len(ranges) == 1, ranges
    figure = ranges[0]
    assert figure.low <= low <= figure.high and figure.low <= high <= figure.high
    assert figure.value == pytest.approx((low + high) / 2)
    if unit:
        assert figure.unit == unit


@pytest.mark.parametrize("text,value,unit", [
    ("Cleaners in the city earn $12.50 an hour.", 12.5, "USD / hour"),
    ("The striker is paid £300,000 a week.", 300_000, "GBP / week"),
    ("The lease costs €4,000 per month.", 4_000, "EUR / month"),
    ("Junior doctors said they work 60 hours a week.", 60, "hour / week"),
])
def test_rates_per_period(text, value, unit):
    figure = _only(text)
    assert figure.value == value and figure.unit == unit


def test_rate_and_total_differ_in_unit():
    found = [f for f in extract("She earns $20 an hour, or $800 for the week.") if f.kind == "money"]
    assert [(f.value, f.unit) for f in found] == [(20, "USD / hour"), (800, "USD")]


# ------------------------------------------------------------------ hard negatives: no number form read
@pytest.mark.parametrize("text,absent", [
    ("Version 2.0.1 fixes the login bug.", [0.0, 0.1, 1.0]),
    ("The store is open 24/7 over the holidays.", [24 / 7]),
    ("Call the hotline on 0800 555 0199 for advice.", [0.0078125]),
    ("The hex colour #3e5f8a was chosen for the logo.", [3e5]),
    ("Model X3e5 was recalled.", [3e5]),
    ("The scale model is 2 x 10 inches.", [2e10, 20]),
    ("Crores of rupees were spent, officials said.", [1e7]),
    ("A lakh is a hundred thousand.", []),
])
def test_hard_negatives(text, absent):
    values = [f.value for f in extract(text) if f.value is not None]
    for value in absent:
        assert not any(math.isclose(v, value, rel_tol=1e-9) for v in values), (text, values)


def test_score_is_not_a_fraction_or_range():
    figures = extract("City won 3-1 at home on Saturday.")
    assert not any(f.qualifier == "range" or f.kind == "ratio" for f in figures)


def test_date_slash_is_not_a_fraction():
    figures = extract("The vote is set for 3/4, officials said.")
    assert not any(f.value is not None and math.isclose(f.value, 0.75) for f in figures)


def test_no_false_alarm_on_consistent_forms():
    from figures import check
    text = ("The ministry spent Rs 40 crore, or 400 million rupees, on the scheme. "
            "About 1.2 × 10⁶ people used it, roughly 1.2 million in all.")
    assert [d for d in check(text) if d.level == "error"] == []


def test_two_scale_words_keep_the_first_ones_precision():
    figure = _only("The ministry pegged the outlay at Rs 1.2 lakh crore.")
    assert figure.value == 1.2e12 and figure.low <= 1.16e12 and figure.high >= 1.24e12


@pytest.mark.parametrize("text,first", [
    ("Membership grew from 5 to 7 million, the union said.", 5e6),
    ("Quarterly revenue went from $10 to $15 billion.", 10e9),
    ("Output fell from 80 to 7 million barrels.", 80),  # 80 million is no plausible start
])
def test_from_to_shares_the_second_scale(text, first):
    found = [f for f in extract(text) if f.kind in ("count", "money", "quantity")]
    assert found[0].value == first


@pytest.mark.parametrize("text,low,high,unit", [
    ("The new pipes run 5 km-10 km under the bay.", 5, 10, "kilometer"),
    ("Volunteers walk 10km to 12km a day.", 10, 12, "kilometer / day"),
    ("Pickers earn $10-$12 an hour.", 10, 12, "USD / hour"),
])
def test_range_with_unit_on_both_ends_or_period_after(text, low, high, unit):
    ranges = [f for f in extract(text) if f.qualifier == "range"]
    assert len(ranges) == 1 and ranges[0].unit == unit
    assert ranges[0].low <= low and ranges[0].high >= high and ranges[0].value == (low + high) / 2


@pytest.mark.parametrize("text", [
    "The F-16 and the MiG-29 flew over the base.",
    "Route A-7 reopened after the storm.",
])
def test_codes_after_a_hyphen_stay_codes(text):
    assert not [f for f in extract(text) if f.kind in ("count", "quantity")]


@pytest.mark.parametrize("text,value,kind", [
    ("Half a million people lined the route, police said.", 500_000, "count"),
    ("The council has closed half a dozen libraries.", 6, "count"),
    ("A half-million households lost power overnight.", 500_000, "count"),
    ("The league spent half a billion dollars on the stadium.", 5e8, "money"),
])
def test_half_a_scale_is_one_number(text, value, kind):
    figure = _only(text, kinds=("count", "money", "ratio"))
    assert figure.kind == kind and figure.value == value


def test_half_of_something_stays_a_share():
    assert [(f.kind, f.value) for f in extract("Half the staff were sent home.")] == [("ratio", 0.5)]


@pytest.mark.parametrize("text", [
    "Revenue rose to $85.8 million from $75.1 million a year before.",
    "The fund held £2bn a year ago.",
    "Exports were 3 million tonnes, against 2.5 million tonnes a year earlier.",
])
def test_a_period_of_time_shift_after_an_amount_is_no_rate(text):
    assert all("/" not in (f.unit or "") for f in extract(text))


# ------------------------------------------------------------------ currency prefixes, alternatives, multiples
@pytest.mark.parametrize("text,value,unit", [
    ("Profit at the Kowloon lender rose to HK $2.9 billion in the half.", 2.9e9, "HKD"),
    ("The studio's last film grossed US $310 million worldwide.", 310e6, "USD"),
    ("Auckland council set aside NZ $45m for the pipes.", 45e6, "NZD"),
])
def test_a_country_prefix_may_stand_apart_from_its_symbol(text, value, unit):
    figure = _only(text)
    assert (figure.kind, figure.value, figure.unit) == ("money", value, unit)


@pytest.mark.parametrize("text", [
    "Under Plan C $10 goes to the charity.",
    "Row S $40 seats sold out first.",
])
def test_a_one_letter_prefix_must_be_glued(text):
    assert [f.unit for f in extract(text) if f.kind == "money"] == ["USD"]


@pytest.mark.parametrize("text,unit", [
    ("A pint there costs 6 or $7 now.", "USD"),
    ("Forecasters expect growth of two or three per cent.", "percent"),
    ("The trail is 4 or 5 km longer after the landslide.", "kilometer"),
])
def test_alternatives_share_the_unit_written_on_the_second(text, unit):
    found = [f for f in extract(text) if f.kind in ("count", "money", "percent", "quantity")]
    assert len(found) == 2 and {f.unit for f in found} == {unit}, [(f.text, f.kind, f.unit) for f in found]


@pytest.mark.parametrize("text", [
    "Ticket sales were 6 or more on most nights.",
    "She scored 3 or 4 goals in each of the 10 matches.",
])
def test_alternatives_without_a_unit_stay_counts(text):
    assert all(f.unit is None for f in extract(text) if f.kind == "count")


@pytest.mark.parametrize("text,value", [
    ("Exports to the bloc grew more than sixfold in a decade.", 6),
    ("The vaccine cut hospital admissions tenfold, the trial found.", 10),
    ("Analysts saw a 2.5-fold jump in orders.", 2.5),
    ("Demand for the drug rose twenty-fold after the approval.", 20),
])
def test_a_multiple_is_a_factor_not_a_count(text, value):
    found = [f for f in extract(text) if f.kind in ("count", "ratio")]
    assert [(f.kind, f.value if f.value is not None else f.low) for f in found] == [("ratio", value)]


def test_words_ending_in_fold_are_no_multiples():
    assert not [f for f in extract("The benefits are manifold, and the blindfold was removed.")
                if f.kind in ("count", "ratio")]


@pytest.mark.parametrize("text,value,unit", [
    ("Warehouse pickers are now offered $17.25/hour on nights.", 17.25, "USD / hour"),
    ("The cottage lets for £650/week in August.", 650, "GBP / week"),
    ("Residents on the ward work 80 hours/week, the union says.", 80, "hour / week"),
])
def test_a_slash_before_a_period_is_a_rate(text, value, unit):
    figure = _only(text)
    assert figure.value == value and figure.unit == unit


@pytest.mark.parametrize("text,unit", [
    ("Workers at the plant received up to 250 mSv during the leak.", "millisievert"),
    ("A chest CT delivers about 7 mGy to the lungs.", "milligray"),
    ("The home battery stores 13.5 kWh, or 13,500 Wh.", "watt_hour"),
    ("Global data traffic will pass 300 exabytes a month, the report says.", "exabyte"),
    ("The lake covers 12 km^2 at its winter level.", "kilometer ** 2"),
])
def test_units_news_writes_in_science_and_tech_copy(text, unit):
    assert unit in [f.unit.split(" / ")[0] if f.unit else None for f in extract(text)]


# ------------------------------------------------------------------ compound measures
@pytest.mark.parametrize("text,value,unit", [
    ("The lock forward, 6ft 7in, was the tallest man on the pitch.", 6 + 7 / 12, "foot"),
    ("Their daughter was born at 8lb 2oz on Tuesday morning.", 8 + 2 / 16, "pound"),
    ("The 6-foot-9 centre led all scorers with 31 points.", 6 + 9 / 12, "foot"),
    ("He is 5 feet 11 inches, police said, and was last seen in a grey coat.", 5 + 11 / 12, "foot"),
    ("The flight was delayed by 3 hours and 40 minutes.", 3 + 40 / 60, "hour"),
    ("She finished the marathon in 2 hours 58 minutes.", 2 + 58 / 60, "hour"),
])
def test_a_compound_measure_is_one_figure(text, value, unit):
    figure = _only(text, kinds=("quantity", "duration"))
    assert figure.unit == unit and figure.low <= value <= figure.high, figure


@pytest.mark.parametrize("text", [
    "He walked 5 miles 3 times a week.",
    "The ridge rises 200 feet 30 metres from the hut.",
    "It took 2 hours 90 minutes longer than planned.",
])
def test_measures_that_are_not_one_compound_stay_apart(text):
    assert len([f for f in extract(text) if f.kind in ("quantity", "duration", "count")]) >= 2


def test_compound_factors_agree_with_pint():
    import pint

    from figures.lang import unit_vocabulary

    registry = pint.UnitRegistry()
    for larger, (smaller, factor) in unit_vocabulary().compounds.items():
        assert registry.Quantity(1, larger).to(smaller).magnitude == pytest.approx(factor), larger


@pytest.mark.parametrize("text,unit", [
    ("Standing 6ft 1in (1.85m), the recruit cleared the bar.", "meter"),
    ("The python measured 16 feet (4.9m) from head to tail.", "meter"),
])
def test_a_bracketed_conversion_of_a_measure_is_in_metres_not_millions(text, unit):
    assert [f.unit for f in extract(text) if f.kind == "quantity"][-1] == unit


# ------------------------------------------------------------------ currency signs written in letters
@pytest.mark.parametrize("text,value,unit", [
    ("The metro line will cost Rs 2,400 crore, the ministry said.", 24e9, "INR"),
    ("The rupiah weakened past Rp 15,500 per dollar.", 15_500, "IDR"),
    ("Eskom needs R320bn over the decade, analysts say.", 320e9, "ZAR"),
    ("Shares of the Penang chipmaker closed at RM4.12.", 4.12, "MYR"),
])
def test_a_currency_sign_in_letters_is_no_name(text, value, unit):
    figure = _only(text)
    assert figure.kind == "money" and figure.unit == unit and math.isclose(figure.value, value, rel_tol=1e-9)


@pytest.mark.parametrize("text", [
    "Tailbacks stretched along the R445 after the crash.",
    "The R2 unit was restored in the museum's robotics hall.",
])
def test_a_one_letter_sign_without_a_scale_stays_a_name(text):
    assert not [f for f in extract(text) if f.kind in ("money", "count")]


def test_quid_is_pounds():
    figure = _only("He sold the bike for 450 quid on Saturday.")
    assert (figure.kind, figure.unit, figure.value) == ("money", "GBP", 450)


@pytest.mark.parametrize("text", [
    "She won the charity 10K in a personal best.",
    "The chef's video passed 40K views overnight.",
])
def test_a_glued_capital_k_is_no_kelvin(text):
    assert not [f for f in extract(text) if f.unit == "kelvin"]


@pytest.mark.parametrize("text", [
    "The jockey had to shed 1st 2lb (7.3kg) before the Derby.",
    "At her heaviest she weighed 15 stone 6lb (98kg), she told the paper.",
    "The winning jump of 2m 31cm (7ft 7in) was a championship record.",
    "The newborn weighed 7lb 3oz (3.26kg).",
    "The centre stands 6ft 4in (1.93m) in his socks.",
])
def test_a_bracket_after_a_compound_measure_converts_the_whole_of_it(text):
    assert not [d for d in figures.check(text) if d.category == "unit-conversion"], text


def test_a_wrong_conversion_of_a_compound_measure_is_still_found():
    assert [d for d in figures.check("The centre stands 6ft 4in (1.63m) in his socks.")
            if d.category == "unit-conversion"]


@pytest.mark.parametrize("text,unit", [
    ("The new signing is 1.96m tall and left-footed.", "meter"),
    ("Crews built a 2.4m-high barrier along the quay.", "meter"),
    ("The sinkhole is 3.5m wide and 6m deep.", "meter"),
    ("The streaming service now has 2.3m long-term subscribers.", None),
])
def test_a_dimension_adjective_makes_m_metres(text, unit):
    assert [f.unit for f in extract(text) if f.kind in ("count", "quantity")][0] == unit


@pytest.mark.parametrize("text,kind,value,unit", [
    ("Nearly 2/3 of the county's schools reopened on Monday.", "ratio", 2 / 3, None),
    ("The track is a 1/4 mile dirt oval south of town.", "quantity", 0.25, "mile"),
    ("Commuters lost 3/4 hour each way during the closure.", "duration", 0.75, "hour"),
])
def test_a_slashed_fraction_before_of_or_a_unit(text, kind, value, unit):
    figure = _only(text, kinds=("ratio", "quantity", "duration"))
    assert (figure.kind, figure.unit) == (kind, unit) and figure.low <= value + 1e-9 and value - 1e-9 <= figure.high


@pytest.mark.parametrize("text", [
    "The hearing was moved to 3/4, the clerk said.",
    "The helpline is staffed 24/7 over the holiday.",
])
def test_a_slashed_pair_alone_is_no_fraction(text):
    assert not [f for f in extract(text) if f.kind in ("ratio", "quantity", "count")]


@pytest.mark.parametrize("text,value,unit", [
    ("The board declared a 15-cent-a-share dividend.", 0.15, "USD"),
    ("Fans queued for the commemorative 50-euro coin.", 50, "EUR"),
    ("He slipped the driver a twenty-dollar bill.", 20, "USD"),
])
def test_a_hyphenated_currency_word_is_money(text, value, unit):
    figure = _only(text)
    assert figure.kind == "money" and figure.unit == unit and math.isclose(figure.value, value)


@pytest.mark.parametrize("text,kind,unit", [
    ("Magistrates fined the landlord 2,000 pounds for the breach.", "money", "GBP"),
    ("A season ticket now costs 750 pounds, up from 690.", "money", "GBP"),
    ("Nurses there earn about 28,000 pounds a year.", "money", "GBP / year"),
    ("Commuters paid 45 rand for the same trip last year.", "money", "ZAR"),
    ("The prize-winning marrow weighed 120 pounds.", "quantity", "pound"),
    ("He lost 40 pounds before the fight, his trainer said.", "quantity", "pound"),
    ("Volunteers paid for a 50 pound sack of rice.", "quantity", "pound"),
    ("The 22 pounds of explosives cost nothing to make, police said.", "quantity", "pound"),
])
def test_pounds_and_other_ambiguous_currency_nouns_read_by_the_words_around(text, kind, unit):
    figure = [f for f in extract(text) if f.kind in ("money", "quantity")][0]
    assert (figure.kind, figure.unit) == (kind, unit), figure


def test_a_currency_adjective_names_the_currency_of_any_currency_noun():
    found = [(f.unit, f.value) for f in extract("Tolls rose by 40 Canadian cents, to 3 Canadian dollars.")
             if f.kind == "money"]
    assert found == [("CAD", 0.4), ("CAD", 3.0)]


def test_a_year_before_a_measure_does_not_make_it_a_tail():
    assert [d for d in figures.check("In 2019 the 50km (40 miles) loop was closed.")
            if d.category == "unit-conversion"]
