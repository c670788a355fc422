"""The data-quality charts: pure functions from a DataFrame to a Plotly figure."""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts.style import layout
from pantau.tables.quality import region_labels

# light blue at 100 %, through orange to dark vermillion at LOWEST_SHOWN: the Okabe-Ito hues of
# the status colours, lightness falling steadily (readable in grey); every cell carries its number
COLOUR_SCALE = [
    [0.0, "#7A2E00"],
    [0.4, "#D55E00"],
    [0.7, "#F0A04B"],
    [0.9, "#FCE3C0"],
    [1.0, "#EAF2FA"],
]
LOWEST_SHOWN = 50  # completeness (%) at or below which a cell gets the darkest colour


def completeness_heatmap(cells: pd.DataFrame, grain: str, title: str, lang: str) -> go.Figure:
    """Regions down, periods across; each cell the share of expected reports received."""
    labels = region_labels(cells).reset_index(drop=True)
    # districts of two regencies may share a name: the code tells them apart
    shared = labels.groupby(labels).transform(
        lambda s: cells["region_code"].iloc[s.index].nunique() > 1
    )
    labels = labels.where(
        ~shared, labels + " (" + cells["region_code"].reset_index(drop=True) + ")"
    )
    frame = cells.assign(
        label=labels,
        column=[
            i18n.short_period_label(pd.Timestamp(p).date(), grain, lang) for p in cells["period"]
        ],
    )
    rows = list(dict.fromkeys(frame["label"]))  # the query's order: provinces, then regencies
    columns = list(dict.fromkeys(frame.sort_values("period")["column"]))
    grid = frame.pivot(index="label", columns="column", values="completeness")
    grid = grid.reindex(index=rows, columns=columns)
    received = frame.pivot(index="label", columns="column", values="received").reindex_like(grid)
    expected = frame.pivot(index="label", columns="column", values="expected").reindex_like(grid)
    hover = [
        [_hover(r, e, lang) for r, e in zip(r_row, e_row, strict=True)]
        for r_row, e_row in zip(received.to_numpy(), expected.to_numpy(), strict=True)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=columns,
            y=rows,
            zmin=LOWEST_SHOWN,
            zmax=100,
            colorscale=COLOUR_SCALE,
            xgap=2,
            ygap=2,
            text=[[_cell(v, lang) for v in row] for row in grid.to_numpy()],
            texttemplate="%{text}",
            customdata=hover,
            hovertemplate="%{y} · %{x}<br>%{text}<br>%{customdata}<extra></extra>",
            colorbar={"title": {"text": "%"}, "thickness": 12},
        )
    )
    fig = layout(fig, title, "", lang)
    # the periods written on top, under the title: the title's automargin keeps them apart
    fig.update_layout(font={"size": 13}, height=120 + 24 * len(rows), hovermode="closest")
    fig.update_yaxes(autorange="reversed", rangemode="normal", gridcolor=None)
    fig.update_xaxes(
        side="top",
        tickangle=0,
        ticktext=["<br>".join(c.rsplit(" ", 1)) if grain != "year" else c for c in columns],
        tickvals=columns,
    )
    return fig


def _cell(value: float, lang: str) -> str:
    """A cell's text: the whole percentage, or nothing where no report was due."""
    return "" if pd.isna(value) else i18n.percent(value, lang, 0)


def _hover(received: float, expected: float, lang: str) -> str:
    """'27 of 29 reports received', or nothing where no report was due."""
    if pd.isna(expected):
        return ""
    return i18n.t("quality.heatmap_hover", lang, received=int(received), expected=int(expected))
