"""The year-to-date chart: which year, which periods and values it draws, last year beside it."""

import datetime as dt
import math

import pandas as pd

from pantau.charts import year as year_charts

NAN = float("nan")


QUARTERS = ["Tw I", "Tw II", "Tw III", "Tw IV"]


def quarterly(actual_2026=(10, 20, None, None), flat_cum_actual=True) -> pd.DataFrame:
    """Two years of a quarterly flow, as the series query returns it (hand-made numbers).

    2025: planned 10, 20, 30, 40 (cumulative 10, 30, 60, 100), actual 9, 18, 27, 36
    (cumulative 9, 27, 54, 90). 2026: planned 11, 21, 31, 41 (11, 32, 63, 104), actual as given.
    flat_cum_actual: the cumulative actual carried into unreported periods, as the query once
    did; the chart must not draw it.
    """
    periods = pd.to_datetime([f"{y}-{m:02d}-01" for y in (2025, 2026) for m in (1, 4, 7, 10)])
    planned = [10, 20, 30, 40, 11, 21, 31, 41]
    actual = [9, 18, 27, 36, *(NAN if a is None else a for a in actual_2026)]
    frame = pd.DataFrame({"period": periods, "planned": planned, "actual": actual})
    year = frame["period"].dt.year
    frame["cum_planned"] = frame.groupby(year)["planned"].cumsum()
    carried = frame["actual"].fillna(0).groupby(year).cumsum()
    frame["cum_actual"] = carried if flat_cum_actual else carried.where(frame["actual"].notna())
    frame["is_complete"] = [True, True, False, True, True, False, True, True]
    frame["regions_reported"] = [38, 38, 37, 38, 38, 36, 0, 0]
    frame["regions_expected"] = 38
    return frame


def values(series: pd.Series) -> list:
    return [None if pd.isna(v) else float(v) for v in series]


def test_the_year_in_question_is_the_year_of_the_latest_actual():
    assert year_charts.year_in_question(quarterly()) == 2026
    # 2026 planned but nothing reported yet: the year in question is still 2025
    assert year_charts.year_in_question(quarterly(actual_2026=(None,) * 4)) == 2025
    # data up to December 2025 leaves 2026 out
    assert year_charts.year_in_question(quarterly(), dt.date(2025, 12, 1)) == 2025
    assert year_charts.year_in_question(quarterly().iloc[0:0]) is None


def test_this_year_stops_at_the_last_reported_period_and_last_year_is_whole():
    view = year_charts.year_view(quarterly(), "quarter", "id")
    assert view.year == 2026
    assert view.labels == QUARTERS
    assert values(view.this_year["cum_planned"]) == [11, 32, 63, 104]
    # Q3 and Q4 2026 carry 30 in the query's column; nobody reported them
    assert values(view.this_year["cum_actual"]) == [10, 30, None, None]
    assert values(view.last_year["cum_actual"]) == [9, 27, 54, 90]
    assert list(view.this_year["regions_reported"]) == [38, 36, 0, 0]


def test_as_of_cuts_the_year_and_picks_the_one_before():
    view = year_charts.year_view(quarterly(), "quarter", "id", dt.date(2026, 4, 1))
    assert values(view.this_year["cum_planned"]) == [11, 32, None, None]
    view = year_charts.year_view(quarterly(), "quarter", "en", dt.date(2025, 12, 1))
    assert view.year == 2025
    assert view.labels == ["Q1", "Q2", "Q3", "Q4"]
    assert values(view.this_year["cum_actual"]) == [9, 27, 54, 90]
    assert view.last_year["cum_actual"].isna().all()  # 2024 is not in the series


def test_the_figure_draws_one_year_with_last_year_faint():
    fig = year_charts.year_to_date(quarterly(), "KPM graduasi", "keluarga", "quarter", "id")
    traces = {t.name: t for t in fig.data}
    assert list(traces) == ["Realisasi 2025", "Rencana 2026", "Realisasi 2026"]
    for trace in fig.data:
        assert list(trace.x) == QUARTERS  # positions in the year, not dates over six years
    assert [None if math.isnan(v) else v for v in traces["Realisasi 2026"].y] == [
        10,
        30,
        None,
        None,
    ]
    assert list(traces["Rencana 2026"].y) == [11, 32, 63, 104]
    assert list(traces["Realisasi 2025"].y) == [9, 27, 54, 90]
    assert "0.35" in traces["Realisasi 2025"].line.color  # faint
    assert traces["Realisasi 2026"].marker.symbol == ("circle", "circle-open", "circle", "circle")
    assert traces["Realisasi 2026"].customdata[1] == "30 keluarga<br>36 dari 38 wilayah melapor"
    assert list(fig.layout.xaxis.categoryarray) == QUARTERS
    assert tuple(fig.layout.xaxis.range) == (-0.5, 3.5)
    assert fig.layout.xaxis.title.text == "2026"
    assert fig.layout.title.text == "KPM graduasi"


def test_without_last_year_or_the_newer_columns_it_still_draws():
    one_year = (
        quarterly(flat_cum_actual=False)
        .iloc[4:]
        .drop(columns=["regions_reported", "regions_expected", "is_complete"])
    )
    fig = year_charts.year_to_date(one_year, "", "keluarga", "quarter", "en")
    assert [t.name for t in fig.data] == ["Planned 2026", "Actual 2026"]
    assert fig.data[1].customdata[0] == "10 households"  # no regions note without the columns


def test_months_run_january_to_december_in_either_language():
    periods = pd.date_range("2026-01-01", periods=3, freq="MS")
    series = pd.DataFrame(
        {"period": periods, "planned": [1.0, 1, 1], "actual": [1.0, 1, 1]}
    ).assign(cum_planned=[1.0, 2, 3], cum_actual=[1.0, 2, 3], is_complete=True)
    view = year_charts.year_view(series, "month", "id")
    assert len(view.labels) == 12
    assert (view.labels[0], view.labels[4], view.labels[7], view.labels[11]) == (
        "Jan",
        "Mei",
        "Agu",
        "Des",
    )
    assert year_charts.year_view(series, "month", "en").labels[4] == "May"
    assert values(view.this_year["cum_actual"])[:4] == [1, 2, 3, None]


def test_stocks_and_yearly_flows_keep_a_plain_level_chart():
    series = quarterly()
    stock = year_charts.indicator_chart(series, "KPM", "keluarga", "stock", "quarter", "id")
    assert [t.name for t in stock.data] == ["Rencana", "Realisasi"]
    assert len(stock.data[0].x) == 8  # every period, at its date
    assert list(stock.data[1].y[:4]) == [9, 18, 27, 36]  # the level, never summed
    flow = year_charts.indicator_chart(series, "Dana", "keluarga", "flow", "quarter", "id")
    assert list(flow.data[0].x) == QUARTERS
