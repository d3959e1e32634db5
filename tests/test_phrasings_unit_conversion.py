"""Phrasing tests for the "unit-conversion" category: a conversion that is wrong.

A figure followed by its conversion into another unit, in brackets or as a
hyphenated compound, must convert to it, up to the rounding of the converted
figure; a conversion that keeps the number and only swaps the unit ("300 feet
(300 metres)") is the typical slip.

These passages were written fresh, without reading the checker's code; they are
invented (fictional organisations, people and places) and spread over wire,
broadsheet, local, sports, finance, science and press-release styles, metric
first and imperial first. Each firing case holds one wrong conversion, with the
converted figure that should be flagged; its consistent twin corrects it. The
shared machinery is in tests/phrasings.py.
"""

from __future__ import annotations

from phrasings import category_tests

CATEGORY = "unit-conversion"

#: Contradictions figures does not find yet (issue 9): strict, so each shows up when it starts to pass.
#: A conversion between hyphenated compounds ("A 10-mile (10-km) stretch").
KNOWN_MISSES = frozenset({"local-hyphenated-compound-conversion"})

#: Twins figures wrongly flags (issue 9): strict as well.
KNOWN_FALSE_ALARMS = frozenset()

# (id, text, dateline, flagged conversion, consistent twin)
CASES = [
    (
        "wire-speed-kmh-to-mph",
        "The storm brought gusts of 120 km/h (45 mph) to the coast on Sunday, "
        "forecasters said.",
        "2024-02-19",
        "45 mph",
        "The storm brought gusts of 120 km/h (75 mph) to the coast on Sunday, "
        "forecasters said.",
    ),
    (
        "broadsheet-metres-to-feet",
        "The climbers reached a camp at 3,000 metres (6,500 feet) before turning back.",
        "2024-05-27",
        "6,500 feet",
        "The climbers reached a camp at 3,000 metres (9,800 feet) before turning back.",
    ),
    (
        "us-local-miles-to-kilometers",
        "The new bridge spans 1.2 miles (3.5 kilometers) of open water.",
        "2024-08-14",
        "3.5 kilometers",
        "The new bridge spans 1.2 miles (1.9 kilometers) of open water.",
    ),
    (
        "local-birth-weight-lb-to-kg",
        "The baby, a girl, weighed 8 lb (5.2 kg) when she was born at home on Friday.",
        "2025-01-13",
        "5.2 kg",
        "The baby, a girl, weighed 8 lb (3.6 kg) when she was born at home on Friday.",
    ),
    (
        "broadsheet-celsius-to-fahrenheit",
        "Temperatures in Seville reached 40C (86F) on Monday, the hottest day of the "
        "year so far.",
        "2025-06-24",
        "86F",
        "Temperatures in Seville reached 40C (104F) on Monday, the hottest day of the "
        "year so far.",
    ),
    (
        "wire-hectares-same-number-acres",
        "The wildfire has destroyed 5,000 hectares (5,000 acres) of pine forest, "
        "officials said on Thursday.",
        "2024-07-26",
        "5,000 acres",
        "The wildfire has destroyed 5,000 hectares (12,350 acres) of pine forest, "
        "officials said on Thursday.",
    ),
    (
        "sports-knots-to-kmh",
        "The winning yacht touched 30 knots (90 km/h) on the final leg.",
        "2025-03-10",
        "90 km/h",
        "The winning yacht touched 30 knots (56 km/h) on the final leg.",
    ),
    (
        "science-depth-km-to-miles",
        "The fault lies 90 km (20 miles) beneath the city, the seismologists said.",
        "2023-12-04",
        "20 miles",
        "The fault lies 90 km (56 miles) beneath the city, the seismologists said.",
    ),
    (
        "sports-feet-inches-to-metres",
        "Standing 6ft 4in (1.63m), the centre is the tallest player in the squad.",
        "2024-09-09",
        "1.63m",
        "Standing 6ft 4in (1.93m), the centre is the tallest player in the squad.",
    ),
    (
        "local-feet-same-number-metres",
        "The ship's hull is 300 feet (300 metres) long, the shipyard said.",
        "2024-03-28",
        "300 metres",
        "The ship's hull is 300 feet (91 metres) long, the shipyard said.",
    ),
    (
        "science-kg-same-number-pounds",
        "The satellite weighs 1,500 kg (1,500 pounds) and will orbit at 550 km.",
        "2025-05-15",
        "1,500 pounds",
        "The satellite weighs 1,500 kg (3,300 pounds) and will orbit at 550 km.",
    ),
    (
        "science-million-km-to-million-miles",
        "The comet passed within 4 million km (25 million miles) of Earth.",
        "2024-10-30",
        "25 million miles",
        "The comet passed within 4 million km (2.5 million miles) of Earth.",
    ),
    (
        "press-release-square-metres-to-square-feet",
        "The new distribution centre offers 20,000 square metres (21,500 square feet) "
        "of storage space.",
        "2025-04-22",
        "21,500 square feet",
        "The new distribution centre offers 20,000 square metres (215,000 square feet) "
        "of storage space.",
    ),
    (
        "us-wire-fahrenheit-to-celsius-words",
        "Highs will reach 95 degrees Fahrenheit (25 degrees Celsius) across the region "
        "on Saturday.",
        "2024-07-17",
        "25 degrees Celsius",
        "Highs will reach 95 degrees Fahrenheit (35 degrees Celsius) across the region "
        "on Saturday.",
    ),
    (
        "local-hyphenated-compound-conversion",
        "A 10-mile (10-km) stretch of the A49 will close overnight for resurfacing.",
        "2024-11-04",
        "10-km",
        "A 10-mile (16-km) stretch of the A49 will close overnight for resurfacing.",
    ),
    (
        "wire-square-km-to-square-miles",
        "The wildfire has burned 410 square km (260 square miles) of forest since "
        "Tuesday, officials said.",
        "2024-08-21",
        "260 square miles",
        "The wildfire has burned 410 square km (158 square miles) of forest since "
        "Tuesday, officials said.",
    ),
    (
        "broadsheet-sq-km-to-sq-miles",
        "The new marine park spans 5,200 sq km (3,100 sq miles) off the northern coast.",
        "2025-02-10",
        "3,100 sq miles",
        "The new marine park spans 5,200 sq km (2,000 sq miles) off the northern coast.",
    ),
    (
        "science-km2-to-square-miles",
        "The glacier has lost 38 km2 (30 square miles) of ice since 1990, the survey "
        "found.",
        "2023-11-14",
        "30 square miles",
        "The glacier has lost 38 km2 (15 square miles) of ice since 1990, the survey "
        "found.",
    ),
    (
        "us-local-square-miles-to-square-km",
        "The county covers 640 square miles (980 square kilometers) of farmland and "
        "forest.",
        "2024-03-27",
        "980 square kilometers",
        "The county covers 640 square miles (1,660 square kilometers) of farmland and "
        "forest.",
    ),
]

test_contradiction_is_flagged, test_consistent_twin_is_clean = category_tests(
    CATEGORY, CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS)
