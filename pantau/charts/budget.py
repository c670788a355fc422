"""Budget charts: DataFrame -> Plotly figure; money written as Indonesians write it."""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.analysis.budget import QUADRANT_SYMBOLS
from pantau.charts.progress import like_with_like
from pantau.charts.style import HOVER, layout, time_axis, value_scale
from pantau.i18n.palette import ACTUAL_COLOUR, COLOURS, PLANNED_COLOUR, SYMBOLS

# Okabe-Ito hues: the two quadrants that need attention get the strongest ones
QUADRANT_COLOURS = {
    "money_without_results": "#D55E00",
    "results_without_money": "#CC79A7",
    "both_behind": "#E69F00",
    "money_and_results": "#0072B2",
}
QUADRANT_MARKERS = {
    "money_without_results": "square",
    "results_without_money": "diamond",
    "both_behind": "triangle-up",
    "money_and_results": "circle",
}
HIGHLIGHT = ("money_without_results", "results_without_money")


def _money(values: pd.Series, lang: str, name: str) -> list[str]:
    """Each amount named, as 'Rencana: Rp 1,2 M' (id) or 'Planned: IDR 1.2 bn' (en)."""
    return [f"{name}: {i18n.money(v, lang)}" for v in values]


def money_per_period(series: pd.DataFrame, title: str, grain: str, lang: str) -> go.Figure:
    """Planned and realised money per period as bars; hatched where reports are missing."""
    divisor, y_title = value_scale(series[["planned", "actual"]].stack(), "rupiah", lang)
    labels = series["period"]
    incomplete = ~series["is_complete"].fillna(False).astype(bool)
    fig = go.Figure()
    fig.add_bar(
        x=labels,
        y=series["planned"] / divisor,
        name=i18n.t("chart.planned", lang),
        marker={"color": "#BBBBBB", "line": {"color": PLANNED_COLOUR, "width": 1}},
        customdata=_money(series["planned"], lang, i18n.t("chart.planned", lang)),
        hovertemplate=HOVER,
    )
    fig.add_bar(
        x=labels,
        y=series["actual"] / divisor,
        name=i18n.t("chart.actual", lang),
        marker={
            "color": ACTUAL_COLOUR,
            "pattern": {"shape": ["/" if i else "" for i in incomplete], "solidity": 0.4},
        },
        customdata=list(
            zip(
                _money(series["actual"], lang, i18n.t("chart.actual", lang)),
                [i18n.percent(a, lang) for a in series["absorption"]],
                strict=True,
            )
        ),
        hovertemplate="%{customdata[0]} · "
        + i18n.t("budget.absorption", lang)
        + " %{customdata[1]}<extra></extra>",
    )
    fig = time_axis(layout(fig, title, y_title, lang), grain, lang)
    fig.update_layout(barmode="group", bargap=0.25)
    return fig


def money_cumulative(series: pd.DataFrame, title: str, grain: str, lang: str) -> go.Figure:
    """Year-to-date money from January, one line per year: the plan of the regions that
    reported (dashed) against their realised money (solid), like the absorption headline; the
    plan of every region faint where it differs."""
    drawn = like_with_like(series, cumulative=True)
    divisor, y_title = value_scale(drawn.stack(), "rupiah", lang)
    partial = (drawn["plan"].notna() & (drawn["plan"] != drawn["plan_all"])).any()
    lines = [
        (
            "plan",
            i18n.N_("chart.planned_reported") if partial else i18n.N_("chart.planned"),
            {"color": PLANNED_COLOUR, "dash": "dash", "width": 2},
        ),
        ("actual", "chart.actual", {"color": ACTUAL_COLOUR, "width": 3}),
    ]
    if partial:
        lines.insert(0, ("plan_all", "chart.planned_all", {"color": "#9a9a9a", "dash": "dot"}))
    else:
        drawn["plan"] = drawn["plan_all"]
    fig = go.Figure()
    for column, name, line in lines:
        _add_yearly_lines(fig, series, drawn[column], divisor, (name, line), lang)
    return time_axis(layout(fig, title, y_title, lang), grain, lang)


