"""Like with like and 'data up to', by hand: pairs cover the same regions, nothing after as_of."""

import datetime as dt

import pandas as pd
import pytest

from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from pantau.tables import narrative
from tests.support.helpers import add_indicator, add_observations

DEFAULT = StatusThresholds()


TWO = ["32", "33"]  # Jawa Barat and Jawa Tengah


def _to_date(con, code, regions=TWO, as_of=None) -> pd.Series:
    frame = metrics.indicators_to_date(con, DEFAULT, regions=regions, as_of=as_of)
    return frame.set_index("indicator_code").loc[code]


def _series(con, code, regions=TWO, as_of=None) -> pd.DataFrame:
    frame = metrics.indicator_series(con, DEFAULT, code, regions, None, False, as_of)
    return frame.set_index(frame["period"].dt.date)


@pytest.fixture
def flow_one_region_late(empty_con):
    """A monthly flow: Jan both regions report; Feb only 32; Mar nobody; plans all year."""
    add_indicator(empty_con, "F", temporal="flow")
    rows = [
        ("F", "32", "2026-01-01", 100, 90),
        ("F", "33", "2026-01-01", 50, 40),
        ("F", "32", "2026-02-01", 100, 80),
        ("F", "33", "2026-02-01", 50, None),  # not reported
    ]
    rows += [
        (f, r, f"2026-{m:02d}-01", p, None)
        for m in range(3, 13)
        for f, r, p in (("F", "32", 100), ("F", "33", 50))
    ]
    add_observations(empty_con, rows)
    return empty_con


def test_latest_pair_covers_the_regions_that_reported(flow_one_region_late):
    row = _to_date(flow_one_region_late, "F")
    assert row["latest_period"].date() == dt.date(2026, 2, 1)
    # February: only 32 reported, so its plan (100) stands against its actual (80), not 150
    assert row["latest_planned"] == 100
    assert row["latest_actual"] == 80
    assert row["latest_planned_all"] == 150
    # to date: Jan 150 / 130 + Feb 100 / 80 -> 210 of 250 = 84 %
    assert row["planned_to_date"] == 250
    assert row["actual_to_date"] == 210
    assert row["achievement"] == pytest.approx(84.0)
    assert row["achievement"] == pytest.approx(100 * row["actual_to_date"] / row["planned_to_date"])
    # the year's full plan: 12 x 150
    assert row["planned_year"] == 1800
    assert (row["regions_reported"], row["regions_expected"]) == (1, 2)


def test_the_pair_sentence_says_who_reported_and_the_year_plan(flow_one_region_late):
    row = _to_date(flow_one_region_late, "F")
    text = narrative.to_date_pair(row, national=False, lang="en")
    assert "210 realised against a plan of 250" in text
    assert "1 of 2 regions reported" in text
    assert "Plan for 2026, every region: 1,800." in text


def test_series_gives_the_plan_of_the_reporters_beside_the_full_plan(flow_one_region_late):
    s = _series(flow_one_region_late, "F")
    feb = s.loc[dt.date(2026, 2, 1)]
    assert (feb["planned"], feb["planned_reported"], feb["actual_reported"]) == (150, 100, 80)
    assert feb["achievement"] == pytest.approx(80.0)
    assert (feb["cum_planned_reported"], feb["cum_actual_reported"]) == (250, 210)


def test_year_to_date_actual_stops_at_the_last_reported_period(flow_one_region_late):
    s = _series(flow_one_region_late, "F")
    assert s.loc[dt.date(2026, 2, 1), "cum_actual"] == 210
    # March to December: planned, nobody reported -> no cumulative actual, not a flat 210
    later = s[s.index > dt.date(2026, 2, 1)]
    assert len(later) == 10
    assert later["cum_actual"].isna().all()
    assert later["cum_actual_reported"].isna().all()
    assert s.loc[dt.date(2026, 12, 1), "cum_planned"] == 1800


def test_nothing_after_as_of_in_the_series_or_the_to_date_row(flow_one_region_late):
    as_of = dt.date(2026, 1, 15)  # January has ended by the end of January; February not
    s = _series(flow_one_region_late, "F", as_of=as_of)
    assert list(s.index) == [dt.date(2026, 1, 1)]
    row = _to_date(flow_one_region_late, "F", as_of=as_of)
    assert row["latest_period"].date() == dt.date(2026, 1, 1)
    assert (row["planned_to_date"], row["actual_to_date"]) == (150, 130)
    # the year's plan is still the whole year's: a plan is known before its period
    assert row["planned_year"] == 1800


