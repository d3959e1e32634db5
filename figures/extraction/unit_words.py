"""How news writes units, currencies and time units, mapped to pint units and ISO codes."""

from __future__ import annotations

import re

from figures.extraction.numbers import _alternation

#: Unit words (case-insensitive, singular and plural) -> pint unit expression.
_UNIT_WORDS = {
    "kilometre|kilometres|kilometer|kilometers": "kilometer",
    "metre|metres|meter|meters": "meter",
    "centimetre|centimetres|centimeter|centimeters": "centimeter",
    "millimetre|millimetres|millimeter|millimeters": "millimeter",
    "mile|miles": "mile",
    "nautical mile|nautical miles": "nautical_mile",
    "foot|feet": "foot",
    "inch|inches": "inch",
    "yard|yards": "yard",
    "light-year|light-years|light year|light years": "light_year",
    "kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos": "kilogram",
    "gram|grams|gramme|grammes": "gram",
    "milligram|milligrams": "milligram",
    "tonne|tonnes|metric ton|metric tons": "metric_ton",
    "ton|tons|short ton|short tons": "ton",
    "long ton|long tons": "long_ton",
    "ounce|ounces": "ounce",
    "troy ounce|troy ounces": "troy_ounce",
    "carat|carats": "carat",
    "acre|acres": "acre",
    "hectare|hectares": "hectare",
    "litre|litres|liter|liters": "liter",
    "millilitre|millilitres|milliliter|milliliters": "milliliter",
    "gallon|gallons": "gallon",
    "barrel|barrels": "oil_barrel",
    "bushel|bushels": "bushel",
    "miles per gallon": "mile / gallon",
    "kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour": "kilometer / hour",
    "miles per hour|miles an hour": "mile / hour",
    "metres per second|meters per second": "meter / second",
    "knot|knots": "knot",
    "degrees celsius|degree celsius|degrees centigrade|degree centigrade": "degree_Celsius",
    "degrees fahrenheit|degree fahrenheit": "degree_Fahrenheit",
    "kelvin": "kelvin",
    "watt|watts": "watt",
    "kilowatt|kilowatts": "kilowatt",
    "megawatt|megawatts": "megawatt",
    "gigawatt|gigawatts": "gigawatt",
    "kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours": "kilowatt_hour",
    "megawatt-hour|megawatt-hours|megawatt hour|megawatt hours": "megawatt_hour",
    "gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours": "gigawatt_hour",
    "terawatt-hour|terawatt-hours|terawatt hour|terawatt hours": "terawatt_hour",
    "joule|joules": "joule",
    "kilojoule|kilojoules": "kilojoule",
    "megajoule|megajoules": "megajoule",
    "gigajoule|gigajoules": "gigajoule",
    "calorie|calories": "kilocalorie",
    "kilocalorie|kilocalories": "kilocalorie",
    "horsepower": "horsepower",
    "volt|volts": "volt",
    "byte|bytes": "byte",
    "kilobyte|kilobytes": "kilobyte",
    "megabyte|megabytes": "megabyte",
    "gigabyte|gigabytes": "gigabyte",
    "terabyte|terabytes": "terabyte",
    "petabyte|petabytes": "petabyte",
    "megabit|megabits": "megabit",
    "gigabit|gigabits": "gigabit",
    "hertz": "hertz",
    "megahertz": "megahertz",
    "gigahertz": "gigahertz",
    "pound-feet|pound-foot": "foot_pound",
    "micrometre|micrometres|micrometer|micrometers|micron|microns": "micrometer",
    "nanometre|nanometres|nanometer|nanometers": "nanometer",
    "parts per million": "ppm",
    "pascal|pascals": "pascal",
    "basis point|basis points": "basis_point",
}
#: Unit symbols (case-sensitive).
_UNIT_SYMBOLS = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter",
    "mi": "mile", "ft": "foot", "yd": "yard", "kg": "kilogram", "g": "gram",
    "mg": "milligram", "lb": "pound", "lbs": "pound", "oz": "ounce", "t": "metric_ton",
    "ha": "hectare",
    "ml": "milliliter", "cc": "cubic_centimeter", "bbl": "oil_barrel",
    "km/h": "kilometer / hour", "kph": "kilometer / hour", "kmh": "kilometer / hour",
    "mph": "mile / hour", "m/s": "meter / second", "kt": "knot", "kts": "knot",
    "°C": "degree_Celsius", "ºC": "degree_Celsius", "° C": "degree_Celsius", "C": "degree_Celsius",
    "°F": "degree_Fahrenheit", "ºF": "degree_Fahrenheit", "° F": "degree_Fahrenheit",
    "F": "degree_Fahrenheit", "K": "kelvin",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour",
    "kJ": "kilojoule", "MJ": "megajoule", "kcal": "kilocalorie", "hp": "horsepower",
    "V": "volt", "kV": "kilovolt",
    "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "Mbps": "megabit / second", "Gbps": "gigabit / second", "kbps": "kilobit / second",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "rpm": "revolutions_per_minute", "bpd": "oil_barrel / day",
    "lb-ft": "foot_pound", "Nm": "newton * meter", "ksi": "kip / inch ** 2", "psi": "psi",
    "Pa": "pascal", "kPa": "kilopascal", "MPa": "megapascal", "GPa": "gigapascal",
    "μm": "micrometer", "µm": "micrometer", "mAh": "milliampere_hour", "Ah": "ampere_hour",
    "ppm": "ppm", "mpg": "mile / gallon", "″": "inch", "′": "foot", "Ghz": "gigahertz", "ghz": "gigahertz", "Mhz": "megahertz", "bps": "basis_point",
    "bp": "basis_point",
}
#: Pound is a mass or a currency: see ``currency_or_unit``.
_MASS_POUND = {"pound": "pound", "pounds": "pound"}

