"""The map shapes of static/geo/ and the maps drawn on them: every region once, valid, in place."""

import io
import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from pantau import i18n
from pantau.charts import geometry, maps
from pantau.settings import CATALOG_DIR, StatusThresholds

LEVELS = ("provinsi", "kabupaten_kota")
# west, south, east, north; Pulau Ndana (Rote Ndao), the southernmost island, reaches 11.008° S
INDONESIA = (94.0, -11.1, 142.0, 6.5)
SIZES = {"provinsi": (500_000, 1_000_000), "kabupaten_kota": (900_000, 1_500_000)}  # bytes


@pytest.fixture(scope="module")
def wilayah() -> pd.DataFrame:
    """data/catalog/regions.csv, codes as text."""
    return pd.read_csv(CATALOG_DIR / "regions.csv", dtype=str, keep_default_na=False)


def catalogue(wilayah: pd.DataFrame, level: str) -> dict[str, str]:
    """Code -> name of the catalogue's regions of a level."""
    rows = wilayah[wilayah["level"] == level]
    return dict(zip(rows["code"], rows["name"], strict=True))


@pytest.mark.parametrize("level", LEVELS)
def test_every_catalogue_code_has_exactly_one_feature_and_nothing_else_is_there(wilayah, level):
    features = maps.shapes(level)["features"]
    codes = Counter(f["properties"]["code"] for f in features)
    assert [c for c, n in codes.items() if n > 1] == []
    assert set(codes) == set(catalogue(wilayah, level))
    assert len(features) == {"provinsi": 38, "kabupaten_kota": 514}[level]


@pytest.mark.parametrize("level", LEVELS)
def test_features_carry_code_name_and_id(wilayah, level):
    names = catalogue(wilayah, level)
    for f in maps.shapes(level)["features"]:
        code = f["properties"]["code"]
        assert f["properties"] == {"code": code, "name": names[code], "id": code}
        assert f["id"] == code


@pytest.mark.parametrize("level", LEVELS)
def test_every_geometry_is_valid_and_inside_indonesia(level):
    west, south, east, north = INDONESIA
    for f in maps.shapes(level)["features"]:
        geometry = shape(f["geometry"])
        code = f["properties"]["code"]
        assert f["geometry"]["type"] in {"Polygon", "MultiPolygon"}, code
        assert geometry.is_valid and not geometry.is_empty, code
        x0, y0, x1, y1 = geometry.bounds  # GeoJSON order: longitude first
        assert west <= x0 and x1 <= east and south <= y0 and y1 <= north, code


def test_regencies_tile_their_province():
    provinces = {f["id"]: shape(f["geometry"]) for f in maps.shapes("provinsi")["features"]}
    parts: dict[str, list] = {}
    for f in maps.shapes("kabupaten_kota")["features"]:
        parts.setdefault(f["id"].split(".")[0], []).append(shape(f["geometry"]))
    for code, province in provinces.items():
        union = shapely.union_all(parts[code])
        # the two levels are simplified apart: island provinces differ most (Kepulauan Riau 2 %)
        assert union.symmetric_difference(province).area < 0.03 * province.area, code


@pytest.mark.parametrize("level", LEVELS)
def test_file_sizes_stay_within_bounds(level):
    low, high = SIZES[level]
    assert low <= (maps.GEO_DIR / maps.FILES[level]).stat().st_size <= high


# --- region_map ----------------------------------------------------------------------------


def three_provinces() -> pd.DataFrame:
    """Jawa Barat on track, Jawa Tengah at risk, DI Yogyakarta off track."""
    return pd.DataFrame(
        {
            "region_code": ["32", "33", "34"],
            "region_name": ["Jawa Barat", "Jawa Tengah", "DI Yogyakarta"],
            "achievement": [95.0, 75.0, 50.0],
        }
    )


def traces(fig) -> tuple:
    """(the grey trace of regions without data, the trace of values); None where absent."""
    grey = [t for t in fig.data if t.showscale is False]
    coloured = [t for t in fig.data if t.showscale is not False]
    return (grey[0] if grey else None), (coloured[0] if coloured else None)


def test_values_go_on_their_regions():
    fig = maps.region_map(three_provinces(), "provinsi", "achievement", "id")
    _, values = traces(fig)
    assert list(values.locations) == ["32", "33", "34"]
    assert list(values.z) == [95.0, 75.0, 50.0]
    assert values.featureidkey == "properties.code"
    assert values.geojson == "app/static/geo/provinces.geojson"  # fetched once by the browser
    written_in = traces(geometry.inline(fig))[1].geojson  # in a picture: only what it draws
    assert {f["id"] for f in written_in["features"]} == {"32", "33", "34"}
    assert values.hovertext[0] == "<b>Jawa Barat</b> (32)<br>95,0\u00a0% · " + i18n.status(
        "on_track", "id"
    )
    assert list(values.customdata) == ["32", "33", "34"]  # a click names its region
    assert i18n.status("off_track", "id") in values.hovertext[2]
    assert fig.layout.map.style == "white-bg"


def test_regions_without_data_are_grey_and_say_so(wilayah):
    frame = three_provinces()
    frame.loc[1, "achievement"] = np.nan  # Jawa Tengah did not report
    fig = maps.region_map(frame, "provinsi", "achievement", "en")
    grey, values = traces(fig)
    assert list(values.locations) == ["32", "34"]
    assert "33" in grey.locations and "11" in grey.locations
    assert set(grey.locations) | set(values.locations) == set(catalogue(wilayah, "provinsi"))
    assert {c for _, c in grey.colorscale} == {maps.MISSING_COLOUR}
    assert grey.showlegend and grey.name == i18n.status("no_data", "en")
    hover = dict(zip(grey.locations, grey.hovertext, strict=True))
    assert hover["33"] == f"<b>Jawa Tengah</b> (33)<br>{i18n.t('status.no_data', 'en')}"


