"""Maps of the regions: a value or a category per province or regency/city, on its shape.

go.Choroplethmap on a blank "white-bg" style needs no tile server and no CDN, in the app, in
a PNG export and in the offline HTML alike. Where the shapes are and how a map is fitted to
its size: pantau/charts/geometry.py. Every trace carries the region codes as customdata, so
a click on the page can say which region it was.
"""

import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts import geometry
from pantau.charts.geometry import BAND, FILES, GEO_DIR, MARGIN, SIZE, TILE, fit, shapes
from pantau.charts.style import layout
from pantau.settings import StatusThresholds

__all__ = ["BAND", "FILES", "GEO_DIR", "MARGIN", "SIZE", "TILE", "fit", "shapes"]

MISSING_COLOUR = "#CCCCCC"  # as the regions page's heatmap draws a cell without data
BORDER = {"color": "white", "width": 0.6}
PARTS_KEYS = {
    "kabupaten_kota": i18n.N_("map.parts.kabupaten_kota"),
    "kecamatan": i18n.N_("map.parts.kecamatan"),
}
NEED_COLOURS = "Purples"  # one hue, light to dark: more need darker, apart from the statuses


def achievement_scale(thresholds: StatusThresholds) -> tuple[list[list], float, float]:
    """Orange below the on-track threshold (darker when off track), blue from it upwards:
    the colours of the regions page's heatmap, so a region reads alike in both."""
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


def _status(value: float, thresholds: StatusThresholds) -> str:
    """The status of an achievement."""
    if value >= thresholds.on_track:
        return "on_track"
    return "at_risk" if value >= thresholds.at_risk else "off_track"


def _rows(frame: pd.DataFrame) -> dict[str, object]:
    """Code -> the frame's row of each region (for its hover)."""
    return {str(r.region_code): r for r in frame.itertuples()}


def parts_text(row: object, lang: str) -> str | None:
    """'dari 27 kab/kota, 25 melapor' for a figure rolled up from its parts (a row with parts,
    parts_reported and parts_level), else None."""
    parts, level = getattr(row, "parts", None), getattr(row, "parts_level", None)
    if parts is None or pd.isna(parts) or level not in PARTS_KEYS:
        return None
    reported = getattr(row, "parts_reported", None)
    n = 0 if reported is None or pd.isna(reported) else int(reported)
    return i18n.t(PARTS_KEYS[level], lang, n=n, total=int(parts))


def _hover(code: str, name: str, lines: list[str], row: object, lang: str) -> str:
    """'<b>Jawa Barat</b> (32)', then the lines, then 'dari 27 kab/kota, 25 melapor' where
    the figure is rolled up from its parts."""
    parts = parts_text(row, lang) if row is not None else None
    return "<br>".join([f"<b>{name}</b> ({code})", *lines, *([parts] if parts else [])])


def _missing_words(frame: pd.DataFrame, codes: list[str], lang: str) -> list[str]:
    """Why each region has no value: 'no target' where it reported an actual, else 'no data'."""
    actual = frame.set_index(frame["region_code"].astype(str)).get("actual")
    reported = set() if actual is None else set(actual.dropna().index)
    no_target, no_data = i18n.t("status.no_target", lang), i18n.t("status.no_data", lang)
    return [no_target if c in reported else no_data for c in codes]


def _trace(level: str, codes: list[str], hovers: list[str], **style) -> go.Choroplethmap:
    """One choropleth trace of some regions: their shapes, codes and hover texts."""
    return go.Choroplethmap(
        geojson=geometry.URLS[level],  # the browser fetches the shapes once (geometry.inline)
        featureidkey="properties.code",
        locations=codes,
        customdata=codes,
        marker={"line": BORDER},
        hovertext=hovers,
        hovertemplate="%{hovertext}<extra></extra>",
        **style,
    )


def _flat(level: str, codes: list[str], hovers: list[str], colour: str, name: str):
    """Regions in one colour, named in the legend (a category, or 'no data')."""
    return _trace(
        level,
        codes,
        hovers,
        z=[0] * len(codes),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        name=name,
        showlegend=True,
    )


def _missing_trace(frame, codes: list[str], names: dict, level: str, lang: str):
    """The regions without a value, in grey, named in the legend ('no data') and the hover."""
    rows = _rows(frame)
    words = _missing_words(frame, codes, lang)
    hovers = [
        _hover(c, names[c], [w], rows.get(c), lang) for c, w in zip(codes, words, strict=True)
    ]
    return _flat(level, codes, hovers, MISSING_COLOUR, i18n.status("no_data", lang))


def _colour_bar(colours: str | list, title: str, thresholds: StatusThresholds, lang: str):
    """The colour bar: ticks at the thresholds and at 100 % on the achievement scale."""
    bar = {
        "title": {"text": title, "side": "top"},
        "orientation": "h",
        "thickness": 12,
        "len": 420,
        "tickangle": 0,
        "lenmode": "pixels",
        "x": 0,
        "xanchor": "left",
        "y": 0,
        "yanchor": "bottom",
    }
    if colours == "achievement":
        ticks = [thresholds.at_risk, thresholds.on_track, 100.0]
        bar |= {"tickvals": ticks, "ticktext": [i18n.percent(v, lang, 0) for v in ticks]}
    return bar


