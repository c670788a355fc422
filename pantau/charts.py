"""Pure functions from a DataFrame to a Plotly figure; every text comes in already translated."""

import itertools

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
HOVER = "%{customdata}<extra></extra>"  # hover texts are written in full beforehand


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


MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
MAX_TICKS = 12  # period labels on a time axis: more would overlap at slide width
TICK_STEPS = (1, 2, 3, 4, 6, 12, 24, 60)  # periods between labels, calendar-aligned


def layout(fig: go.Figure, title: str, y_title: str, lang: str, legend: str = "top") -> go.Figure:
    """The shared look: title top left, legend under it (or at the bottom), and every axis
    making room for its own labels, so the figure is whole outside Streamlit too."""
    legend_place = (
        {"y": 1, "yref": "paper", "yanchor": "bottom"}
        if legend == "top"
        else {"y": 0, "yref": "container", "yanchor": "bottom"}
    )
    fig.update_layout(
        separators=",." if lang == "id" else ".,",
        # the title pushes the top margin; a top legend then sits between it and the plot
        title={"text": title, "x": 0, "xref": "paper", "xanchor": "left", "y": 1,
               "yref": "container", "yanchor": "top", "pad": {"t": 14, "b": 6},
               "automargin": True},
        font={"family": FONT, "size": 14},
        legend={"orientation": "h", "x": 0, "xanchor": "left", **legend_place},
        margin={"l": 16, "r": 28, "t": 16, "b": 16, "pad": 2, "autoexpand": True},
        hovermode="x unified",
        plot_bgcolor="white",
        yaxis={"title": {"text": y_title, "standoff": 14}, "gridcolor": "#e5e5e5",
               "rangemode": "tozero"},
        xaxis={"gridcolor": "#f0f0f0"},
    )  # fmt: skip
    fig.update_xaxes(automargin=True, title_standoff=14)
    fig.update_yaxes(automargin=True)
    return fig


def infer_grain(periods: pd.Series) -> str:
    """The grain of a series of period starts: the smallest step between them."""
    months = sorted({p.year * 12 + p.month - 1 for p in pd.to_datetime(periods.dropna())})
    steps = [b - a for a, b in itertools.pairwise(months)]
    step = min(steps, default=12)
    return next((g for g, m in MONTHS.items() if step <= m), "year")


def period_range(periods, grain: str) -> list[pd.Timestamp]:
    """Every period of the grain from the first to the last of periods."""
    dates = pd.to_datetime(pd.Series(list(periods))).dropna()
    if dates.empty:
        return []
    return list(pd.date_range(dates.min(), dates.max(), freq=f"{MONTHS[grain]}MS"))


