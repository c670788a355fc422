"""Figures of one indicator over time: planned against actual, achievement, regions side by side."""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts.style import (
    HOVER,
    hover_values,
    infer_grain,
    layout,
    time_axis,
    value_scale,
)
from pantau.i18n.palette import (
    ACTUAL_COLOUR,
    BAND_COLOURS,
    COLOURS,
    MARKERS,
    PLANNED_COLOUR,
    REGION_COLOURS,
)
from pantau.settings import StatusThresholds


def _reported_text(series: pd.DataFrame, lang: str) -> list[str]:
    """Hover text saying how many regions reported in each period (nothing where unknown)."""
    return [
        i18n.t("chart.reported", lang, n=int(n), total=int(total))
        if pd.notna(n) and pd.notna(total)
        else ""
        for n, total in zip(series["regions_reported"], series["regions_expected"], strict=True)
    ]


def like_with_like(series: pd.DataFrame, cumulative: bool) -> pd.DataFrame:
    """The columns a planned-versus-actual chart draws (docs/metrics.md, like with like):
    plan_all (every region), plan and actual (the regions that reported each period)."""
    prefix = "cum_" if cumulative else ""
    full, actual = series[f"{prefix}planned"], series[f"{prefix}actual"]
    if f"{prefix}planned_reported" not in series:
        plan = full.where(actual.notna())
        return pd.DataFrame({"plan_all": full, "plan": plan, "actual": actual})
    plan = series[f"{prefix}planned_reported"]
    # with no target anywhere in a period the actual stands alone (no pair)
    paired = series[f"{prefix}actual_reported"].where(plan.notna(), actual)
    return pd.DataFrame({"plan_all": full, "plan": plan.where(actual.notna()), "actual": paired})


def planned_vs_actual(
    series: pd.DataFrame,
    title: str,
    unit: str,
    lang: str,
    cumulative: bool = False,
    projected: pd.DataFrame | None = None,
    grain: str | None = None,
) -> go.Figure:
    """Plan of the regions that reported dashed, actual solid (hollow where reports are
    missing), the plan of every region faint where it differs, projection dotted.
    grain: the series' periods (month, quarter...), read from the periods when not given."""
    drawn = like_with_like(series, cumulative)
    divisor, y_title = value_scale(drawn.stack(), unit, lang)
    fig = go.Figure()
    partial = (drawn["plan"].notna() & (drawn["plan"] != drawn["plan_all"])).any()
    if partial:
        _add_full_plan(fig, series["period"], drawn["plan_all"], divisor, unit, lang)
    plan = drawn["plan"] if partial else drawn["plan_all"]
    name = i18n.t(i18n.N_("chart.planned_reported") if partial else i18n.N_("chart.planned"), lang)
    fig.add_scatter(
        x=series["period"],
        y=plan / divisor,
        name=name,
        mode="lines+markers",
        line={"color": PLANNED_COLOUR, "dash": "dash", "width": 2},
        marker={"symbol": "diamond", "size": 6},
        hovertemplate=HOVER,
        customdata=hover_values(plan, unit, lang, name),
    )
    _add_actual(fig, series, drawn["actual"], divisor, unit, lang)
    if projected is not None and not projected.empty:
        with_drawn = series.assign(_drawn=drawn["actual"])
        _add_projection(fig, with_drawn, projected, ("_drawn", divisor, unit), lang, cumulative)
    return time_axis(
        layout(fig, title, y_title, lang), grain or infer_grain(series["period"]), lang
    )


def _add_full_plan(fig, periods, plan_all, divisor, unit, lang) -> None:
    """The plan of every region chosen, faint: the target the reporting regions are part of."""
    name = i18n.t("chart.planned_all", lang)
    fig.add_scatter(
        x=periods,
        y=plan_all / divisor,
        name=name,
        mode="lines",
        line={"color": "#9a9a9a", "dash": "dot", "width": 1.5},
        hovertemplate=HOVER,
        customdata=hover_values(plan_all, unit, lang, name),
    )


def _add_actual(fig, series, actual, divisor, unit, lang) -> None:
    """The actual, a hollow point where some region's report is missing."""
    complete = series["is_complete"].fillna(False).astype(bool)
    fig.add_scatter(
        x=series["period"],
        y=actual / divisor,
        name=i18n.t("chart.actual", lang),
        mode="lines+markers",
        line={"color": ACTUAL_COLOUR, "width": 3},
        marker={"size": 8, "symbol": ["circle" if c else "circle-open" for c in complete]},
        customdata=hover_values(
            actual, unit, lang, i18n.t("chart.actual", lang), _reported_text(series, lang)
        ),
        hovertemplate=HOVER,
    )


