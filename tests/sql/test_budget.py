"""The budget page's numbers (Anggaran): absorption, cost per beneficiary and the quadrant, by
hand, on the case of tests/support/budget_case.py."""

import datetime as dt

import pandas as pd
import pytest

from pantau import i18n
from pantau.analysis import budget
from pantau.charts import budget as budget_charts
from pantau.settings import StatusThresholds
from pantau.store import queries
from pantau.tables import budget as budget_tables
from tests.support.budget_case import HOUSEHOLDS, MONEY, B, add_programme
from tests.support.helpers import add_observations
from tests.support.query_examples import BUDGET_QUERIES as QUERY_EXAMPLES

DEFAULT = StatusThresholds()


NBSP = "\u00a0"


@pytest.fixture
def uji(empty_con):
    """The hand-made case above, on the real catalogue."""
    add_programme(empty_con)
    add_observations(empty_con, MONEY + HOUSEHOLDS)
    return empty_con


def by_series(frame: pd.DataFrame) -> pd.DataFrame:
    """A query result indexed by series ('*' for the chosen regions together)."""
    return frame.set_index("series")


# --- which money pays for which beneficiaries -----------------------------------------------


def test_pairs_come_from_the_catalogue(empty_con):
    pairs = budget.money_indicators(empty_con, None)
    assert dict(zip(pairs["code"], pairs["output_code"], strict=True)) == {
        "ATENSI.DANA": "ATENSI.PM",
        "PBIJK.DANA": "PBIJK.PESERTA",
        "PIP.DANA": "PIP.SISWA",
        "PKH.DANA": "PKH.KPM",
        "RTLH.DANA": "RTLH.UNIT",
        "SEMBAKO.DANA": "SEMBAKO.KPM",
    }
    pkh = budget.money_indicators(empty_con, "PKH").iloc[0]
    assert (pkh["code"], pkh["output_temporal"], pkh["output_unit"]) == (
        "PKH.DANA",
        "stock",
        "keluarga",
    )
    assert budget.money_indicators(empty_con, "KEMISKINAN").empty  # no money indicator


def test_a_rate_or_an_outcome_is_never_the_pair(uji):
    pairs = budget.money_indicators(uji, None).set_index("code")
    assert pairs.loc["UJI.DANA", "output_code"] == "UJI.KPM"  # not UJI.AAA (%), not graduation
    assert pd.isna(pairs.loc["UJI2.DANA", "output_code"])  # a programme without beneficiaries


# --- absorption (daya serap) -------------------------------------------------------------------


def test_absorption_year_to_date_compares_like_with_like(uji):
    rows = by_series(budget.absorption(uji, DEFAULT, "UJI.DANA"))
    total = rows.loc["*"]
    assert total["latest_period"].date() == dt.date(2025, 3, 1)
    assert total["range_start"].date() == dt.date(2025, 1, 1)
    assert total["range_end_month"].date() == dt.date(2025, 3, 1)
    assert (total["planned_to_date"], total["actual_to_date"]) == (400 * B, 370 * B)
    assert total["absorption"] == pytest.approx(92.5)  # 370 / 400, not 370 / 570 = 64.9
    assert total["planned_all_to_date"] == 570 * B  # every planned cell Jan - Mar
    assert total["planned_year"] == 760 * B  # April's target too
    assert total["status"] == "on_track"
    # reports: Jan 3 + Feb 3 + Mar 2 of 38 provinces x 3 months; 2 reported in March
    assert (total["reports"], total["reports_due"]) == (8, 114)
    assert (total["regions_reported"], total["regions_expected"]) == (2, 38)


@pytest.mark.parametrize(
    ("region", "planned", "actual", "absorption", "status", "reports"),
    [
        ("32", 200, 190, 95.0, "on_track", 2),  # March unreported: left out of both
        ("33", 120, 102, 85.0, "at_risk", 3),
        ("35", 60, 68, 113.333, "on_track", 2),  # January unreported
        ("36", 20, 10, 50.0, "off_track", 1),
    ],
)
def test_absorption_by_region(uji, region, planned, actual, absorption, status, reports):
    row = by_series(budget.absorption(uji, DEFAULT, "UJI.DANA")).loc[region]
    assert (row["planned_to_date"], row["actual_to_date"]) == (planned * B, actual * B)
    assert row["absorption"] == pytest.approx(absorption, abs=1e-3)
    assert row["status"] == status
    assert (row["reports"], row["reports_due"]) == (reports, 3)


def test_absorption_lists_only_regions_with_data_and_the_total_first(uji):
    rows = budget.absorption(uji, DEFAULT, "UJI.DANA")
    assert rows["series"].tolist() == ["*", "32", "33", "35", "36"]
    assert rows["series_name"].tolist()[1:] == ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "Banten"]


