"""Year to date: a flow indicator's cumulative planned and actual across the year in question.

The year in question is the year of the latest period with an actual (up to as_of); the axis
runs over that year's periods (Jan..Dec, Tw I..Tw IV), with last year's cumulative actual
drawn faintly at the same positions. A year-to-date line drawn over several years would
restart every January: a sawtooth nobody can read.
"""

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from babel.dates import format_date

from pantau import i18n
from pantau.charts import progress, style
from pantau.i18n import palette

STEP = {"month": 1, "quarter": 3, "half": 6}  # months per period of a grain within a year
LAST_YEAR_COLOUR = "rgba(0, 114, 178, 0.35)"  # the actual's blue, faint
COLUMNS = [
    "cum_planned",
    "cum_actual",
    "cum_planned_all",
    "is_complete",
    "regions_reported",
    "regions_expected",
]


@dataclass(frozen=True)
class YearView:
    """The rows a year-to-date chart draws: one per period position of the year."""

    year: int
    labels: list[str]  # every period of the year, in order ('Tw I'..'Tw IV')
    this_year: pd.DataFrame  # by position: cum_planned, cum_actual, is_complete, regions_*
    last_year: pd.DataFrame  # by position: last year's cum_actual


def up_to(series: pd.DataFrame, as_of: dt.date | None) -> pd.DataFrame:
    """The periods that start by the month as_of (all of them without as_of)."""
    if as_of is None:
        return series
    return series[series["period"] <= pd.Timestamp(as_of)]


def year_in_question(series: pd.DataFrame, as_of: dt.date | None = None) -> int | None:
    """The year of the latest period with an actual; the latest period's year if none has."""
    shown = up_to(series, as_of)
    reported = shown.loc[shown["actual"].notna(), "period"]
    periods = reported if len(reported) else shown["period"]
    return None if periods.empty else int(pd.Timestamp(periods.max()).year)


def year_view(series: pd.DataFrame, grain: str, lang: str, as_of=None) -> YearView | None:
    """This year's and last year's cumulative values, by position within the year."""
    year = year_in_question(series, as_of)
    if year is None or grain not in STEP:
        return None
    shown = up_to(series, as_of)
    positions = range(12 // STEP[grain])
    return YearView(
        year=year,
        labels=[period_tick(dt.date(year, 1 + p * STEP[grain], 1), grain, lang) for p in positions],
        this_year=_by_position(shown, year, grain).reindex(positions),
        last_year=_by_position(shown, year - 1, grain).reindex(positions),
    )


def _by_position(series: pd.DataFrame, year: int, grain: str) -> pd.DataFrame:
    """One year's rows indexed by period position; no cumulative actual where none reported."""
    rows = series[series["period"].dt.year == year]
    position = (rows["period"].dt.month - 1) // STEP[grain]
    # a period nobody reported has no year-to-date actual, even if the query carried one on
    cum_actual = rows["cum_actual"].where(rows["actual"].notna())
    picked = rows.assign(cum_actual=cum_actual).reindex(columns=COLUMNS)
    return picked.set_axis(position.to_numpy()).sort_index()


def period_tick(start: dt.date, grain: str, lang: str) -> str:
    """A period's short name within its year: 'Jan', 'Tw III', 'Sem I' (en: 'Q3', 'H1')."""
    if grain == "month":
        return format_date(start, "MMM", locale=lang)
    n = (start.month - 1) // STEP[grain] + 1
    return i18n.t(f"export.tick.{grain}", lang, n=n, roman=i18n.ROMAN[n - 1])


def year_to_date(
    series: pd.DataFrame, title: str, unit: str, grain: str, lang: str, as_of=None
) -> go.Figure:
    """Cumulative planned (dashed) and actual (solid, hollow where reports are missing) over
    the year in question, last year's cumulative actual faint beside them."""
    # like with like (docs/metrics.md): the reporters' plan against their actual, every
    # region's plan faint beside them where the two differ
    drawn = progress.like_with_like(series, cumulative=True)
    partial = bool((drawn["plan"].notna() & (drawn["plan"] != drawn["plan_all"])).any())
    series = series.assign(
        cum_planned=drawn["plan"] if partial else drawn["plan_all"],
        cum_actual=drawn["actual"],
        cum_planned_all=drawn["plan_all"],
    )
    view = year_view(series, grain, lang, as_of)
    if view is None:
        return style.layout(go.Figure(), title, i18n.t(f"unit.{unit}", lang), lang)
    now, before = view.this_year, view.last_year
    values = pd.concat([now["cum_planned"], now["cum_actual"], before["cum_actual"]])
    divisor, y_title = style.value_scale(values, unit, lang)
    fig = go.Figure()
    if before["cum_actual"].notna().any():
        fig.add_scatter(
            x=view.labels,
            y=before["cum_actual"] / divisor,
            mode="lines+markers",
            name=f"{i18n.t('chart.actual', lang)} {view.year - 1}",
            line={"color": LAST_YEAR_COLOUR, "width": 2},
            marker={"size": 6},
            legendrank=3,
            customdata=_hover(before["cum_actual"], unit, lang),
            hovertemplate="%{customdata}",
        )
    if partial:
        name = f"{i18n.t('chart.planned_all', lang)} {view.year}"
        fig.add_scatter(
            x=view.labels,
            y=now["cum_planned_all"] / divisor,
            mode="lines",
            name=name,
            line={"color": "#9a9a9a", "dash": "dot", "width": 1.5},
            legendrank=4,
            customdata=_hover(now["cum_planned_all"], unit, lang),
            hovertemplate="%{customdata}",
        )
    plan_name = i18n.t(
        i18n.N_("chart.planned_reported") if partial else i18n.N_("chart.planned"), lang
    )
    fig.add_scatter(
        x=view.labels,
        y=now["cum_planned"] / divisor,
        mode="lines+markers",
        name=f"{plan_name} {view.year}",
        line={"color": palette.PLANNED_COLOUR, "dash": "dash", "width": 2},
        marker={"symbol": "diamond", "size": 6},
        legendrank=1,
        customdata=_hover(now["cum_planned"], unit, lang),
        hovertemplate="%{customdata}",
    )
    _add_actual(fig, view, divisor, unit, lang)
    fig = style.layout(fig, title, y_title, lang)
    # every period of the year on the axis, reported or not: the year reads as a whole
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=view.labels,
        range=[-0.5, len(view.labels) - 0.5],
        title={"text": str(view.year)},
    )
    return fig


