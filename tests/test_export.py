"""Downloads: CSV and XLSX that keep text as text."""

import io

import openpyxl
import pandas as pd

from pantau import export

TABLE = pd.DataFrame(
    {
        "Wilayah": ["Jawa Barat", "Bali"],
        "Catatan": ["=SUM(A1:A9)", "@risiko; -5 KPM"],
        "Realisasi": [1234567.5, None],
    }
)


def test_xlsx_keeps_formula_like_text_as_text():
    book = openpyxl.load_workbook(io.BytesIO(export.xlsx_bytes(TABLE, "ringkasan")))
    sheet = book["ringkasan"]
    assert [c.value for c in sheet[1]] == ["Wilayah", "Catatan", "Realisasi"]
    assert sheet["B2"].value == "=SUM(A1:A9)"
    assert sheet["B2"].data_type == "s"  # a string, not a formula
    assert sheet["B3"].data_type == "s"
    assert sheet["C2"].value == 1234567.5
    assert sheet["C3"].value is None  # missing stays missing, never 0


def test_csv_defuses_formula_like_text_and_keeps_indonesian_text():
    text = export.csv_bytes(TABLE).decode("utf-8-sig")
    rows = text.splitlines()
    assert rows[0] == "Wilayah,Catatan,Realisasi"
    assert rows[1] == "Jawa Barat,'=SUM(A1:A9),1234567.5"
    assert rows[2] == "Bali,'@risiko; -5 KPM,"