def _add_yearly_lines(fig, series, values, divisor, style, lang) -> None:
    """One line a year of a cumulative money value; the actual's hover adds the absorption."""
    name, line = style
    for i, (_, year) in enumerate(series.groupby(series["period"].dt.year, sort=True)):
        amounts = values.loc[year.index]
        absorption = [i18n.percent(a, lang) for a in year["cum_absorption"]]
        with_absorption = name == "chart.actual"
        fig.add_scatter(
            x=year["period"],
            y=amounts / divisor,
            name=i18n.t(name, lang),
            legendgroup=name,
            showlegend=i == 0,
            mode="lines+markers",
            line=line,
            customdata=list(
                zip(_money(amounts, lang, i18n.t(name, lang)), absorption, strict=True)
            ),
            hovertemplate="%{customdata[0]}"
            + (
                " · " + i18n.t("budget.absorption", lang) + " %{customdata[1]}"
                if with_absorption
                else ""
            )
            + "<extra></extra>",
        )


def absorption_by_region(
    regions: pd.DataFrame, title: str, on_track: float, lang: str
) -> go.Figure:
    """One bar per region, lowest absorption on top; status in colour, symbol and words."""
    shown = regions[~regions["is_total"]].sort_values("absorption", ascending=False)
    labels = [
        f"{SYMBOLS[s]} {i18n.percent(a, lang)}"
        for s, a in zip(shown["status"], shown["absorption"], strict=True)
    ]
    fig = go.Figure()
    fig.add_bar(
        y=shown["series_name"],
        x=shown["absorption"],
        orientation="h",
        text=labels,
        textposition="inside",
        insidetextanchor="end",
        # dark text on the light orange, white on the dark hues: readable on a projector
        textfont={"color": ["#000000" if s == "at_risk" else "#FFFFFF" for s in shown["status"]]},
        marker={"color": [COLOURS[s] for s in shown["status"]]},
        customdata=[i18n.t(f"status.{s}", lang) for s in shown["status"]],
        hovertemplate="%{y}: %{text} · %{customdata}<extra></extra>",
    )
    for x, dash in ((on_track, "dash"), (100, "dot")):
        fig.add_vline(x=x, line={"color": PLANNED_COLOUR, "dash": dash, "width": 1}, layer="below")
    fig = layout(fig, title, "", lang)
    top = max(110.0, float(shown["absorption"].max(skipna=True) or 0) + 15)
    fig.update_layout(
        showlegend=False,
        hovermode="closest",
        height=max(300, 60 + 26 * len(shown)),
        uniformtext={"minsize": 12, "mode": "show"},
        xaxis={"title": i18n.t("budget.axis.absorption", lang), "range": [0, top]},
        yaxis={"title": "", "rangemode": "normal"},
    )
    return fig


def _axis_range(values: pd.Series, line: float) -> list[float]:
    """An axis that shows every point and the quadrant line, with room for labels."""
    low = min(float(values.min(skipna=True)), line)
    high = max(float(values.max(skipna=True)), line)
    pad = max(3.0, (high - low) * 0.08)
    return [max(0.0, low - pad), high + pad]


def quadrant_chart(
    regions: pd.DataFrame, title: str, line: float, total: str, lang: str
) -> go.Figure:
    """Absorption (x) against output achievement (y), one labelled point per region."""
    points = regions[regions["quadrant"] != "no_data"]
    x_range = _axis_range(points["absorption"], line)
    y_range = _axis_range(points["output_achievement"], line)
    fig = go.Figure()
    _quadrant_backgrounds(fig, x_range, y_range, line, lang)
    places = _label_positions(points, x_range, y_range)
    for quadrant, group in points[~points["is_total"]].groupby("quadrant", sort=False):
        fig.add_scatter(
            x=group["absorption"],
            y=group["output_achievement"],
            mode="markers+text",
            name=i18n.t(f"budget.quadrant.{quadrant}", lang),
            text=group["series_name"],
            textposition=[places[n] for n in group["series"]],
            textfont={"size": 11},
            marker={
                "size": 11,
                "color": QUADRANT_COLOURS[quadrant],
                "symbol": QUADRANT_MARKERS[quadrant],
                "line": {"color": "white", "width": 1},
            },
            hovertemplate="%{text}<br>"
            + i18n.t("budget.axis.absorption", lang)
            + ": %{x:.1f}<br>"
            + i18n.t("budget.axis.output", lang)
            + ": %{y:.1f}<extra></extra>",
        )
    _total_point(fig, points[points["is_total"]], total)
    fig = layout(fig, title, i18n.t("budget.axis.output", lang), lang)
    fig.update_layout(hovermode="closest", height=680)
    fig.update_xaxes(title=i18n.t("budget.axis.absorption", lang), range=x_range)
    fig.update_yaxes(range=y_range, rangemode="normal")
    return fig


