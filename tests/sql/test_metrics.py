"""Metrics against hand-computed values (DESIGN.md, 'Metrics')."""

import datetime as dt

import pandas as pd
import pytest

from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from tests.support.helpers import add_indicator, add_observations

DEFAULT = StatusThresholds()


def to_date(con, code, regions=None, thresholds=DEFAULT, as_of=None) -> pd.Series:
    """The to-date row of one indicator."""
    frame = metrics.indicators_to_date(con, thresholds, regions=regions, as_of=as_of)
    return frame.set_index("indicator_code").loc[code]


def series(con, code, regions=None, grain=None, by_region=False) -> pd.DataFrame:
    """The series of one indicator, indexed by period (and series)."""
    frame = metrics.indicator_series(con, DEFAULT, code, regions, grain, by_region)
    frame["period"] = frame["period"].dt.date
    return frame.set_index(["series", "period"]) if by_region else frame.set_index("period")


@pytest.mark.parametrize(
    ("direction", "planned", "actual", "expected"),
    [
        ("up", 100, 80, 80.0),
        ("up", 50, 60, 120.0),
        # down: (2 x planned - actual) / planned x 100
        ("down", 10, 12, 80.0),  # (20 - 12) / 10
        ("down", 10, 8, 120.0),  # (20 - 8) / 10
        ("down", 10, 25, 0.0),  # (20 - 25) / 10 = -50, not below 0
        ("up", None, 80, None),  # no target
        ("up", 0, 80, None),  # a zero target: no division, no infinity
        ("down", 0, 3, None),
        ("up", 100, None, None),  # no report
    ],
)
def test_achievement_of_one_cell(empty_con, direction, planned, actual, expected):
    add_indicator(empty_con, "T", direction=direction, temporal="stock")
    add_observations(empty_con, [("T", "32", "2025-01-01", planned, actual)])
    got = series(empty_con, "T", regions=["32"]).loc[dt.date(2025, 1, 1), "achievement"]
    assert (pd.isna(got) and expected is None) or got == pytest.approx(expected)


def test_no_target_means_no_data_status_not_zero(empty_con):
    add_indicator(empty_con, "T", temporal="stock")
    add_observations(empty_con, [("T", "32", "2025-01-01", None, 80)])
    row = to_date(empty_con, "T", regions=["32"])
    assert pd.isna(row["achievement"])
    assert row["status"] == "no_data"
    assert row["latest_actual"] == 80


def test_missing_actual_leaves_region_out_of_both_sums(empty_con):
    add_indicator(empty_con, "T")
    add_observations(
        empty_con,
        [
            ("T", "32", "2025-01-01", 100, 90),
            ("T", "33", "2025-01-01", 100, None),  # did not report
            ("T", "35", "2025-01-01", 50, 45),
        ],
    )
    row = series(empty_con, "T", regions=["32", "33", "35"]).loc[dt.date(2025, 1, 1)]
    # (90 + 45) / (100 + 50), not (90 + 45) / 250
    assert row["achievement"] == pytest.approx(90.0)
    assert row["planned"] == 250  # the full planned line is still shown
    assert (row["regions_reported"], row["regions_expected"]) == (2, 3)
    assert not row["is_complete"]


def test_stock_over_a_quarter_takes_last_value_not_sum(empty_con):
    add_indicator(empty_con, "T", temporal="stock")
    add_observations(
        empty_con,
        [
            ("T", "32", "2025-01-01", 100, 90),
            ("T", "32", "2025-02-01", 110, 99),
            ("T", "32", "2025-03-01", 120, None),  # March not reported yet
        ],
    )
    q1 = series(empty_con, "T", regions=["32"], grain="quarter").loc[dt.date(2025, 1, 1)]
    assert q1["planned"] == 120  # last planned of the quarter
    assert q1["actual"] == 99  # last actual of the quarter, never 90 + 99
    assert q1["achievement"] == pytest.approx(90.0)  # February: 99 / 110
    assert (q1["reports"], q1["reports_due"]) == (2, 2)  # due only up to the last report


def test_flow_over_a_quarter_sums_matched_months(empty_con):
    add_indicator(empty_con, "T", temporal="flow")
    add_observations(
        empty_con,
        [
            ("T", "32", "2025-01-01", 100, 90),
            ("T", "32", "2025-02-01", 100, None),
            ("T", "32", "2025-03-01", 100, 120),
            ("T", "32", "2025-04-01", 100, 100),
        ],
    )
    q1 = series(empty_con, "T", regions=["32"], grain="quarter").loc[dt.date(2025, 1, 1)]
    assert q1["planned"] == 300
    assert q1["actual"] == 210
    assert q1["achievement"] == pytest.approx(105.0)  # (90 + 120) / (100 + 100)
    assert (q1["reports"], q1["reports_due"]) == (2, 3)


