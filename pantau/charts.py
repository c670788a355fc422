"""Pure functions from a DataFrame to a Plotly figure; every text comes in already translated."""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.settings import StatusThresholds
from pantau.status import BAND_COLOURS, COLOURS, MARKERS

PLANNED_COLOUR = "#555555"
ACTUAL_COLOUR = COLOURS["on_track"]
# Okabe-Ito, without the status hues' meaning implied: one colour per compared region
REGION_COLOURS = (
    "#0072B2",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#D55E00",
    "#000000",
)
FONT = "Source Sans Pro, Arial, sans-serif"


SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def value_scale(values: pd.Series, unit: str, lang: str) -> tuple[float, str]:
    """A divisor and axis title that keep tick labels short: 'Rp miliar', 'juta keluarga'."""
    unit_name = i18n.t(f"unit.{unit}", lang)
    if unit in ("persen", "indeks"):
        return 1.0, unit_name
    largest = float(values.abs().max(skipna=True) or 0)
    for size, word in SCALES[: 3 if unit == "rupiah" else 4]:
        if largest >= size:
            return size, i18n.t(
                "scale.axis", lang, scale=i18n.t(f"scale.{word}", lang), unit=unit_name
            )
    return 1.0, unit_name


def layout(fig: go.Figure, title: str, y_title: str, lang: str) -> go.Figure:
    """The shared look: a clear title, a legend on top, readable on a projector."""
    fig.update_layout(
        separators=",." if lang == "id" else ".,",
        title={"text": title, "x": 0, "xanchor": "left"},
        font={"family": FONT, "size": 14},
        legend={
            "orientation": "h",
            "y": 1.02,
            "yanchor": "bottom",
            "x": 1,
            "xanchor": "right",
        },
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        hovermode="x unified",
        plot_bgcolor="white",
        yaxis={"title": y_title, "gridcolor": "#e5e5e5", "rangemode": "tozero"},
        xaxis={"gridcolor": "#f0f0f0"},
    )
    return fig


def _time_axis(fig: go.Figure) -> go.Figure:
    """Dates written without month names, so a chart reads the same in either language."""
    fig.update_xaxes(tickformat="%Y", dtick="M12", hoverformat="%Y-%m")
    return fig


def _reported_text(series: pd.DataFrame, lang: str) -> list[str]:
    """Hover text saying how many regions reported in each period."""
    return [
        i18n.t("chart.reported", lang, n=int(n), total=int(total))
        for n, total in zip(series["regions_reported"], series["regions_expected"], strict=True)
    ]


def planned_vs_actual(
    series: pd.DataFrame,
    title: str,
    unit: str,
    lang: str,
    cumulative: bool = False,
    projected: pd.DataFrame | None = None,
) -> go.Figure:
    """Planned dashed, actual solid (hollow where reports are missing), projection dotted."""
    planned, actual = ("cum_planned", "cum_actual") if cumulative else ("planned", "actual")
    divisor, y_title = value_scale(series[[planned, actual]].stack(), unit, lang)
    complete = series["is_complete"].fillna(False).astype(bool)
    fig = go.Figure()
    fig.add_scatter(
        x=series["period"], y=series[planned] / divisor, name=i18n.t("chart.planned", lang),
        mode="lines+markers", line={"color": PLANNED_COLOUR, "dash": "dash", "width": 2},
        marker={"symbol": "diamond", "size": 6},
    )  # fmt: skip
    fig.add_scatter(
        x=series["period"], y=series[actual] / divisor, name=i18n.t("chart.actual", lang),
        mode="lines+markers", line={"color": ACTUAL_COLOUR, "width": 3},
        marker={"size": 8, "symbol": ["circle" if c else "circle-open" for c in complete]},
        text=_reported_text(series, lang), hovertemplate="%{y:,.2~f}<br>%{text}",
    )  # fmt: skip
    if projected is not None and not projected.empty:
        _add_projection(fig, series, projected, actual, divisor, lang, cumulative)
    return _time_axis(layout(fig, title, y_title, lang))


def _add_projection(fig, series, projected, actual, divisor, lang, cumulative) -> None:
    """A dotted line from the last actual to the projected values."""
    last = series.dropna(subset=[actual]).iloc[-1]
    value = "projected_cum_actual" if cumulative else "projected_actual"
    if cumulative and projected[value].isna().all():
        return
    x = [last["period"], *projected["period"]]
    y = [last[actual] / divisor, *(projected[value] / divisor)]
    fig.add_scatter(
        x=x, y=y, name=i18n.t("chart.projected", lang), mode="lines+markers",
        line={"color": ACTUAL_COLOUR, "dash": "dot", "width": 3},
        marker={"symbol": "circle-open", "size": 7}, hovertemplate="%{y:,.2~f}",
    )  # fmt: skip


def achievement_over_time(
    series: pd.DataFrame, title: str, thresholds: StatusThresholds, lang: str
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
        x=series["period"], y=series["achievement"], name=i18n.t("chart.achievement_axis", lang),
        mode="lines+markers", line={"color": "#333333", "width": 2},
        marker={
            "size": 10,
            "color": [COLOURS[s] for s in series["status"]],
            "symbol": [MARKERS[s] for s in series["status"]],
            "line": {"color": "white", "width": 1},
        },
        text=[i18n.t(f"status.{s}", lang) for s in series["status"]],
        hovertemplate="%{y:.1f} %<br>%{text}",
    )  # fmt: skip
    fig = _time_axis(layout(fig, title, i18n.t("chart.achievement_axis", lang), lang))
    fig.update_yaxes(range=[0, top])
    fig.update_layout(showlegend=False)
    return fig


def regions_side_by_side(
    series: pd.DataFrame, title: str, unit: str, value: str, lang: str
) -> go.Figure:
    """One line per region of a value (actual or achievement), planned dotted where shown."""
    if value == "achievement":
        divisor, y_title = 1.0, i18n.t("chart.achievement_axis", lang)
    else:
        divisor, y_title = value_scale(series[["planned", "actual"]].stack(), unit, lang)
    fig = go.Figure()
    for i, (name, one) in enumerate(series.groupby("series_name", sort=True)):
        colour = REGION_COLOURS[i % len(REGION_COLOURS)]
        fig.add_scatter(
            x=one["period"], y=one[value] / divisor, name=str(name), mode="lines+markers",
            line={"color": colour, "width": 2.5}, legendgroup=str(name),
        )  # fmt: skip
        if value == "actual":
            fig.add_scatter(
                x=one["period"], y=one["planned"] / divisor,
                name=f"{name} · {i18n.t('chart.planned', lang)}",
                mode="lines", line={"color": colour, "dash": "dot", "width": 1.5},
                legendgroup=str(name), showlegend=False,
            )  # fmt: skip
    return _time_axis(layout(fig, title, y_title, lang))


def for_projector(fig: go.Figure) -> go.Figure:
    """Larger text, thicker lines and a taller plot, for a room looking at a projector."""
    fig.update_layout(
        font={"size": 22},
        title={"font": {"size": 30}},
        legend={"font": {"size": 20}},
        height=620,
        margin={"l": 20, "r": 20, "t": 90, "b": 20},
    )
    fig.update_traces(line={"width": 5}, selector={"mode": "lines+markers"})
    return fig
