"""Spans that look numeric but are not figures: tickers, times, phone numbers, scores, names."""

from __future__ import annotations

import re

_NOT_FIGURES = [
    # stock tickers: <GM>, <AC.N>
    r"<[A-Z][A-Z0-9.&-]{0,11}>",
    # times of day: 2.15pm, 10:30 a.m., 3 p.m., 0900 GMT, 15:00
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*(?:GMT|EST|EDT|BST|CET|UTC|local time|hrs)\b)?",
    r"\b[0-2]\d[0-5]\d\s*(?:GMT|EST|EDT|BST|CET|UTC|hrs|local)\b",
    # phone numbers: (202) 555-0123, +44 20 7946 0958, 555-0123
    r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}\b",
    r"\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b",
    r"\b\d{3}[.-]\d{3}[.-]\d{4}\b",
    r"\b\d{3}-\d{4}\b(?!\s*(?:%|percent|pct))",
    # tennis and other scores: 7-6 (7-2), 6-4 6-3, a 2-1 win, beat them 3-0
    r"\b\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))(?:,?\s+\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?)*",
    r"\b\d{1,2}-\d{1,2}(?:,?\s+\d{1,2}-\d{1,2}){1,4}\b",
    r"(?i:\b(?:won|win|beat|beating|lost|losing|lose|drew|draw|defeated|led|lead|leading|trail"
    r"|trailed|trailing|victory|defeat|score|scored|edged)\b(?:\s+\w+){0,3}?\s+)\d{1,3}-\d{1,3}\b",
    r"\b\d{1,3}-\d{1,3}(?=\s+(?:win|victory|defeat|loss|draw|lead|home win|away win|aggregate)\b)",
    # names with numbers: G7, F-16, COVID-19, MH17, B-52, A380, 4G, 3D, H1N1
    r"\b(?!Q[1-4]\b|FY\d)[A-Z][A-Za-z]*-?\d+(?:[A-Za-z\d-]*[A-Za-z\d])?\b",
    r"\b\d+[A-Z](?![A-Za-z])(?<!\d[CFKVWGMT])",
    r"\b[a-z]+\d+[a-z]\w*\b",
    # ranks and numbered things: No. 1, #1, Section 3, Voyager 2, Boeing 747
    r"(?:\b[Nn]o\.|\b[Nn]os\.|#)\s?\d+\b",
    r"\b(?:Section|Article|Chapter|Part|Room|Route|Highway|Interstate|Flight|Voyager|Apollo|Gemini"
    r"|Soyuz|Windows|Channel|Radio|Page|Figure|Fig\.|Table|Level|Phase|Stage|Gate|Terminal"
    r"|Platform|Division|Category|Class|Type|Model|Series|Vol\.|Volume|Item|Proposition|Resolution"
    r"|Rule|Title|Grade|Boeing|Airbus|Formula|Ward|District|Precinct|Unit|Block|Lot|Pier|Bay"
    r"|Studio|Game|Week|Round|Heat|Lane|Track|Episode|Act|Scene|Psalm|Verse|Amendment|Paragraph"
    r"|Clause|Schedule|Annex|Appendix|Exhibit|Plan|Mark|Mk|Version|Release|Generation|Tier"
    r"|Line|Bus|Train|Camp|Base|Station|Reactor|Block|Building|Hall|Floor|Suite|Apartment|Box"
    r"|Number|Kilo|Papa|Zone|Sector|Region|Squadron|Battalion|Regiment|Brigade|Corps|Army|Fleet)"
    r"\s+\d+[A-Za-z]?\b",
    # list and footnote markers at the start of a line: "1. ", "2) "
    r"(?m:^)[ \t]*\d{1,2}[.)](?=\s)",
    # addresses and numbered streets: 10 Downing Street
    r"\b\d{1,5}\s+(?=[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Drive|Place|Square)\b)",
    # web addresses and e-mail
    r"\b(?:https?://|www\.)\S+|\b\S+@\S+\.\w+",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _NOT_FIGURES))


def non_figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that must not yield figures."""
    return [m.span() for m in _PATTERN.finditer(text) if m.end() > m.start()]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` replaced by spaces (offsets are kept)."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
