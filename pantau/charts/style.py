"""What every chart shares: colours, fonts, layout, time axes, value scales and hover texts."""

import itertools

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n

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
        title={
            "text": title,
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 14, "b": 6},
            "automargin": True,
        },
        font={"family": FONT, "size": 14},
        legend={"orientation": "h", "x": 0, "xanchor": "left", **legend_place},
        margin={"l": 16, "r": 28, "t": 16, "b": 16, "pad": 2, "autoexpand": True},
        hovermode="x unified",
        plot_bgcolor="white",
        yaxis={
            "title": {"text": y_title, "standoff": 14},
            "gridcolor": "#e5e5e5",
            "rangemode": "tozero",
        },
        xaxis={"gridcolor": "#f0f0f0"},
    )
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
        type="category",
        categoryorder="array",
        categoryarray=[name(p) for p in every],
        tickmode="array",
        tickvals=[name(p) for p in shown],
        ticktext=["<br>".join(name(p).rsplit(" ", 1)) for p in shown],
        tickangle=0,
        range=[-0.5, len(every) - 0.5],
    )
    return fig


def hover_values(values, unit: str, lang: str, name: str, notes=None) -> list[str]:
    """Hover texts as the tables write the values: 'Rencana: 6.999.300 keluarga', '96,2 %'."""
    word = "" if unit in ("rupiah", "persen") else f" {i18n.t(f'unit.{unit}', lang)}"
    texts = [
        f"{name}: " + ("–" if pd.isna(v) else i18n.value(v, unit, lang) + word) for v in values
    ]
    notes = list(notes) if notes is not None else [""] * len(texts)
    return [f"{a}<br>{b}" if b else a for a, b in zip(texts, notes, strict=True)]


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
