"""Charts of the regions page: pure functions DataFrame -> Plotly figure, texts translated here."""

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts.style import layout
from pantau.i18n.palette import COLOURS, PLANNED_COLOUR, SYMBOLS
from pantau.settings import StatusThresholds

ROW_HEIGHT = 24  # px per region: 38 province names stay readable on a projector
MIN_PLOT = 300  # px: a handful of regencies still gets bars and a colour bar one can read
MISSING_COLOUR = "#CCCCCC"
UNDER_SERVED = "high_need_low_coverage"
UNDER_SERVED_FILL = "rgba(213, 94, 0, 0.10)"
# colour, marker and size per quadrant: the under-served stand out, the rest stay quiet
QUADRANT_STYLE = {
    "high_need_low_coverage": (COLOURS["off_track"], "diamond", 15),
    "high_need_high_coverage": (COLOURS["on_track"], "circle", 9),
    "low_need_low_coverage": ("#7F7F7F", "square", 9),
    "low_need_high_coverage": ("#56B4E9", "circle", 9),
}
# where each quadrant's name is written, in the plot's own 0..1 frame (high need on the right)
QUADRANT_CORNER = {
    "high_need_low_coverage": (0.99, 0.01, "right", "bottom"),
    "high_need_high_coverage": (0.99, 0.99, "right", "top"),
    "low_need_low_coverage": (0.01, 0.01, "left", "bottom"),
    "low_need_high_coverage": (0.01, 0.99, "left", "top"),
}


def _layout(fig: go.Figure, title: str, lang: str, height: int, legend: str = "top") -> go.Figure:
    """The shared look (pantau.charts.layout) at a height that fits the regions."""
    fig = layout(fig, title, "", lang, legend)
    fig.update_layout(height=height, hovermode="closest")
    fig.update_yaxes(rangemode="normal")
    return fig


def _height(rows: int) -> int:
    """The figure's height for a number of regions."""
    return 150 + max(ROW_HEIGHT * rows, MIN_PLOT)


def _status_name(status: str, lang: str) -> str:
    """A status as a legend entry: its symbol and its word."""
    return i18n.status(status, lang)


def _hover(region: str, achievement: float, status: str, planned, actual, unit, lang) -> str:
    """Hover text of one region: achievement and status in words, planned and actual."""
    return (
        f"<b>{region}</b><br>{i18n.percent(achievement, lang)} · {_status_name(status, lang)}"
        f"<br>{i18n.t('col.planned', lang)}: {i18n.value(planned, unit, lang)}"
        f"<br>{i18n.t('col.actual', lang)}: {i18n.value(actual, unit, lang)}"
    )


def _missing_word(actual: object, lang: str) -> str:
    """'No data' for a region that did not report, 'no target' for one with an actual only."""
    return i18n.t(
        i18n.N_("status.no_data") if pd.isna(actual) else i18n.N_("status.no_target"), lang
    )


def _threshold_lines(fig: go.Figure, thresholds: StatusThresholds, lang: str) -> None:
    """Vertical lines at 100 % and at the two status thresholds, each labelled."""
    lines = [
        (100.0, PLANNED_COLOUR, "dot"),
        (thresholds.on_track, COLOURS["on_track"], "dash"),
        (thresholds.at_risk, COLOURS["at_risk"], "dash"),
    ]
    for x, colour, dash in lines:
        fig.add_vline(
            x=x,
            line={"color": colour, "dash": dash, "width": 1.5},
            annotation={"text": i18n.percent(x, lang, 0), "font": {"color": colour, "size": 12}},
            annotation_position="top",
        )


