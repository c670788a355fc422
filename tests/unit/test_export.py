"""Downloads: CSV for a locale's Excel, XLSX with number formats, text kept as text."""

import csv
import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from pantau.export import spreadsheets
from pantau.tables.columns import Table

TABLE = pd.DataFrame(
    {
        "Wilayah": ["Jawa Barat", "Bali"],
        "Catatan": ["=SUM(A1:A9)", "@risiko; -5 KPM"],
        "Realisasi": [1234567.5, None],
    }
)


SCOPE = spreadsheets.Scope(
    program="PKH",
    program_name="Program Keluarga Harapan",
    region="Jawa Barat",
    as_of=dt.date(2026, 9, 1),
    made=dt.datetime(2026, 12, 2, 10, 5),
    sample_built_on="2026-11-30",
)


def typed(lang: str = "id") -> Table:
    data = pd.DataFrame(
        {
            "Wilayah": ["Jawa Barat", "\tcmd", "\r=1+1", "baris 1\rbaris 2\nbaris 3"],
            "Dana": [4_126_570_000_000.4, 1500.6, None, 0.0],
            "Capaian": [84.59238651701577, 100.0, None, 9.46],
            "KPM": [1234567.0, 2.0, 3.0, None],
            "Indeks": [0.123456, 1.0, 2.5, None],
            "Batas lapor": pd.to_datetime(["2025-01-30", "2025-02-28", None, "2025-03-31"]),
            "Periode": pd.to_datetime(["2026-07-01"] * 4),
        }
    )
    kinds = {"Dana": "money", "Capaian": "percent", "KPM": "count", "Indeks": "decimal"}
    kinds |= {"Batas lapor": "date", "Periode": "period:quarter"}
    return Table(data, kinds, lang)


def test_xlsx_keeps_formula_like_text_as_text():
    book = openpyxl.load_workbook(io.BytesIO(spreadsheets.xlsx_bytes(TABLE, "ringkasan")))
    sheet = book["ringkasan"]
    assert [c.value for c in sheet[1]] == ["Wilayah", "Catatan", "Realisasi"]
    assert sheet["B2"].value == "=SUM(A1:A9)"
    assert sheet["B2"].data_type == "s"  # a string, not a formula
    assert sheet["B3"].data_type == "s"
    assert sheet["C2"].value == 1234567.5
    assert sheet["C3"].value is None  # missing stays missing, never 0


def test_csv_defuses_formula_like_text_and_keeps_indonesian_text():
    text = spreadsheets.csv_bytes(TABLE, "en").decode("utf-8-sig")
    rows = text.splitlines()
    assert rows[0] == "Wilayah,Catatan,Realisasi"
    assert rows[1] == "Jawa Barat,'=SUM(A1:A9),1234567.5"
    assert rows[2] == "Bali,'@risiko; -5 KPM,"


@pytest.mark.parametrize(("lang", "sep", "dec"), [("id", ";", ","), ("en", ",", ".")])
def test_csv_uses_the_locales_separator_decimal_mark_and_precision(lang, sep, dec):
    raw = spreadsheets.csv_bytes(typed(lang))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=sep))
    assert rows[0] == ["Wilayah", "Dana", "Capaian", "KPM", "Indeks", "Batas lapor", "Periode"]
    assert rows[1][1:] == [
        "4126570000000",
        f"84{dec}6",
        "1234567",
        f"0{dec}12",
        "2025-01-30",
        "Triwulan III 2026" if lang == "id" else "Q3 2026",
    ]  # money to the rupiah, percent one decimal, counts whole, rates two decimals, real dates
    assert rows[2][1:5] == ["1501", f"100{dec}0", "2", f"1{dec}00"]
    assert rows[3][1:6] == ["", "", "3", f"2{dec}50", ""]  # missing stays empty, never 0
    assert rows[4][5] == "2025-03-31"  # never "2025-03-31 00:00:00"


def test_csv_neutralises_tab_and_cr_led_text_and_quotes_line_breaks():
    raw = spreadsheets.csv_bytes(typed("id")).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    assert len(rows) == 5  # a CR or LF inside a value never starts a new row
    assert rows[2][0] == "'\tcmd"
    assert rows[3][0] == "'\r=1+1"
    assert rows[4][0] == "baris 1\rbaris 2\nbaris 3"  # round-trips whole
    assert '"baris 1\rbaris 2\nbaris 3"' in raw  # quoted: CR alone is quoted too
    assert '"\'\r=1+1"' in raw


def test_xlsx_has_the_scope_number_formats_real_dates_and_a_frozen_header():
    book = openpyxl.load_workbook(io.BytesIO(spreadsheets.xlsx_bytes(typed(), "pantau-x", SCOPE)))
    sheet = book.active
    lines = [sheet.cell(r, 1).value for r in range(1, 6)]
    assert lines == [
        "Program: PKH — Program Keluarga Harapan",
        "Wilayah: Jawa Barat",
        "Data sampai: Sep 2026",
        "Dibuat dengan Pantau: 2 Des 2026 10:05",
        "Data contoh (sampel) — bukan data resmi. Dibuat 2026-11-30 untuk mencoba Pantau.",
    ]
    assert sheet.cell(6, 1).value is None  # a blank line, then the table's header
    assert sheet.cell(7, 1).value == "Wilayah"
    assert sheet.freeze_panes == "A8"
    dana, capaian, kpm, indeks, batas = (sheet.cell(8, c) for c in range(2, 7))
    assert dana.value == 4126570000000 and dana.number_format == '"Rp "#,##0'
    assert capaian.value == 84.6 and capaian.number_format == '0.0" %"'
    assert kpm.value == 1234567 and kpm.number_format == "#,##0"
    assert indeks.value == 0.12 and indeks.number_format == "#,##0.00"
    assert batas.is_date and batas.value == dt.datetime(2025, 1, 30)
    assert sheet.cell(8, 7).value == "Triwulan III 2026"
    assert sheet.cell(10, 2).value is None  # missing money stays blank
    assert sheet.column_dimensions["B"].width >= 15


def test_file_names_carry_programme_region_and_data_up_to():
    assert spreadsheets.file_name("pantau-ringkasan", SCOPE, "id") == (
        "pantau-ringkasan-PKH-jawa-barat-2026-09"
    )
    latest = spreadsheets.Scope(program=None, region=None)
    assert (
        spreadsheets.file_name("pantau-ringkasan", latest, "id")
        == "pantau-ringkasan-nasional-terbaru"
    )
    assert (
        spreadsheets.file_name("pantau-ringkasan", latest, "en")
        == "pantau-ringkasan-national-latest"
    )
    # an indicator code or the programme's own code already names the programme
    assert (
        spreadsheets.file_name("pantau-PKH.KPM", SCOPE, "id") == "pantau-PKH.KPM-jawa-barat-2026-09"
    )
    assert spreadsheets.file_name("pantau-PKH", SCOPE, "id") == "pantau-PKH-jawa-barat-2026-09"
    yogya = spreadsheets.Scope(region="DI Yogyakarta")
    assert spreadsheets.file_name("pantau", yogya, "id") == "pantau-di-yogyakarta-terbaru"
