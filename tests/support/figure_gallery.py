"""Every chart the app can draw, built from the sample database the way the pages build them.

Used by tests/browser/test_figures.py (every text inside the picture) and to export the PNGs a
person looks at (test-artifacts/figures/).
"""

import datetime as dt
from collections.abc import Callable

import duckdb
import plotly.graph_objects as go

from pantau.analysis import budget, metrics, quality, regions
from pantau.charts import budget as budget_charts
from pantau.charts import progress, style
from pantau.charts import quality as quality_charts
from pantau.charts import regions as regions_charts
from pantau.charts import year as year_charts
from pantau.settings import StatusThresholds

THRESHOLDS = StatusThresholds(on_track=90.0, at_risk=70.0)
Build = Callable[[duckdb.DuckDBPyConnection, str], go.Figure]


def _series(con, code: str, grain: str, by_region: bool = False, where=None):
    """An indicator's series as the explorer reads it."""
    return metrics.indicator_series(con, THRESHOLDS, code, where, grain, by_region)


def _planned_vs_actual(code: str, grain: str, cumulative: bool = False) -> Build:
    def build(con, lang):
        series = _series(con, code, grain)
        projected = metrics.projection(con, THRESHOLDS, code, None, None)
        return progress.planned_vs_actual(
            series,
            f"{code} · Rencana dan realisasi",
            _unit(con, code),
            lang,
            cumulative,
            projected,
            grain=grain,
        )

    return build


def _unit(con, code: str) -> str:
    return con.execute("select unit from indicators where code = ?", [code]).fetchone()[0]


def _achievement(code: str, grain: str) -> Build:
    return lambda con, lang: progress.achievement_over_time(
        _series(con, code, grain), f"{code} · Capaian per periode", THRESHOLDS, lang, grain=grain
    )


def _side_by_side(code: str, grain: str, value: str) -> Build:
    def build(con, lang):
        series = _series(con, code, grain, True, ["32", "33", "35", "11"])
        return progress.regions_side_by_side(
            series, f"{code} · per wilayah", _unit(con, code), value, lang, grain=grain
        )

    return build


def _money(kind: str, code: str = "PKH.DANA") -> Build:
    def build(con, lang):
        frequency = _frequency(con, code)
        series = budget.in_year(budget.money_series(con, THRESHOLDS, code, None, None), None)
        draw = (
            budget_charts.money_per_period
            if kind == "per_period"
            else budget_charts.money_cumulative
        )
        return draw(series, f"{code} · {kind}", frequency, lang)

    return build


def _frequency(con, code: str) -> str:
    return con.execute("select frequency from indicators where code = ?", [code]).fetchone()[0]


def _absorption(con, lang):
    rows = budget.absorption(con, THRESHOLDS, "PKH.DANA", None, None)
    return budget_charts.absorption_by_region(rows, "PKH.DANA · Penyerapan", 90.0, lang)


def _quadrant(con, lang):
    rows = budget.quadrant(con, THRESHOLDS, "PKH.DANA", "PKH.KPM", None, None)
    return budget_charts.quadrant_chart(
        rows,
        "Uang dan hasil: penyerapan dan capaian keluaran · Jan–Sep 2026",
        90.0,
        "Nasional",
        lang,
    )


def _latest_period(con, code: str, parent=None) -> dt.date:
    return regions.periods(con, code, parent, None)[0]


def _ranking(parent=None) -> Build:
    def build(con, lang):
        period = _latest_period(con, "PKH.KPM", parent)
        rows = regions.ranking(con, THRESHOLDS, "PKH.KPM", period, parent)
        return regions_charts.ranking_bars(
            rows, "KPM PKH · provinsi · Triwulan III 2026", "keluarga", THRESHOLDS, lang
        )

    return build


def _region_heatmap(con, lang):
    period = _latest_period(con, "PKH.KPM")
    cells = regions.heatmap(con, THRESHOLDS, "PKH.KPM", period, None)
    return regions_charts.achievement_heatmap(
        cells, "Capaian KPM PKH per provinsi dan periode", "keluarga", "quarter", THRESHOLDS, lang
    )