def ranking_bars(
    ranking: pd.DataFrame, title: str, unit: str, thresholds: StatusThresholds, lang: str
) -> go.Figure:
    """Regions best first, a bar per achievement coloured and labelled by status; no data named."""
    fig = go.Figure()
    for status in ("on_track", "at_risk", "off_track"):
        rows = ranking[ranking["status"] == status]
        if rows.empty:
            continue
        fig.add_bar(
            y=rows["region_name"],
            x=rows["achievement"],
            orientation="h",
            name=_status_name(status, lang),
            marker={"color": COLOURS[status]},
            text=[f"{i18n.percent(a, lang)} {SYMBOLS[status]}" for a in rows["achievement"]],
            textposition="outside",
            cliponaxis=False,
            hovertext=[
                _hover(r.region_name, r.achievement, status, r.planned, r.actual, unit, lang)
                for r in rows.itertuples()
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    missing = ranking[ranking["achievement"].isna()]
    if not missing.empty:
        words = [_missing_word(a, lang) for a in missing["actual"]]
        fig.add_scatter(
            y=missing["region_name"],
            x=[0] * len(missing),
            mode="markers+text",
            name=_status_name("no_data", lang),
            marker={"symbol": "circle-open", "color": COLOURS["no_data"], "size": 10},
            text=[f"{SYMBOLS['no_data']} {w}" for w in words],
            textposition="middle right",
            textfont={"color": "#555555"},
            cliponaxis=False,
            hovertext=[
                f"<b>{n}</b><br>{w}" for n, w in zip(missing["region_name"], words, strict=True)
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    _threshold_lines(fig, thresholds, lang)
    _gap(fig, ranking, lang)
    top = max(120.0, float(ranking["achievement"].max(skipna=True) or 0) * 1.15)
    # the legend below: the threshold labels are written on the plot's top edge
    fig = _layout(fig, title, lang, _height(len(ranking)), legend="bottom")
    fig.update_yaxes(
        categoryorder="array", categoryarray=ranking["region_name"].tolist(), autorange="reversed"
    )
    fig.update_xaxes(
        range=[0, top], title=i18n.t("chart.achievement_axis", lang), gridcolor="#e5e5e5"
    )
    fig.update_layout(bargap=0.25, showlegend=True)
    return fig


def _gap(fig: go.Figure, ranking: pd.DataFrame, lang: str) -> None:
    """Where the ranking skips regions (the top ten, then the bottom ten), a line and how
    many regions lie between, so the two ends are never read as neighbours."""
    positions = ranking["position"].tolist()
    for i in range(1, len(positions)):
        skipped = positions[i] - positions[i - 1] - 1
        if skipped <= 0:
            continue
        fig.add_hline(y=i - 0.5, line={"color": PLANNED_COLOUR, "dash": "dot", "width": 1})
        fig.add_annotation(
            text=i18n.t("regions.ranking_gap", lang, n=skipped),
            x=1,
            xref="x domain",
            y=i - 0.5,
            xanchor="right",
            showarrow=False,
            bgcolor="white",
            font={"color": "#555555", "size": 12},
        )


def diverging_scale(thresholds: StatusThresholds) -> tuple[list[list], float, float]:
    """Orange below the on-track threshold (darker when off track), blue from it upwards.

    Orange and blue stay apart for every common colour-vision deficiency; each status band
    starts with a visible step, so a cell's status can be read from its colour as well as
    from the number and symbol written in it.
    """
    low, high = max(0.0, thresholds.at_risk - 30), thresholds.on_track + 30
    step = (high - low) / 1000
    stops = [
        (low, "#7F3B08"),
        (thresholds.at_risk - step, "#E08214"),
        (thresholds.at_risk, "#FDB863"),
        (thresholds.on_track - step, "#FEE0B6"),
        (thresholds.on_track, "#D1E5F0"),
        (high, "#2166AC"),
    ]
    return [[(v - low) / (high - low), c] for v, c in stops], low, high


def _grid(cells: pd.DataFrame, column: str, rows: list[str], periods: list) -> pd.DataFrame:
    """One column of the cells as a region x period matrix, rows and periods in order."""
    return cells.pivot(index="region_name", columns="period", values=column).reindex(
        index=rows, columns=periods
    )


def _cell_text(achievement: float, status: str, lang: str) -> str:
    """What a cell says: the achievement rounded and the status symbol, or a dash."""
    if pd.isna(achievement):
        return "–"
    return f"{i18n.number(achievement, lang)} {SYMBOLS[status]}"


def _cell_hover(cell, label: str, unit: str, lang: str) -> str:
    """Hover text of one cell: region and period, then the numbers or 'no data'."""
    if pd.isna(cell.achievement):
        return f"<b>{cell.region_name}</b> · {label}<br>{_missing_word(cell.actual, lang)}"
    return (
        _hover(
            cell.region_name, cell.achievement, cell.status, cell.planned, cell.actual, unit, lang
        )
        + f"<br>{label}"
    )


def _colour_bar(thresholds: StatusThresholds, lang: str) -> dict:
    """The colour bar, with ticks at the thresholds and at 100 %."""
    ticks = [thresholds.at_risk, thresholds.on_track, 100.0]
    return {
        "title": {"text": i18n.t("chart.achievement_axis", lang)},
        "tickvals": ticks,
        "ticktext": [i18n.percent(v, lang, 0) for v in ticks],
    }


def achievement_heatmap(
    cells: pd.DataFrame,
    title: str,
    unit: str,
    frequency: str,
    thresholds: StatusThresholds,
    lang: str,
) -> go.Figure:
    """Achievement per region (rows, ranking order) and period; grey cells where nothing came."""
    label = lambda p: i18n.period_label(pd.Timestamp(p).date(), frequency, lang)
    short = lambda p: i18n.short_period_label(pd.Timestamp(p).date(), frequency, lang)
    two_lines = lambda p: "<br>".join(short(p).rsplit(" ", 1))  # 'Tw III<br>2026'
    cells = cells.assign(
        text=[
            _cell_text(a, s, lang)
            for a, s in zip(cells["achievement"], cells["status"], strict=True)
        ],
        hover=[_cell_hover(c, label(c.period), unit, lang) for c in cells.itertuples()],
    )
    rows = cells.sort_values(["position", "period"])["region_name"].unique().tolist()
    periods = sorted(cells["period"].unique())
    achievement = _grid(cells, "achievement", rows, periods).to_numpy(dtype=float)
    shared = {
        "x": [two_lines(p) for p in periods],
        "y": rows,
        "xgap": 2,
        "ygap": 2,
        "text": _grid(cells, "text", rows, periods).to_numpy(),
        "texttemplate": "%{text}",
        "hovertext": _grid(cells, "hover", rows, periods).to_numpy(),
        "hovertemplate": "%{hovertext}<extra></extra>",
    }
    scale, low, high = diverging_scale(thresholds)
    fig = go.Figure()
    # missing cells first, in grey underneath: the values' own trace leaves them empty
    fig.add_heatmap(
        z=np.where(np.isnan(achievement), 1.0, np.nan),
        showscale=False,
        colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
        **shared,
    )
    fig.add_heatmap(
        z=achievement,
        zmin=low,
        zmax=high,
        colorscale=scale,
        colorbar=_colour_bar(thresholds, lang),
        **shared,
    )
    fig = _layout(fig, title, lang, _height(len(rows)))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="top", tickangle=0)
    return fig


def _span(values: list[float], pad: float) -> list[float]:
    """The range of some values widened on both sides by a share of it (at least 1)."""
    low, high = min(values), max(values)
    margin = max((high - low) * pad, 1.0)
    return [low - margin, high + margin]


def _point_hover(row, need_unit: str, frequencies: tuple[str, str], lang: str) -> str:
    """Hover text of one province: need and coverage with their periods, and the quadrant."""
    period = lambda p, f: i18n.period_label(pd.Timestamp(p).date(), f, lang)
    return (
        f"<b>{row.region_name}</b>"
        f"<br>{i18n.t('regions.col.need', lang)}: {i18n.value(row.need_value, need_unit, lang)}"
        f" ({period(row.need_period, frequencies[0])})"
        f"<br>{i18n.t('col.achievement_period', lang)}: {i18n.percent(row.achievement, lang)}"
        f" · {_status_name(row.status, lang)} ({period(row.achievement_period, frequencies[1])})"
        f"<br>{i18n.t(f'regions.quadrant.{row.quadrant}', lang)}"
    )


def _quadrant_names(fig: go.Figure, lang: str) -> None:
    """Each quadrant's name in its corner; the under-served one bold, in its colour."""
    for quadrant, (x, y, xanchor, yanchor) in QUADRANT_CORNER.items():
        under = quadrant == UNDER_SERVED
        name = i18n.t(f"regions.quadrant.{quadrant}", lang)
        fig.add_annotation(
            text=f"<b>{name}</b>" if under else name,
            x=x,
            y=y,
            xref="x domain",
            yref="y domain",
            xanchor=xanchor,
            yanchor=yanchor,
            showarrow=False,
            font={"size": 15, "color": COLOURS["off_track"]} if under else {"size": 12},
            bgcolor="rgba(255, 255, 255, 0.85)" if under else None,
        )


def _quadrant_points(
    fig: go.Figure, both: pd.DataFrame, need_unit: str, frequencies: tuple[str, str], lang: str
) -> None:
    """One trace per quadrant, named in words; the under-served drawn last, on top, in bold."""
    for quadrant in reversed(QUADRANT_STYLE):
        rows = both[both["quadrant"] == quadrant]
        colour, symbol, size = QUADRANT_STYLE[quadrant]
        under = quadrant == UNDER_SERVED
        fig.add_scatter(
            x=rows["need_value"],
            y=rows["achievement"],
            mode="markers+text",
            name=i18n.t(f"regions.quadrant.{quadrant}", lang),
            marker={
                "color": colour,
                "symbol": symbol,
                "size": size,
                "line": {"color": "white", "width": 1},
            },
            text=[f"<b>{n}</b>" if under else n for n in rows["region_name"]],
            textposition="top center" if under else rows["label_at"].tolist(),
            textfont={"size": 12, "color": colour} if under else {"size": 9, "color": "#555555"},
            hovertext=[_point_hover(r, need_unit, frequencies, lang) for r in rows.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>",
            cliponaxis=False,
        )


def _quadrant_lines(
    fig: go.Figure, mean: float, need_unit: str, thresholds: StatusThresholds, lang: str
) -> None:
    """The quadrant lines: the provinces' mean need, and the on-track threshold."""
    mean_text = i18n.t("regions.mean_line", lang, value=i18n.value(mean, need_unit, lang))
    fig.add_vline(
        x=mean,
        line={"color": PLANNED_COLOUR, "dash": "dash", "width": 1.5},
        # inside the plot, right of the line: above it the title would cover it
        annotation={"text": mean_text, "bgcolor": "rgba(255, 255, 255, 0.85)"},
        annotation_position="top right",
    )
    fig.add_hline(
        y=thresholds.on_track,
        line={"color": COLOURS["on_track"], "dash": "dash", "width": 1.5},
        annotation={"text": i18n.percent(thresholds.on_track, lang, 0)},
        annotation_position="bottom left",
    )


def need_coverage_scatter(
    frame: pd.DataFrame,
    titles: tuple[str, str],
    need_unit: str,
    need_direction: str,
    frequencies: tuple[str, str],
    thresholds: StatusThresholds,
    lang: str,
) -> go.Figure:
    """Need (x, higher need to the right) against coverage (y), one labelled point per province.

    titles: (chart title, need axis title); frequencies: (the need's, the indicator's). The
    quadrant of high need and low coverage, the under-served, is shaded and named.
    """
    both = frame.dropna(subset=["need_value", "achievement"])
    # neighbours along the need axis put their names on opposite sides: fewer overlaps
    order = both["need_value"].rank(method="first")
    both = both.assign(label_at=np.where(order % 2 == 0, "bottom center", "top center"))
    mean = float(frame["need_mean"].dropna().iloc[0])
    x_range = _span([*both["need_value"], mean], 0.08)
    # at least 5 points below the on-track line: the low-coverage quadrants always show
    y_range = _span([*both["achievement"], thresholds.on_track - 5], 0.08)
    y_range[1] += (y_range[1] - y_range[0]) * 0.08  # room for the top corners' names
    # an `up` need (a participation rate): less is more need, so the axis runs backwards
    reverse = need_direction != "down"
    fig = go.Figure()
    fig.add_shape(
        type="rect",
        x0=mean,
        x1=x_range[0] if reverse else x_range[1],
        y0=y_range[0],
        y1=thresholds.on_track,
        fillcolor=UNDER_SERVED_FILL,
        line_width=0,
        layer="below",
    )
    _quadrant_points(fig, both, need_unit, frequencies, lang)
    _quadrant_lines(fig, mean, need_unit, thresholds, lang)
    _quadrant_names(fig, lang)
    fig = _layout(fig, titles[0], lang, 680, legend="bottom")
    fig.update_xaxes(
        title=titles[1], range=x_range[::-1] if reverse else x_range, gridcolor="#f0f0f0"
    )
    fig.update_yaxes(
        title=i18n.t("chart.achievement_axis", lang), range=y_range, gridcolor="#e5e5e5"
    )
    return fig
