"""The budget page (Anggaran): absorption, cost per beneficiary and the quadrant, by hand.

The fixture, a programme UJI in four provinces (money in billions of rupiah; households):

UJI.DANA, monthly money (flow)  Dec 2024   Jan 2025   Feb 2025   Mar 2025   Apr 2025
  32 Jawa Barat                  100 / 80   100 / 95   100 / 95   100 / -    100 / -
  33 Jawa Tengah                    -        40 / 34    40 / 34    40 / 34    40 / -
  35 Jawa Timur                     -        30 / -     30 / 34    30 / 34    30 / -
  36 Banten                         -        20 / 10    20 / -     20 / -     20 / -

UJI.KPM, quarterly households (stock)   Q4 2024     Q1 2025      Q2 2025
  32                                    900 / 900   1000 / 850   1100 / -
  33                                        -        600 / 600       -
  35                                        -        300 / 510       -
  36                                        -        100 / 40        -

Latest money with an actual: Mar 2025, so the year to date is Jan - Mar 2025. Like with like,
only the cells with both values count:
  32: 200 / 190 = 95.0 %   33: 120 / 102 = 85.0 %   35: 60 / 68 = 113.3 %   36: 20 / 10 = 50.0 %
  all: 400 / 370 = 92.5 % (every planned cell Jan - Mar: 570, with April: 760)
"""

import datetime as dt
import json
import string

import pandas as pd
import pytest
import streamlit as st
from conftest import DASHBOARD
from helpers import add_observations, shown
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import budget
from pantau.charts import budget as budget_charts
from pantau.settings import StatusThresholds
from pantau.store import db, queries
from pantau.tables import budget as budget_tables

DEFAULT = StatusThresholds()
B = 1e9  # a billion rupiah (Rp 1 M)
NBSP = "\u00a0"

# example parameters for every budget query, run on the sample database by tests/test_queries.py
_SCOPE = {"regions": None, "region_level": "provinsi", "as_of": None}
_LIMITS = {"on_track": 90.0, "at_risk": 70.0}
QUERY_EXAMPLES = {
    "budget_money_indicators": {"program": None},
    "budget_money_series": {"indicator": "SEMBAKO.DANA", **_SCOPE, **_LIMITS},
    "budget_absorption": {"indicator": "PKH.DANA", **_SCOPE, **_LIMITS},
    "budget_cost_per_beneficiary": {"indicator": "PKH.DANA", "output": "PKH.KPM", **_SCOPE},
    "budget_quadrant": {
        "indicator": "SEMBAKO.DANA", "output": "SEMBAKO.KPM", **_SCOPE, **_LIMITS,
    },
}  # fmt: skip

MONEY = [
    ("UJI.DANA", "32", "2024-12-01", 100 * B, 80 * B),  # last year: not in 2025's year to date
    ("UJI.DANA", "32", "2025-01-01", 100 * B, 95 * B),
    ("UJI.DANA", "32", "2025-02-01", 100 * B, 95 * B),
    ("UJI.DANA", "32", "2025-03-01", 100 * B, None),  # not reported: out of both sums
    ("UJI.DANA", "32", "2025-04-01", 100 * B, None),  # a target set ahead
    ("UJI.DANA", "33", "2025-01-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-02-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-03-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-04-01", 40 * B, None),
    ("UJI.DANA", "35", "2025-01-01", 30 * B, None),
    ("UJI.DANA", "35", "2025-02-01", 30 * B, 34 * B),
    ("UJI.DANA", "35", "2025-03-01", 30 * B, 34 * B),
    ("UJI.DANA", "35", "2025-04-01", 30 * B, None),
    ("UJI.DANA", "36", "2025-01-01", 20 * B, 10 * B),
    ("UJI.DANA", "36", "2025-02-01", 20 * B, None),
    ("UJI.DANA", "36", "2025-03-01", 20 * B, None),
    ("UJI.DANA", "36", "2025-04-01", 20 * B, None),
]
HOUSEHOLDS = [
    ("UJI.KPM", "32", "2024-10-01", 900, 900),  # last year's level: never added to this year's
    ("UJI.KPM", "32", "2025-01-01", 1000, 850),
    ("UJI.KPM", "32", "2025-04-01", 1100, None),
    ("UJI.KPM", "33", "2025-01-01", 600, 600),
    ("UJI.KPM", "35", "2025-01-01", 300, 510),
    ("UJI.KPM", "36", "2025-01-01", 100, 40),
]


