"""Region cells as offices write them, matched against the whole Kemendagri catalogue."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pantau.ingest import Catalog, parse_upload
from pantau.ingest.codes import NAMES, RegionIndex

CATALOG_DIR = Path(__file__).resolve().parents[2] / "data" / "catalog"
TODAY = dt.date(2026, 12, 3)

# the 26 names that a kabupaten and a kota share, with both codes (Kepmendagri 2025)
SHARED = {
    "Bandung": ("32.04", "32.73"),
    "Banjar": ("32.79", "63.03"),
    "Bekasi": ("32.16", "32.75"),
    "Bima": ("52.06", "52.72"),
    "Blitar": ("35.05", "35.72"),
    "Bogor": ("32.01", "32.71"),
    "Cirebon": ("32.09", "32.74"),
    "Gorontalo": ("75.01", "75.71"),
    "Jayapura": ("91.03", "91.71"),
    "Kediri": ("35.06", "35.71"),
    "Kupang": ("53.01", "53.71"),
    "Madiun": ("35.19", "35.77"),
    "Magelang": ("33.08", "33.71"),
    "Malang": ("35.07", "35.73"),
    "Mojokerto": ("35.16", "35.76"),
    "Pasuruan": ("35.14", "35.75"),
    "Pekalongan": ("33.26", "33.75"),
    "Probolinggo": ("35.13", "35.74"),
    "Semarang": ("33.22", "33.74"),
    "Serang": ("36.04", "36.73"),
    "Solok": ("13.02", "13.72"),
    "Sorong": ("96.01", "96.71"),
    "Sukabumi": ("32.02", "32.72"),
    "Tangerang": ("36.03", "36.71"),
    "Tasikmalaya": ("32.06", "32.78"),
    "Tegal": ("33.28", "33.76"),
}


@pytest.fixture(scope="module")
def wilayah() -> pd.DataFrame:
    return pd.read_csv(CATALOG_DIR / "regions.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def index(wilayah) -> RegionIndex:
    return RegionIndex(wilayah.replace({"": None}))


def test_exactly_26_bare_names_are_shared_by_a_kabupaten_and_a_kota(wilayah):
    regencies = wilayah[wilayah["level"] == "kabupaten_kota"]
    bare = regencies["name"].str.replace(r"^(Kabupaten|Kota) ", "", regex=True)
    shared = regencies.groupby(bare)["code"].apply(tuple)
    assert shared[shared.str.len() > 1].to_dict() == SHARED


@pytest.mark.parametrize("name", sorted(SHARED))
def test_a_shared_bare_name_is_refused_naming_both_codes(index, name):
    found = index.match(name, level="kabupaten_kota")
    assert found.code is None and found.problem == "upload.error.ambiguous_region"
    listed = dict(found.params)["regions"]
    kab, kota = sorted(SHARED[name])
    assert listed.startswith(kab) and f", {kota} " in listed and listed.count(",") == 1


@pytest.mark.parametrize("name", sorted(SHARED))
def test_the_prefix_decides_a_shared_name(index, wilayah, name):
    names = wilayah.set_index("code")["name"]
    for code in SHARED[name]:
        prefix = "Kota" if names[code].startswith("Kota ") else "Kab."
        assert index.match(f"{prefix} {name}").code == code
        assert index.match(names[code]).code == code


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("DKI Jakarta", "31"),
        ("Daerah Khusus Ibukota Jakarta", "31"),
        ("DAERAH KHUSUS IBU KOTA JAKARTA", "31"),
        ("Provinsi DKI Jakarta", "31"),
        ("DI Yogyakarta", "34"),
        ("Daerah Istimewa Yogyakarta", "34"),
        ("D.I. Yogyakarta", "34"),
        ("DIY", "34"),
        ("Prov. Jawa Barat", "32"),
        ("Jawa  Barat ", "32"),
        ("NTT", "53"),
        ("Nanggroe Aceh Darussalam", "11"),
        ("Bangka Belitung", "19"),
        ("Kabupaten Sleman", "34.04"),
        ("Kab. Sleman", "34.04"),
        ("kab sleman", "34.04"),
        ("KAB.SLEMAN", "34.04"),
        ("Sleman", "34.04"),  # the regency, not its district Sleman (34.04.13)
        ("Kota Bandung", "32.73"),
        ("Kab. Bandung", "32.04"),
        ("Kabupaten Bandung", "32.04"),
        ("Kotamadya Bandung", "32.73"),
        ("Kodya Yogyakarta", "34.71"),
        ("Yogyakarta", "34.71"),  # only the city has the bare name; the province is DIY
        ("Jakarta Pusat", "31.71"),
        ("Kota Jakarta Pusat", "31.71"),
        ("Kota Adm. Jakarta Pusat", "31.71"),
        ("Kota Administrasi Jakarta Pusat", "31.71"),
        ("Kab. Kepulauan Seribu", "31.01"),
        ("Kec. Gamping", "34.04.01"),
        ("Kecamatan Gamping", "34.04.01"),
        ("Gamping", "34.04.01"),  # a district name no regency has
        ("Kulonprogo", "34.01"),  # written without its space
        ("Kab. Gunung Kidul", "34.03"),  # the catalogue writes Gunungkidul
        ("Bengkulu", "17"),  # the province's own name; the city is Kota Bengkulu
        ("Kota Bengkulu", "17.71"),
    ],
)
def test_names_as_offices_write_them(index, cell, expected):
    assert index.match(cell).code == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("32.04", "32.04"),
        ("3204", "32.04"),
        (3204, "32.04"),
        (3204.0, "32.04"),
        (32.04, "32.04"),
        ("32,04", "32.04"),
        (34.1, None),  # Excel's 34.10, which does not exist
        (32.1, "32.10"),  # Excel's 32.10: Kabupaten Majalengka
        ("32.04.05", "32.04.05"),
        ("320405", "32.04.05"),
        (320405, "32.04.05"),
        (32, "32"),
        ("32", "32"),
    ],
)
def test_codes_with_or_without_dots_and_as_numbers(index, cell, expected):
    assert index.match(cell).code == expected


@pytest.mark.parametrize("cell", ["34.1", "3499", 34.1, "99", "32.4", "3.204"])
def test_a_code_that_is_no_region_says_so(index, cell):
    assert index.match(cell).problem == "upload.error.unknown_region_code"


def test_an_unknown_name_is_unknown(index):
    assert index.match("Atlantis").problem == "upload.error.unknown_region"


def test_the_column_level_picks_among_namesakes(index):
    assert index.match("Sleman", level="kecamatan").code == "34.04.13"
    assert index.match("Sleman", level="kabupaten_kota").code == "34.04"
    # in a regency column the province of the same name gives way to the regencies
    gorontalo = index.match("Gorontalo", level="kabupaten_kota")
    assert gorontalo.problem == "upload.error.ambiguous_region"
    assert index.match("Gorontalo").code == "75"
    assert index.match("Bengkulu", level="kabupaten_kota").code == "17.71"
    # a province named in a regency column (a provincial total row) is still the province
    assert index.match("Jawa Barat", level="kabupaten_kota").code == "32"


def test_a_parent_in_the_row_narrows_the_name(index):
    assert index.match("Banjar", parent="63").code == "63.03"
    assert index.match("Banjar", parent="32").code == "32.79"
    # Bogor's two regions are both in Jawa Barat: still refused
    assert index.match("Bogor", parent="32").problem == "upload.error.ambiguous_region"
    assert index.match("Sleman", level="kecamatan", parent="34.04").code == "34.04.13"


def test_a_region_outside_the_parent_its_row_names_is_refused(index):
    found = index.match("Kab. Sleman", parent="32")
    assert found.problem == "upload.error.region_outside"
    assert dict(found.params) == {"parent": "32 Jawa Barat"}
    assert index.match("34.04", parent="32").problem == "upload.error.region_outside"


def test_every_other_name_points_at_a_province(wilayah):
    provinces = set(wilayah.loc[wilayah["level"] == "provinsi", "code"])
    assert set(NAMES) <= provinces


def test_every_region_is_found_by_its_own_name_or_says_why_not(index, wilayah):
    # every catalogue name matches its region, or is refused as shared: never another region
    for code, name, level in wilayah[["code", "name", "level"]].itertuples(index=False):
        found = index.match(name, level=level)
        assert found.code == code or found.problem == "upload.error.ambiguous_region", name


# uploads ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def country(wilayah) -> Catalog:
    seed = Catalog.from_folder(CATALOG_DIR)
    return Catalog(seed.programs, seed.indicators, wilayah.replace({"": None}))


def upload(country: Catalog, csv: str):
    return parse_upload("x.csv", csv.encode(), country, TODAY)


def test_one_file_holds_rows_at_every_level(country):
    csv = (
        "indikator;provinsi;kabupaten/kota;kecamatan;periode;target;realisasi\n"
        "PKH.KPM;DI Yogyakarta;;;2026-Q2;100;90\n"
        "PKH.KPM;DI Yogyakarta;Sleman;;2026-Q2;40;35\n"
        "PKH.KPM;DI Yogyakarta;Sleman;Sleman;2026-Q2;4;3\n"
        "PKH.KPM;Jawa Barat;Kota Bandung;;2026-Q2;7;6\n"
    )
    result = upload(country, csv)
    assert result.errors == []
    assert list(result.observations["region_code"]) == ["34", "34.04", "34.04.13", "32.73"]


def test_a_shared_name_in_an_upload_names_both_regions(country):
    csv = "indikator;kab/kota;periode;target;realisasi\nPKH.KPM;Bogor;2026-Q2;1;1\n"
    (error,) = upload(country, csv).errors
    assert (error.row, error.column, error.value) == (2, "kab/kota", "Bogor")
    assert error.key == "upload.error.ambiguous_region"
    assert error.params == {"regions": "32.01 Kabupaten Bogor, 32.71 Kota Bogor"}


def test_a_regency_outside_its_rows_province_is_refused(country):
    csv = "indikator;provinsi;kabupaten;periode;target;realisasi\nPKH.KPM;Aceh;Sleman;2026-Q2;1;1\n"
    (error,) = upload(country, csv).errors
    assert error.key == "upload.error.region_outside" and error.params == {"parent": "11 Aceh"}