def _value_trace(
    frame, values: pd.Series, names: dict, level: str, unit, colours, thresholds, lang
):
    """The regions with a value, coloured by it; the hover writes it as the tables do."""
    if colours == "achievement":
        scale, low, high = achievement_scale(thresholds)
        statuses = [_status(v, thresholds) for v in values]
    else:
        scale, low, high = colours, float(values.min()), float(values.max())
        statuses = [None] * len(values)
    rows = _rows(frame)
    hovers = []
    for code, value, status in zip(values.index, values, statuses, strict=True):
        text = i18n.value(value, unit, lang)
        text = f"{text} · {i18n.status(status, lang)}" if status else text
        hovers.append(_hover(code, names[code], [text], rows.get(code), lang))
    return _trace(
        level,
        list(values.index),
        hovers,
        z=values.to_numpy(),
        zmin=low,
        zmax=high if high > low else low + 1,
        colorscale=scale,
        showlegend=False,
    )


def _values(frame: pd.DataFrame, value_column: str, codes: list[str]) -> pd.Series:
    """Code -> value of the frame's regions on the map that have one."""
    values = frame.set_index(frame["region_code"].astype(str))[value_column].astype(float)
    return values[values.index.isin(codes)].dropna()


def _names(frame: pd.DataFrame, level: str) -> dict[str, str]:
    """Code -> name: the catalogue's, or the frame's where it has them."""
    names = dict(geometry.names(level))
    if "region_name" in frame:
        names |= dict(zip(frame["region_code"].astype(str), frame["region_name"], strict=True))
    return names


def region_map(
    frame: pd.DataFrame,
    level: str,
    value_column: str,
    lang: str,
    *,
    title: str = "",
    unit: str = "persen",
    colours: str | list = "achievement",
    colour_title: str | None = None,
    thresholds: StatusThresholds | None = None,
    size: tuple[int, int] = SIZE,
) -> go.Figure:
    """A map of frame's value_column per region (columns region_code; optional region_name,
    actual, and parts, parts_reported, parts_level for a rolled-up figure's reporting).

    level: "provinsi" or "kabupaten_kota". The map shows every province, or every regency of
    the provinces whose regencies the frame holds, fitted to a map of size px; a region
    without a value is grey and says so. colours "achievement" (values in %): orange below
    the on-track threshold, blue from it, status in the hover; any other Plotly colour scale
    (a name or a list) spans the values, for other measures (unit: how the hover writes them;
    colour_title: the colour bar's title, by default the unit's name).
    """
    thresholds = thresholds or StatusThresholds()
    codes = geometry.scope(frame["region_code"], level)
    names = _names(frame, level)
    values = _values(frame, value_column, codes)
    missing = [c for c in codes if c not in values.index]
    fig = go.Figure()
    if missing:
        fig.add_trace(_missing_trace(frame, missing, names, level, lang))
    if not values.empty:
        trace = _value_trace(frame, values, names, level, unit, colours, thresholds, lang)
        fig.add_trace(trace)
        if colour_title is None:
            achievement = colours == "achievement"
            colour_title = i18n.t("chart.achievement_axis", lang) if achievement else None
            colour_title = colour_title or i18n.t(f"unit.{unit}", lang)
        fig.data[-1].colorbar = _colour_bar(colours, colour_title, thresholds, lang)
    return fit(_map_layout(fig, title, lang, geometry.extent(codes, level)), size)


def category_map(
    frame: pd.DataFrame,
    level: str,
    column: str,
    styles: dict[str, tuple[str, str]],
    lang: str,
    *,
    title: str = "",
    hover_column: str | None = None,
    size: tuple[int, int] = SIZE,
) -> go.Figure:
    """A map of frame's column, a category per region: styles maps each category to its
    (colour, legend name), in legend order; a region of no category is grey ('no data').
    hover_column: the frame's text for each region's hover (else the category's name)."""
    codes = geometry.scope(frame["region_code"], level)
    names = _names(frame, level)
    rows = _rows(frame)
    fig = go.Figure()
    known = frame.set_index(frame["region_code"].astype(str))[column].dropna()
    missing = [c for c in codes if c not in known.index]
    if missing:
        fig.add_trace(_missing_trace(frame, missing, names, level, lang))
    for category, (colour, name) in styles.items():
        members = [c for c in codes if known.get(c) == category]
        if not members:
            continue
        texts = [getattr(rows[c], hover_column) if hover_column else name for c in members]
        hovers = [
            _hover(c, names[c], [t], rows[c], lang) for c, t in zip(members, texts, strict=True)
        ]
        fig.add_trace(_flat(level, members, hovers, colour, name))
    return fit(_map_layout(fig, title, lang, geometry.extent(codes, level)), size)


def _map_layout(fig: go.Figure, title: str, lang: str, box: list[float]) -> go.Figure:
    """The shared look on a blank map style (no tiles to fetch): colour bar and legend under
    the map, hover per region; the shapes' extent kept in meta for fit."""
    fig = layout(fig, title, "", lang)
    fig.update_layout(
        map={"style": "white-bg"},
        meta={"extent": box},
        hovermode="closest",
        clickmode="event+select",
        margin={**MARGIN, "autoexpand": False},
        legend={"x": 1, "xanchor": "right", "y": 0, "yref": "paper", "yanchor": "bottom"},
    )
    fig.update_layout(title={"automargin": False, "y": 1, "yanchor": "top", "pad": {"t": 14}})
    return fig
