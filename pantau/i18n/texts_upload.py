"""Texts of the upload checks (pantau/ingest), to merge into the main translation table.

Every error, warning and notice of an upload carries one of these keys and the values for
its {placeholders}; the same placeholders appear in both languages.
"""

UPLOAD_TEXTS: dict[str, dict[str, str]] = {
    # the table of problems
    "upload.col.sheet": {"id": "Lembar", "en": "Sheet"},
    "upload.col.row": {"id": "Baris", "en": "Row"},
    "upload.col.column": {"id": "Kolom", "en": "Column"},
    "upload.col.value": {"id": "Nilai", "en": "Value"},
    "upload.col.message": {"id": "Keterangan", "en": "Message"},
    # the file as a whole
    "upload.error.empty_file": {
        "id": "Berkas kosong, tidak ada isinya.",
        "en": "The file is empty.",
    },
    "upload.error.too_large": {
        "id": "Berkas terlalu besar: {size}. Batas unggahan {limit}.",
        "en": "The file is too large: {size}. The upload limit is {limit}.",
    },
    "upload.error.not_spreadsheet": {
        "id": "Berkas ini bukan lembar kerja (spreadsheet). Unggah berkas .xlsx, .xls atau .csv.",
        "en": "This file is not a spreadsheet. Upload an .xlsx, .xls or .csv file.",
    },
    "upload.error.web_page": {
        "id": "Berkas ini halaman web (HTML/XML) yang diberi nama Excel. Buka di Excel, lalu "
        "simpan ulang sebagai .xlsx (Save As > Excel Workbook).",
        "en": "This file is a web page (HTML/XML) named as an Excel file. Open it in Excel and "
        "save it again as .xlsx (Save As > Excel Workbook).",
    },
    "upload.error.corrupt": {
        "id": "Berkas rusak atau tidak lengkap dan tidak dapat dibuka. Simpan ulang dari Excel "
        "lalu unggah lagi.",
        "en": "The file is damaged or incomplete and cannot be opened. Save it again from Excel "
        "and upload it again.",
    },
    "upload.error.password_protected": {
        "id": "Berkas dilindungi kata sandi. Hapus kata sandinya di Excel, lalu unggah lagi.",
        "en": "The file is password-protected. Remove the password in Excel, then upload again.",
    },
    "upload.error.too_big_to_open": {
        "id": "Lembar kerja terlalu besar untuk dibuka. Mungkin ada isian di sel yang sangat "
        "jauh (mis. baris 1.048.576 atau kolom XFD): hapus baris dan kolom di luar tabel, "
        "simpan ulang, lalu unggah lagi.",
        "en": "The workbook is too large to open. There may be something in a cell far away "
        "(e.g. row 1,048,576 or column XFD): delete the rows and columns outside the table, "
        "save, and upload again.",
    },
    "upload.error.zip_bomb": {
        "id": "Berkas ditolak demi keamanan: isinya mengembang menjadi {size} atau lebih, "
        "jauh lebih besar dari lembar kerja biasa.",
        "en": "The file was refused for safety: its contents expand to {size} or more, far "
        "more than any real spreadsheet.",
    },
    "upload.error.no_data_sheet": {
        "id": "Tidak ditemukan tabel data. Baris judul kolom harus memuat kolom indikator, "
        "wilayah dan periode (dalam 30 baris pertama).",
        "en": "No data table was found. The header row must name the indicator, region and "
        "period columns (within the first 30 rows).",
    },
    "upload.error.missing_column": {
        "id": "Kolom wajib tidak ditemukan di baris judul. Nama kolom yang dikenali: {accepted}.",
        "en": "A required column is missing from the header row. Accepted names: {accepted}.",
    },
    "upload.error.no_data_rows": {
        "id": "Lembar data tidak berisi satu baris data pun di bawah judul kolom.",
        "en": "The data sheet has no data rows below its header.",
    },
    "upload.error.more": {
        "id": "… dan {count} kesalahan lain (tidak ditampilkan). Perbaiki yang di atas dulu.",
        "en": {
            "one": "… and {count} more error (not shown). Fix the ones above first.",
            "other": "… and {count} more errors (not shown). Fix the ones above first.",
        },
    },
    # one row
    "upload.error.blank_required": {
        "id": "Wajib diisi, tetapi kosong.",
        "en": "Required, but empty.",
    },
    "upload.error.unknown_indicator": {
        "id": "Kode indikator tidak dikenal. Tulis kode (mis. PKH.KPM) atau nama indikator persis.",
        "en": "Unknown indicator. Write its code (e.g. PKH.KPM) or its exact name.",
    },
    "upload.error.unknown_region": {
        "id": "Wilayah tidak dikenal. Tulis kode Kemendagri (mis. 32 atau 34.04) atau nama "
        "wilayah persis.",
        "en": "Unknown region. Write its Kemendagri code (e.g. 32 or 34.04) or its exact name.",
    },
    "upload.error.bad_period": {
        "id": "Periode tidak terbaca. Contoh yang benar: 2025-03, Maret 2025, Triwulan I 2025, "
        "Semester 1 2025, 2025.",
        "en": "The period cannot be read. Examples: 2025-03, March 2025, 2025-Q1, 2025-H1, 2025.",
    },
    "upload.error.period_not_month": {
        "id": "Periode tidak sesuai frekuensi indikator (bulanan). Tulis bulannya, "
        "mis. 2025-03 atau Maret 2025.",
        "en": "The period does not fit the indicator's frequency (monthly). Write the month, "
        "e.g. 2025-03 or March 2025.",
    },
    "upload.error.period_not_quarter": {
        "id": "Periode tidak sesuai frekuensi indikator (triwulanan). Tulis triwulannya, "
        "mis. Triwulan I 2025 atau 2025-Q1.",
        "en": "The period does not fit the indicator's frequency (quarterly). Write the quarter, "
        "e.g. 2025-Q1 or Q1 2025.",
    },
    "upload.error.period_not_half": {
        "id": "Periode tidak sesuai frekuensi indikator (semesteran). Tulis semesternya, "
        "mis. Semester I 2025 atau 2025-H1.",
        "en": "The period does not fit the indicator's frequency (half-yearly). Write the half, "
        "e.g. 2025-H1.",
    },
    "upload.error.period_not_year": {
        "id": "Periode tidak sesuai frekuensi indikator (tahunan). Tulis tahunnya saja, mis. 2025.",
        "en": "The period does not fit the indicator's frequency (yearly). Write the year only, "
        "e.g. 2025.",
    },
    "upload.error.not_a_number": {
        "id": "Bukan angka.",
        "en": "Not a number.",
    },
    "upload.error.negative": {
        "id": "Nilai negatif tidak mungkin untuk satuan '{unit}'.",
        "en": "A negative value is impossible for the unit '{unit}'.",
    },
    "upload.error.percent_sign": {
        "id": "Nilai ditulis dengan tanda %, padahal satuan indikator ini '{unit}'.",
        "en": "The value is written with a % sign, but this indicator's unit is '{unit}'.",
    },
    "upload.error.duplicate": {
        "id": "Data ganda: indikator {indicator}, wilayah {region}, periode {period} sudah ada "
        "di baris {first_row}.",
        "en": "Duplicate: indicator {indicator}, region {region}, period {period} is already "
        "in row {first_row}.",
    },
    # catalogue sheets
    "upload.error.not_allowed": {
        "id": "Isian tidak dikenal. Pilihan yang boleh: {allowed}.",
        "en": "Not an accepted value. Allowed: {allowed}.",
    },
    "upload.error.duplicate_code": {
        "id": "Kode ganda: kode ini sudah dipakai di baris {first_row}.",
        "en": "Duplicate code: already used in row {first_row}.",
    },
    "upload.error.unknown_program": {
        "id": "Kode program tidak dikenal (tidak ada di katalog maupun di lembar programs).",
        "en": "Unknown programme code (neither in the catalogue nor in the programs sheet).",
    },
    "upload.error.unknown_parent": {
        "id": "Kode wilayah induk tidak dikenal (tidak ada di katalog maupun di lembar regions).",
        "en": "Unknown parent region code (neither in the catalogue nor in the regions sheet).",
    },
    "upload.error.bad_region_code": {
        "id": "Kode wilayah tidak sesuai pola Kemendagri untuk tingkatnya (provinsi 32, "
        "kabupaten/kota 34.04, kecamatan 34.04.01, desa/kelurahan 34.04.01.2001).",
        "en": "The region code does not follow the Kemendagri pattern for its level (province "
        "32, regency/city 34.04, district 34.04.01, village 34.04.01.2001).",
    },
    "upload.error.bad_date": {
        "id": "Tanggal tidak terbaca. Tulis seperti 2025-01-31 atau 31/01/2025.",
        "en": "The date cannot be read. Write it like 2025-01-31 or 31/01/2025.",
    },
    "upload.error.end_before_start": {
        "id": "Tanggal selesai lebih awal dari tanggal mulai.",
        "en": "The end date is before the start date.",
    },
    "upload.error.bad_year": {
        "id": "Bukan tahun yang benar (tulis empat angka, mis. 2020).",
        "en": "Not a valid year (write four digits, e.g. 2020).",
    },
    # warnings: shown, do not block
    "upload.warning.over_planned": {
        "id": "Realisasi lebih dari 3 kali target. Periksa kembali angkanya.",
        "en": "Actual is more than 3 times planned. Please check the figure.",
    },
    "upload.warning.zero_target": {
        "id": "Target 0: capaian tidak dapat dihitung untuk {indicator} di wilayah {region} "
        "(ditampilkan sebagai 'tanpa target'). Kosongkan selnya bila targetnya belum ada.",
        "en": "No target (planned is 0): achievement cannot be computed for {indicator} in "
        "region {region} (shown as 'no target'). Leave the cell blank if there is no target yet.",
    },
    "upload.warning.future_period": {
        "id": "Periode ini belum dimulai (hari ini {today}).",
        "en": "This period has not started yet (today is {today}).",
    },
    "upload.warning.percent_over_100": {
        "id": "Persentase lebih dari 100. Periksa kembali angkanya.",
        "en": "Percentage above 100. Please check the figure.",
    },
    "upload.warning.percent_fraction": {
        "id": "Semua nilai indikator {indicator} di berkas ini antara 0 dan 1. Sel berformat % "
        "di Excel menyimpan 85% sebagai 0,85; tulis 85 bila maksudnya 85%.",
        "en": "Every value of indicator {indicator} in this file lies between 0 and 1. A cell "
        "formatted as % in Excel stores 85% as 0.85; write 85 if you mean 85%.",
    },
    "upload.warning.other_data_sheet": {
        "id": "Lembar ini juga berisi tabel data tetapi tidak dibaca: hanya satu lembar data per "
        "berkas (yang dibaca: {used}).",
        "en": "This sheet also holds a data table but was not read: one data sheet per file "
        "(the one read: {used}).",
    },
    "upload.warning.more": {
        "id": "… dan {count} peringatan lain (tidak ditampilkan).",
        "en": {
            "one": "… and {count} more warning (not shown).",
            "other": "… and {count} more warnings (not shown).",
        },
    },
    # notices: how the file was read
    "upload.notice.data_sheet": {
        "id": "Data dibaca dari lembar ini; judul kolom di baris {row}.",
        "en": "Data read from this sheet; column headers in row {row}.",
    },
    "upload.notice.extra_columns": {
        "id": "Kolom yang tidak dipakai (diabaikan): {columns}.",
        "en": "Columns not used (ignored): {columns}.",
    },
    "upload.notice.total_rows": {
        "id": "{count} baris jumlah/total dilewati: baris {rows}.",
        "en": {
            "one": "{count} total row skipped: row {rows}.",
            "other": "{count} total rows skipped: rows {rows}.",
        },
    },
    "upload.notice.empty_value_rows": {
        "id": "{count} baris tanpa target, realisasi maupun catatan dilewati: baris {rows}.",
        "en": {
            "one": "{count} row without planned, actual or note skipped: row {rows}.",
            "other": "{count} rows without planned, actual or note skipped: rows {rows}.",
        },
    },
    "upload.notice.footer_rows": {
        "id": "{count} baris di bawah tabel (tanda tangan, tanggal, catatan, sumber) dilewati: "
        "baris {rows}.",
        "en": {
            "one": "{count} row below the table (signature, date, note, source) skipped: row "
            "{rows}.",
            "other": "{count} rows below the table (signature, date, note, source) skipped: "
            "rows {rows}.",
        },
    },
    "upload.notice.hidden_sheet": {
        "id": "Lembar tersembunyi, tidak dibaca.",
        "en": "Hidden sheet, not read.",
    },
    "upload.notice.catalog_sheet": {
        "id": "Lembar katalog: {count} entri dibaca.",
        "en": {
            "one": "Catalogue sheet: {count} entry read.",
            "other": "Catalogue sheet: {count} entries read.",
        },
    },
    "upload.notice.content_type": {
        "id": "Isi berkas ternyata {kind} (tidak sesuai nama berkasnya) dan dibaca sebagai {kind}.",
        "en": "The file's content is {kind} (its name says otherwise) and was read as {kind}.",
    },
    "upload.notice.csv": {
        "id": "Dibaca sebagai CSV: pemisah kolom '{separator}', pengodean {encoding}.",
        "en": "Read as CSV: column separator '{separator}', encoding {encoding}.",
    },
}