def test_flow_year_to_date_starts_in_january_of_latest_year(empty_con):
    add_indicator(empty_con, "T", temporal="flow")
    add_observations(
        empty_con,
        [
            ("T", "32", "2024-12-01", 1000, 10),  # last year: not in the year to date
            ("T", "32", "2025-01-01", 100, 80),
            ("T", "32", "2025-02-01", 100, 70),
            ("T", "32", "2025-03-01", 100, None),  # target set ahead, no actual yet
        ],
    )
    row = to_date(empty_con, "T", regions=["32"])
    assert row["latest_period"].date() == dt.date(2025, 2, 1)
    assert (row["planned_to_date"], row["actual_to_date"]) == (200, 150)
    assert row["achievement"] == pytest.approx(75.0)
    assert row["status"] == "at_risk"
    cum = series(empty_con, "T", regions=["32"]).loc[dt.date(2025, 2, 1)]
    assert (cum["cum_planned"], cum["cum_actual"]) == (200, 150)
    assert cum["cum_achievement"] == pytest.approx(75.0)


def test_stock_to_date_is_latest_period_with_both_values(empty_con):
    add_indicator(empty_con, "T", temporal="stock", direction="down", region_agg="mean")
    add_observations(
        empty_con,
        [
            ("T", "32", "2025-01-01", 10, 12),
            ("T", "32", "2025-02-01", 10, 11),
            ("T", "32", "2025-03-01", None, 9),  # no target this month
        ],
    )
    row = to_date(empty_con, "T", regions=["32"])
    assert row["latest_actual"] == 9
    assert (row["planned_to_date"], row["actual_to_date"]) == (10, 11)
    assert row["achievement"] == pytest.approx(90.0)  # (20 - 11) / 10


def test_national_total_uses_provinces_only_when_regencies_also_report(empty_con):
    add_indicator(empty_con, "T")
    add_observations(
        empty_con,
        [
            ("T", "34", "2025-01-01", 100, 80),  # DI Yogyakarta
            ("T", "34.01", "2025-01-01", 40, 30),  # its regencies also report
            ("T", "34.02", "2025-01-01", 60, 50),
            ("T", "32", "2025-01-01", 200, 200),
        ],
    )
    national = series(empty_con, "T").loc[dt.date(2025, 1, 1)]
    assert (national["planned"], national["actual"]) == (300, 280)
    assert national["regions_expected"] == 38
    both = series(empty_con, "T", regions=["34", "34.01"]).loc[dt.date(2025, 1, 1)]
    assert (both["planned"], both["actual"]) == (100, 80)  # the regency is inside 34
    regencies = series(empty_con, "T", regions=["34.01", "34.02"]).loc[dt.date(2025, 1, 1)]
    assert (regencies["planned"], regencies["actual"]) == (100, 80)


def test_mean_indicator_averages_reporting_regions(empty_con):
    add_indicator(empty_con, "T", temporal="stock", region_agg="mean")
    add_observations(
        empty_con,
        [
            ("T", "32", "2025-01-01", 90, 81),
            ("T", "33", "2025-01-01", 80, 80),
            ("T", "35", "2025-01-01", 70, None),
        ],
    )
    row = series(empty_con, "T", regions=["32", "33", "35"]).loc[dt.date(2025, 1, 1)]
    assert row["planned"] == pytest.approx(80.0)  # all three targets
    assert row["actual"] == pytest.approx(80.5)
    assert row["achievement"] == pytest.approx(80.5 / 85 * 100)


def test_regions_side_by_side_are_separate_series(empty_con):
    add_indicator(empty_con, "T")
    add_observations(
        empty_con,
        [("T", "32", "2025-01-01", 100, 50), ("T", "33", "2025-01-01", 100, 100)],
    )
    frame = series(empty_con, "T", regions=["32", "33"], by_region=True)
    assert frame.loc[("32", dt.date(2025, 1, 1)), "achievement"] == pytest.approx(50.0)
    assert frame.loc[("33", dt.date(2025, 1, 1)), "achievement"] == pytest.approx(100.0)
    assert frame.loc[("32", dt.date(2025, 1, 1)), "series_name"] == "Jawa Barat"