def _add_actual(fig: go.Figure, view: YearView, divisor: float, unit: str, lang: str) -> None:
    """This year's cumulative actual: solid, hollow where some regions have not reported."""
    now = view.this_year
    complete = now["is_complete"].astype("boolean").fillna(False)
    reported = [
        i18n.t("chart.reported", lang, n=int(n), total=int(total))
        if pd.notna(value) and pd.notna(n) and pd.notna(total)
        else ""
        for n, total, value in zip(
            now["regions_reported"], now["regions_expected"], now["cum_actual"], strict=True
        )
    ]
    fig.add_scatter(
        x=view.labels,
        y=now["cum_actual"] / divisor,
        mode="lines+markers",
        name=f"{i18n.t('chart.actual', lang)} {view.year}",
        line={"color": palette.ACTUAL_COLOUR, "width": 3},
        legendrank=2,
        marker={"size": 8, "symbol": ["circle" if c else "circle-open" for c in complete]},
        customdata=_hover(now["cum_actual"], unit, lang, reported),
        hovertemplate="%{customdata}",
    )


def _hover(values: pd.Series, unit: str, lang: str, notes: list[str] | None = None) -> list[str]:
    """Each value as the tables write it ('Rp 12,6 T', '370.123 keluarga'), with any note."""
    word = "" if unit in ("rupiah", "persen") else f" {i18n.t(f'unit.{unit}', lang)}"
    texts = ["–" if pd.isna(v) else i18n.value(v, unit, lang) + word for v in values]
    notes = notes or [""] * len(texts)
    return [f"{a}<br>{b}" if b else a for a, b in zip(texts, notes, strict=True)]


def indicator_chart(
    series: pd.DataFrame,
    title: str,
    unit: str,
    temporal: str,
    grain: str,
    lang: str,
    as_of: dt.date | None = None,
) -> go.Figure:
    """Year to date for a flow; a plain level chart for a stock (or a yearly flow)."""
    if temporal == "flow" and grain in STEP:
        return year_to_date(series, title, unit, grain, lang, as_of)
    return progress.planned_vs_actual(up_to(series, as_of), title, unit, lang)
