"""Acceptance 2 of issue 2: the figures of the seed article, each asserted.

Every check runs twice: on ``figures.extract(text)`` (the Python API) and on
the JSON of ``figures extract --format json PATH`` (skipped while figures.cli
cannot be imported).  Dates: the dateline is the header's 2022-03-29, a Tuesday.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import figures

SEED = Path(__file__).resolve().parents[1] / "seeds" / "nato-ukraine-foreign-ministers-2022-03-29.txt"
TEXT = SEED.read_text(encoding="utf-8")
D = dt.date.fromisoformat
DATE_KINDS = ("date", "date_range", "year")


def _from_api():
    return list(figures.extract(TEXT))


def _from_cli(capsys):
    cli = pytest.importorskip("figures.cli")
    try:
        code = cli.main(["extract", "--format", "json", str(SEED)])
    except SystemExit as exit_:  # an argparse-style main
        code = exit_.code
    out, err = capsys.readouterr()
    assert code in (0, None), f"exit code {code}: {err}"
    rows = json.loads(out)
    assert isinstance(rows, list)
    found = []
    for row in rows:
        row = dict(row)
        for key in ("date_start", "date_end"):
            if row.get(key) is not None:
                row[key] = D(row[key])
        found.append(SimpleNamespace(**row))
    return found


@pytest.fixture(params=["api", "cli-json"])
def seed_figures(request, capsys):
    """The seed's figures, from the API or from the CLI's JSON."""
    if request.param == "api":
        return _from_api()
    return _from_cli(capsys)


def locate(needle: str, nth: int = 0, context: str | None = None) -> tuple[int, int]:
    """The span of the ``nth`` ``needle`` in the seed (inside ``context`` if given)."""
    base = 0
    if context is not None:
        base = TEXT.index(context)
        assert needle in context
        at = base + context.index(needle)
        return at, at + len(needle)
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(needle, at + 1)
    return at, at + len(needle)


def listing(found) -> str:
    return "\n".join(
        f"  [{f.start}:{f.end}] {f.kind} {f.text!r} value={f.value} low={f.low} "
        f"high={f.high} unit={f.unit} dates={f.date_start}..{f.date_end}"
        for f in found
    ) or "  (no figures)"


def the_figure(found, needle: str, nth: int = 0, context: str | None = None):
    """The one figure whose span covers the needle; no other figure may overlap it."""
    a, b = locate(needle, nth, context)
    overlapping = [f for f in found if f.start < b and a < f.end]
    covering = [f for f in overlapping if f.start <= a and b <= f.end]
    assert len(covering) == 1 and overlapping == covering, (
        f"expected one figure covering {needle!r} [{a}:{b}] and none overlapping it:\n"
        + listing(found)
    )
    return covering[0]


def as_quantity(ureg, value, unit):
    if unit.strip() in {"decade", "decades"}:  # pint's decade is logarithmic
        return ureg.Quantity(10 * value, "year")
    return ureg.Quantity(value, unit)


# -- the dateline ---------------------------------------------------------------


def test_document_dateline_is_the_header_date():
    from figures.document import Document

    dateline = Document(TEXT).dateline
    assert dateline is not None
    assert dateline.date == dt.date(2022, 3, 29)


def test_header_date_is_a_date_figure(seed_figures):
    fig = the_figure(seed_figures, "2022-03-29")
    assert fig.kind == "date"
    assert (fig.date_start, fig.date_end) == (D("2022-03-29"), D("2022-03-29"))


# -- dates ------------------------------------------------------------------------


def test_next_week(seed_figures):
    fig = the_figure(seed_figures, "next week")
    assert fig.kind in DATE_KINDS
    assert (fig.date_start, fig.date_end) == (D("2022-04-04"), D("2022-04-10"))


def test_april_6_7_is_one_date_range(seed_figures):
    fig = the_figure(seed_figures, "April 6-7")
    assert fig.kind == "date_range"
    assert (fig.date_start, fig.date_end) == (D("2022-04-06"), D("2022-04-07"))


def test_april_6_7_gives_no_count(seed_figures):
    a, b = locate("April 6-7")
    for fig in seed_figures:
        if fig.kind in ("count", "quantity", "ratio", "ordinal"):
            assert not (fig.start < b and a < fig.end), f"{fig.kind} {fig.text!r} from April 6-7"
            assert fig.value not in (6, 6.5, 7), f"{fig.kind} {fig.text!r} = {fig.value}"


def test_march_24(seed_figures):
    fig = the_figure(seed_figures, "March 24")
    assert fig.kind == "date"
    assert (fig.date_start, fig.date_end) == (D("2022-03-24"), D("2022-03-24"))


def test_three_tuesdays_are_the_dateline(seed_figures):
    assert TEXT.count("Tuesday") == 3
    for nth in range(3):
        fig = the_figure(seed_figures, "Tuesday", nth)
        assert fig.kind == "date", f"Tuesday #{nth + 1}"
        assert (fig.date_start, fig.date_end) == (D("2022-03-29"), D("2022-03-29")), (
            f"Tuesday #{nth + 1}"
        )


def test_late_last_week_is_inside_last_week(seed_figures):
    fig = the_figure(seed_figures, "Late last week")
    assert fig.kind in DATE_KINDS
    assert fig.date_start is not None and fig.date_end is not None
    assert D("2022-03-21") <= fig.date_start <= fig.date_end <= D("2022-03-27")


def test_february_24(seed_figures):
    fig = the_figure(seed_figures, "February 24")
    assert fig.kind == "date"
    assert (fig.date_start, fig.date_end) == (D("2022-02-24"), D("2022-02-24"))


# -- counts and durations ------------------------------------------------------------


def test_30_countries(seed_figures):
    fig = the_figure(seed_figures, "30", context="of 30 NATO")
    assert fig.kind == "count"
    assert fig.value == 30
    assert (fig.low, fig.high) == (30, 30)


def test_two_weeks_is_fourteen_days(seed_figures, ureg):
    fig = the_figure(seed_figures, "two weeks")
    assert fig.kind == "duration"
    assert fig.unit
    days = as_quantity(ureg, fig.value, fig.unit).to("day").magnitude
    assert days == pytest.approx(14)


def test_more_than_a_month_long_is_at_least_a_month(seed_figures, ureg):
    fig = the_figure(seed_figures, "more than a month-long")
    assert fig.kind == "duration"
    assert fig.unit and fig.low is not None
    months = as_quantity(ureg, fig.low, fig.unit).to("month").magnitude
    assert months == pytest.approx(1)
    assert fig.high is None


def test_thousands(seed_figures):
    fig = the_figure(seed_figures, "thousands")
    assert fig.kind == "count"
    assert fig.low is not None and fig.low >= 2_000


def test_over_10_million(seed_figures):
    fig = the_figure(seed_figures, "over 10 million")
    assert fig.kind == "count"
    assert fig.low == pytest.approx(10_000_000)
    assert fig.high is None


def test_almost_4_million(seed_figures):
    fig = the_figure(seed_figures, "almost 4 million")
    assert fig.kind == "count"
    assert fig.high == pytest.approx(4_000_000)
    assert fig.low is not None and fig.low < 4_000_000


# -- not figures --------------------------------------------------------------------


def test_may_attend_is_no_figure(seed_figures):
    a, b = locate("may attend")
    overlapping = [f for f in seed_figures if f.start < b and a < f.end]
    assert not overlapping, listing(overlapping)
    in_may = [
        f for f in seed_figures
        if f.kind in DATE_KINDS and f.date_start is not None and f.date_end is not None
        and f.date_start <= D("2022-05-31") and D("2022-05-01") <= f.date_end
    ]
    assert not in_may, "a date in May 2022 (from 'may attend'?):\n" + listing(in_may)


# -- the whole output -----------------------------------------------------------------


def test_every_span_is_exact_and_in_order(seed_figures):
    starts = []
    for fig in seed_figures:
        assert 0 <= fig.start < fig.end <= len(TEXT)
        assert TEXT[fig.start:fig.end] == fig.text
        if fig.low is not None and fig.high is not None:
            assert fig.low <= fig.high, fig.text
        starts.append(fig.start)
    assert starts == sorted(starts)


def test_cli_json_has_the_contract_fields(capsys):
    cli = pytest.importorskip("figures.cli")
    code = cli.main(["extract", "--format", "json", str(SEED)])
    out, _ = capsys.readouterr()
    assert code in (0, None)
    rows = json.loads(out)
    assert rows, "no figures in the seed"
    contract = {"path", "kind", "text", "start", "end", "value", "low", "high", "unit",
                "qualifier", "date_start", "date_end"}
    for row in rows:
        assert contract <= set(row), sorted(contract - set(row))
        assert Path(row["path"]).name == SEED.name
        assert TEXT[row["start"]:row["end"]] == row["text"]
        if row["kind"] in DATE_KINDS and row["date_start"] is not None:
            D(row["date_start"]), D(row["date_end"])  # ISO dates