def _need_coverage(con, lang):
    period = _latest_period(con, "PKH.KPM")
    frame = regions.need_coverage(con, THRESHOLDS, "PKH.KPM", "KEMISKINAN.P0", period, None)
    titles = ("Kebutuhan dan cakupan: kemiskinan dan KPM PKH", "Persentase penduduk miskin (%)")
    return regions_charts.need_coverage_scatter(
        frame, titles, "persen", "down", ("half", "quarter"), THRESHOLDS, lang
    )


def _completeness(grain: str) -> Build:
    def build(con, lang):
        report = quality.completeness(con, "PKH", None, None, grain)
        return quality_charts.completeness_heatmap(
            quality.cells(report), grain, f"Kelengkapan laporan per {grain}", lang
        )

    return build


def _year_to_date(code: str) -> Build:
    def build(con, lang):
        series = _series(con, code, _frequency(con, code))
        return year_charts.year_to_date(
            series, f"{code} · s.d. periode", _unit(con, code), _frequency(con, code), lang
        )

    return build


def _indicator_chart(code: str, temporal: str) -> Build:
    def build(con, lang):
        frequency = _frequency(con, code)
        series = _series(con, code, frequency)
        return year_charts.indicator_chart(
            series, code, _unit(con, code), temporal, frequency, lang
        )

    return build


def _projector(con, lang):
    return style.for_projector(_indicator_chart("PKH.KPM", "stock")(con, lang))


# name -> (the chart function it draws, how to build it)
GALLERY: dict[str, tuple[Callable, Build]] = {
    "planned_vs_actual_quarter": (
        progress.planned_vs_actual,
        _planned_vs_actual("PKH.KPM", "quarter"),
    ),
    "planned_vs_actual_month_money": (
        progress.planned_vs_actual,
        _planned_vs_actual("SEMBAKO.DANA", "month"),
    ),
    "planned_vs_actual_cumulative_half": (
        progress.planned_vs_actual,
        _planned_vs_actual("PIP.DANA", "half", True),
    ),
    "planned_vs_actual_year": (
        progress.planned_vs_actual,
        _planned_vs_actual("PIP.APS_13_15", "year"),
    ),
    "achievement_over_time": (progress.achievement_over_time, _achievement("SEMBAKO.KPM", "month")),
    "regions_side_by_side_actual": (
        progress.regions_side_by_side,
        _side_by_side("PKH.DANA", "quarter", "actual"),
    ),
    "regions_side_by_side_achievement": (
        progress.regions_side_by_side,
        _side_by_side("SEMBAKO.KPM", "month", "achievement"),
    ),
    "for_projector": (style.for_projector, _projector),
    "money_per_period": (budget_charts.money_per_period, _money("per_period")),
    "money_per_period_month": (
        budget_charts.money_per_period,
        _money("per_period", "SEMBAKO.DANA"),
    ),
    "money_cumulative": (budget_charts.money_cumulative, _money("cumulative")),
    "absorption_by_region": (budget_charts.absorption_by_region, _absorption),
    "quadrant_chart": (budget_charts.quadrant_chart, _quadrant),
    "completeness_heatmap": (quality_charts.completeness_heatmap, _completeness("quarter")),
    "completeness_heatmap_month": (quality_charts.completeness_heatmap, _completeness("month")),
    "ranking_bars": (regions_charts.ranking_bars, _ranking()),
    "ranking_bars_regencies": (regions_charts.ranking_bars, _ranking("34")),
    "achievement_heatmap": (regions_charts.achievement_heatmap, _region_heatmap),
    "need_coverage_scatter": (regions_charts.need_coverage_scatter, _need_coverage),
    "year_to_date": (year_charts.year_to_date, _year_to_date("PKH.GRADUASI")),
    "indicator_chart": (year_charts.indicator_chart, _indicator_chart("SEMBAKO.KPM", "stock")),
}