def test_an_actual_without_a_target_says_no_target():
    frame = three_provinces().assign(actual=[1.0, 2.0, np.nan])
    frame.loc[1, "achievement"] = np.nan
    grey, _ = traces(maps.region_map(frame, "provinsi", "achievement", "id"))
    hover = dict(zip(grey.locations, grey.hovertext, strict=True))
    assert hover["33"].endswith(i18n.t("status.no_target", "id"))
    assert hover["11"].endswith(i18n.t("status.no_data", "id"))


def test_the_achievement_scale_turns_at_the_on_track_threshold():
    thresholds = StatusThresholds(on_track=80, at_risk=60)
    fig = maps.region_map(three_provinces(), "provinsi", "achievement", "id", thresholds=thresholds)
    _, values = traces(fig)
    _, low, high = maps.achievement_scale(thresholds)
    turn = (80 - low) / (high - low)
    below = [c for p, c in values.colorscale if p < turn]
    above = [c for p, c in values.colorscale if p >= turn]
    assert below[-1] == "#FEE0B6" and above[0] == "#D1E5F0"  # orange under, blue from it
    assert (values.zmin, values.zmax) == (low, high)
    assert list(values.colorbar.tickvals) == [60, 80, 100]


def test_other_measures_take_their_own_scale_and_unit():
    frame = three_provinces().assign(households=[1_200_000.0, 900_000.0, 150_000.0])
    fig = maps.region_map(frame, "provinsi", "households", "id", colours="Blues", unit="keluarga")
    _, values = traces(fig)
    assert (values.zmin, values.zmax) == (150_000.0, 1_200_000.0)
    assert values.hovertext[0] == "<b>Jawa Barat</b> (32)<br>1.200.000"
    assert values.colorbar.title.text == i18n.t("unit.keluarga", "id")


def test_the_whole_country_by_default():
    fig = maps.region_map(three_provinces(), "provinsi", "achievement", "id")
    west, south, east, north = fig.layout.meta["extent"]
    assert west < 96 and east > 140 and south < -10 and north > 5
    assert 4 < fig.layout.map.zoom < 5  # 1,600 px across the archipelago's 46 degrees


def regencies_of(wilayah: pd.DataFrame, province: str) -> pd.DataFrame:
    rows = wilayah[(wilayah["level"] == "kabupaten_kota") & (wilayah["parent_code"] == province)]
    return pd.DataFrame(
        {
            "region_code": rows["code"],
            "region_name": rows["name"],
            "achievement": 100.0,
        }
    )


def test_one_provinces_regencies_zoom_to_that_province(wilayah):
    frame = regencies_of(wilayah, "34").iloc[:3]  # three of DI Yogyakarta's five
    fig = maps.region_map(frame, "kabupaten_kota", "achievement", "id")
    grey, values = traces(fig)
    assert sorted([*grey.locations, *values.locations]) == sorted(
        regencies_of(wilayah, "34")["region_code"]
    )
    province = shape(
        next(f for f in maps.shapes("provinsi")["features"] if f["id"] == "34")["geometry"]
    )
    x0, y0, x1, y1 = province.bounds
    assert fig.layout.meta["extent"] == pytest.approx([x0, y0, x1, y1], abs=0.01)
    centre = fig.layout.map.center
    assert x0 < centre.lon < x1 and y0 < centre.lat < y1
    assert fig.layout.map.zoom > 8  # the country is about 4.5


@pytest.mark.parametrize("size", [(1600, 900), (1366, 768), (800, 450)])
def test_the_fitted_view_holds_the_shapes(size):
    # the map's shown box at the fitted zoom covers the shapes' extent (Web Mercator)
    fig = maps.region_map(three_provinces(), "provinsi", "achievement", "id", size=size)
    west, south, east, north = fig.layout.meta["extent"]
    zoom, centre = fig.layout.map.zoom, fig.layout.map.center
    px_per_degree = maps.TILE * 2**zoom / 360
    shown_width = size[0] - maps.MARGIN["l"] - maps.MARGIN["r"]
    assert (east - west) * px_per_degree <= shown_width
    assert abs(centre.lon - (west + east) / 2) < 1e-9
    assert math.isfinite(centre.lat) and south < centre.lat < north


# --- the picture ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1600, 900), (1366, 768)])
def test_a_national_map_renders_offline_and_fills_the_picture(size):
    from PIL import Image

    from pantau.export import images

    if images.find_browser() is None:
        pytest.skip("no Chrome/Chromium for Kaleido")
    frame = pd.DataFrame({"region_code": ["32", "94"], "achievement": [95.0, 50.0]})
    fig = maps.region_map(frame, "provinsi", "achievement", "id", size=size)
    picture = Image.open(io.BytesIO(images.figure_png(fig, *size))).convert("RGB")
    assert picture.size == size
    pixels = np.asarray(picture)
    painted = np.argwhere(np.abs(pixels.astype(int) - 255).sum(axis=2) > 30)
    # Aceh to Papua: the shapes span most of the width, between the title and the colour bar
    rows = painted[:, 0]
    map_rows = painted[(rows > maps.MARGIN["t"]) & (rows < size[1] - maps.BAND - maps.MARGIN["b"])]
    left, right = map_rows[:, 1].min(), map_rows[:, 1].max()
    assert left < 0.08 * size[0] and right > 0.92 * size[0]
    grey = np.all(np.abs(pixels.astype(int) - 0xCC) <= 2, axis=2).sum()
    assert grey > 0.05 * pixels.shape[0] * pixels.shape[1]  # 36 provinces without data
