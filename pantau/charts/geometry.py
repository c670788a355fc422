"""Where a map is: the shapes of static/geo/, their bounds, and the view that fits them.

The shapes are static/geo/provinces.geojson and static/geo/regencies.geojson (docs/maps.md:
where they come from, how they are made). A map names its shapes by address (the app serves
static/), so the browser fetches them once and every run sends a small figure; a picture or a
file made outside the app gets them written in (inline). Plotly's map.fitbounds zooms
choropleth maps out to the whole world, so the centre and zoom are computed here for the size
the map is shown at.
"""

import functools
import json
import math

import numpy as np
import plotly.graph_objects as go

from pantau.settings import PROJECT_DIR

GEO_DIR = PROJECT_DIR / "static" / "geo"
FILES = {"provinsi": "provinces.geojson", "kabupaten_kota": "regencies.geojson"}
# relative to the page (Streamlit serves static/ at app/static/, under any base path)
URLS = {level: f"app/static/geo/{name}" for level, name in FILES.items()}
LEVELS = {url: level for level, url in URLS.items()}
SIZE = (1600, 900)  # px a map is fitted to unless told otherwise: the PNG export's size
MARGIN = {"l": 8, "r": 8, "t": 56, "b": 8}  # px; the title is written in the top one
BAND = 64  # px under the map for the colour bar and the legend
PAD = 0.03  # share of the map kept free on each side of the shapes
TILE = 512  # px of the whole world at zoom 0 (MapLibre)


@functools.cache
def shapes(level: str) -> dict:
    """The GeoJSON FeatureCollection of a level ("provinsi" or "kabupaten_kota"), read once.

    Shared by every map of the process: do not change it.
    """
    with open(GEO_DIR / FILES[level], encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def names(level: str) -> dict[str, str]:
    """Code -> the catalogue's name of each shape of a level."""
    return {f["properties"]["code"]: f["properties"]["name"] for f in shapes(level)["features"]}


@functools.cache
def _bounds(level: str) -> dict[str, tuple[float, float, float, float]]:
    """Code -> (west, south, east, north) of each shape of a level."""
    bounds = {}
    for feature in shapes(level)["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]]
        if geometry["type"] == "MultiPolygon":
            polygons = geometry["coordinates"]
        points = np.array([p for polygon in polygons for p in polygon[0]])
        west, south = points.min(axis=0)
        east, north = points.max(axis=0)
        bounds[feature["properties"]["code"]] = (west, south, east, north)
    return bounds


def scope(region_codes, level: str) -> list[str]:
    """The codes a map draws: every province; or the regencies of each province that
    region_codes has regencies of (one province when it shows one province's regencies)."""
    codes = list(_bounds(level))
    if level == "provinsi":
        return codes
    provinces = {str(c).split(".")[0] for c in region_codes}
    return [c for c in codes if c.split(".")[0] in provinces]


def geojson(level: str, codes: list[str]) -> dict:
    """The level's FeatureCollection cut to the codes: a figure carries only what it draws."""
    wanted = set(codes)
    features = [f for f in shapes(level)["features"] if f["properties"]["code"] in wanted]
    return {"type": "FeatureCollection", "features": features}


def inline(fig: go.Figure) -> go.Figure:
    """A copy of fig with each map trace's shapes written in, cut to its regions, for a
    picture or a file that cannot fetch them from the app."""
    fig = go.Figure(fig)
    for trace in fig.data:
        level = LEVELS.get(getattr(trace, "geojson", None))
        if level is not None:
            trace.geojson = geojson(level, [str(c) for c in trace.locations])
    return fig


def _mercator(lat: float) -> float:
    """A latitude's Web Mercator y, in radians."""
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def extent(codes: list[str], level: str) -> list[float]:
    """[west, south, east, north] of the shapes of codes."""
    boxes = np.array([_bounds(level)[c] for c in codes])
    return [float(v) for v in (*boxes[:, :2].min(axis=0), *boxes[:, 2:].max(axis=0))]


def view(box: list[float], size: tuple[int, int] = SIZE) -> dict:
    """The centre and zoom that fit a [west, south, east, north] box into the map of a figure
    of size pixels (its margins and the band under the map left out)."""
    west, south, east, north = box
    width = (size[0] - MARGIN["l"] - MARGIN["r"]) * (1 - 2 * PAD)
    height = (size[1] - MARGIN["t"] - MARGIN["b"] - BAND) * (1 - 2 * PAD)
    # px per degree of longitude at zoom 0 is TILE / 360; per Mercator radian, TILE / 2 pi
    zoom_x = math.log2(width * 360 / (TILE * max(east - west, 1e-6)))
    y_span = max(_mercator(north) - _mercator(south), 1e-6)
    zoom_y = math.log2(height * 2 * math.pi / (TILE * y_span))
    middle = (_mercator(north) + _mercator(south)) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(middle)) - math.pi / 2)
    return {"center": {"lon": (west + east) / 2, "lat": centre_lat}, "zoom": min(zoom_x, zoom_y)}


def fit(fig: go.Figure, size: tuple[int, int]) -> go.Figure:
    """A map of pantau.charts.maps refitted to another size (a picture of other proportions)."""
    band = BAND / (size[1] - MARGIN["t"] - MARGIN["b"])
    fig.update_layout(
        map={**view(fig.layout.meta["extent"], size), "domain": {"x": [0, 1], "y": [band, 1]}},
        height=size[1],
    )
    return fig
