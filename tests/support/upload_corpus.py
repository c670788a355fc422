"""A corpus of realistic and broken upload files, for tests/unit/test_ingest.py and by hand.

    python tests/support/upload_corpus.py OUTDIR

writes every file into OUTDIR and lists them. Each builder returns the file's bytes; the
comments say what the file is meant to exercise, and test_ingest.py asserts the outcome.
"""

import datetime as dt
import io
import random
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

HEADER = [
    "No",
    "Kode Indikator",
    "Wilayah",
    "Periode",
    "Target",
    "Realisasi",
    "Mitra",
    "Keterangan",
]


def _workbook(sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> bytes:
    """An .xlsx with the given rows; a str is written as text (even "=1+1"), a date as a date."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    date_format = book.add_format({"num_format": "mmm-yy"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, date_format)
                elif value is not None:
                    sheet.write_number(r, c, value)
        if name in hidden:
            sheet.hide()
    book.close()
    return buffer.getvalue()


def realistic_xlsx() -> bytes:
    """Instructions sheet first, two title rows, every period and number form, a JUMLAH row."""
    data = [
        ["LAPORAN REALISASI PROGRAM PERLINDUNGAN SOSIAL"],
        ["Dinas Sosial Provinsi DI Yogyakarta — Tahun 2025"],
        HEADER,
        [
            1,
            "PKH.KPM",
            "jawa barat ",
            "Triwulan III 2025",
            1500000,
            "1.234.567",
            "Bank BRI",
            "=1+1",
        ],
        [2, "PKH.DANA", 34.04, "2025-Q2", "Rp 1.500.000", "Rp1.500.000,-", None, "Tahap 2"],
        [3, "SEMBAKO.TEPAT_WAKTU", "Kab. Sleman", "Maret 2025", "85%", "12,5", None, None],
        [4, "SEMBAKO.KPM", 32, dt.date(2025, 4, 1), None, "-", None, "belum lapor"],
        [],
        [5, "PIP.APS_13_15", "DI Yogyakarta", 2025, 95, "96,5", None, None],
        [6, "KEMISKINAN.P0", "Jawa Tengah", "Semester I 2025", "10,2", " 9,8 ", None, None],
        [7, "PIP.SISWA", "34.71", "2025-H2", "1.234", "\u00a01.100\u00a0", None, None],
        [8, "PBIJK.PESERTA", "Kota Yogyakarta", "Mar 2025", 100, 90, None, "+62 812"],
        [9, "ATENSI.PM", "3404", "TW I 2025", 40, 38, None, "@dinsos"],
        [10, "RTLH.UNIT", "DKI Jakarta", "2025-04", 12, 10, None, "-"],
        [
            11,
            "pkh beneficiary households",
            "Kabupaten Bantul",
            "Triwulan 1 2025",
            10,
            9,
            None,
            None,
        ],
        ["JUMLAH", None, None, None, 3000000, 2900000],  # a merged label sits in the first cell
    ]
    instructions = [["Petunjuk pengisian"], ["Isi lembar 'Data' mulai baris 4."]]
    return _workbook({"Petunjuk": instructions, "Data": data})


def semicolon_cp1252_csv() -> bytes:
    """Indonesian-locale Excel: ';', decimal commas, Windows-1252 notes, a TOTAL row."""
    lines = [
        "Laporan Bulanan Program Sembako;;;;;",
        "Indikator;Wilayah;Periode;Rencana;Realisasi;Keterangan",
        "SEMBAKO.DANA;Jawa Barat;Jan 2025;1.250.000,50;1.000.000;Penyaluran ke café Rp 5.000",
        "SEMBAKO.DANA;Jawa Barat;Februari 2025;1.234;12,5;Dana dari kas daerah — tahap II",
        'SEMBAKO.TEPAT_WAKTU;Banten;Agt 2025;80;"82,5";"Catatan; dengan titik koma"',
        "TOTAL;;;2.484.000,50;1.000.012,5;",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def bom_tab_csv() -> bytes:
    """UTF-8 with BOM, tab-separated, English headers and English number style."""
    lines = [
        "Indicator\tRegion\tPeriod\tPlanned\tActual\tPartner\tNote",
        "PBIJK.DANA\t31\t2025-03\t1,234,567.8\t1,000,000\tBPJS Kesehatan\tQ1 premium",
        "PBIJK.DANA\t31\t2025-04-01\t12.5\t1.234\t\t",
        "PBIJK.DANA\tTotal Nasional\t2025-04\t1,234,580.3\t1,001,234\t\t",
    ]
    return "\ufeff".encode() + "\n".join(lines).encode("utf-8")


def utf16_text() -> bytes:
    """Excel's "Unicode text" export: UTF-16 with BOM, tab-separated."""
    lines = ["Indikator\tWilayah\tPeriode\tTarget\tRealisasi", "PKH.KPM\tBali\t2025-Q1\t100\t95"]
    return "\r\n".join(lines).encode("utf-16")


def xls() -> bytes | None:
    """A real .xls (BIFF8) written with xlwt, when xlwt is installed."""
    try:
        import xlwt
    except ImportError:
        return None
    book = xlwt.Workbook()
    sheet = book.add_sheet("Data")
    rows = [
        ["Indikator", "Wilayah", "Periode", "Target", "Realisasi"],
        ["RTLH.UNIT", "Aceh", "Triwulan II 2025", 25, 20],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def catalog_workbook_xlsx() -> bytes:
    """Catalogue sheets adding a programme, an indicator and a village-level region, and data
    that uses them."""
    programs = [
        ["code", "name_id", "name_en", "sector", "start_date", "end_date", "owner"],
        [
            "BLT",
            "Bantuan Langsung Tunai",
            "Direct Cash Transfer",
            "bantuan_sosial",
            dt.date(2025, 1, 1),
            "2025-12-31",
            "Kemensos",
        ],
    ]
    indicators = [
        [
            "code",
            "program_code",
            "name_id",
            "name_en",
            "level",
            "unit",
            "direction",
            "temporal",
            "region_agg",
            "frequency",
            "baseline_value",
            "baseline_year",
        ],
        [
            "BLT.KPM",
            "BLT",
            "KPM penerima BLT",
            "BLT recipient households",
            "Output",
            "keluarga",
            "up",
            "stock",
            "sum",
            "month",
            "1.500",
            2024,
        ],
    ]
    regions = [
        ["code", "name", "level", "parent_code"],
        ["34.04.01", "Kecamatan Gamping", "kecamatan", "34.04"],
    ]
    data = [
        ["Indikator", "Wilayah", "Periode", "Target", "Realisasi"],
        ["BLT.KPM", "Kecamatan Gamping", "2025-05", 1200, 1150],
    ]
    return _workbook(
        {"programs": programs, "indikator": indicators, "wilayah": regions, "Data": data}
    )


def data_sheet_named_indikator_xlsx() -> bytes:
    """A data sheet that happens to be called "Indikator" (no code column: it is data)."""
    rows = [
        ["Kode Indikator", "Kode Wilayah", "Periode", "Target", "Realisasi"],
        ["PIP.DANA", "34.03", "Semester II 2025", "Rp 2.000.000", None],
    ]
    return _workbook({"Indikator": rows})


def excel_sep_hint_csv() -> bytes:
    """Excel's "sep=;" first line (Excel hides it, so it is not a row) and an error below."""
    lines = [
        "sep=;",
        "indikator;wilayah;periode;target;realisasi",
        "PKH.KPM;Bali;2025-Q1;1,5;x",
    ]
    return "\r\n".join(lines).encode()


def regions_in_two_columns_xlsx() -> bytes:
    """Province and regency columns: an unknown regency is reported under its own header."""
    rows = [
        ["Provinsi", "Kabupaten/Kota", "Indikator", "Periode", "Realisasi"],
        ["DI Yogyakarta", "Kab. Sleman", "RTLH.UNIT", "2025-Q1", 5],
        ["DI Yogyakarta", "Slemann", "RTLH.UNIT", "2025-Q2", 5],
        ["Atlantis", None, "RTLH.UNIT", "2025-Q3", 5],
    ]
    return _workbook({"Data": rows})


def catalog_errors_xlsx() -> bytes:
    """Catalogue sheets with one mistake per row."""
    programs = [
        ["code", "name_id", "name_en", "start_date", "end_date"],
        ["BLT", "Bantuan Langsung Tunai", "Direct Cash Transfer", "31-31-2025", None],
    ]
    indicators = [
        [
            "code",
            "program_code",
            "name_id",
            "name_en",
            "level",
            "unit",
            "direction",
            "temporal",
            "region_agg",
            "frequency",
        ],
        ["X.A", "PKH", "A", "A", "output", "orang", "up", "flow", "sum", "weekly"],
        ["X.B", "NOPE", "B", "B", "output", "orang", "up", "flow", "sum", "month"],
    ]
    regions = [
        ["code", "name", "level", "parent_code"],
        ["34.99", "Kabupaten Contoh", "kabupaten_kota", "99"],
        ["34.98.1", "Kecamatan Contoh", "kecamatan", "34"],
    ]
    return _workbook({"programs": programs, "indicators": indicators, "regions": regions})


def year_month_columns_xlsx() -> bytes:
    """Year and month in two columns ("Tahun", "Bulan"), region columns Provinsi + Kab/Kota."""
    rows = [
        ["Provinsi", "Kab/Kota", "Indikator", "Tahun", "Bulan", "Target", "Realisasi"],
        ["DI Yogyakarta", "Kabupaten Sleman", "SEMBAKO.KPM", 2025, "Maret", 100, 90],
        ["DI Yogyakarta", None, "SEMBAKO.KPM", 2025, 4, 200, 180],
        ["Jawa Timur", None, "SEMBAKO.KPM", 2025, "Mei", 300, 310],
    ]
    return _workbook({"Rekap": rows})


def unknown_codes_xlsx() -> bytes:
    """An unknown indicator, an unknown region, a blank region."""
    rows = [
        ["Indikator", "Kabupaten/Kota", "Periode", "Target", "Realisasi"],
        ["PKH.KPM", "Kabupaten Sleman", "Triwulan I 2025", 10, 9],
        ["PKH.TIDAK_ADA", "Kabupaten Sleman", "Triwulan I 2025", 10, 9],
        ["PKH.KPM", "Slemann", "Triwulan I 2025", 10, 9],
        ["PKH.KPM", None, "Triwulan I 2025", 10, 9],
    ]
    return _workbook({"Data": rows})


def bad_periods_csv() -> bytes:
    """An unreadable period, a month for a quarterly indicator, a year for a monthly one."""
    lines = [
        "indikator,wilayah,periode,target,realisasi",
        "PKH.KPM,Aceh,Maret,10,9",
        "PKH.KPM,Aceh,Maret 2025,10,9",
        "SEMBAKO.KPM,Aceh,2025,10,9",
        "PKH.KPM,Aceh,2025-Q1,10,9",
    ]
    return "\n".join(lines).encode()


def bad_numbers_xlsx() -> bytes:
    """Not a number, a negative count, a % sign on money."""
    rows = [
        ["Indikator", "Wilayah", "Periode", "Target", "Realisasi"],
        ["ATENSI.PM", "Bali", "2025-Q1", "sepuluh", 9],
        ["ATENSI.PM", "Bali", "2025-Q2", 10, -3],
        ["ATENSI.DANA", "Bali", "2025-Q1", "50%", 1000],
    ]
    return _workbook({"Data": rows})


def duplicates_csv() -> bytes:
    """The same indicator, region and period twice (once by code, once by name)."""
    lines = [
        "indikator;wilayah;periode;rencana;realisasi",
        "RTLH.UNIT;32;Triwulan II 2025;10;8",
        "RTLH.UNIT;33;Triwulan II 2025;10;8",
        "RTLH.UNIT;Jawa Barat;2025-Q2;10;9",
    ]
    return "\n".join(lines).encode()


def missing_period_xlsx() -> bytes:
    """No period column."""
    return _workbook(
        {"Data": [["Indikator", "Wilayah", "Target", "Realisasi"], ["PKH.KPM", "Aceh", 1, 1]]}
    )


def no_value_columns_csv() -> bytes:
    """Indicator, region and period, but neither planned nor actual."""
    return b"indikator,wilayah,periode,mitra\nPKH.KPM,Aceh,2025-Q1,BRI\n"


def header_only_xlsx() -> bytes:
    """A header and nothing below it."""
    return _workbook({"Data": [["Judul"], ["Indikator", "Wilayah", "Periode", "Target"]]})


def no_header_csv() -> bytes:
    """A table, but not one Pantau knows."""
    return b"nama,umur\nBudi,34\nSiti,29\n"


def template_rows_csv() -> bytes:
    """A template with every key pre-filled and only some values typed in."""
    lines = ["indikator,wilayah,periode,target,realisasi"]
    lines += [f"PKH.KPM,{code},2025-Q1,," for code in ("11", "12", "13")]
    lines.insert(2, "PKH.KPM,14,2025-Q1,100,90")
    return "\n".join(lines).encode()


def warnings_xlsx() -> bytes:
    """Valid, but odd: actual > 3 x planned, a future period, persen > 100, fractions."""
    rows = [
        ["Indikator", "Wilayah", "Periode", "Target", "Realisasi"],
        ["RTLH.UNIT", "Bali", "Triwulan I 2025", 10, 31],
        ["RTLH.UNIT", "Bali", "Triwulan I 2026", 10, None],
        ["SEMBAKO.TEPAT_WAKTU", "Bali", "Jan 2025", 80, 104],
        ["PKH.SEKOLAH", "Bali", "Semester I 2025", 0.9, 0.85],
    ]
    return _workbook({"Data": rows})


def two_data_sheets_xlsx() -> bytes:
    """Two sheets that both look like data, and a hidden lookup sheet."""
    header = ["Indikator", "Wilayah", "Periode", "Target", "Realisasi"]
    return _workbook(
        {
            "TW I": [header, ["RTLH.UNIT", "Bali", "Triwulan I 2025", 10, 9]],
            "TW II": [header, ["RTLH.UNIT", "Bali", "Triwulan II 2025", 10, 9]],
            "wilayah": [["kode", "nama"], ["51", "Bali"]],
        },
        hidden=("wilayah",),
    )


def csv_named_xlsx() -> bytes:
    """CSV text saved under an .xlsx name."""
    return b"indikator,wilayah,periode,target,realisasi\nPKH.KPM,Aceh,2025-Q1,10,9\n"


def pdf() -> bytes:
    """A PDF under an .xlsx name."""
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def png() -> bytes:
    """A PNG under a .csv name."""
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def random_bytes() -> bytes:
    """Noise under an .xlsx name."""
    noise = random.Random(7)
    return b"\x01" + bytes(noise.randrange(256) for _ in range(4096))


def html_xls() -> bytes:
    """What web systems "export to Excel": an HTML table named .xls."""
    return b"<html><body><table><tr><td>Indikator</td></tr></table></body></html>"


def fake_ole_xls() -> bytes:
    """An OLE2 header that names a workbook stream, then garbage."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + b"\x00" * 600


def truncated_xlsx() -> bytes:
    """A real workbook cut in half (an interrupted download)."""
    whole = realistic_xlsx()
    return whole[: len(whole) // 2]


def garbage_xml_xlsx() -> bytes:
    """A zip with the right member names whose XML is nonsense."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "not xml <<<")
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet")
    return buffer.getvalue()


def docx_zip() -> bytes:
    """A zip that is not a workbook (a Word document's members)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def far_cell_xlsx() -> bytes:
    """A 5 KB workbook with one cell at XFD1048576: calamine would allocate ~512 GB for it."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Data")
    sheet.write_string(0, 0, "Indikator")
    sheet.write_string(1_048_575, 16_383, "x")
    book.close()
    return buffer.getvalue()


def zip_bomb_xlsx(size: int = 128 * 1024 * 1024) -> bytes:
    """A workbook-shaped zip with a member of `size` zero bytes (~1000:1, so ~128 KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def lying_zip_bomb_xlsx() -> bytes:
    """A zip bomb whose headers declare its big member as 1000 bytes."""
    content = bytearray(zip_bomb_xlsx(64 * 1024 * 1024))
    archive = zipfile.ZipFile(io.BytesIO(bytes(content)))
    member = archive.getinfo("xl/worksheets/sheet1.xml")
    central = content.rfind(b"PK\x01\x02")  # the last central entry is the big member
    content[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    content[member.header_offset + 22 : member.header_offset + 26] = (1000).to_bytes(4, "little")
    return bytes(content)


def _signed(*rows: list) -> list[list]:
    """Rows laid out as in a district's sheet: signature cells spread over eight columns."""
    return [list(r) + [None] * (8 - len(r)) for r in rows]


SLEMAN_SIGNATURE = _signed(
    [],
    [None, None, None, None, None, "Sleman, 25 November 2026"],
    ["Mengetahui,", None, None, None, None, "Yang membuat,"],
    [None, "Kepala Dinas Sosial", None, None, None, "Operator Data"],
    [],
    [],
    [None, "Drs. Nama Pejabat, M.Si", None, None, None, "Siti Aminah, S.Kom"],
    [None, "Pembina Tk. I", None, None, None, "Penata Muda"],
    [None, "NIP 19680101 199003 1 005", None, None, None, "NIP. 19900101 201501 2 003"],
)


def signature_block_xlsx() -> bytes:
    """A regency's sheet: titles, data, a JUMLAH row, then the signature block under it, its
    cells in the indicator, region and value columns, blank rows between."""
    data = [
        ["REKAPITULASI REALISASI PKH KABUPATEN SLEMAN"],
        ["Triwulan III Tahun 2026"],
        HEADER,
        [1, "PKH.KPM", "Kab. Sleman", "Triwulan III 2026", 52000, 50100, "Dinsos", None],
        [2, "PKH.KPM", "Kab. Bantul", "Triwulan III 2026", 48000, 47000, "Dinsos", None],
        [3, "PKH.KPM", "Kota Yogyakarta", "Triwulan III 2026", 12000, 11800, None, None],
        ["JUMLAH", None, None, None, 112000, 108900],
        *SLEMAN_SIGNATURE,
        [None, "Pembina Tk. I", "a.n. Bupati Sleman", None, "Sekretaris Dinas"],
    ]
    return _workbook({"Rekap": data})


def signature_block_csv() -> bytes:
    """Indonesian-locale CSV: no JUMLAH row, notes and a signature with blank lines between,
    the NIP's digits alone in the Target column (only the word NIP says it is no number)."""
    lines = [
        "Kode Indikator;Wilayah;Periode;Target;Realisasi;Keterangan",
        "SEMBAKO.KPM;Kab. Bantul;Sep 2026;1.200;1.150;",
        "SEMBAKO.KPM;Kab. Gunungkidul;Sep 2026;1.500;1.320;tahap 2",
        ";;;;;",
        "Catatan: angka sementara;;;;;",
        "Sumber: SIKS-NG, diolah;;;;;",
        "",
        ";;;;Bantul, 30 September 2026;",
        ";;;;Kepala Bidang Perlindungan Sosial;",
        "",
        "",
        ";;;;Hj. Nama Pejabat, S.Sos., M.M.;",
        ";;;;Penata Tk. I;",
        ";;;NIP;19750505 200003 2 001;",
    ]
    return "\r\n".join(lines).encode("cp1252")


def footer_notes_csv() -> bytes:
    """Comma CSV with English headers: a total, then only notes and who made and approved it."""
    lines = [
        "Indicator,Region,Period,Planned,Actual,Note",
        "RTLH.UNIT,Aceh,Triwulan III 2026,40,38,",
        "RTLH.UNIT,Bali,Triwulan III 2026,25,20,",
        "Total,,,65,58,",
        "Keterangan: *) data per 30 September 2026,,,,,",
        ",,,,,Dibuat oleh: Budi (operator)",
        ",Disetujui,,,,",
        ",,,,,(..................................)",
    ]
    return "\n".join(lines).encode()


def footer_after_bad_rows_xlsx() -> bytes:
    """A signature block under data that has a bad row in the middle and a bad last row: the
    bad rows are still errors, only the signature is skipped."""
    data = [
        HEADER,
        [1, "PKH.KPM", "Kab. Sleman", "Triwulan III 2026", 52000, 50100],
        [2, "Catatan: revisi", None, None, 10, 9],  # between good rows: an error
        [3, "PKH.KPM", "Kab. Bantul", "Triwulan III 2026", 48000, 47000],
        [4, "KPM PKH", "Kulon Progo", "Triwulan III 2026", 30000, 29000],  # last row: bad indicator
        *SLEMAN_SIGNATURE,
    ]
    return _workbook({"Rekap": data})


BUILDERS: dict[str, Callable[[], bytes | None]] = {
    "realistic.xlsx": realistic_xlsx,
    "signature_block.xlsx": signature_block_xlsx,
    "signature_block.csv": signature_block_csv,
    "footer_notes.csv": footer_notes_csv,
    "footer_after_bad_rows.xlsx": footer_after_bad_rows_xlsx,
    "semicolon_cp1252.csv": semicolon_cp1252_csv,
    "bom_tab.csv": bom_tab_csv,
    "unicode_text.txt": utf16_text,
    "data.xls": xls,
    "catalog_workbook.xlsx": catalog_workbook_xlsx,
    "catalog_errors.xlsx": catalog_errors_xlsx,
    "data_sheet_named_indikator.xlsx": data_sheet_named_indikator_xlsx,
    "excel_sep_hint.csv": excel_sep_hint_csv,
    "regions_in_two_columns.xlsx": regions_in_two_columns_xlsx,
    "year_month_columns.xlsx": year_month_columns_xlsx,
    "unknown_codes.xlsx": unknown_codes_xlsx,
    "bad_periods.csv": bad_periods_csv,
    "bad_numbers.xlsx": bad_numbers_xlsx,
    "duplicates.csv": duplicates_csv,
    "missing_period.xlsx": missing_period_xlsx,
    "no_value_columns.csv": no_value_columns_csv,
    "header_only.xlsx": header_only_xlsx,
    "no_header.csv": no_header_csv,
    "template_rows.csv": template_rows_csv,
    "warnings.xlsx": warnings_xlsx,
    "two_data_sheets.xlsx": two_data_sheets_xlsx,
    "csv_named.xlsx": csv_named_xlsx,
    "report.pdf.xlsx": pdf,
    "picture.csv": png,
    "noise.xlsx": random_bytes,
    "empty.csv": lambda: b"",
    "web_export.xls": html_xls,
    "fake_ole.xls": fake_ole_xls,
    "truncated.xlsx": truncated_xlsx,
    "garbage_xml.xlsx": garbage_xml_xlsx,
    "document.xlsx": docx_zip,
    "far_cell.xlsx": far_cell_xlsx,
    "zip_bomb.xlsx": zip_bomb_xlsx,
    "lying_zip_bomb.xlsx": lying_zip_bomb_xlsx,
}


def write_corpus(folder: Path) -> dict[str, Path]:
    """Write every corpus file into folder; name -> path (files that cannot be built: left out)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, build in BUILDERS.items():
        content = build()
        if content is not None:
            (folder / name).write_bytes(content)
            written[name] = folder / name
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/support/upload_corpus.py OUTDIR")
    for name, path in write_corpus(Path(sys.argv[1])).items():
        print(f"{path.stat().st_size:>10,}  {name}")