def time_axis(fig: go.Figure, grain: str, lang: str) -> go.Figure:
    """Period names as reports write them ('Tw I 2026', 'Jan 2026'), on the axis and in the
    hover: every trace's dates become their period's name on an axis of every period."""
    periods = [x for trace in fig.data if trace.x is not None for x in trace.x]
    every = period_range(periods, grain)
    name = lambda p: i18n.short_period_label(pd.Timestamp(p).date(), grain, lang)
    for trace in fig.data:
        if trace.x is not None:
            trace.x = [name(x) for x in trace.x]
    step = next((s for s in TICK_STEPS if len(every) / s <= MAX_TICKS), TICK_STEPS[-1])
    months = MONTHS[grain]
    shown = [p for p in every if ((p.year * 12 + p.month - 1) // months) % step == 0]
    fig.update_xaxes(
        type="category", categoryorder="array", categoryarray=[name(p) for p in every],
        tickmode="array", tickvals=[name(p) for p in shown],
        ticktext=["<br>".join(name(p).rsplit(" ", 1)) for p in shown], tickangle=0,
        range=[-0.5, len(every) - 0.5],
    )  # fmt: skip
    return fig


def hover_values(values, unit: str, lang: str, name: str, notes=None) -> list[str]:
    """Hover texts as the tables write the values: 'Rencana: 6.999.300 keluarga', '96,2 %'."""
    word = "" if unit in ("rupiah", "persen") else f" {i18n.t(f'unit.{unit}', lang)}"
    texts = [
        f"{name}: " + ("–" if pd.isna(v) else i18n.value(v, unit, lang) + word) for v in values
    ]
    notes = list(notes) if notes is not None else [""] * len(texts)
    return [f"{a}<br>{b}" if b else a for a, b in zip(texts, notes, strict=True)]


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
    name = i18n.t("chart.planned_reported" if partial else "chart.planned", lang)
    fig.add_scatter(
        x=series["period"], y=plan / divisor, name=name,
        mode="lines+markers", line={"color": PLANNED_COLOUR, "dash": "dash", "width": 2},
        marker={"symbol": "diamond", "size": 6}, hovertemplate=HOVER,
        customdata=hover_values(plan, unit, lang, name),
    )  # fmt: skip
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
        x=periods, y=plan_all / divisor, name=name, mode="lines",
        line={"color": "#9a9a9a", "dash": "dot", "width": 1.5}, hovertemplate=HOVER,
        customdata=hover_values(plan_all, unit, lang, name),
    )  # fmt: skip


def _add_actual(fig, series, actual, divisor, unit, lang) -> None:
    """The actual, a hollow point where some region's report is missing."""
    complete = series["is_complete"].fillna(False).astype(bool)
    fig.add_scatter(
        x=series["period"], y=actual / divisor, name=i18n.t("chart.actual", lang),
        mode="lines+markers", line={"color": ACTUAL_COLOUR, "width": 3},
        marker={"size": 8, "symbol": ["circle" if c else "circle-open" for c in complete]},
        customdata=hover_values(
            actual, unit, lang, i18n.t("chart.actual", lang), _reported_text(series, lang)
        ), hovertemplate=HOVER,
    )  # fmt: skip


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
        x=x, y=y, name=i18n.t("chart.projected", lang), mode="lines+markers",
        line={"color": ACTUAL_COLOUR, "dash": "dot", "width": 3},
        marker={"symbol": "circle-open", "size": 7}, hovertemplate=HOVER,
        customdata=hover_values(
            [last[actual], *projected[value]], unit, lang, i18n.t("chart.projected", lang)
        ),
    )  # fmt: skip


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
        x=series["period"], y=series["achievement"], name=i18n.t("chart.achievement_axis", lang),
        mode="lines+markers", line={"color": "#333333", "width": 2},
        marker={
            "size": 10,
            "color": [COLOURS[s] for s in series["status"]],
            "symbol": [MARKERS[s] for s in series["status"]],
            "line": {"color": "white", "width": 1},
        },
        customdata=hover_values(
            series["achievement"], "persen", lang, i18n.t("col.achievement_period", lang),
            [i18n.t(f"status.{s}", lang) for s in series["status"]],
        ), hovertemplate=HOVER,
    )  # fmt: skip
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
            x=one["period"], y=one[value] / divisor, name=str(name), mode="lines+markers",
            line={"color": colour, "width": 2.5}, legendgroup=str(name), hovertemplate=HOVER,
            customdata=hover_values(one[value], unit, lang, str(name)),
        )  # fmt: skip
        if value == "actual":
            fig.add_scatter(
                x=one["period"], y=one["planned"] / divisor,
                name=f"{name} · {i18n.t('chart.planned', lang)}",
                mode="lines", line={"color": colour, "dash": "dot", "width": 1.5},
                legendgroup=str(name), showlegend=False, hovertemplate=HOVER,
                customdata=hover_values(
                    one["planned"], unit, lang, f"{name} · {i18n.t('chart.planned', lang)}"
                ),
            )  # fmt: skip
    fig = layout(fig, title, y_title, lang)
    return time_axis(fig, grain or infer_grain(series["period"]), lang)


def for_projector(fig: go.Figure) -> go.Figure:
    """Larger text, thicker lines and a taller plot, for a room looking at a projector."""
    fig.update_layout(
        font={"size": 22},
        title={"font": {"size": 30}},
        legend={"font": {"size": 20}},
        height=620,
        margin={"l": 20, "r": 32, "t": 20, "b": 20},
    )
    fig.update_traces(line={"width": 5}, selector={"mode": "lines+markers"})
    return fig
