"""Regenerate the map shapes in static/geo/ from the boundaries of cahyadsn/wilayah_boundaries.

    git clone https://github.com/cahyadsn/wilayah_boundaries ../wilayah_boundaries
    .venv/bin/pip install -r requirements-dev.txt   # shapely: a dev dependency of this script
    .venv/bin/python tools/region_shapes.py [path of the clone, bare or not]

Reads the regency/city boundaries at the pinned commit (db/kab/*.sql: MySQL inserts of code,
name, centroid and a JSON path of [lat, lng] pairs), turns each into a GeoJSON geometry
([lng, lat]), repairs it (make_valid), drops islets too small to see and cleans the whole
country into one coverage (no overlaps, slivers between neighbours closed). Provinces are the
union of their regencies, so both maps share every border. Each level is then simplified as a
coverage (neighbours keep one shared border, no gaps open) and snapped to 4 decimals (about
11 m). Writes static/geo/provinces.geojson and static/geo/regencies.geojson: one Feature per
catalogue code of the level (data/catalog/regions.csv), properties code, name and id (= code).
The app reads only these files; docs/maps.md says why each step is there.
"""

import argparse
import csv
import json
import re
import subprocess
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon

ROOT = Path(__file__).resolve().parent.parent
GEO_DIR = ROOT / "static" / "geo"
CATALOG = ROOT / "data" / "catalog" / "regions.csv"
DEFAULT_SOURCE = ROOT.parent / "wilayah_boundaries"
COMMIT = "3c5a7960f4d227a38489094d84252bdbb3f978a5"  # 2026-08-20
FOLDER = "db/kab"
# regencies taken from an earlier commit: Kabupaten Sorong's update of 2026-05-12 (08c27e9)
# overlaps Tambrauw, left as it was, by about 5,000 km²; the shape before it tiles with its
# neighbours and dates from when upstream cited the catalogue's decree (300.2.2-2138/2025)
EARLIER = {"96.01": "90f900873a13a3277f95639cc4a5d860004285d5"}
# level -> (output file, simplification tolerance in degrees)
LEVELS = {
    "provinsi": ("provinces.geojson", 0.004),
    "kabupaten_kota": ("regencies.geojson", 0.008),
}
KM2 = 1 / 111.32**2  # square degrees in a square kilometre at the equator
MIN_ISLAND_KM2 = 1.0  # a part smaller than this is dropped...
MIN_SHARE = 0.1  # ...unless it is at least this share of its region's largest part
GAP_WIDTH = 0.002  # degrees (about 200 m): a narrower gap between neighbours is closed
REPORT_OVERLAP_KM2 = 10.0  # overlaps between regencies larger than this are printed
DECIMALS = 4
# one inserted row: ('code','name',lat,lng,'[json path]'); the name is taken from the catalogue
ROW = re.compile(r"^\s*\('([\d.]+)','(?:[^']|'')*',\s*[-\d.NUL]+,\s*[-\d.NUL]+,'(\[.*\])'")