def test_projection_is_judged_against_the_full_plan(flow_one_region_late):
    projected = metrics.projection(flow_one_region_late, DEFAULT, "F", TWO, last_n=6)
    # pace over the reported cells: (90 + 40 + 80) / (100 + 50 + 100) = 210 / 250 = 0.84
    assert projected["run_rate"].iloc[0] == pytest.approx(0.84)
    # Jan: 130 reported. Feb: 80 reported; 33's plan of 50 at February's reporters' pace
    # (80 / 100) = 40 -> 120. Mar to Dec: 10 x 150 x 0.84 = 1260. Year: 130 + 120 + 1260 = 1510
    end = metrics.projection_at(projected, 2026)
    assert end["projected_cum_actual"] == pytest.approx(1510)
    assert end["cum_planned"] == 1800  # the whole year's plan, both regions
    assert end["projected_achievement"] == pytest.approx(1510 / 1800 * 100)
    assert end["planned_not_reported"] == 50
    text = narrative.projection_sentence(end, "orang", "month", 6, "en")
    assert "of the year's plan for every region (1,800)" in text
    assert "counted at the pace of the regions that did" in text


def test_projection_starts_after_as_of(flow_one_region_late):
    projected = metrics.projection(
        flow_one_region_late, DEFAULT, "F", TWO, as_of=dt.date(2026, 1, 31)
    )
    # only January counts: pace 130 / 150; February is projected, not taken as reported
    assert projected["period"].min().date() == dt.date(2026, 2, 1)
    assert projected["run_rate"].iloc[0] == pytest.approx(130 / 150)
    end = metrics.projection_at(projected, 2026)
    assert end["projected_cum_actual"] == pytest.approx(130 + 11 * 150 * 130 / 150)


def test_a_stock_projection_scales_non_reporters_to_the_reporters_pace(empty_con):
    add_indicator(empty_con, "S", temporal="stock")
    rows = []
    for m in range(1, 7):
        rows += [("S", "32", f"2026-{m:02d}-01", 200, 100 + 10 * m)]
        # 33 reports only until March; its plan stays 100
        rows += [("S", "33", f"2026-{m:02d}-01", 100, (50 + 5 * m) if m <= 3 else None)]
    rows += [
        ("S", r, f"2026-{m:02d}-01", p, None)
        for m in range(7, 13)
        for r, p in (("32", 200), ("33", 100))
    ]
    add_observations(empty_con, rows)
    projected = metrics.projection(empty_con, DEFAULT, "S", TWO, last_n=6)
    # each month's estimate for both regions: reporters' actual / their plan x 300; months
    # 1-3: (110 + 10m + ... ) both report -> 150 + 15m; months 4-6: (100 + 10m) / 200 x 300
    # = 150 + 15m as well. A straight line 150 + 15m -> December 150 + 180 = 330 of 300
    december = metrics.projection_at(projected, 2026)
    assert december["projected_actual"] == pytest.approx(330)
    assert december["planned"] == 300
    assert december["projected_achievement"] == pytest.approx(110.0)


def test_a_stock_target_of_zero_is_left_out_of_both_sides(empty_con):
    add_indicator(empty_con, "S", temporal="stock")
    add_observations(
        empty_con,
        [("S", "32", "2026-01-01", 0, 80), ("S", "33", "2026-01-01", 100, 90)],
    )
    row = _to_date(empty_con, "S")
    # 32's target of 0 gives no achievement: the pair is 33's alone, 90 of 100, not 170 of 100
    assert (row["planned_to_date"], row["actual_to_date"]) == (100, 90)
    assert row["achievement"] == pytest.approx(90.0)
    assert list(row["trend"]) == pytest.approx([90.0])


def test_the_chart_draws_the_reporters_plan_against_their_actual(flow_one_region_late):
    from pantau.charts import progress

    s = metrics.indicator_series(flow_one_region_late, DEFAULT, "F", TWO, None, False, None)
    fig = progress.planned_vs_actual(s, "F", "orang", "en", cumulative=True)
    traces = {t.name: t for t in fig.data}
    assert set(traces) == {"Planned, every region", "Planned, regions reporting", "Actual"}
    # cumulative, January and February (axis in thousands): the reporters' plan 150, 250
    # against their actual 130, 210
    assert "thousand" in fig.layout.yaxis.title.text
    assert list(traces["Planned, regions reporting"].y[:2]) == pytest.approx([0.15, 0.25])
    assert list(traces["Actual"].y[:2]) == pytest.approx([0.13, 0.21])
    assert pd.isna(traces["Actual"].y[2])  # March: nobody reported, no flat line
    assert traces["Planned, every region"].y[-1] == pytest.approx(1.8)  # the year's plan


def test_a_complete_series_draws_one_plan(empty_con):
    from pantau.charts import progress

    add_indicator(empty_con, "F", temporal="flow")
    add_observations(empty_con, [("F", "32", "2026-01-01", 100, 90)])
    s = metrics.indicator_series(empty_con, DEFAULT, "F", ["32"], None, False, None)
    names = [t.name for t in progress.planned_vs_actual(s, "F", "orang", "id").data]
    assert names == ["Rencana", "Realisasi"]