def _add_projection(fig, series, projected, drawn, lang, cumulative) -> None:
    """A dotted line from the last actual to the projected; drawn: (column, divisor, unit)."""
    actual, divisor, unit = drawn
    reported = series.dropna(subset=[actual])
    if reported.empty:
        return
    last = reported.iloc[-1]
    value = "projected_cum_actual" if cumulative else "projected_actual"
    if cumulative and projected[value].isna().all():
        return
    x = [last["period"], *projected["period"]]
    y = [last[actual] / divisor, *(projected[value] / divisor)]
    fig.add_scatter(
        x=x,
        y=y,
        name=i18n.t("chart.projected", lang),
        mode="lines+markers",
        line={"color": ACTUAL_COLOUR, "dash": "dot", "width": 3},
        marker={"symbol": "circle-open", "size": 7},
        hovertemplate=HOVER,
        customdata=hover_values(
            [last[actual], *projected[value]], unit, lang, i18n.t("chart.projected", lang)
        ),
    )


def achievement_over_time(
    series: pd.DataFrame,
    title: str,
    thresholds: StatusThresholds,
    lang: str,
    grain: str | None = None,
) -> go.Figure:
    """Achievement per period over the status bands, each point marked with its status."""
    fig = go.Figure()
    top = max(120.0, float(series["achievement"].max(skipna=True) or 0) + 10)
    bands = [
        ("off_track", 0, thresholds.at_risk),
        ("at_risk", thresholds.at_risk, thresholds.on_track),
        ("on_track", thresholds.on_track, top),
    ]
    for status, low, high in bands:
        fig.add_hrect(y0=low, y1=high, fillcolor=BAND_COLOURS[status], line_width=0, layer="below")
    fig.add_hline(y=100, line={"color": PLANNED_COLOUR, "dash": "dot", "width": 1})
    fig.add_scatter(
        x=series["period"],
        y=series["achievement"],
        name=i18n.t("chart.achievement_axis", lang),
        mode="lines+markers",
        line={"color": "#333333", "width": 2},
        marker={
            "size": 10,
            "color": [COLOURS[s] for s in series["status"]],
            "symbol": [MARKERS[s] for s in series["status"]],
            "line": {"color": "white", "width": 1},
        },
        customdata=hover_values(
            series["achievement"],
            "persen",
            lang,
            i18n.t("col.achievement_period", lang),
            [i18n.t(f"status.{s}", lang) for s in series["status"]],
        ),
        hovertemplate=HOVER,
    )
    fig = layout(fig, title, i18n.t("chart.achievement_axis", lang), lang)
    fig = time_axis(fig, grain or infer_grain(series["period"]), lang)
    fig.update_yaxes(range=[0, top])
    fig.update_layout(showlegend=False)
    return fig


def regions_side_by_side(
    series: pd.DataFrame,
    title: str,
    unit: str,
    value: str,
    lang: str,
    grain: str | None = None,
) -> go.Figure:
    """One line per region of a value (actual or achievement), planned dotted where shown."""
    if value == "achievement":
        divisor, y_title, unit = 1.0, i18n.t("chart.achievement_axis", lang), "persen"
    else:
        divisor, y_title = value_scale(series[["planned", "actual"]].stack(), unit, lang)
    fig = go.Figure()
    for i, (name, one) in enumerate(series.groupby("series_name", sort=True)):
        colour = REGION_COLOURS[i % len(REGION_COLOURS)]
        fig.add_scatter(
            x=one["period"],
            y=one[value] / divisor,
            name=str(name),
            mode="lines+markers",
            line={"color": colour, "width": 2.5},
            legendgroup=str(name),
            hovertemplate=HOVER,
            customdata=hover_values(one[value], unit, lang, str(name)),
        )
        if value == "actual":
            fig.add_scatter(
                x=one["period"],
                y=one["planned"] / divisor,
                name=f"{name} · {i18n.t('chart.planned', lang)}",
                mode="lines",
                line={"color": colour, "dash": "dot", "width": 1.5},
                legendgroup=str(name),
                showlegend=False,
                hovertemplate=HOVER,
                customdata=hover_values(
                    one["planned"], unit, lang, f"{name} · {i18n.t('chart.planned', lang)}"
                ),
            )
    fig = layout(fig, title, y_title, lang)
    return time_axis(fig, grain or infer_grain(series["period"]), lang)