def test_absorption_honours_the_data_up_to_month(uji):
    # up to February: Jan (160 / 139) + Feb (170 / 163) = 330 / 302
    total = by_series(budget.absorption(uji, DEFAULT, "UJI.DANA", as_of=dt.date(2025, 2, 1)))
    assert total.loc["*", "absorption"] == pytest.approx(302 / 330 * 100)
    assert total.loc["*", "latest_period"].date() == dt.date(2025, 2, 1)


def test_absorption_of_one_province_shows_its_regencies(empty_con):
    add_observations(
        empty_con,
        [
            ("SEMBAKO.DANA", "34", "2025-01-01", 10 * B, 9 * B),  # the province's own report
            ("SEMBAKO.DANA", "34.01", "2025-01-01", 4 * B, 4 * B),
            ("SEMBAKO.DANA", "34.02", "2025-01-01", 6 * B, 3 * B),
            ("SEMBAKO.DANA", "32", "2025-01-01", 50 * B, 50 * B),  # another province: not shown
        ],
    )
    rows = by_series(budget.absorption(empty_con, DEFAULT, "SEMBAKO.DANA", regions=["34"]))
    assert list(rows.index) == ["*", "34.01", "34.02"]
    assert rows.loc["*", "absorption"] == pytest.approx(90.0)  # 9 / 10, never 9 + 4 + 3
    assert rows.loc["34.02", "absorption"] == pytest.approx(50.0)


def test_money_series_per_period_and_year_to_date(uji):
    series = budget.money_series(uji, DEFAULT, "UJI.DANA").set_index("period")
    jan, mar, apr = (
        series.loc[pd.Timestamp(d)] for d in ("2025-01-01", "2025-03-01", "2025-04-01")
    )
    # January: planned 100 + 40 + 30 + 20; actual 95 + 34 + 10; matched planned 100 + 40 + 20
    assert (jan["planned"], jan["actual"]) == (190 * B, 139 * B)
    assert jan["absorption"] == pytest.approx(139 / 160 * 100)
    assert (jan["cum_planned"], jan["cum_actual"]) == (190 * B, 139 * B)  # a new year
    assert (mar["cum_planned"], mar["cum_actual"]) == (570 * B, 370 * B)
    assert mar["cum_absorption"] == pytest.approx(92.5)  # the same figure as the headline
    assert apr["cum_planned"] == 760 * B
    assert pd.isna(apr["cum_actual"])  # no line past the last report
    assert series.loc[pd.Timestamp("2024-12-01"), "cum_actual"] == 80 * B
    assert budget.years(series.reset_index()) == [2025, 2024]
    assert len(budget.in_year(series.reset_index(), 2025)) == 4


# --- cost per beneficiary ---------------------------------------------------------------------