def test_progress_from_baseline(empty_con):
    add_indicator(empty_con, "T", temporal="stock", direction="down", baseline=1.2)
    add_observations(empty_con, [("T", "32", "2025-01-01", 1.0, 1.1)])
    row = to_date(empty_con, "T", regions=["32"])
    # (1.1 - 1.2) / (1.0 - 1.2) x 100 = 50 % of the way from baseline to target
    assert row["progress"] == pytest.approx(50.0)


def test_status_thresholds_are_settings(empty_con):
    add_indicator(empty_con, "T", temporal="stock")
    add_observations(empty_con, [("T", "32", "2025-01-01", 100, 85)])
    assert to_date(empty_con, "T", regions=["32"])["status"] == "at_risk"
    strict = StatusThresholds(on_track=95, at_risk=90)
    assert to_date(empty_con, "T", regions=["32"], thresholds=strict)["status"] == "off_track"
    lenient = StatusThresholds(on_track=80, at_risk=50)
    assert to_date(empty_con, "T", regions=["32"], thresholds=lenient)["status"] == "on_track"


def test_as_of_counts_only_periods_ended_by_then(empty_con):
    add_indicator(empty_con, "T", temporal="flow", frequency="quarter")
    add_observations(
        empty_con,
        [("T", "32", "2025-01-01", 100, 90), ("T", "32", "2025-04-01", 100, 50)],
    )
    assert to_date(empty_con, "T", regions=["32"])["achievement"] == pytest.approx(70.0)
    # in May, the second quarter has not ended: only Q1 counts
    may = to_date(empty_con, "T", regions=["32"], as_of=dt.date(2025, 5, 1))
    assert may["achievement"] == pytest.approx(90.0)
    assert may["latest_period"].date() == dt.date(2025, 1, 1)


def test_grain_year_sums_flows(empty_con):
    add_indicator(empty_con, "T", temporal="flow", frequency="quarter")
    add_observations(
        empty_con,
        [("T", "32", f"2025-{m:02d}-01", 100, 95) for m in (1, 4, 7, 10)],
    )
    year = series(empty_con, "T", regions=["32"], grain="year").loc[dt.date(2025, 1, 1)]
    assert (year["planned"], year["actual"]) == (400, 380)


def test_projection_of_a_stock_extends_a_straight_line(empty_con):
    add_indicator(empty_con, "T", temporal="stock")  # PKH ends 2026-12-31
    add_observations(
        empty_con,
        [("T", "32", f"2026-{m:02d}-01", 200, 90 + 10 * m) for m in range(1, 10)]
        + [("T", "32", f"2026-{m:02d}-01", 200, None) for m in range(10, 13)],
    )
    projected = metrics.projection(empty_con, DEFAULT, "T", ["32"], last_n=6)
    # actuals rise 10 a month (100 ... 180); the line goes on: Oct 190, Nov 200, Dec 210
    assert projected["period"].dt.month.tolist() == [10, 11, 12]
    assert projected["projected_actual"].tolist() == pytest.approx([190, 200, 210])
    end = metrics.projection_at(projected, 2026)
    assert end["projected_achievement"] == pytest.approx(105.0)  # 210 / 200
    assert end["projected_status"] == "on_track"


def test_projection_of_a_flow_follows_the_plan_at_the_recent_pace(empty_con):
    add_indicator(empty_con, "T", temporal="flow")
    planned = {m: 100 if m <= 6 else 200 for m in range(1, 13)}  # the plan doubles mid-year
    add_observations(
        empty_con,
        [("T", "32", f"2026-{m:02d}-01", planned[m], 70) for m in range(1, 7)]
        + [("T", "32", f"2026-{m:02d}-01", planned[m], None) for m in range(7, 13)],
    )
    projected = metrics.projection(empty_con, DEFAULT, "T", ["32"], last_n=6)
    # pace 70 / 100 = 0.7; July to December: 200 x 0.7 = 140 each
    assert projected["projected_actual"].tolist() == pytest.approx([140] * 6)
    end = metrics.projection_at(projected, 2026)
    # year: 6 x 70 + 6 x 140 = 1260 of 6 x 100 + 6 x 200 = 1800 -> 70 %
    assert end["projected_cum_actual"] == pytest.approx(1260)
    assert end["projected_achievement"] == pytest.approx(70.0)
    assert end["projected_status"] == "at_risk"
