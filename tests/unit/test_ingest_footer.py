"""Signature and footer blocks under the data: skipped with a notice, never errors."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pantau.ingest import Catalog, ParsedUpload, parse_upload
from tests.support import upload_corpus

CATALOG_DIR = Path(__file__).resolve().parents[2] / "data" / "catalog"


TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    codes = {"code": str, "program_code": str, "parent_code": str}
    return Catalog(
        *(
            pd.read_csv(CATALOG_DIR / f"{n}.csv", dtype=codes)
            for n in ("programs", "indicators", "regions")
        )
    )


def parse(catalog: Catalog, name: str, content: bytes | None = None) -> ParsedUpload:
    """parse_upload on a corpus file (or on the given bytes under that name)."""
    content = upload_corpus.BUILDERS[name]() if content is None else content
    return parse_upload(name, content, catalog, TODAY)


def errors(result: ParsedUpload) -> list[tuple]:
    return [(p.row, p.column, p.value, p.key) for p in result.errors]


def notice(result: ParsedUpload, key: str) -> dict | None:
    """The params of the notice with this key, or None."""
    return next((p.params for p in result.notices if p.key == f"upload.notice.{key}"), None)


def stored(result: ParsedUpload) -> list[tuple]:
    frame = result.observations
    return list(zip(frame["region_code"], frame["actual"], frame["row"], strict=True))


def test_district_sheet_with_total_row_and_signature_block(catalog):
    result = parse(catalog, "signature_block.xlsx")
    assert errors(result) == [] and result.warnings == []
    assert stored(result) == [("34.04", 50100.0, 4), ("34.02", 47000.0, 5), ("34.71", 11800.0, 6)]
    assert notice(result, "total_rows") == {"count": 1, "rows": "7"}
    # 8, 12 and 13 are blank; 17 is a third signature spread over three of the data columns
    assert notice(result, "footer_rows") == {"count": 7, "rows": "9, 10, 11, 14, 15, 16, 17"}
    assert notice(result, "empty_value_rows") is None


def test_semicolon_csv_with_notes_blank_lines_and_a_nip_in_the_target_column(catalog):
    result = parse(catalog, "signature_block.csv")
    assert errors(result) == [] and result.warnings == []
    assert stored(result) == [("34.02", 1150.0, 2), ("34.03", 1320.0, 3)]
    assert notice(result, "footer_rows") == {"count": 7, "rows": "5, 6, 8, 9, 12, 13, 14"}


def test_comma_csv_with_a_total_then_only_notes(catalog):
    result = parse(catalog, "footer_notes.csv")
    assert errors(result) == []
    assert stored(result) == [("11", 38.0, 2), ("51", 20.0, 3)]
    assert notice(result, "total_rows") == {"count": 1, "rows": "4"}
    assert notice(result, "footer_rows") == {"count": 4, "rows": "5, 6, 7, 8"}


def test_bad_rows_above_the_signature_are_still_errors(catalog):
    result = parse(catalog, "footer_after_bad_rows.xlsx")
    assert errors(result) == [
        (3, "Kode Indikator", "Catatan: revisi", "upload.error.unknown_indicator"),
        (3, "Wilayah", None, "upload.error.blank_required"),
        (3, "Periode", None, "upload.error.blank_required"),
        (5, "Kode Indikator", "KPM PKH", "upload.error.unknown_indicator"),
    ]
    assert notice(result, "footer_rows") == {"count": 6, "rows": "7, 8, 9, 12, 13, 14"}


HEADER = "Kode Indikator;Wilayah;Periode;Target;Realisasi;Keterangan"


DATA = [
    "PKH.KPM;Kab. Sleman;Triwulan III 2026;52.000;50.100;",
    "PKH.KPM;34.02;2026-Q3;48.000;47.000;",
]


FOOTERS = {
    "place and date": ";;;;Sleman, 25 November 2026;",
    "place and numeric date": "Yogyakarta, 25/11/2026;;;;;",
    "mengetahui": "Mengetahui,;;;;;",
    "yang membuat": ";;;;Yang membuat,;",
    "dibuat oleh": ";;;;;Dibuat oleh: operator",
    "disetujui": ";Disetujui;;;;",
    "catatan": "Catatan: angka sementara;;;;;",
    "sumber": ";;;;;Sumber: SIKS-NG",
    "keterangan": "Keterangan: *) belum final;;;;;",
    "role": ";Kepala Dinas Sosial;;;;",
    "on behalf": "a.n. Bupati Sleman;;;;;",
    "name with titles": ";;;;Drs. Nama Pejabat, M.Si;",
    "name with degree": ";;;Siti Aminah, S.Sos;;",
    "rank": ";Pembina Tk. I;;;;",
    "nip": ";;;;NIP 19680101 199003 1 005;",
    "line to sign": ";;;;(................................);",
    "footnote": "*) data per September;;;;;",
}


@pytest.mark.parametrize("total", [False, True], ids=["no total", "total row"])
@pytest.mark.parametrize("blank", [False, True], ids=["no blank", "blank lines"])
@pytest.mark.parametrize("footer", sorted(FOOTERS))
def test_each_common_footer_is_skipped(catalog, footer, blank, total):
    lines = [HEADER, *DATA]
    lines += ["JUMLAH;;;100.000;97.100;"] if total else []
    lines += ["", ";;;;;"] if blank else []
    lines += [FOOTERS[footer], ";;;;Nama Pejabat;"]  # a bare name, as under a role
    result = parse(catalog, "footer.csv", "\n".join(lines).encode())
    assert errors(result) == []
    assert len(result.observations) == 2
    first = 4 + total + 2 * blank  # the footer's first row as Excel numbers it
    assert notice(result, "footer_rows") == {"count": 2, "rows": f"{first}, {first + 1}"}


def test_words_below_the_data_without_any_footer_marker_are_errors(catalog):
    lines = [HEADER, *DATA, ";;;;Lihat lembar berikutnya;"]
    result = parse(catalog, "x.csv", "\n".join(lines).encode())
    assert [e[3] for e in errors(result)] == [
        "upload.error.blank_required",
        "upload.error.blank_required",
        "upload.error.blank_required",
        "upload.error.not_a_number",
    ]
    assert notice(result, "footer_rows") is None


def test_a_number_under_the_data_is_data_even_beside_a_footer_word(catalog):
    lines = [HEADER, *DATA, "Catatan;;;;12;", ";;;;Sleman, 25 November 2026;"]
    result = parse(catalog, "x.csv", "\n".join(lines).encode())
    assert (4, "Kode Indikator", "Catatan", "upload.error.unknown_indicator") in errors(result)
    assert notice(result, "footer_rows") == {"count": 1, "rows": "5"}


def test_a_footer_between_data_rows_is_not_skipped(catalog):
    lines = [HEADER, DATA[0], ";;;;Sleman, 25 November 2026;", DATA[1]]
    result = parse(catalog, "x.csv", "\n".join(lines).encode())
    assert (3, "Realisasi", "Sleman, 25 November 2026", "upload.error.not_a_number") in errors(
        result
    )
    assert notice(result, "footer_rows") is None


def test_a_signature_without_data_is_a_sheet_without_data_rows(catalog):
    lines = [HEADER, ";;;;Sleman, 25 November 2026;", ";;;;Kepala Dinas Sosial;"]
    result = parse(catalog, "x.csv", "\n".join(lines).encode())
    assert [e[3] for e in errors(result)] == ["upload.error.no_data_rows"]
