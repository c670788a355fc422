"""Reading and validating uploads (pantau/ingest), on the corpus of
tests/support/upload_corpus.py."""

import datetime as dt
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pantau.ingest import Catalog, ParsedUpload, parse_upload, problems_frame
from pantau.ingest.codes import RegionIndex
from pantau.ingest.headers import match_row, normalise_header
from pantau.ingest.numbers import parse_numbers, split_cells
from pantau.ingest.periods import parse_period
from tests.support.catalogs import fields, texts

CATALOG_DIR = Path(__file__).resolve().parents[2] / "data" / "catalog"


TODAY = dt.date(2025, 10, 15)


NAN = float("nan")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The seed catalogue, codes read as text (34.01 is not a number)."""
    codes = {"code": str, "program_code": str, "parent_code": str}
    frames = [
        pd.read_csv(CATALOG_DIR / f"{n}.csv", dtype=codes)
        for n in ("programs", "indicators", "regions")
    ]
    return Catalog(*frames)


@pytest.fixture
def parse(corpus, catalog):
    """parse_upload on a corpus file by name."""

    def run(name: str, **options) -> ParsedUpload:
        return parse_upload(name, corpus[name].read_bytes(), catalog, TODAY, **options)

    return run


def problems(found: list) -> list[tuple]:
    """Problems as (sheet, row, column, value, key) for exact comparison."""
    return [(p.sheet, p.row, p.column, p.value, p.key) for p in found]


def keys(found: list) -> list[str]:
    """Just the keys of some problems."""
    return [p.key for p in found]


def rows(result: ParsedUpload) -> list[tuple]:
    """Observations as plain tuples (NaN as None) for exact comparison."""
    frame = result.observations
    out = []
    for r in frame.itertuples(index=False):
        values = [
            None if (isinstance(v, float) and math.isnan(v)) or v is pd.NA else v
            for v in (
                r.indicator_code,
                r.region_code,
                r.period_start.date().isoformat(),
                r.planned,
                r.actual,
                r.partner,
                r.note,
                r.row,
            )
        ]
        out.append(tuple(values))
    return out


def file_error(result: ParsedUpload) -> tuple[str, dict]:
    """The one file-level error of a refused file: its key and params."""
    assert len(result.errors) == 1, result.errors
    problem = result.errors[0]
    assert (problem.sheet, problem.row, problem.column, problem.value) == ("", None, None, None)
    assert result.observations.empty
    return problem.key, problem.params


# accepted files --------------------------------------------------------------------------


def test_realistic_workbook_instructions_titles_total_row(parse):
    result = parse("realistic.xlsx")
    assert result.errors == [] and result.warnings == []
    assert rows(result) == [
        ("PKH.KPM", "32", "2025-07-01", 1500000.0, 1234567.0, "Bank BRI", "=1+1", 4),
        ("PKH.DANA", "34.04", "2025-04-01", 1500000.0, 1500000.0, None, "Tahap 2", 5),
        ("SEMBAKO.TEPAT_WAKTU", "34.04", "2025-03-01", 85.0, 12.5, None, None, 6),
        ("SEMBAKO.KPM", "32", "2025-04-01", None, None, None, "belum lapor", 7),
        ("PIP.APS_13_15", "34", "2025-01-01", 95.0, 96.5, None, None, 9),
        ("KEMISKINAN.P0", "33", "2025-01-01", 10.2, 9.8, None, None, 10),
        ("PIP.SISWA", "34.71", "2025-07-01", 1234.0, 1100.0, None, None, 11),
        ("PBIJK.PESERTA", "34.71", "2025-03-01", 100.0, 90.0, None, "+62 812", 12),
        ("ATENSI.PM", "34.04", "2025-01-01", 40.0, 38.0, None, "@dinsos", 13),
        ("RTLH.UNIT", "31", "2025-04-01", 12.0, 10.0, None, None, 14),
        ("PKH.KPM", "34.02", "2025-01-01", 10.0, 9.0, None, None, 15),
    ]
    assert [(p.sheet, p.key, p.params) for p in result.notices] == [
        ("Data", "upload.notice.data_sheet", {"row": 3}),
        ("Data", "upload.notice.extra_columns", {"columns": "No"}),
        ("Data", "upload.notice.total_rows", {"count": 1, "rows": "16"}),
    ]
    assert result.catalog == {}


def test_observation_dtypes(parse):
    frame = parse("realistic.xlsx").observations
    assert list(frame.columns) == [
        "indicator_code",
        "region_code",
        "period_start",
        "planned",
        "actual",
        "partner",
        "note",
        "sheet",
        "row",
    ]
    assert frame["period_start"].dtype == "datetime64[us]"
    assert frame["planned"].dtype == "float64" and frame["actual"].dtype == "float64"
    assert frame["row"].dtype == "int64"
    for column in ("indicator_code", "region_code", "partner", "note", "sheet"):
        assert isinstance(frame[column].dtype, pd.StringDtype), column
    assert set(frame["sheet"]) == {"Data"}


def test_semicolon_windows_1252_csv(parse):
    result = parse("semicolon_cp1252.csv")
    assert result.errors == [] and result.warnings == []
    assert rows(result) == [
        (
            "SEMBAKO.DANA",
            "32",
            "2025-01-01",
            1250000.5,
            1000000.0,
            None,
            "Penyaluran ke café Rp 5.000",
            3,
        ),
        (
            "SEMBAKO.DANA",
            "32",
            "2025-02-01",
            1234.0,
            12.5,
            None,
            "Dana dari kas daerah — tahap II",
            4,
        ),
        (
            "SEMBAKO.TEPAT_WAKTU",
            "36",
            "2025-08-01",
            80.0,
            82.5,
            None,
            "Catatan; dengan titik koma",
            5,
        ),
    ]
    assert [(p.sheet, p.key, p.params) for p in result.notices] == [
        ("CSV", "upload.notice.csv", {"separator": ";", "encoding": "Windows-1252"}),
        ("CSV", "upload.notice.data_sheet", {"row": 2}),
        ("CSV", "upload.notice.total_rows", {"count": 1, "rows": "6"}),
    ]


def test_utf8_bom_tab_separated_english_numbers(parse):
    result = parse("bom_tab.csv")
    assert result.errors == [] and result.warnings == []
    # English style (1,234,567.8 and 12.5 in the file): 1.234 is one point two three four
    assert rows(result) == [
        ("PBIJK.DANA", "31", "2025-03-01", 1234567.8, 1000000.0, "BPJS Kesehatan", "Q1 premium", 2),
        ("PBIJK.DANA", "31", "2025-04-01", 12.5, 1.234, None, None, 3),
    ]
    assert [p.params for p in result.notices if p.key == "upload.notice.csv"] == [
        {"separator": "TAB", "encoding": "UTF-8 (BOM)"}
    ]
    assert [p.params for p in result.notices if p.key == "upload.notice.total_rows"] == [
        {"count": 1, "rows": "4"}
    ]


def test_utf16_unicode_text_export(parse):
    result = parse("unicode_text.txt")
    assert result.errors == []
    assert rows(result) == [("PKH.KPM", "51", "2025-01-01", 100.0, 95.0, None, None, 2)]
    assert result.notices[0].params == {"separator": "TAB", "encoding": "UTF-16"}


def test_xls(parse, corpus):
    if "data.xls" not in corpus:
        pytest.skip("xlwt is not installed: no .xls fixture")
    result = parse("data.xls")
    assert result.errors == []
    assert rows(result) == [("RTLH.UNIT", "11", "2025-04-01", 25.0, 20.0, None, None, 2)]


def test_csv_content_under_xlsx_name_is_read_as_csv(parse):
    result = parse("csv_named.xlsx")
    assert result.errors == []
    assert rows(result) == [("PKH.KPM", "11", "2025-01-01", 10.0, 9.0, None, None, 2)]
    assert (result.notices[0].key, result.notices[0].params) == (
        "upload.notice.content_type",
        {"kind": "CSV"},
    )


def test_catalogue_sheets_extend_the_catalogue(parse):
    result = parse("catalog_workbook.xlsx")
    assert result.errors == []
    assert rows(result) == [("BLT.KPM", "34.04.01", "2025-05-01", 1200.0, 1150.0, None, None, 2)]
    programs, indicators, regions = (
        result.catalog[t] for t in ("programs", "indicators", "regions")
    )
    assert programs.to_dict("records") == [
        {
            "code": "BLT",
            "name_id": "Bantuan Langsung Tunai",
            "name_en": "Direct Cash Transfer",
            "sector": "bantuan_sosial",
            "start_date": pd.Timestamp("2025-01-01"),
            "end_date": pd.Timestamp("2025-12-31"),
            "owner": "Kemensos",
        }
    ]
    assert indicators.to_dict("records") == [
        {
            "code": "BLT.KPM",
            "program_code": "BLT",
            "name_id": "KPM penerima BLT",
            "name_en": "BLT recipient households",
            "level": "output",
            "unit": "keluarga",
            "direction": "up",
            "temporal": "stock",
            "region_agg": "sum",
            "frequency": "month",
            "baseline_value": 1500.0,
            "baseline_year": 2024,
        }
    ]
    assert regions.to_dict("records") == [
        {
            "code": "34.04.01",
            "name": "Kecamatan Gamping",
            "level": "kecamatan",
            "parent_code": "34.04",
        }
    ]
    assert programs["start_date"].dtype == "datetime64[us]"
    assert indicators["baseline_year"].dtype == "Int64"
    assert [p.sheet for p in result.notices if p.key == "upload.notice.catalog_sheet"] == [
        "programs",
        "indikator",
        "wilayah",
    ]


def test_year_and_month_columns_and_province_plus_regency_columns(parse):
    result = parse("year_month_columns.xlsx")
    assert result.errors == []
    assert rows(result) == [
        ("SEMBAKO.KPM", "34.04", "2025-03-01", 100.0, 90.0, None, None, 2),
        ("SEMBAKO.KPM", "34", "2025-04-01", 200.0, 180.0, None, None, 3),
        ("SEMBAKO.KPM", "35", "2025-05-01", 300.0, 310.0, None, None, 4),
    ]


def test_template_rows_without_values_are_skipped(parse):
    result = parse("template_rows.csv")
    assert result.errors == []
    assert rows(result) == [("PKH.KPM", "14", "2025-01-01", 100.0, 90.0, None, None, 3)]
    notice = [p for p in result.notices if p.key == "upload.notice.empty_value_rows"]
    assert [n.params for n in notice] == [{"count": 3, "rows": "2, 4, 5"}]


def test_warnings_do_not_block(parse):
    result = parse("warnings.xlsx")
    assert result.errors == []
    assert len(result.observations) == 4
    assert problems(result.warnings) == [
        ("Data", 2, "Realisasi", "31", "upload.warning.over_planned"),
        ("Data", 3, "Periode", "Triwulan I 2026", "upload.warning.future_period"),
        ("Data", 4, "Realisasi", "104", "upload.warning.percent_over_100"),
        ("Data", 5, None, None, "upload.warning.percent_fraction"),
    ]
    assert result.warnings[1].params == {"today": "2025-10-15"}
    assert result.warnings[3].params == {"indicator": "PKH.SEKOLAH"}


def test_second_data_sheet_warned_hidden_sheet_ignored(parse):
    result = parse("two_data_sheets.xlsx")
    assert result.errors == []
    assert rows(result) == [("RTLH.UNIT", "51", "2025-01-01", 10.0, 9.0, None, None, 2)]
    assert [(p.sheet, p.key, p.params) for p in result.warnings] == [
        ("TW II", "upload.warning.other_data_sheet", {"used": "TW I"})
    ]
    assert [(p.sheet, p.key) for p in result.notices] == [
        ("wilayah", "upload.notice.hidden_sheet"),
        ("TW I", "upload.notice.data_sheet"),
    ]
    assert result.catalog == {}  # a hidden lookup list is not a catalogue sheet


def test_a_data_sheet_named_like_a_catalogue_sheet_is_data(parse):
    result = parse("data_sheet_named_indikator.xlsx")
    assert result.errors == [] and result.catalog == {}
    assert rows(result) == [("PIP.DANA", "34.03", "2025-07-01", 2000000.0, None, None, None, 2)]


def test_excel_sep_hint_line_is_not_a_row(parse):
    result = parse("excel_sep_hint.csv")
    assert problems(result.errors) == [("CSV", 2, "realisasi", "x", "upload.error.not_a_number")]


# refused rows ----------------------------------------------------------------------------


def test_unknown_indicator_and_region_and_blank_region(parse):
    result = parse("unknown_codes.xlsx")
    assert problems(result.errors) == [
        ("Data", 3, "Indikator", "PKH.TIDAK_ADA", "upload.error.unknown_indicator"),
        ("Data", 4, "Kabupaten/Kota", "Slemann", "upload.error.unknown_region"),
        ("Data", 5, "Kabupaten/Kota", None, "upload.error.blank_required"),
    ]


def test_unknown_region_named_under_the_column_it_came_from(parse):
    result = parse("regions_in_two_columns.xlsx")
    assert problems(result.errors) == [
        ("Data", 3, "Kabupaten/Kota", "Slemann", "upload.error.unknown_region"),
        ("Data", 4, "Provinsi", "Atlantis", "upload.error.unknown_region"),
    ]
    assert rows(result) == [("RTLH.UNIT", "34.04", "2025-01-01", None, 5.0, None, None, 2)]


def test_unreadable_period_and_periods_that_misfit_the_frequency(parse):
    result = parse("bad_periods.csv")
    assert problems(result.errors) == [
        ("CSV", 2, "periode", "Maret", "upload.error.bad_period"),
        ("CSV", 3, "periode", "Maret 2025", "upload.error.period_not_quarter"),
        ("CSV", 4, "periode", "2025", "upload.error.period_not_month"),
    ]


def test_not_a_number_negative_and_percent_sign_on_money(parse):
    result = parse("bad_numbers.xlsx")
    assert problems(result.errors) == [
        ("Data", 2, "Target", "sepuluh", "upload.error.not_a_number"),
        ("Data", 3, "Realisasi", "-3", "upload.error.negative"),
        ("Data", 4, "Target", "50%", "upload.error.percent_sign"),
    ]
    assert [p.params for p in result.errors] == [{}, {"unit": "orang"}, {"unit": "rupiah"}]


def test_same_indicator_region_period_twice(parse):
    result = parse("duplicates.csv")
    assert problems(result.errors) == [("CSV", 4, None, None, "upload.error.duplicate")]
    assert result.errors[0].params == {
        "first_row": 2,
        "indicator": "RTLH.UNIT",
        "region": "32",
        "period": "2025-04-01",
    }


def test_missing_period_column(parse):
    result = parse("missing_period.xlsx")
    assert problems(result.errors) == [("Data", 1, "period", None, "upload.error.missing_column")]
    assert "periode" in result.errors[0].params["accepted"]


def test_missing_planned_and_actual_columns(parse):
    result = parse("no_value_columns.csv")
    assert problems(result.errors) == [
        ("CSV", 1, "planned/actual", None, "upload.error.missing_column")
    ]


def test_header_without_data_rows(parse):
    result = parse("header_only.xlsx")
    assert problems(result.errors) == [("Data", 2, None, None, "upload.error.no_data_rows")]


def test_no_recognisable_header(parse):
    assert file_error(parse("no_header.csv")) == ("upload.error.no_data_sheet", {})


def test_catalogue_sheet_mistakes(parse):
    result = parse("catalog_errors.xlsx")
    assert problems(result.errors) == [
        ("programs", 2, "start_date", "31-31-2025", "upload.error.bad_date"),
        ("indicators", 2, "frequency", "weekly", "upload.error.not_allowed"),
        ("indicators", 3, "program_code", "NOPE", "upload.error.unknown_program"),
        ("regions", 2, "parent_code", "99", "upload.error.unknown_parent"),
        ("regions", 3, "code", "34.98.1", "upload.error.bad_region_code"),
    ]
    assert result.errors[1].params == {"allowed": "month, quarter, half, year"}
    assert result.catalog == {}


# refused files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("report.pdf.xlsx", "upload.error.not_spreadsheet"),
        ("picture.csv", "upload.error.not_spreadsheet"),
        ("noise.xlsx", "upload.error.not_spreadsheet"),
        ("document.xlsx", "upload.error.not_spreadsheet"),
        ("empty.csv", "upload.error.empty_file"),
        ("web_export.xls", "upload.error.web_page"),
        ("fake_ole.xls", "upload.error.corrupt"),
        ("truncated.xlsx", "upload.error.corrupt"),
        ("garbage_xml.xlsx", "upload.error.corrupt"),
        ("lying_zip_bomb.xlsx", "upload.error.corrupt"),
        ("far_cell.xlsx", "upload.error.too_big_to_open"),  # the child process ran out, not us
    ],
)
def test_file_that_cannot_be_read(parse, name, key):
    assert file_error(parse(name)) == (key, {})


def test_over_the_size_limit_is_refused_before_parsing(parse, corpus):
    size = corpus["realistic.xlsx"].stat().st_size
    assert file_error(parse("realistic.xlsx", max_bytes=4096)) == (
        "upload.error.too_large",
        {"size": f"{-(-size // 1024)} KB", "limit": "4 KB"},
    )


def test_zip_bomb_refused_by_its_compression_ratio(parse):
    assert file_error(parse("zip_bomb.xlsx")) == ("upload.error.zip_bomb", {"size": "129 MB"})


def test_zip_bomb_refused_by_its_declared_total(parse, corpus):
    # a limit of 1 MB allows 20 MB of contents
    assert file_error(parse("zip_bomb.xlsx", max_bytes=1024 * 1024)) == (
        "upload.error.zip_bomb",
        {"size": "129 MB"},
    )


# cells, one form at a time ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2025", ("2025-01-01", "year")),
        (2025, ("2025-01-01", "year")),
        (2025.0, ("2025-01-01", "year")),
        ("2025-03", ("2025-03-01", "month")),
        ("2025-03-01", ("2025-03-01", "month")),
        (dt.datetime(2025, 3, 1), ("2025-03-01", "month")),
        (dt.date(2025, 3, 15), ("2025-03-01", "month")),
        ("Mar 2025", ("2025-03-01", "month")),
        ("Maret 2025", ("2025-03-01", "month")),
        ("Mar-25", ("2025-03-01", "month")),
        ("01/03/2025", ("2025-03-01", "month")),
        ("Mei 2025", ("2025-05-01", "month")),
        ("Agu 2025", ("2025-08-01", "month")),
        ("Agt 2025", ("2025-08-01", "month")),
        ("Ags 2025", ("2025-08-01", "month")),
        ("Okt 2025", ("2025-10-01", "month")),
        ("Des 2025", ("2025-12-01", "month")),
        ("December 2025", ("2025-12-01", "month")),
        ("2025-Q1", ("2025-01-01", "quarter")),
        ("Q1 2025", ("2025-01-01", "quarter")),
        ("Triwulan I 2025", ("2025-01-01", "quarter")),
        ("Triwulan III 2025", ("2025-07-01", "quarter")),
        ("TW I 2025", ("2025-01-01", "quarter")),
        ("TW IV 2025", ("2025-10-01", "quarter")),
        ("Triwulan 1 2025", ("2025-01-01", "quarter")),
        ("Triwulan II Tahun 2025", ("2025-04-01", "quarter")),
        ("2025-H1", ("2025-01-01", "half")),
        ("Semester 1 2025", ("2025-01-01", "half")),
        ("Semester I 2025", ("2025-01-01", "half")),
        ("Semester II 2025", ("2025-07-01", "half")),
        ("Maret", None),
        ("Q5 2025", None),
        ("2025-13", None),
        ("13/2025", None),
        (45717.0, None),  # an Excel date serial in a number cell is not a year
        ("kemarin", None),
    ],
)
def test_period_forms(cell, expected):
    found = parse_period(cell)
    assert (None if found is None else (found[0].isoformat(), found[1])) == expected


@pytest.mark.parametrize(
    ("cell", "style", "expected"),
    [
        ("1234567", "comma", 1234567.0),
        (1234567.0, "comma", 1234567.0),
        ("1.234.567", "comma", 1234567.0),
        ("12,5", "comma", 12.5),
        ("1.234,5", "comma", 1234.5),
        ("Rp 1.500.000", "comma", 1500000.0),
        ("Rp1.500.000,-", "comma", 1500000.0),
        ("85%", "comma", 85.0),
        ("1,234,567.8", "comma", 1234567.8),
        (" 12 ", "comma", 12.0),
        ("\u00a01.000\u00a0", "comma", 1000.0),
        ("1.234", "comma", 1234.0),  # Indonesian file: dots group thousands
        ("1.234", "dot", 1.234),  # English file: a decimal point
        ("1,234", "dot", 1234.0),
        ("12.5", "comma", 12.5),  # no thousands grouping fits: a decimal point anyway
        ("0,125", "dot", 0.125),  # a leading 0 never groups thousands
        ("-5", "comma", -5.0),
        ("", "comma", NAN),
        ("-", "comma", NAN),
        ("–", "comma", NAN),
        (None, "comma", NAN),
    ],
)
def test_number_forms(cell, style, expected):
    numbers = parse_numbers(split_cells(pd.Series([cell], dtype=object)), style)
    assert not numbers.bad[0]
    assert numbers.values[0] == pytest.approx(expected, nan_ok=True)
    assert bool(numbers.blank[0]) == math.isnan(expected)


@pytest.mark.parametrize("cell", ["sepuluh", "12,5,3", "#DIV/0!", True, dt.date(2025, 1, 1)])
def test_not_numbers(cell):
    assert parse_numbers(split_cells(pd.Series([cell], dtype=object)), "comma").bad[0]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("32", "32"),
        ("jawa barat ", "32"),
        ("JAWA  BARAT", "32"),
        (32.0, "32"),  # Excel turned the code into a number
        (34.04, "34.04"),
        (34.71, "34.71"),
        (3404.0, "34.04"),
        ("3404", "34.04"),
        ("34,04", "34.04"),
        ("Kab. Sleman", "34.04"),
        ("kab sleman", "34.04"),
        ("Provinsi Jawa Barat", "32"),
        ("Kota Yogyakarta", "34.71"),
        ("DI Yogyakarta", "34"),
        (34.1, None),  # would be 34.10, which does not exist
        ("34.1", None),
        ("Sleman", "34.04"),  # the regency: no other region of the catalogue has the name
    ],
)
def test_region_cells(catalog, cell, expected):
    assert RegionIndex(catalog.regions).match(cell).code == expected


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("Kode_Wilayah", "region"),
        ("KODE WILAYAH", "region"),
        ("Kab/Kota", "region"),
        ("Provinsi", "region"),
        ("kode indikator", "indicator"),
        ("Periode", "period"),
        ("Triwulan", "period"),
        ("Rencana/Target", "planned"),
        ("Target (Rp)", "planned"),
        ("Realisasi.", "actual"),
        ("Capaian", "actual"),
        ("Capaian (%)", None),  # an achievement rate, not the actual value
        ("Mitra", "partner"),
        ("Keterangan", "note"),
        ("No", None),
    ],
)
def test_header_names(header, meaning):
    match = match_row(0, pd.Series(["Indikator", "Wilayah", header]))
    found = [m for m, cols in match.columns.items() if 2 in cols]
    assert found == ([meaning] if meaning else []), normalise_header(header)


# limits, table, texts --------------------------------------------------------------------


def test_errors_beyond_the_limit_are_counted_not_listed(catalog):
    body = "\n".join(f"PKH.KPM,{code},2025-Q1,x,1" for code in ["11"] * 6000)
    result = parse_upload(
        "many.csv", ("indikator,wilayah,periode,target,realisasi\n" + body).encode(), catalog, TODAY
    )
    assert len(result.errors) == 5001
    assert (result.errors[-1].key, result.errors[-1].params) == (
        "upload.error.more",
        {"count": 1000},  # 6000 not-a-number (rows that failed are not checked for repeats)
    )


def test_problems_frame_in_both_languages(parse):
    result = parse("bad_numbers.xlsx")
    frame = problems_frame(result.errors, "id")
    assert list(frame.columns) == ["Lembar", "Baris", "Kolom", "Nilai", "Keterangan"]
    assert frame.iloc[0].tolist() == ["Data", 2, "Target", "sepuluh", "Bukan angka."]
    assert frame.iloc[1]["Keterangan"] == "Nilai negatif tidak mungkin untuk satuan 'orang'."
    english = problems_frame(result.errors, "en")
    assert list(english.columns) == ["Sheet", "Row", "Column", "Value", "Message"]
    assert english.iloc[0]["Message"] == "Not a number."
    assert problems_frame([], "en").empty


# the texts of the problems pantau/ingest reports, in the catalogs (pantau/i18n/locale)
PROBLEM_TEXTS = ("upload.error.", "upload.warning.", "upload.notice.")


def test_every_text_has_both_languages_and_the_same_placeholders():
    upload_texts = {k: e for k, e in texts().items() if k.startswith(PROBLEM_TEXTS)}
    assert upload_texts
    for key, entry in upload_texts.items():
        assert set(entry) == {"id", "en"}, key
        found = [fields(f) for lang in ("id", "en") for f in entry[lang]]  # every plural form
        assert all(f == found[0] for f in found), key


def test_every_key_the_code_uses_has_a_text():
    source = "\n".join(
        p.read_text() for p in (CATALOG_DIR.parents[1] / "pantau" / "ingest").glob("*.py")
    )
    used = set(re.findall(r'"(upload\.[a-z0-9_.]+[a-z0-9_])"', source))
    used |= {f"upload.error.unknown_{m}" for m in ("indicator", "region")}
    used |= {f"upload.error.period_not_{f}" for f in ("month", "quarter", "half", "year")}
    used |= {f"upload.col.{c}" for c in ("sheet", "row", "column", "value", "message")}
    assert used - set(texts()) == set()
    assert {k for k in texts() if k.startswith(PROBLEM_TEXTS)} - used == set()


def test_row_numbers_count_blank_and_title_rows(catalog):
    csv = "Laporan\n\nindikator;wilayah;periode;target;realisasi\n\nPKH.KPM;Aceh;2025-Q1;1;x\n"
    result = parse_upload("x.csv", csv.encode(), catalog, TODAY)
    assert problems(result.errors) == [("CSV", 5, "realisasi", "x", "upload.error.not_a_number")]


def test_rows_are_numpy_free_python_values(parse):
    params = parse("duplicates.csv").errors[0].params
    assert not any(isinstance(v, np.generic) for v in params.values())


def test_a_target_of_zero_is_a_warning_not_an_error(catalog):
    csv = (
        "indikator;wilayah;periode;target;realisasi\n"
        "RTLH.UNIT;Bali;Triwulan I 2025;0;3\n"
        "RTLH.UNIT;Aceh;Triwulan I 2025;10;9\n"
        "RTLH.UNIT;Jawa Barat;Triwulan I 2025;;4\n"  # blank: the preview decides (stored?)
    )
    result = parse_upload("nol.csv", csv.encode(), catalog, TODAY)
    assert result.errors == []
    assert problems(result.warnings) == [("CSV", 2, "target", "0", "upload.warning.zero_target")]
    assert result.warnings[0].params == {"indicator": "RTLH.UNIT", "region": "51"}
    assert (
        "achievement cannot be computed for RTLH.UNIT in region 51"
        in problems_frame(result.warnings, "en").iloc[0]["Message"]
    )
    assert len(result.observations) == 3


def test_infinite_and_absurdly_large_numbers_are_refused_and_a_national_budget_is_not(catalog):
    csv = (
        "kode_indikator;kode_wilayah;periode;rencana;realisasi\n"
        "PKH.KPM;32;Triwulan II 2025;9e999;1\n"
        "PKH.KPM;33;Triwulan II 2025;1;-9E999\n"
        "PKH.KPM;34;Triwulan II 2025;1;20.000.000.000.000.000\n"
        f"PKH.KPM;35;Triwulan II 2025;1{'0' * 400};1\n"
        "PKH.KPM;36;Triwulan II 2025;3.600.000.000.000.000;1\n"  # Rp 3.600 triliun: real
    ).encode()
    result = parse_upload("besar.csv", csv, catalog, TODAY)
    assert problems(result.errors) == [
        ("CSV", 2, "rencana", "9e999", "upload.error.implausible"),
        ("CSV", 3, "realisasi", "-9E999", "upload.error.implausible"),
        ("CSV", 4, "realisasi", "20.000.000.000.000.000", "upload.error.implausible"),
        ("CSV", 5, "rencana", "1" + "0" * 400, "upload.error.implausible"),
    ]
    assert rows(result) == [("PKH.KPM", "36", "2025-04-01", 3.6e15, 1.0, None, None, 6)]
