"""The upload template: what a district officer downloads and fills in."""

import io

import openpyxl

from pantau.export import template
from pantau.store import catalog


def test_template_has_instructions_data_sheet_and_code_lists():
    regions = template.template_regions(catalog.read_csv("regions"), "34")
    content = template.template_xlsx(catalog.read_csv("indicators"), regions)
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["petunjuk", "data", "kode_indikator", "kode_wilayah"]
    assert [c.value for c in book["data"][1]] == list(template.HEADERS)
    assert book["data"].max_row == 1  # no example row that could be uploaded by mistake
    assert book["kode_indikator"]["A2"].value == "PKH.KPM"
    # header, DI Yogyakarta, its 5 regencies and their 78 districts
    assert book["kode_wilayah"].max_row == 85
    assert [c.value for c in book["kode_wilayah"]["A"][1:3]] == ["34", "34.01"]
    rules = {str(v.sqref): v.formula1 for v in book["data"].data_validations.dataValidation}
    assert rules == {
        "A2:A5001": "kode_indikator!$A$2:$A$20",
        "B2:B5001": "kode_wilayah!$A$2:$A$85",
    }
    help_text = " ".join(str(c.value) for c in book["petunjuk"]["A"])
    assert "Triwulan III 2026" in help_text
    assert "bukan nol" in help_text


def test_without_a_province_the_template_lists_provinces_and_regencies():
    regions = template.template_regions(catalog.read_csv("regions"), None)
    assert regions["level"].value_counts().to_dict() == {"kabupaten_kota": 514, "provinsi": 38}