#: Time units -> (pint unit, factor): "a decade" is 10 years (pint's decade is logarithmic).
TIME_UNITS = {
    "second": ("second", 1), "seconds": ("second", 1), "minute": ("minute", 1),
    "minutes": ("minute", 1), "hour": ("hour", 1), "hours": ("hour", 1),
    "day": ("day", 1), "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("week", 2), "fortnights": ("week", 2), "month": ("month", 1),
    "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100),
    "centuries": ("year", 100), "min": ("minute", 1), "mins": ("minute", 1),
    "hr": ("hour", 1), "hrs": ("hour", 1), "sec": ("second", 1), "secs": ("second", 1),
}

#: Currency signs before a number -> ISO code (longest first in the regex).
CURRENCY_SIGNS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "USD ": "USD", "C$": "CAD",
    "CAD": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "NT$": "TWD", "R$": "BRL", "£": "GBP", "GBP": "GBP", "stg": "GBP", "€": "EUR", "EUR": "EUR",
    "¥": "JPY", "JPY": "JPY", "Rs": "INR", "Rs.": "INR", "₹": "INR", "INR": "INR",
    "CHF": "CHF", "SFr": "CHF", "RMB": "CNY", "CNY": "CNY", "₩": "KRW", "₽": "RUB",
    "₦": "NGN", "₪": "ILS", "R": "ZAR", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD",
    "SGD": "SGD", "RM": "MYR", "Rp": "IDR", "INR ": "INR",
}
#: Currency signs written after the number ("1,200€").
CURRENCY_SIGNS_AFTER = {"€": "EUR", "£": "GBP", "¥": "JPY", "$": "USD"}
#: Currency words after a number -> ISO code; adjectives refine dollars, francs, ...
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "usd": "USD",
    "cent": "USD", "cents": "USD", "cts": "USD", "ct": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "sterling": "GBP", "stg": "GBP",
    "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "francs": "FRF", "franc": "FRF",
    "marks": "DEM", "deutschemarks": "DEM", "guilders": "NLG", "lire": "ITL", "lira": "ITL",
    "pesos": "MXN", "peso": "MXN", "rand": "ZAR", "ringgit": "MYR", "baht": "THB",
    "riyals": "SAR", "riyal": "SAR", "naira": "NGN", "shekels": "ILS", "shekel": "ILS",
    "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "kronor": "SEK", "krona": "SEK", "hryvnia": "UAH", "hryvnias": "UAH", "zlotys": "PLN",
    "zloty": "PLN", "reais": "BRL", "real": "BRL", "won": "KRW", "sen": "MYR",
}
CURRENCY_ADJECTIVES = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
    "swiss": "CHF", "french": "FRF", "belgian": "BEF", "west german": "DEM",
    "german": "DEM", "dutch": "NLG", "italian": "ITL", "turkish": "TRY",
    "mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "south african": "ZAR",
    "south korean": "KRW", "korean": "KRW", "saudi": "SAR", "israeli": "ILS",
    "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "brazilian": "BRL",
    "pakistani": "PKR", "indian": "INR", "indonesian": "IDR", "egyptian": "EGP",
    "kenyan": "KES", "chinese": "CNY", "japanese": "JPY", "russian": "RUB",
}
#: Words for which a currency adjective is required (or a scale word before them).
AMBIGUOUS_CURRENCY_WORDS = frozenset({"won", "real", "rand", "marks", "crowns", "crown"})
CROWN_ADJECTIVES = {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK"}
CENTS = frozenset({"cent", "cents", "cts", "ct", "sen"})


def _expand(table: dict[str, str]) -> dict[str, str]:
    """Keys like "metre|metres|meter|meters" to one key each."""
    return {surface: unit for surfaces, unit in table.items() for surface in surfaces.split("|")}


#: Words before a length that make it an area or a volume: "square km", "sq miles", "cubic feet".
_POWERS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3, "cu.": 3}
#: Lengths an area or a volume is made of.
_LENGTHS = frozenset({"kilometer", "meter", "centimeter", "millimeter", "mile", "foot", "inch", "yard"})


