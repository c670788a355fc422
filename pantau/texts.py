"""The translation table: every user-facing text, in Bahasa Indonesia and English."""

TEXTS: dict[str, dict[str, str]] = {
    # app and navigation
    "app.title": {"id": "Pantau", "en": "Pantau"},
    "app.tagline": {
        "id": "Rencana dan realisasi program kesejahteraan masyarakat",
        "en": "Planned and actual results of community-welfare programmes",
    },
    "page.overview": {"id": "Ringkasan", "en": "Overview"},
    "page.indicator": {"id": "Indikator", "en": "Indicators"},
    "sample.banner": {
        "id": "Data contoh (sampel) — bukan data resmi. Dibuat {built_on} untuk mencoba Pantau.",
        "en": "Sample data — not official figures. Generated {built_on} to try Pantau.",
    },
    # filters
    "filter.heading": {"id": "Saring", "en": "Filter"},
    "filter.program": {"id": "Program", "en": "Programme"},
    "filter.all_programs": {"id": "Semua program", "en": "All programmes"},
    "filter.region": {"id": "Wilayah", "en": "Region"},
    "filter.national": {
        "id": "Nasional (semua provinsi)",
        "en": "National (all provinces)",
    },
    "filter.as_of": {"id": "Data sampai", "en": "Data up to"},
    "filter.latest": {"id": "Terbaru", "en": "Latest"},
    "filter.as_of_help": {
        "id": "Hanya periode yang sudah berakhir pada bulan ini yang dihitung.",
        "en": "Only periods that have ended by this month are counted.",
    },
    # statuses
    "status.on_track": {"id": "Sesuai target", "en": "On track"},
    "status.at_risk": {"id": "Berisiko", "en": "At risk"},
    "status.off_track": {"id": "Di bawah target", "en": "Off track"},
    "status.no_data": {"id": "Tidak ada data", "en": "No data"},
    "status.no_target": {"id": "Tanpa target", "en": "No target"},
    "status.legend": {
        "id": "Sesuai target: capaian ≥ {on_track} %; berisiko: {at_risk}–{on_track} %; "
        "di bawah target: < {at_risk} %.",
        "en": "On track: achievement ≥ {on_track}%; at risk: {at_risk}–{on_track}%; "
        "off track: < {at_risk}%.",
    },
    # periods
    "period.quarter": {"id": "Triwulan {roman} {year}", "en": "Q{n} {year}"},
    "period.half": {"id": "Semester {roman} {year}", "en": "H{n} {year}"},
    "grain.month": {"id": "Bulanan", "en": "Monthly"},
    "grain.quarter": {"id": "Triwulanan", "en": "Quarterly"},
    "grain.half": {"id": "Semesteran", "en": "Half-yearly"},
    "grain.year": {"id": "Tahunan", "en": "Yearly"},
    # overview
    "overview.title": {"id": "Ringkasan capaian", "en": "Achievement overview"},
    "overview.programs": {"id": "Program", "en": "Programmes"},
    "overview.indicators": {"id": "Indikator", "en": "Indicators"},
    "overview.share_on_track": {"id": "Sesuai target", "en": "On track"},
    "overview.share_on_track_help": {
        "id": "{n} dari {total} indikator dengan data",
        "en": "{n} of {total} indicators with data",
    },
    "overview.latest_period": {"id": "Data terakhir", "en": "Latest data"},
    "overview.by_status": {
        "id": "Jumlah indikator menurut status",
        "en": "Indicators by status",
    },
    "overview.table": {"id": "Semua indikator", "en": "All indicators"},
    "overview.table_caption": {
        "id": "Capaian s.d. periode: arus (mis. dana) dijumlah sejak Januari; stok (mis. jumlah "
        "KPM) memakai periode terakhir yang punya rencana dan realisasi.",
        "en": "Achievement to date: flows (e.g. funds) are summed from January; stocks (e.g. "
        "households enrolled) use the latest period with both planned and actual.",
    },
    "col.program": {"id": "Program", "en": "Programme"},
    "col.indicator": {"id": "Indikator", "en": "Indicator"},
    "col.unit": {"id": "Satuan", "en": "Unit"},
    "col.period": {"id": "Periode", "en": "Period"},
    "col.latest_period": {"id": "Periode terakhir", "en": "Latest period"},
    "col.planned": {"id": "Rencana", "en": "Planned"},
    "col.actual": {"id": "Realisasi", "en": "Actual"},
    "col.latest_planned": {"id": "Rencana terakhir", "en": "Latest planned"},
    "col.latest_actual": {"id": "Realisasi terakhir", "en": "Latest actual"},
    "col.achievement": {"id": "Capaian s.d. periode", "en": "Achievement to date"},
    "col.achievement_period": {"id": "Capaian", "en": "Achievement"},
    "col.status": {"id": "Status", "en": "Status"},
    "col.reported": {"id": "Wilayah melapor", "en": "Regions reporting"},
    "col.trend": {"id": "Tren capaian", "en": "Achievement trend"},
    "col.region": {"id": "Wilayah", "en": "Region"},
    "col.cum_planned": {"id": "Rencana kumulatif", "en": "Cumulative planned"},
    "col.cum_actual": {"id": "Realisasi kumulatif", "en": "Cumulative actual"},
    "col.cum_achievement": {"id": "Capaian kumulatif", "en": "Cumulative achievement"},
    "reported.of": {"id": "{n} dari {total}", "en": "{n} of {total}"},
    # indicator explorer
    "explorer.title": {"id": "Jelajah indikator", "en": "Indicator explorer"},
    "explorer.program": {"id": "Program", "en": "Programme"},
    "explorer.indicator": {"id": "Indikator", "en": "Indicator"},
    "explorer.grain": {"id": "Satuan waktu", "en": "Time grain"},
    "explorer.compare": {"id": "Bandingkan wilayah", "en": "Compare regions"},
    "explorer.compare_help": {
        "id": "Pilih beberapa wilayah untuk melihatnya berdampingan. Kosongkan untuk memakai "
        "wilayah di saring samping.",
        "en": "Choose several regions to see them side by side. Leave empty to use the region "
        "in the sidebar filter.",
    },
    "explorer.view_per_period": {"id": "Per periode", "en": "Per period"},
    "explorer.view_cumulative": {
        "id": "Kumulatif tahun berjalan",
        "en": "Year to date",
    },
    "explorer.facts": {
        "id": "{level} · satuan: {unit} · {direction} · {temporal} · dilaporkan {frequency}",
        "en": "{level} · unit: {unit} · {direction} · {temporal} · reported {frequency}",
    },
    "explorer.no_series": {
        "id": "Belum ada data untuk indikator ini di wilayah yang dipilih.",
        "en": "There is no data yet for this indicator in the chosen region.",
    },
    "explorer.incomplete_note": {
        "id": "Titik kosong: periode yang laporannya belum lengkap.",
        "en": "Hollow points: periods whose reports are incomplete.",
    },
    "explorer.table": {"id": "Angka", "en": "The numbers"},
    "explorer.headline": {
        "id": "Capaian s.d. {period}: {achievement} ({status}) · {reported} wilayah melapor",
        "en": "Achievement to {period}: {achievement} ({status}) · {reported} regions reported",
    },
    "level.input": {"id": "Masukan (input)", "en": "Input"},
    "level.output": {"id": "Keluaran (output)", "en": "Output"},
    "level.outcome": {"id": "Hasil (outcome)", "en": "Outcome"},
    "level.impact": {"id": "Dampak (impact)", "en": "Impact"},
    "direction.up": {"id": "makin tinggi makin baik", "en": "higher is better"},
    "direction.down": {"id": "makin rendah makin baik", "en": "lower is better"},
    "temporal.flow": {
        "id": "arus (dijumlah per periode)",
        "en": "flow (summed over time)",
    },
    "temporal.stock": {"id": "stok (nilai terakhir)", "en": "stock (latest value)"},
    "frequency.month": {"id": "bulanan", "en": "monthly"},
    "frequency.quarter": {"id": "triwulanan", "en": "quarterly"},
    "frequency.half": {"id": "semesteran", "en": "half-yearly"},
    "frequency.year": {"id": "tahunan", "en": "yearly"},
    # charts
    "chart.planned_vs_actual": {
        "id": "Rencana dan realisasi",
        "en": "Planned and actual",
    },
    "chart.cumulative": {
        "id": "Rencana dan realisasi kumulatif tahun berjalan",
        "en": "Cumulative planned and actual, year to date",
    },
    "chart.achievement": {
        "id": "Capaian (%) per periode",
        "en": "Achievement (%) per period",
    },
    "chart.by_region": {"id": "Realisasi per wilayah", "en": "Actual by region"},
    "chart.achievement_by_region": {
        "id": "Capaian (%) per wilayah",
        "en": "Achievement (%) by region",
    },
    "chart.planned": {"id": "Rencana", "en": "Planned"},
    "chart.actual": {"id": "Realisasi", "en": "Actual"},
    "chart.achievement_axis": {"id": "Capaian (%)", "en": "Achievement (%)"},
    "chart.incomplete": {"id": "Laporan belum lengkap", "en": "Incomplete reports"},
    "chart.reported": {
        "id": "{n} dari {total} wilayah melapor",
        "en": "{n} of {total} regions reported",
    },
    # downloads
    "download.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "download.xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    # empty states and errors
    "empty.title": {"id": "Belum ada data", "en": "No data yet"},
    "empty.body": {
        "id": "Basis data {path} belum berisi hasil pemantauan. Unggah lembar pemantauan dari "
        "kabupaten/kota (format: lihat docs/upload-format.md), atau hapus berkas itu agar "
        "Pantau membuat data contoh saat dijalankan lagi.",
        "en": "The database {path} holds no monitoring results yet. Upload the monitoring "
        "spreadsheets the districts send (format: see docs/upload-format.md), or delete that "
        "file so Pantau builds sample data on its next start.",
    },
    "error.db_not_duckdb": {
        "id": "Berkas {path} bukan basis data Pantau (bukan berkas DuckDB). Berkas itu tidak "
        "diubah. Atur PANTAU_DB ke berkas lain, atau pindahkan berkas itu.",
        "en": "The file {path} is not a Pantau database (not a DuckDB file). It was left "
        "untouched. Set PANTAU_DB to another file, or move that file away.",
    },
    "error.db_locked": {
        "id": "Basis data {path} sedang dipakai program lain (terkunci). Tutup program itu, "
        "lalu muat ulang halaman ini.",
        "en": "The database {path} is in use by another program (locked). Close that program, "
        "then reload this page.",
    },
    "error.db_unreadable": {
        "id": "Berkas basis data {path} tidak dapat dibaca: {reason}.",
        "en": "The database file {path} cannot be read: {reason}.",
    },
    "error.db_unopenable": {
        "id": "Basis data {path} tidak dapat dibuka: {reason}",
        "en": "The database {path} cannot be opened: {reason}",
    },
    "error.query_failed": {
        "id": "Pertanyaan {name} ke basis data gagal: {reason}",
        "en": "The database query {name} failed: {reason}",
    },
    # roll back
    "rollback.not_an_upload": {
        "id": "#{upload_id} bukan unggahan yang dapat dibatalkan.",
        "en": "#{upload_id} is not an upload that can be rolled back.",
    },
    "rollback.already": {
        "id": "Unggahan #{upload_id} sudah dibatalkan sebelumnya.",
        "en": "Upload #{upload_id} has already been rolled back.",
    },
    "rollback.later_upload": {
        "id": "Unggahan #{upload_id} tidak dapat dibatalkan: unggahan #{later_id} ({later_file}) "
        "yang lebih baru mengubah {cells} sel yang sama. Batalkan dulu unggahan #{later_id}.",
        "en": "Upload #{upload_id} cannot be rolled back: the later upload #{later_id} "
        "({later_file}) changed {cells} of the same cells. Roll back #{later_id} first.",
    },
}
