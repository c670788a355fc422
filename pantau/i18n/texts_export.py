"""Texts of the exports: pictures, the stakeholder deck and the HTML reports (both languages)."""

EXPORT_TEXTS: dict[str, dict[str, str]] = {
    # pictures
    "export.no_browser": {
        "id": "Gambar grafik tidak dapat dibuat: peramban Chrome/Chromium tidak ditemukan "
        "({path}). Pasang Chromium (mis. apt-get install chromium) atau atur BROWSER_PATH ke "
        "berkas peramban, lalu coba lagi. Unduhan CSV dan Excel tetap tersedia.",
        "en": "Chart pictures cannot be made: no Chrome/Chromium browser was found ({path}). "
        "Install Chromium (e.g. apt-get install chromium) or set BROWSER_PATH to the browser "
        "file, then try again. CSV and Excel downloads still work.",
    },
    "export.browser_failed": {
        "id": "Gambar grafik tidak dapat dibuat: peramban {path} tidak merespons ({reason}). "
        "Coba lagi sebentar lagi.",
        "en": "Chart pictures cannot be made: the browser {path} did not respond ({reason}). "
        "Try again in a moment.",
    },
    # the achievement sentence
    "export.sentence": {
        "id": "Realisasi {indicator} {where} mencapai {achievement} dari target per {period}"
        "{change}.",
        "en": "{indicator} {where} reached {achievement} of the target as of {period}{change}.",
    },
    "export.sentence_no_achievement": {
        "id": "{indicator} {where}: belum ada capaian per {period} (tanpa target atau belum ada "
        "laporan).",
        "en": "{indicator} {where}: no achievement as of {period} (no target or no reports yet).",
    },
    "export.where_region": {"id": "di {region}", "en": "in {region}"},
    "export.where_national": {"id": "secara nasional", "en": "nationally"},
    "export.change_up": {
        "id": ", naik {points} poin dari {previous}",
        "en": ", up {points} points from {previous}",
    },
    "export.change_down": {
        "id": ", turun {points} poin dari {previous}",
        "en": ", down {points} points from {previous}",
    },
    "export.change_same": {
        "id": ", sama dengan {previous}",
        "en": ", unchanged from {previous}",
    },
    "export.previous.month": {"id": "bulan sebelumnya", "en": "the previous month"},
    "export.previous.quarter": {"id": "triwulan sebelumnya", "en": "the previous quarter"},
    "export.previous.half": {"id": "semester sebelumnya", "en": "the previous half-year"},
    "export.previous.year": {"id": "tahun sebelumnya", "en": "the previous year"},
    # short period names on chart axes
    "export.tick.quarter": {"id": "Tw {roman}", "en": "Q{n}"},
    "export.tick.half": {"id": "Sem {roman}", "en": "H{n}"},
    # shared by the deck and the HTML reports
    "export.data_up_to": {"id": "Data sampai {period}", "en": "Data up to {period}"},
    "export.generated": {"id": "Dibuat {date}", "en": "Generated {date}"},
    "export.sample_badge": {
        "id": "DATA CONTOH — bukan data resmi",
        "en": "SAMPLE DATA — not official figures",
    },
    "export.achievement_to": {"id": "Capaian s.d. {period}", "en": "Achievement to {period}"},
    "export.reported": {
        "id": "{n} dari {total} wilayah melapor",
        "en": "{n} of {total} regions reported",
    },
    "export.hollow_note": {
        "id": "Titik kosong: laporan periode itu belum lengkap.",
        "en": "Hollow points: that period's reports are incomplete.",
    },
    # the deck
    "deck.summary_title": {"id": "Ringkasan capaian", "en": "Achievement summary"},
    "deck.by_status": {"id": "Indikator menurut status", "en": "Indicators by status"},
    "deck.quality_title": {"id": "Kelengkapan laporan", "en": "Reporting completeness"},
    "deck.completeness": {
        "id": "Wilayah yang melapor, dua periode terakhir",
        "en": "Regions reporting, last two periods",
    },
    "deck.col_reported": {"id": "Melapor", "en": "Reported"},
    "deck.missing": {
        "id": "Laporan terbaru yang belum masuk",
        "en": "Latest reports not received",
    },
    "deck.missing_count": {
        "id": "{shown} terbaru dari {total} laporan yang belum masuk.",
        "en": "The {shown} latest of {total} reports not received.",
    },
    "deck.missing_all": {
        "id": "Laporan jatuh tempo yang belum masuk: {total}.",
        "en": "Reports due and not received: {total}.",
    },
    "deck.no_missing": {
        "id": "Semua laporan yang jatuh tempo sudah masuk.",
        "en": "Every report due has been received.",
    },
    "deck.sources_title": {"id": "Sumber data dan definisi", "en": "Data sources and definitions"},
    "deck.source": {
        "id": "Sumber: lembar pemantauan dari dinas kabupaten/kota dan mitra, diunggah ke Pantau.",
        "en": "Source: monitoring spreadsheets from district offices and partners, uploaded to "
        "Pantau.",
    },
    "deck.sample": {
        "id": "DATA CONTOH: semua angka dibuat otomatis pada {built_on} untuk mencoba Pantau. "
        "Bukan data resmi.",
        "en": "SAMPLE DATA: every number was generated on {built_on} to try Pantau. These are "
        "not official figures.",
    },
    "deck.definition_achievement": {
        "id": "Capaian = realisasi ÷ rencana × 100 (indikator yang makin rendah makin baik: "
        "(2 × rencana − realisasi) ÷ rencana × 100). Arus (mis. dana) dijumlah sejak Januari; "
        "stok (mis. jumlah KPM) memakai periode terakhir.",
        "en": "Achievement = actual ÷ planned × 100 (where lower is better: (2 × planned − "
        "actual) ÷ planned × 100). Flows (e.g. funds) are summed from January; stocks (e.g. "
        "households enrolled) use the latest period.",
    },
    "deck.definition_missing": {
        "id": "Wilayah yang belum melapor tidak dihitung, baik di rencana maupun realisasi "
        "(bukan dianggap nol).",
        "en": "Regions that have not reported are left out of both planned and actual (never "
        "counted as zero).",
    },
    "deck.generated_with": {
        "id": "Dibuat dengan Pantau pada {date}.",
        "en": "Made with Pantau on {date}.",
    },
    # the HTML reports
    "export.html_charts": {"id": "Grafik per indikator", "en": "Charts by indicator"},
    "export.html_table": {"id": "Capaian per indikator", "en": "Achievement by indicator"},
    "export.print_hint": {
        "id": "Untuk PDF: tekan Ctrl+P (Cmd+P), pilih \u201cSimpan sebagai PDF\u201d, orientasi "
        "lanskap.",
        "en": "For a PDF: press Ctrl+P (Cmd+P), choose \u201cSave as PDF\u201d, landscape.",
    },
    "export.chart_legend": {
        "id": "Grafik: garis putus-putus = rencana, garis biru = realisasi (kumulatif tahun "
        "berjalan untuk arus).",
        "en": "Charts: dashed line = planned, blue line = actual (year-to-date cumulative for "
        "flows).",
    },
    "export.col_planned_to_date": {"id": "Rencana s.d. periode", "en": "Planned to date"},
    "export.col_actual_to_date": {"id": "Realisasi s.d. periode", "en": "Actual to date"},
    "export.col_chart": {"id": "Rencana dan realisasi", "en": "Planned and actual"},
    # CSV and XLSX downloads: the scope in the file name and above the table
    "export.file_national": {"id": "nasional", "en": "national"},
    "export.file_latest": {"id": "terbaru", "en": "latest"},
    "export.file_program": {"id": "Program: {program}", "en": "Programme: {program}"},
    "export.file_region": {"id": "Wilayah: {region}", "en": "Region: {region}"},
    "export.file_as_of": {"id": "Data sampai: {as_of}", "en": "Data up to: {as_of}"},
    "export.file_latest_period": {"id": "terbaru ({period})", "en": "latest ({period})"},
    "export.file_made": {"id": "Dibuat dengan Pantau: {when}", "en": "Made with Pantau: {when}"},
}