#: Exponents written after a length symbol: "km2", "m²", "m3".
_EXPONENTS = {"2": 2, "²": 2, "3": 3, "³": 3}


def _powers(table: dict[str, str], symbols: bool = False) -> dict[str, str]:
    """Every length of ``table`` squared or cubed by a word before it ("square km", "sq. miles") or,
    for a letter symbol, by an exponent after it ("km2", "m³"; not "5′2", five feet two)."""
    powered = {f"{word} {surface}": f"{unit} ** {power}" for surface, unit in table.items() if unit in _LENGTHS
               for word, power in _POWERS.items()}
    if symbols:
        powered |= {f"{surface}{digit}": f"{unit} ** {power}" for surface, unit in table.items()
                    if unit in _LENGTHS and surface.isalpha() for digit, power in _EXPONENTS.items()}
    return powered


UNIT_WORDS = {**_expand(_UNIT_WORDS), **_powers(_expand(_UNIT_WORDS))}
UNIT_SYMBOLS = {**_UNIT_SYMBOLS, **_powers(_UNIT_SYMBOLS, symbols=True)}
_WORD_UNITS = _alternation({**UNIT_WORDS, **_MASS_POUND})
_SYMBOL_UNITS = _alternation(UNIT_SYMBOLS)

#: A unit right after a number: "10 km", "10km", "10-km", "5 square miles", "25C".
UNIT_AFTER = re.compile(
    rf"(?:\s?-\s?|\s*)(?:(?i:(?P<word>{_WORD_UNITS}))\b|(?P<symbol>{_SYMBOL_UNITS})(?![A-Za-z0-9]))"
)
TIME_AFTER = re.compile(
    rf"(?:\s?-\s?|\s*)(?i:(?P<time>{_alternation(TIME_UNITS)}))\b(?P<long>-long)?"
)


_GLUED_ONLY = frozenset({"C", "F", "K", "V", "W", "t", "g", "m"})
_PER_TIME = re.compile(r"(?:\s+|-)(?:a|an|per|every)(?:\s+|-)(?P<t>second|minute|hour|day|week|month|year)\b", re.I)


def unit_after(text: str, at: int) -> tuple[str, int] | None:
    """The pint unit written at ``at`` (after a number), with a rate ("a day"), and its end."""
    match = UNIT_AFTER.match(text, at)
    if not match:
        return None
    if match.group("word"):
        word = match.group("word").lower()
        unit = UNIT_WORDS.get(word) or _MASS_POUND[word]
    else:
        symbol = match.group("symbol")
        if symbol in _GLUED_ONLY and match.start("symbol") != at:
            return None  # "25C" is a temperature; "2.5 F" may be farads, "18 R" rand
        unit = UNIT_SYMBOLS[symbol]
    rate = _PER_TIME.match(text, match.end())
    if rate and "/" not in unit:
        return f"{unit} / {rate.group('t').lower()}", rate.end()
    return unit, match.end()
