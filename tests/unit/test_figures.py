"""Every chart names its periods and units as the tables do: time axes and hovers; the gallery
draws every chart."""

import datetime as dt
import inspect

import pandas as pd
import plotly.graph_objects as go
import pytest

from pantau import i18n
from pantau.charts import budget as budget_charts
from pantau.charts import progress, style
from pantau.charts import quality as quality_charts
from pantau.charts import regions as regions_charts
from pantau.charts import year as year_charts
from pantau.settings import StatusThresholds
from tests.support.figure_gallery import GALLERY

MODULES = (style, progress, budget_charts, quality_charts, regions_charts, year_charts)


NOT_CHARTS = {style.layout, style.time_axis}  # change a figure; drawn by every chart


SIZES = ((1600, 900), (1366, 768))


def _chart_functions() -> set:
    """Every public function of pantau/charts*.py that returns a figure."""
    found = set()
    for module in MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            returns = inspect.signature(function).return_annotation
            public = function.__module__ == module.__name__ and not name.startswith("_")
            if public and returns is go.Figure and function not in NOT_CHARTS:
                found.add(function)
    return found


def test_the_gallery_draws_every_chart():
    drawn = {function for function, _ in GALLERY.values()}
    missing = sorted(f.__qualname__ for f in _chart_functions() - drawn)
    assert not missing, f"add these charts to tests/support/figure_gallery.py: {missing}"


@pytest.mark.parametrize(
    ("grain", "lang", "expected"),
    [
        ("quarter", "id", "Tw III 2026"),
        ("quarter", "en", "Q3 2026"),
        ("month", "id", "Sep 2026"),
        ("month", "en", "Sep 2026"),
        ("half", "id", "Sem II 2026"),
        ("half", "en", "H2 2026"),
        ("year", "id", "2026"),
    ],
)
def test_short_period_labels(grain, lang, expected):
    assert i18n.short_period_label(dt.date(2026, 9, 1), grain, lang) == expected


def _quarters(n: int, planned=6_999_300.0, actual=6_550_000.0) -> pd.DataFrame:
    periods = pd.date_range("2021-01-01", periods=n, freq="3MS")
    return pd.DataFrame(
        {
            "period": periods,
            "planned": planned,
            "actual": [actual] * (n - 1) + [None],
            "cum_planned": None,
            "cum_actual": None,
            "is_complete": True,
            "regions_reported": [35] * (n - 1) + [None],
            "regions_expected": 38,
        }
    )


def test_a_quarterly_axis_names_quarters_at_most_twelve_times():
    fig = progress.planned_vs_actual(_quarters(24), "t", "keluarga", "id", grain="quarter")
    axis = fig.layout.xaxis
    # 24 quarters, every second one labelled from Tw I 2021: Tw I and Tw III of each year
    assert list(axis.tickvals) == [f"Tw {q} {y}" for y in range(2021, 2027) for q in ("I", "III")]
    assert axis.ticktext[0] == "Tw I<br>2021"
    assert list(fig.data[0].x[:2]) == ["Tw I 2021", "Tw II 2021"]
    assert len(axis.categoryarray) == 24


def test_the_grain_is_read_from_the_periods_when_not_given():
    fig = progress.planned_vs_actual(_quarters(4), "t", "keluarga", "en")
    assert list(fig.layout.xaxis.tickvals) == ["Q1 2021", "Q2 2021", "Q3 2021", "Q4 2021"]


def test_hovers_carry_the_unit_and_the_tables_rounding():
    fig = progress.planned_vs_actual(_quarters(4), "t", "keluarga", "id", grain="quarter")
    planned, actual = fig.data[0], fig.data[1]
    assert planned.customdata[1] == "Rencana: 6.999.300 keluarga"
    assert actual.customdata[0] == "Realisasi: 6.550.000 keluarga<br>35 dari 38 wilayah melapor"
    assert actual.customdata[3] == "Realisasi: –"  # not reported: no value, no reporting line
    assert fig.layout.hovermode == "x unified"
    assert fig.data[0].hovertemplate == style.HOVER


def test_achievement_hover_is_a_percentage_with_one_decimal():
    series = _quarters(2).assign(achievement=[96.2345, None], status=["on_track", "no_data"])
    fig = progress.achievement_over_time(series, "t", StatusThresholds(90.0, 70.0), "id")
    assert fig.data[0].customdata[0] == "Capaian: 96,2\u00a0%<br>Sesuai target"


def test_money_hover_names_the_line():
    fig = progress.planned_vs_actual(_quarters(2, 2.5e12, 2.0e12), "t", "rupiah", "en")
    assert fig.data[0].customdata[0] == "Planned: IDR\u00a02.5\u00a0tn"