def test_cost_per_beneficiary_over_the_same_months(uji):
    rows = by_series(budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM"))
    total = rows.loc["*"]
    # money Jan - Mar (monthly), households Q1 (quarterly): the same three months
    assert total["range_start"].date() == dt.date(2025, 1, 1)
    assert total["range_end_month"].date() == dt.date(2025, 3, 1)
    assert (total["money_planned"], total["money_actual"]) == (400 * B, 370 * B)
    # a stock: Q1's households, never Q4 2024's added to them
    assert (total["output_planned"], total["output_actual"]) == (2000, 2000)
    assert total["planned_cost"] == pytest.approx(200e6)  # 400 billion / 2000 households
    assert total["actual_cost"] == pytest.approx(185e6)  # 370 billion / 2000
    assert total["cost_difference_pct"] == pytest.approx(-7.5)
    assert (total["regions_included"], total["regions_expected"]) == (4, 38)
    assert (total["money_reports"], total["money_due"]) == (8, 114)
    assert (total["output_reports"], total["output_due"]) == (4, 38)


@pytest.mark.parametrize(
    ("region", "actual_cost", "difference"),
    [
        ("32", 190e9 / 850, 190e9 / 850 / 200e6 * 100 - 100),  # +11.8 %: dearer than planned
        ("33", 170e6, -15.0),  # 102 billion / 600
        ("35", 68e9 / 510, -100 / 3),  # 133.3 million
        ("36", 250e6, 25.0),  # 10 billion / 40
    ],
)
def test_cost_per_beneficiary_by_region(uji, region, actual_cost, difference):
    row = by_series(budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM")).loc[region]
    assert row["planned_cost"] == pytest.approx(200e6)  # every region planned Rp 200 jt
    assert row["actual_cost"] == pytest.approx(actual_cost)
    assert row["cost_difference_pct"] == pytest.approx(difference)


def test_cost_waits_for_the_slower_indicator(uji):
    # April's money is in, but households only up to Q1: April stays out of the cost
    add_observations(uji, [("UJI.DANA", "33", "2025-05-01", 40 * B, 40 * B)])
    rows = by_series(budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM"))
    assert rows.loc["*", "range_end_month"].date() == dt.date(2025, 3, 1)
    assert rows.loc["*", "money_actual"] == 370 * B
    # ... while absorption moves on to May (April's targets without reports stay out)
    total = by_series(budget.absorption(uji, DEFAULT, "UJI.DANA")).loc["*"]
    assert total["absorption"] == pytest.approx(410 / 440 * 100)


def test_cost_of_a_flow_beneficiary_sums_the_same_periods(empty_con):
    add_observations(
        empty_con,
        [
            ("ATENSI.DANA", "32", "2025-01-01", 10 * B, 9 * B),
            ("ATENSI.DANA", "32", "2025-04-01", 10 * B, 8 * B),
            ("ATENSI.PM", "32", "2025-01-01", 100, 90),
            ("ATENSI.PM", "32", "2025-04-01", 100, 110),
        ],
    )
    row = by_series(budget.cost_per_beneficiary(empty_con, "ATENSI.DANA", "ATENSI.PM")).loc["*"]
    assert (row["output_planned"], row["output_actual"]) == (200, 200)  # summed, not the last
    assert row["planned_cost"] == pytest.approx(100e6)  # 20 billion / 200 people
    assert row["actual_cost"] == pytest.approx(85e6)  # 17 billion / 200
    assert row["range_end_month"].date() == dt.date(2025, 6, 1)


def test_cost_falls_back_to_the_last_year_both_reported(uji):
    # up to February no 2025 quarter has ended: the latest both have is December 2024
    rows = by_series(
        budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM", as_of=dt.date(2025, 2, 1))
    )
    total = rows.loc["*"]
    assert total["range_start"].date() == dt.date(2024, 1, 1)
    assert total["range_end_month"].date() == dt.date(2024, 12, 1)
    assert total["planned_cost"] == pytest.approx(100e9 / 900)  # Dec 2024 money, Q4 households
    assert total["actual_cost"] == pytest.approx(80e9 / 900)
    assert (total["regions_included"], rows.loc["33", "regions_included"]) == (1, 0)


def test_no_cost_before_anything_was_reported(uji):
    assert budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM", as_of=dt.date(2024, 11, 1)).empty


# --- the quadrant --------------------------------------------------------------------------


def test_quadrant_assignment(uji):
    rows = by_series(budget.quadrant(uji, DEFAULT, "UJI.DANA", "UJI.KPM"))
    # output achievement in Q1: 32 850/1000, 33 600/600, 35 510/300, 36 40/100
    expected = {
        "32": (95.0, 85.0, "money_without_results"),
        "33": (85.0, 100.0, "results_without_money"),
        "35": (113.333, 170.0, "money_and_results"),
        "36": (50.0, 40.0, "both_behind"),
        "*": (92.5, 100.0, "money_and_results"),  # 2000 / 2000 households
    }
    for series, (absorption, output, quadrant) in expected.items():
        row = rows.loc[series]
        assert row["absorption"] == pytest.approx(absorption, abs=1e-3), series
        assert row["output_achievement"] == pytest.approx(output), series
        assert row["quadrant"] == quadrant, series
    assert rows.loc["*", "output_period"].date() == dt.date(2025, 1, 1)
    assert budget.quadrant_counts(rows.reset_index()) == {
        "money_without_results": 1,
        "results_without_money": 1,
        "both_behind": 1,
        "money_and_results": 1,
        "no_data": 0,
    }


def test_quadrant_lines_follow_the_on_track_threshold(uji):
    # with the line at 80, Jawa Barat's 85 % output is high: money and results
    rows = by_series(budget.quadrant(uji, StatusThresholds(80, 60), "UJI.DANA", "UJI.KPM"))
    assert rows.loc["32", "quadrant"] == "money_and_results"
    assert rows.loc["33", "quadrant"] == "money_and_results"


def test_each_axis_is_its_own_indicator_to_date(uji):
    # up to February: money Jan - Feb 2025; households' latest ended quarter is Q4 2024
    rows = by_series(
        budget.quadrant(uji, DEFAULT, "UJI.DANA", "UJI.KPM", as_of=dt.date(2025, 2, 1))
    )
    assert rows.loc["*", "money_period"].date() == dt.date(2025, 2, 1)
    assert rows.loc["*", "output_period"].date() == dt.date(2024, 10, 1)
    assert rows.loc["32", "absorption"] == pytest.approx(95.0)  # 190 / 200
    assert rows.loc["32", "output_achievement"] == pytest.approx(100.0)  # 900 / 900
    assert rows.loc["32", "quadrant"] == "money_and_results"
    assert rows.loc["33", "quadrant"] == "no_data"  # no household figure yet: not drawn


def test_tables_write_money_and_status_in_words(uji):
    rows = budget.absorption(uji, DEFAULT, "UJI.DANA")
    table = budget_tables.absorption_table(rows, "id", "Nasional").set_index("Wilayah")
    assert table.loc["Nasional", "Daya serap"] == f"92,5{NBSP}%"
    assert table.loc["Nasional", "Realisasi s.d. periode"] == f"Rp{NBSP}370{NBSP}M"
    assert table.loc["Jawa Tengah"].tolist() == [
        f"Rp{NBSP}160{NBSP}M",  # the year's plan: 4 x 40
        f"Rp{NBSP}120{NBSP}M",
        f"Rp{NBSP}102{NBSP}M",
        f"85,0{NBSP}%",
        "▲ Berisiko",
        "3 dari 3",
    ]
    raw = budget_tables.absorption_table(rows, "en", "National", formatted=False).set_index(
        "Region"
    )
    assert raw.loc["Jawa Tengah", "Absorption"] == 85.0  # raw numbers for a download
    assert raw.loc["National", "Absorption"] == 92.5
    cost = budget_tables.cost_table(
        budget.cost_per_beneficiary(uji, "UJI.DANA", "UJI.KPM"), "id", "N"
    )
    banten = cost.set_index("Wilayah").loc["Banten"]
    assert banten["Realisasi per penerima"] == f"Rp{NBSP}250{NBSP}jt"
    assert banten["Selisih biaya"] == f"+25,0{NBSP}%"
    quad = budget_tables.quadrant_table(
        budget.quadrant(uji, DEFAULT, "UJI.DANA", "UJI.KPM"), "id", "N"
    )
    assert quad.set_index("Wilayah").loc["Jawa Barat", "Kuadran"] == "■ Dana terserap tanpa hasil"


def test_money_charts_scale_the_axis_and_write_rupiah_in_hover(uji):
    series = budget.money_series(uji, DEFAULT, "UJI.DANA")
    fig = budget_charts.money_per_period(series, "t", "month", "id")
    assert fig.layout.yaxis.title.text == "miliar rupiah"
    assert fig.data[1].y[1] == pytest.approx(139)  # January 2025, in billions
    assert fig.data[1].customdata[1][0] == f"Realisasi: Rp{NBSP}139{NBSP}M"
    assert fig.data[1].marker.pattern.shape[1] == "/"  # 35 did not report: hatched
    cumulative = budget_charts.money_cumulative(series, "t", "month", "en")
    assert cumulative.layout.yaxis.title.text == "rupiah, billions"
    # one line per year and kind: 2024 and 2025; some regions did not report, so the plan of
    # every region (faint) beside the plan of those that did and their actual
    assert [len(d.x) for d in cumulative.data] == [1, 4, 1, 4, 1, 4]
    assert [d.name for d in cumulative.data[1::2]] == [
        "Planned, every region",
        "Planned, regions reporting",
        "Actual",
    ]
    assert cumulative.data[5].customdata[2][0] == f"Actual: IDR{NBSP}370.0{NBSP}bn"
    # like the headline: the reporters' plan to March is the absorption's Rp 400 M
    assert (
        cumulative.data[3].customdata[2][0] == f"Planned, regions reporting: IDR{NBSP}400.0{NBSP}bn"
    )


def test_quadrant_chart_names_the_warning_quadrants_and_every_region(uji):
    rows = budget.quadrant(uji, DEFAULT, "UJI.DANA", "UJI.KPM")
    fig = budget_charts.quadrant_chart(rows, "t", 90.0, "Nasional", "id")
    notes = {a.text: a for a in fig.layout.annotations}
    for words in ("Dana terserap tanpa hasil", "Hasil tanpa dana terserap"):
        note = notes[f"{budget.QUADRANT_SYMBOLS[_key(words)]} {words}"]
        assert note.font.weight == "bold"
    assert {s.x0 for s in fig.layout.shapes if s.type == "line"} >= {90.0}
    names = [name for d in fig.data for name in d.text]
    assert sorted(names) == sorted(
        ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "Banten", "Nasional"]
    )
    symbols = {d.name: d.marker.symbol for d in fig.data}
    assert symbols["Dana terserap tanpa hasil"] == "square"  # a shape, not only a colour
    assert symbols["Hasil tanpa dana terserap"] == "diamond"


def _key(words: str) -> str:
    """The quadrant whose Indonesian name is words."""
    return next(q for q in budget.QUADRANTS if i18n.t(f"budget.quadrant.{q}") == words)


@pytest.mark.parametrize("name", sorted(QUERY_EXAMPLES))
def test_every_budget_query_answers_on_the_sample_data(sample_con, name):
    assert len(queries.run(sample_con, name, **QUERY_EXAMPLES[name])) > 0