def add_programme(con) -> None:
    """The programme UJI: monthly money, quarterly households, and outputs that are no pair."""
    with con.cursor() as cur:
        cur.execute(
            "insert into programs (code, name_id, name_en) values"
            " ('UJI', 'Program uji', 'Test programme'),"
            " ('UJI2', 'Program uji dua', 'Second test programme')"
        )
        cur.execute(
            "insert into indicators (code, program_code, name_id, name_en, level, unit,"
            " direction, temporal, region_agg, frequency) values"
            " ('UJI.DANA', 'UJI', 'Dana uji', 'Test money', 'input', 'rupiah', 'up', 'flow',"
            "  'sum', 'month'),"
            " ('UJI.KPM', 'UJI', 'KPM uji', 'Test households', 'output', 'keluarga', 'up',"
            "  'stock', 'sum', 'quarter'),"
            # a rate is an output but not a count of beneficiaries: never paired
            " ('UJI.AAA', 'UJI', 'Tepat waktu', 'On time', 'output', 'persen', 'up', 'stock',"
            "  'mean', 'month'),"
            # an outcome counted in households is not what the money pays for
            " ('UJI.GRADUASI', 'UJI', 'Graduasi', 'Graduation', 'outcome', 'keluarga', 'up',"
            "  'flow', 'sum', 'quarter'),"
            " ('UJI2.DANA', 'UJI2', 'Dana tanpa pasangan', 'Money alone', 'input', 'rupiah',"
            "  'up', 'flow', 'sum', 'month')"
        )


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


# --- what a person reads -------------------------------------------------------------------


def test_money_is_written_as_indonesians_write_it():
    assert i18n.money(370 * B, "id") == f"Rp{NBSP}370{NBSP}M"
    assert i18n.money(1.2e12, "id") == f"Rp{NBSP}1,2{NBSP}T"
    assert i18n.money(185e6, "id") == f"Rp{NBSP}185{NBSP}jt"
    assert i18n.money(370 * B, "en") == f"IDR{NBSP}370.0{NBSP}bn"
    assert budget_tables.signed_percent(-7.5, "id") == f"−7,5{NBSP}%"
    assert budget_tables.signed_percent(11.76, "id") == f"+11,8{NBSP}%"
    assert budget_tables.range_label(
        pd.Timestamp("2025-01-01"), pd.Timestamp("2025-03-01"), "id"
    ) == ("Jan – Mar 2025")


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


def test_every_budget_text_exists_in_both_languages():
    from pantau.i18n.texts_budget import BUDGET_TEXTS

    for key, entry in BUDGET_TEXTS.items():
        assert key.startswith("budget."), key
        assert set(entry) == {"id", "en"}, key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


def _fields(text: str | dict) -> list[str]:
    """The {placeholders} of a text (of all its plural forms)."""
    text = " ".join(text.values()) if isinstance(text, dict) else text
    return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name})


# --- the page ------------------------------------------------------------------------------


@pytest.fixture
def uji_app(tmp_path, monkeypatch):
    """The dashboard on a database holding only the hand-made case."""
    path = tmp_path / "uji.duckdb"
    con = db.open_database(path, with_sample=False)
    add_programme(con)
    add_observations(con, MONEY + HOUSEHOLDS)
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["program"] = "UJI"
    at.run()
    at.switch_page("pages/budget.py").run()
    assert not at.exception, at.exception
    yield at
    st.cache_resource.clear()
    st.cache_data.clear()


def metric(at: AppTest, label: str) -> str:
    """The value shown by the metric with this label."""
    return next(m.value for m in at.metric if m.label == label)