def _total_point(fig: go.Figure, total_rows: pd.DataFrame, name: str) -> None:
    """The chosen regions together, drawn apart from the regions (a black star)."""
    if total_rows.empty:
        return
    fig.add_scatter(
        x=total_rows["absorption"],
        y=total_rows["output_achievement"],
        mode="markers+text",
        name=name,
        text=[name],
        textposition="bottom center",
        textfont={"size": 12},
        marker={"size": 16, "color": "#000000", "symbol": "star"},
        hovertemplate="%{text}: %{x:.1f} · %{y:.1f}<extra></extra>",
    )


def _quadrant_backgrounds(fig, x_range, y_range, line: float, lang: str) -> None:
    """The quadrant lines, the two warning quadrants tinted, and every quadrant named."""
    corners = {
        "money_without_results": (line, x_range[1], y_range[0], line, "right", "bottom"),
        "results_without_money": (x_range[0], line, line, y_range[1], "left", "top"),
        "both_behind": (x_range[0], line, y_range[0], line, "left", "bottom"),
        "money_and_results": (line, x_range[1], line, y_range[1], "right", "top"),
    }
    for quadrant, (x0, x1, y0, y1, xanchor, yanchor) in corners.items():
        strong = quadrant in HIGHLIGHT
        if strong:
            fig.add_shape(
                type="rect",
                x0=x0,
                x1=x1,
                y0=y0,
                y1=y1,
                layer="below",
                line_width=0,
                fillcolor=QUADRANT_COLOURS[quadrant],
                opacity=0.10,
            )
        fig.add_annotation(
            x=x1 if xanchor == "right" else x0,
            y=y1 if yanchor == "top" else y0,
            xanchor=xanchor,
            yanchor=yanchor,
            showarrow=False,
            text=f"{QUADRANT_SYMBOLS[quadrant]} {i18n.t(f'budget.quadrant.{quadrant}', lang)}",
            font={
                "size": 15 if strong else 12,
                "color": QUADRANT_COLOURS[quadrant] if strong else "#555555",
                "weight": "bold" if strong else "normal",
            },
            bgcolor="rgba(255,255,255,0.85)",
            borderpad=4,
        )
    for shape in (
        {"x0": line, "x1": line, "y0": y_range[0], "y1": y_range[1]},
        {"x0": x_range[0], "x1": x_range[1], "y0": line, "y1": line},
    ):
        fig.add_shape(type="line", line={"color": PLANNED_COLOUR, "dash": "dash"}, **shape)


# where a label may sit around its point: plotly's textposition, and the box it then covers
# (in pixels from the point: left, right, bottom, top) for a label w wide and h high
_PLACES = {
    "top center": lambda w, h: (-w / 2, w / 2, 6, 6 + h),
    "bottom center": lambda w, h: (-w / 2, w / 2, -6 - h, -6),
    "middle right": lambda w, h: (7, 7 + w, -h / 2, h / 2),
    "middle left": lambda w, h: (-7 - w, -7, -h / 2, h / 2),
    "top right": lambda w, h: (3, 3 + w, 4, 4 + h),
    "bottom left": lambda w, h: (-3 - w, -3, -4 - h, -4),
    "top left": lambda w, h: (-3 - w, -3, 4, 4 + h),
    "bottom right": lambda w, h: (3, 3 + w, -4 - h, -4),
}
PLOT_PIXELS = (850, 540)  # about the plotting area on a laptop screen, for label placement


def _overlap(a: tuple, b: tuple) -> float:
    """The area two boxes (left, right, bottom, top) share."""
    width = min(a[1], b[1]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[2], b[2])
    return max(width, 0) * max(height, 0)


def _label_positions(points: pd.DataFrame, x_range, y_range) -> dict[str, str]:
    """Put each region's name where it covers the fewest other names and points (greedy)."""
    sx = PLOT_PIXELS[0] / (x_range[1] - x_range[0])
    sy = PLOT_PIXELS[1] / (y_range[1] - y_range[0])
    at = {r.series: (r.absorption * sx, r.output_achievement * sy) for r in points.itertuples()}
    taken = [(x - 6, x + 6, y - 6, y + 6) for x, y in at.values()]
    # the regions that need attention choose first
    order = points.sort_values("quadrant", key=lambda q: ~q.isin(HIGHLIGHT), kind="stable")
    places = {}
    for r in order[~order["is_total"]].itertuples():
        (x, y), w = at[r.series], 6.2 * len(r.series_name)
        boxes = {
            name: (x + left, x + right, y + bottom, y + top)
            for name, place in _PLACES.items()
            for left, right, bottom, top in [place(w, 13)]
        }
        best = min(boxes, key=lambda name: sum(_overlap(boxes[name], t) for t in taken))
        places[r.series] = best
        taken.append(boxes[best])
    return places
