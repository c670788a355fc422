"""Parts of the indicator explorer: regions side by side, the national chart, the projection."""

import pandas as pd
import streamlit as st

from pantau.analysis import metrics
from pantau.charts import progress
from pantau.tables import narrative
from ui import exports, pickers
from ui.context import lang, thresholds, tr

PROJECTION_PERIODS = 6  # the trend of the last six periods is carried forward


def regions_side_by_side(series: pd.DataFrame, title: str, unit: str, grain: str) -> None:
    """The actual and the achievement of each compared region, one line per region."""
    exports.chart(
        progress.regions_side_by_side(
            series, f"{title} · {tr('chart.by_region')}", unit, "actual", lang(), grain
        )
    )
    exports.chart(
        progress.regions_side_by_side(
            series,
            tr("chart.achievement_by_region"),
            tr("chart.achievement_axis"),
            "achievement",
            lang(),
            grain,
        )
    )


def planned_vs_actual(
    series: pd.DataFrame, projected: pd.DataFrame, indicator: pd.Series, title: str, grain: str
) -> None:
    """Planned against actual (a flow: per period or year to date), with the projection."""
    view = "per_period"
    if indicator["temporal"] == "flow":
        views = {v: tr(f"explorer.view_{v}") for v in ("per_period", "cumulative")}
        view = pickers.segments(" ", views, key="view", label_visibility="collapsed")
    cumulative = view == "cumulative"
    chart_title = tr("chart.cumulative") if cumulative else tr("chart.planned_vs_actual")
    native = grain == indicator["frequency"]  # projections are per native period
    figure = progress.planned_vs_actual(
        series,
        f"{title} · {chart_title}",
        indicator["unit"],
        lang(),
        cumulative,
        projected if native else None,
        grain,
    )
    exports.chart(figure)
    st.caption(tr("explorer.incomplete_note"))


def projection(projected: pd.DataFrame, indicator: pd.Series) -> None:
    """One sentence per year end until the programme ends (the last is the programme's end)."""
    st.subheader(tr("projection.title"))
    n = PROJECTION_PERIODS
    for year in sorted(projected["period"].dt.year.unique()):
        row = metrics.projection_at(projected, year)
        st.markdown(
            narrative.projection_sentence(row, indicator["unit"], indicator["frequency"], n, lang())
        )
    if projected.empty:
        st.write(tr("projection.none"))
    st.caption(tr(f"projection.method_{indicator['temporal']}", n=n))


def achievement_over_time(series: pd.DataFrame, grain: str) -> None:
    """Achievement per period against the status bands."""
    exports.chart(
        progress.achievement_over_time(series, tr("chart.achievement"), thresholds(), lang(), grain)
    )