def test_page_shows_absorption_and_money_as_indonesians_write_it(uji_app):
    at = uji_app
    assert at.selectbox(key="budget_indicator").value == "UJI.DANA"  # the programme's money
    assert metric(at, "Daya serap") == f"92,5{NBSP}%"
    assert metric(at, "Realisasi s.d. periode") == f"Rp{NBSP}370{NBSP}M"
    assert metric(at, "Rencana s.d. periode (wilayah melapor)") == f"Rp{NBSP}400{NBSP}M"
    # the plan of every region for the same months, beside the like-with-like figure
    assert any(c.value.startswith("Rencana semua wilayah s.d. periode: Rp") for c in at.caption)
    assert metric(at, "Rencana setahun 2025") == f"Rp{NBSP}760{NBSP}M"
    assert any("● Sesuai target" in m.value for m in at.markdown)
    assert any("Jan – Mar 2025" in c.value and "8 dari 114" in c.value for c in at.caption)


def test_page_tables_show_each_region(uji_app):
    absorption, cost, quadrant = (shown(d).set_index("Wilayah") for d in uji_app.dataframe)
    assert absorption.loc["Nasional (semua provinsi)", "Daya serap"] == f"92,5{NBSP}%"
    assert absorption.loc["Banten", "Status"] == "■ Di bawah target"
    assert absorption.loc["Banten", "Laporan masuk"] == "1 dari 3"
    assert cost.loc["Jawa Tengah", "Realisasi per penerima"] == f"Rp{NBSP}170{NBSP}jt"
    assert cost.loc["Jawa Tengah", "Selisih biaya"] == f"−15,0{NBSP}%"
    assert quadrant.loc["Jawa Tengah", "Kuadran"] == "◆ Hasil tanpa dana terserap"
    assert quadrant.loc["Jawa Barat", "Kuadran"] == "■ Dana terserap tanpa hasil"


def test_page_shows_cost_per_beneficiary_and_the_quadrant(uji_app):
    at = uji_app
    assert metric(at, "Rencana per penerima") == f"Rp{NBSP}200{NBSP}jt"
    assert metric(at, "Realisasi per penerima") == f"Rp{NBSP}185{NBSP}jt"
    assert metric(at, "Selisih biaya") == f"−7,5{NBSP}%"
    assert any("bulanan" in c.value and "triwulanan" in c.value for c in at.caption)
    assert any("**■ Dana terserap tanpa hasil: 1 wilayah**" in m.value for m in at.markdown)
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert len(charts) == 4  # per period, cumulative, by region, quadrant
    assert charts[0]["layout"]["yaxis"]["title"]["text"] == "miliar rupiah"
    quadrant = json.dumps(charts[3], ensure_ascii=False)
    assert "Dana terserap tanpa hasil" in quadrant and "Jawa Barat" in quadrant


def test_page_year_and_indicator_choices(uji_app):
    at = uji_app
    at.segmented_control(key="budget_year").set_value("all").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Des 2024" in spec["data"][0]["x"]
    at.selectbox(key="program").set_value("UJI2").run()
    assert at.selectbox(key="budget_indicator").value == "UJI2.DANA"
    assert [w.value for w in at.warning] == [i18n.t("budget.no_data")]


def test_page_on_the_sample_data_runs_in_english(app):
    at = app.switch_page("pages/budget.py").run()
    assert not at.exception
    assert at.selectbox(key="budget_indicator").value == "ATENSI.DANA"
    at.selectbox(key="budget_indicator").set_value("SEMBAKO.DANA").run()
    at.segmented_control(key="lang").set_value("en").run()
    assert not at.exception
    assert metric(at, "Absorption").endswith("%")
    assert metric(at, "Realised to date").startswith("IDR")
    assert len(at.get("plotly_chart")) == 4


def test_empty_database_shows_the_friendly_empty_state(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at = at.switch_page("pages/budget.py").run()
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Belum ada data"]
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.mark.parametrize("name", sorted(QUERY_EXAMPLES))
def test_every_budget_query_answers_on_the_sample_data(sample_con, name):
    assert len(queries.run(sample_con, name, **QUERY_EXAMPLES[name])) > 0


def test_page_honours_the_data_up_to_month(uji_app):
    at = uji_app
    at.selectbox(key="as_of").set_value("2025-02-01").run()
    assert not at.exception
    assert metric(at, "Daya serap") == i18n.percent(302 / 330 * 100)  # Jan - Feb: 91,5 %
    assert metric(at, "Realisasi s.d. periode") == f"Rp{NBSP}302{NBSP}M"
