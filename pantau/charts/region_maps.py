"""The regions page's three maps, also drawn by the presentation, the deck and the HTML:
achievement and status, need, and need against coverage (the scatter's quadrant colours)."""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts import maps
from pantau.charts.regions import QUADRANT_STYLE
from pantau.settings import StatusThresholds

PROVINCES = "provinsi"


def achievement_map(
    ranking: pd.DataFrame,
    level: str,
    title: str,
    thresholds: StatusThresholds,
    lang: str,
    size: tuple[int, int] = maps.SIZE,
) -> go.Figure:
    """Each region of a ranking (regions.ranking) coloured by its achievement in the period;
    the hover names it, its code, achievement, status and, rolled up, how many parts reported."""
    return maps.region_map(
        ranking, level, "achievement", lang, title=title, thresholds=thresholds, size=size
    )


def need_map(
    frame: pd.DataFrame,
    need: tuple[str, str, str],
    title: str,
    lang: str,
    size: tuple[int, int] = maps.SIZE,
    level: str = PROVINCES,
) -> go.Figure:
    """Each region's need (the provinces, or the regions of level; regions.need_coverage's
    need_value), darker where the need is greater: need is (name, unit, direction); for an
    `up` need (school participation) a lower value is more need, so the scale runs the other
    way."""
    name, unit, direction = need
    colours = maps.NEED_COLOURS if direction == "down" else f"{maps.NEED_COLOURS}_r"
    return maps.region_map(
        frame,
        level,
        "need_value",
        lang,
        title=title,
        unit=unit,
        colours=colours,
        colour_title=name,
        size=size,
    )


def _quadrant_hover(row, need_unit: str, lang: str) -> str:
    """A province's need and coverage, then its quadrant in words."""
    return (
        f"{i18n.t('regions.col.need', lang)}: {i18n.value(row.need_value, need_unit, lang)}"
        f" · {i18n.t('col.achievement_period', lang)}: {i18n.percent(row.achievement, lang)}"
        f"<br>{i18n.t(f'regions.quadrant.{row.quadrant}', lang)}"
    )


def quadrant_map(
    frame: pd.DataFrame,
    need_unit: str,
    title: str,
    lang: str,
    size: tuple[int, int] = maps.SIZE,
    level: str = PROVINCES,
) -> go.Figure:
    """Each region (the provinces, or the regions of level) in the colour of its
    need-against-coverage quadrant, as the scatter draws it (the under-served in the off-track
    orange); no quadrant: grey, 'no data'."""
    styles = {
        q: (colour, i18n.t(f"regions.quadrant.{q}", lang))
        for q, (colour, _, _) in QUADRANT_STYLE.items()
    }
    known = frame["quadrant"].notna()
    hovers = [
        _quadrant_hover(r, need_unit, lang) if k else ""
        for r, k in zip(frame.itertuples(), known, strict=True)
    ]
    return maps.category_map(
        frame.assign(hover=hovers),
        level,
        "quadrant",
        styles,
        lang,
        title=title,
        hover_column="hover",
        size=size,
    )