def git(source: Path, *args: str) -> str:
    """A git command's output in the source repository."""
    done = subprocess.run(["git", "-C", str(source), *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"git {' '.join(args)} in {source}: {done.stderr.strip()}")
    return done.stdout


def read_paths(source: Path, commit: str) -> dict[str, list]:
    """Code -> the JSON path of every regency/city the source's files insert at commit."""
    paths = {}
    for name in git(source, "ls-tree", "--name-only", f"{commit}:{FOLDER}").split():
        for line in git(source, "show", f"{commit}:{FOLDER}/{name}").splitlines():
            if match := ROW.match(line):
                code, path = match.groups()
                if code in paths:
                    raise SystemExit(f"{name}: {code} inserted twice")
                paths[code] = json.loads(path)
    return paths


def valid(shape: shapely.Geometry) -> MultiPolygon:
    """The shape repaired, its polygons only (the 'structure' method drops collapsed slivers)."""
    repaired = shapely.make_valid(shape, method="structure", keep_collapsed=False)
    parts = shapely.get_parts(repaired)
    return MultiPolygon([p for p in parts if isinstance(p, Polygon) and not p.is_empty])


def geometry(path: list) -> MultiPolygon:
    """A path (a polygon's rings, or a list of polygons) as a valid multipolygon, [lng, lat]."""
    depth, probe = 0, path
    while isinstance(probe, list):
        probe, depth = probe[0], depth + 1
    polygons = [path] if depth == 3 else path  # rings: the outer one first, then its holes
    swapped = [[[(lng, lat) for lat, lng in ring] for ring in rings] for rings in polygons]
    return valid(MultiPolygon([Polygon(rings[0], rings[1:]) for rings in swapped]))


def without_islets(shape: MultiPolygon) -> MultiPolygon:
    """The shape without parts too small to see; a region of islets keeps its larger ones."""
    parts = list(shape.geoms)
    largest = max(p.area for p in parts)
    keep = [p for p in parts if p.area >= min(MIN_ISLAND_KM2 * KM2, MIN_SHARE * largest)]
    return MultiPolygon(keep)


def overlaps(codes: list[str], shapes: list[MultiPolygon]) -> list[str]:
    """'a b: N km²' for every pair of shapes overlapping by more than REPORT_OVERLAP_KM2."""
    tree = shapely.STRtree(shapes)
    found = []
    for i, j in zip(*tree.query(shapes, predicate="intersects"), strict=True):
        if i < j and (area := shapes[i].intersection(shapes[j]).area / KM2) > REPORT_OVERLAP_KM2:
            found.append(f"{codes[i]} {codes[j]}: {area:,.0f} km²")
    return found


def regencies(source: Path, paths: dict[str, list], codes: list[str]) -> list[MultiPolygon]:
    """The shapes of the codes (all in paths, EARLIER's from their commit), one clean coverage."""
    paths = dict(paths)
    for code, commit in EARLIER.items():
        paths[code] = read_paths(source, commit)[code]
    shapes = [without_islets(geometry(paths[c])) for c in codes]
    for line in overlaps(codes, shapes):
        print(f"  overlap in the source, cleaned: {line}")
    return [valid(s) for s in shapely.coverage_clean(shapes, gap_width=GAP_WIDTH)]


def provinces(codes: list[str], regency_codes: list[str], shapes: list) -> list[MultiPolygon]:
    """Each province as the union of its regencies' (cleaned) shapes."""
    return [
        valid(
            shapely.coverage_union_all(
                [s for c, s in zip(regency_codes, shapes, strict=True) if c.split(".")[0] == p]
            )
        )
        for p in codes
    ]


def simplified(shapes: list[MultiPolygon], tolerance: float) -> list[MultiPolygon]:
    """The coverage simplified, snapped to the output grid, valid, outer rings anticlockwise."""
    shapes = shapely.coverage_simplify(shapes, tolerance)
    shapes = shapely.set_precision(shapes, 10**-DECIMALS)  # snap rounding keeps them valid
    return [shapely.orient_polygons(valid(s)) for s in shapes]


def rounded(value):
    """Coordinates of a GeoJSON geometry rounded to DECIMALS (the grid they were snapped to)."""
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    return round(value, DECIMALS)


def feature(code: str, name: str, shape: MultiPolygon) -> dict:
    """One GeoJSON Feature: a Polygon where the region is one piece, else a MultiPolygon."""
    geo = shapely.geometry.mapping(shape.geoms[0] if len(shape.geoms) == 1 else shape)
    return {
        "type": "Feature",
        "id": code,
        "properties": {"code": code, "name": name, "id": code},
        "geometry": {"type": geo["type"], "coordinates": rounded(geo["coordinates"])},
    }


def catalogue() -> dict[str, dict[str, str]]:
    """Level -> code -> name of the catalogue's provinces and regencies/cities."""
    with open(CATALOG, encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    return {level: {r["code"]: r["name"] for r in table if r["level"] == level} for level in LEVELS}


def write(level: str, codes: list[str], names: dict[str, str], shapes: list) -> None:
    """The level's FeatureCollection, simplified, written compactly; its size said."""
    file_name, tolerance = LEVELS[level]
    simple = simplified(shapes, tolerance)
    features = [feature(c, names[c], s) for c, s in zip(codes, simple, strict=True)]
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    (GEO_DIR / file_name).write_text(text + "\n", encoding="utf-8")
    size = (GEO_DIR / file_name).stat().st_size
    print(f"{file_name}: {len(features)} {level}, {size:,} bytes, tolerance {tolerance}°")


def main() -> None:
    """Both levels' files; refuses when a catalogue code has no shape, says what was left out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    source = parser.parse_args().source
    if not source.is_dir():
        raise SystemExit(f"no clone of wilayah_boundaries at {source}: clone it, or name it")
    names = catalogue()
    paths = read_paths(source, COMMIT)
    shaped = set(paths)
    wanted = set(names["kabupaten_kota"])
    if unshaped := sorted(wanted - shaped):
        raise SystemExit(f"no shape in the source for: {', '.join(unshaped)}")
    if uncatalogued := sorted(shaped - wanted):
        print(f"  left out, not in the catalogue: {', '.join(uncatalogued)}")
    regency_codes = sorted(wanted)
    regency_shapes = regencies(source, paths, regency_codes)
    province_codes = sorted(names["provinsi"])
    province_shapes = provinces(province_codes, regency_codes, regency_shapes)
    write("provinsi", province_codes, names["provinsi"], province_shapes)
    write("kabupaten_kota", regency_codes, names["kabupaten_kota"], regency_shapes)


if __name__ == "__main__":
    main()
