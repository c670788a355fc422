"""The translation table: every user-facing text, in Bahasa Indonesia and English."""

from pantau.i18n.texts_budget import BUDGET_TEXTS
from pantau.i18n.texts_export import EXPORT_TEXTS
from pantau.i18n.texts_program import PROGRAM_TEXTS
from pantau.i18n.texts_quality import QUALITY_TEXTS
from pantau.i18n.texts_regions import REGIONS_TEXTS
from pantau.i18n.texts_upload import UPLOAD_TEXTS

TEXTS: dict[str, dict[str, str]] = {
    # app and navigation
    "app.title": {"id": "Pantau", "en": "Pantau"},
    "settings.invalid": {
        "id": 'Pengaturan {name} bernilai "{value}", padahal harus berupa angka nol atau lebih '
        "(misalnya 90). Perbaiki nilainya di lingkungan server, lalu mulai ulang Pantau.",
        "en": 'The setting {name} is "{value}", but it must be a number of zero or more '
        "(for example 90). Correct it in the server's environment and restart Pantau.",
    },
    "app.tagline": {
        "id": "Rencana dan realisasi program kesejahteraan masyarakat",
        "en": "Planned and actual results of community-welfare programmes",
    },
    "app.language": {"id": "Bahasa", "en": "Language"},
    "language.id": {"id": "Bahasa Indonesia", "en": "Bahasa Indonesia"},
    "language.en": {"id": "English", "en": "English"},
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
    "period.quarter_short": {"id": "Tw {roman} {year}", "en": "Q{n} {year}"},
    "period.half_short": {"id": "Sem {roman} {year}", "en": "H{n} {year}"},
    "grain.month": {"id": "Bulanan", "en": "Monthly"},
    "grain.quarter": {"id": "Triwulanan", "en": "Quarterly"},
    "grain.half": {"id": "Semesteran", "en": "Half-yearly"},
    "grain.year": {"id": "Tahunan", "en": "Yearly"},
    # overview
    "overview.title": {"id": "Ringkasan capaian", "en": "Achievement overview"},
    "overview.programs": {"id": "Program", "en": "Programmes"},
    "overview.indicators": {"id": "Indikator", "en": "Indicators"},
    "overview.share_on_track": {"id": "Bagian sesuai target", "en": "Share on track"},
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
    "col.planned_to_date": {
        "id": "Rencana s.d. periode (wilayah melapor)",
        "en": "Planned to date (regions reporting)",
    },
    "col.actual_to_date": {"id": "Realisasi s.d. periode", "en": "Actual to date"},
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
    "reported.provinces": {
        "id": "{n} dari {total} provinsi melapor",
        "en": "{n} of {total} provinces reported",
    },
    "reported.regions": {
        "id": "{n} dari {total} wilayah melapor",
        "en": "{n} of {total} regions reported",
    },
    "pair.to_date_flow": {
        "id": "{period} (kumulatif sejak Januari): realisasi {actual} dari rencana {planned} "
        "wilayah yang melapor ({reported}).",
        "en": "{period} (cumulative since January): {actual} realised against a plan of "
        "{planned} for the regions that reported ({reported}).",
    },
    "pair.to_date_stock": {
        "id": "{period}: realisasi {actual} dari rencana {planned} wilayah yang melapor "
        "({reported}).",
        "en": "{period}: {actual} actual against a plan of {planned} for the regions that "
        "reported ({reported}).",
    },
    "pair.year_plan": {
        "id": "Rencana {year} semua wilayah: {planned_year}.",
        "en": "Plan for {year}, every region: {planned_year}.",
    },
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
    "chart.planned_reported": {
        "id": "Rencana wilayah yang melapor",
        "en": "Planned, regions reporting",
    },
    "chart.planned_all": {"id": "Rencana semua wilayah", "en": "Planned, every region"},
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
    "download.png": {"id": "PNG", "en": "PNG"},
    "download.svg": {"id": "SVG", "en": "SVG"},
    "download.chart_help": {
        "id": "Gambar grafik ukuran slide (1600 x 900) untuk presentasi.",
        "en": "The chart as a slide-sized picture (1600 x 900) for a presentation.",
    },
    "download.no_browser": {
        "id": "Gambar, PNG dan PowerPoint memerlukan Chromium di server; belum terpasang.",
        "en": "Pictures, PNG and PowerPoint need Chromium on the server; it is not installed.",
    },
    "download.take_away": {"id": "Bahan rapat", "en": "For the meeting"},
    "download.deck": {"id": "Presentasi (PowerPoint)", "en": "Slides (PowerPoint)"},
    "download.summary": {"id": "Ringkasan 1 halaman (cetak)", "en": "One-page summary (print)"},
    "download.html": {
        "id": "Grafik interaktif (HTML, luring)",
        "en": "Interactive charts (HTML, offline)",
    },
    # empty states and errors
    "empty.title": {"id": "Belum ada data", "en": "No data yet"},
    "empty.body": {
        "id": "Basis data belum berisi hasil pemantauan. Unggah lembar pemantauan dari "
        "kabupaten/kota di halaman Unggah Data.",
        "en": "The database holds no monitoring results yet. Upload the monitoring "
        "spreadsheets the districts send on the Upload data page.",
    },
    "error.db_not_duckdb": {
        "id": "Berkas {name} bukan basis data Pantau (bukan berkas DuckDB). Berkas itu tidak "
        "diubah. Atur PANTAU_DB ke berkas lain, atau pindahkan berkas itu.",
        "en": "The file {name} is not a Pantau database (not a DuckDB file). It was left "
        "untouched. Set PANTAU_DB to another file, or move that file away.",
    },
    "error.db_locked": {
        "id": "Basis data {name} sedang dipakai program lain (terkunci). Tutup program itu, "
        "lalu muat ulang halaman ini.",
        "en": "The database {name} is in use by another program (locked). Close that program, "
        "then reload this page.",
    },
    "error.db_unreadable": {
        "id": "Berkas basis data {name} tidak dapat dibaca: {reason}.",
        "en": "The database file {name} cannot be read: {reason}.",
    },
    "error.db_unopenable": {
        "id": "Basis data {name} tidak dapat dibuka: {reason}",
        "en": "The database {name} cannot be opened: {reason}",
    },
    "error.query_failed": {
        "id": "Pertanyaan {name} ke basis data gagal: {reason}",
        "en": "The database query {name} failed: {reason}",
    },
    "error.save_failed": {
        "id": "Berkas {file} tidak tersimpan: basis data gagal pada langkah {step} ({reason}). "
        "Tidak ada yang disimpan; data tetap seperti sebelum unggahan. Coba simpan lagi; bila "
        "terulang, kirim pesan ini kepada pengelola Pantau.",
        "en": "The file {file} was not saved: the database failed at step {step} ({reason}). "
        "Nothing was saved; the data are as they were before the upload. Try saving again; if "
        "it happens again, send this message to whoever runs Pantau.",
    },
    "error.rollback_failed": {
        "id": "Unggahan #{upload_id} tidak dibatalkan: basis data gagal pada langkah {step} "
        "({reason}). Tidak ada yang diubah; data tetap seperti sebelumnya. Coba lagi; bila "
        "terulang, kirim pesan ini kepada pengelola Pantau.",
        "en": "Upload #{upload_id} was not rolled back: the database failed at step {step} "
        "({reason}). Nothing was changed; the data are as they were. Try again; if it happens "
        "again, send this message to whoever runs Pantau.",
    },
    "error.preview_failed": {
        "id": "Pratinjau tidak dapat dihitung: basis data gagal pada langkah {step} ({reason}). "
        "Tidak ada yang disimpan.",
        "en": "The preview cannot be computed: the database failed at step {step} ({reason}). "
        "Nothing was saved.",
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
    # upload template
    "template.not_in_list": {
        "id": "Pilih kode dari daftar (lembar kode_indikator / kode_wilayah).",
        "en": "Choose a code from the list (sheets kode_indikator / kode_wilayah).",
    },
    "template.help.1": {
        "id": "Isi lembar 'data': satu baris untuk setiap indikator, wilayah dan periode.",
        "en": "Fill in the 'data' sheet: one row per indicator, region and period.",
    },
    "template.help.2": {
        "id": "kode_indikator dan kode_wilayah: pilih dari daftar, atau tulis nama persisnya.",
        "en": "kode_indikator and kode_wilayah: pick from the list, or write the exact name.",
    },
    "template.help.3": {
        "id": "periode: 2026-09, Sep 2026, September 2026, Triwulan III 2026, 2026-Q3, "
        "Semester I 2026, atau 2026 — sesuai frekuensi indikator.",
        "en": "periode (period): 2026-09, Sep 2026, September 2026, Triwulan III 2026, 2026-Q3, "
        "Semester I 2026, or 2026 — matching the indicator's frequency.",
    },
    "template.help.4": {
        "id": "rencana (target) dan realisasi: angka seperti 1.234.567, 12,5, Rp 1.500.000 atau "
        "85%. Sel kosong berarti belum ada data (bukan nol).",
        "en": "rencana (planned) and realisasi (actual): numbers such as 1.234.567, 12,5, "
        "Rp 1.500.000 or 85%. A blank cell means no data yet (not zero).",
    },
    "template.help.5": {
        "id": "mitra dan catatan boleh dikosongkan. Kolom lain diabaikan.",
        "en": "mitra (partner) and catatan (note) may be left blank. Other columns are ignored.",
    },
    "template.help.6": {
        "id": "Jika satu baris saja salah, tidak ada yang disimpan: Pantau menunjukkan lembar, "
        "baris, kolom dan alasannya agar berkas dapat diperbaiki.",
        "en": "If any row is wrong nothing is saved: Pantau names the sheet, row, column and "
        "reason so the file can be fixed.",
    },
    "template.help.7": {
        "id": "Contoh satu baris: PKH.KPM | 32 | Triwulan III 2026 | 1.234.567 | 1.198.000 | "
        "Dinas Sosial | (kosong).",
        "en": "An example row: PKH.KPM | 32 | Triwulan III 2026 | 1.234.567 | 1.198.000 | "
        "Dinas Sosial | (blank).",
    },
    # upload page
    "page.upload": {"id": "Unggah Data", "en": "Upload data"},
    "page.regions": {"id": "Wilayah", "en": "Regions"},
    "page.present": {"id": "Presentasi", "en": "Presentation"},
    "present.start": {"id": "Mode presentasi", "en": "Presentation mode"},
    "present.previous": {"id": "Sebelumnya", "en": "Previous"},
    "present.next": {"id": "Berikutnya", "en": "Next"},
    "present.exit": {"id": "Keluar", "en": "Exit"},
    "present.position": {"id": "Layar {n} dari {total}", "en": "Screen {n} of {total}"},
    "present.keys_hint": {
        "id": "Pindah layar dengan tombol panah, PageUp/PageDown atau Spasi (juga dari klik "
        "presentasi).",
        "en": "Move between screens with the arrow keys, PageUp/PageDown or Space (a "
        "presentation clicker works too).",
    },
    "page.budget": {"id": "Anggaran", "en": "Budget"},
    "page.program": {"id": "Program", "en": "Programme"},
    "page.quality": {"id": "Kualitas Data", "en": "Data quality"},
    "upload.title": {"id": "Unggah data pemantauan", "en": "Upload monitoring data"},
    "upload.intro": {
        "id": "Unggah lembar pemantauan dari kabupaten/kota atau mitra (.xlsx, .xls, .csv). "
        "Pantau memeriksa setiap baris lebih dulu: jika ada satu kesalahan saja, tidak ada yang "
        "disimpan. Sebelum disimpan, Anda melihat apa yang baru dan apa yang berubah.",
        "en": "Upload the monitoring spreadsheets from districts or partners (.xlsx, .xls, .csv). "
        "Pantau checks every row first: if any row is wrong, nothing is saved. Before saving you "
        "see what is new and what changes.",
    },
    "upload.template": {"id": "Unduh templat Excel", "en": "Download the Excel template"},
    "upload.who": {"id": "Nama pengunggah", "en": "Your name"},
    "upload.who_placeholder": {
        "id": "mis. Ani (Dinsos Jabar)",
        "en": "e.g. Ani (West Java office)",
    },
    "upload.who_needed": {
        "id": "Tulis nama Anda dulu: setiap unggahan dicatat dengan nama pengunggahnya.",
        "en": "Write your name first: every upload is recorded with who made it.",
    },
    "upload.file": {"id": "Berkas pemantauan", "en": "Monitoring file"},
    "upload.limit": {
        "id": "Berkas .xlsx, .xls atau .csv, paling besar {limit}.",
        "en": "An .xlsx, .xls or .csv file of at most {limit}.",
    },
    "upload.no_target": {
        "id": "{n} baris akan tersimpan tanpa target (kosong di berkas dan belum ada yang "
        "tersimpan): capaian tidak dapat dihitung untuk baris ini dan ditampilkan sebagai "
        "'tanpa target'. Unggahan tetap dapat disimpan.",
        "en": {
            "one": "{n} row will be saved without a target (blank in the file and none stored "
            "yet): no target, so its achievement cannot be computed and shows as 'no target'. "
            "The upload can still be saved.",
            "other": "{n} rows will be saved without a target (blank in the file and none "
            "stored yet): no target, so their achievement cannot be computed and shows as 'no "
            "target'. The upload can still be saved.",
        },
    },
    "upload.rejected": {
        "id": "Berkas {file} tidak disimpan: ada {n} kesalahan. Perbaiki berkasnya lalu unggah "
        "lagi; daftar kesalahan dapat diunduh.",
        "en": {
            "one": "The file {file} was not saved: it has {n} error. Fix the file and upload it "
            "again; the list of errors can be downloaded.",
            "other": "The file {file} was not saved: it has {n} errors. Fix the file and upload "
            "it again; the list of errors can be downloaded.",
        },
    },
    "upload.warnings": {
        "id": "{n} peringatan: periksa nilainya, tetapi unggahan tetap dapat disimpan.",
        "en": {
            "one": "{n} warning: check this value; the upload can still be saved.",
            "other": "{n} warnings: check these values; the upload can still be saved.",
        },
    },
    "upload.preview": {"id": "Pratinjau", "en": "Preview"},
    "upload.count.new": {"id": "Baris baru", "en": "New rows"},
    "upload.count.changed": {"id": "Berubah", "en": "Changed"},
    "upload.count.unchanged": {"id": "Tidak berubah", "en": "Unchanged"},
    "upload.count.catalog": {"id": "Baris katalog", "en": "Catalogue rows"},
    "upload.same_file": {
        "id": "Berkas yang sama persis sudah diunggah sebagai #{upload_id} ({when}).",
        "en": "This exact file was already uploaded as #{upload_id} ({when}).",
    },
    "upload.nothing_changes": {
        "id": "Tidak ada yang berubah: semua nilai di berkas ini sudah tersimpan.",
        "en": "Nothing changes: every value in this file is already stored.",
    },
    "upload.stock_drops": {
        "id": "{n} nilai stok turun lebih dari separuh dibanding periode sebelumnya.",
        "en": {
            "one": "{n} stock value falls by more than half from the period before.",
            "other": "{n} stock values fall by more than half from the period before.",
        },
    },
    "upload.changed_rows": {
        "id": "Nilai yang berubah (lama → baru)",
        "en": "Changed values (old → new)",
    },
    "upload.confirm": {
        "id": "Simpan {n} baris",
        "en": {"one": "Save {n} row", "other": "Save {n} rows"},
    },
    "upload.committed": {
        "id": "Tersimpan sebagai unggahan #{upload_id}. Ringkasan dan grafik sudah diperbarui.",
        "en": "Saved as upload #{upload_id}. The overview and charts are up to date.",
    },
    "upload.history": {"id": "Riwayat unggahan", "en": "Upload history"},
    "upload.no_history": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
    "upload.rollback_choose": {"id": "Unggahan yang dibatalkan", "en": "Upload to roll back"},
    "upload.rollback_sure": {
        "id": "Ya, kembalikan semua nilai seperti sebelum unggahan ini.",
        "en": "Yes, restore every value as it was before this upload.",
    },
    "upload.rollback_tick": {
        "id": "Centang kotak konfirmasi dulu.",
        "en": "Tick the confirmation box first.",
    },
    "upload.rollback": {"id": "Batalkan unggahan", "en": "Roll back upload"},
    "upload.rolled_back": {
        "id": "Unggahan #{upload_id} dibatalkan (dicatat sebagai #{rollback_id}); nilai sebelumnya "
        "dipulihkan.",
        "en": "Upload #{upload_id} was rolled back (recorded as #{rollback_id}); the earlier "
        "values are restored.",
    },
    "upload.col.line": {"id": "Baris", "en": "Row"},
    "upload.col.previous": {"id": "Periode sebelumnya", "en": "Previous period"},
    "upload.col.file": {"id": "Berkas", "en": "File"},
    "upload.col.who": {"id": "Oleh", "en": "By"},
    "upload.col.when": {"id": "Waktu", "en": "When"},
    "upload.status.upload_committed": {"id": "Tersimpan", "en": "Saved"},
    "upload.status.upload_rolled_back": {"id": "Dibatalkan", "en": "Rolled back"},
    "upload.status.rollback_committed": {"id": "Pembatalan", "en": "Roll back"},
}

TEXTS |= {
    "unit.keluarga": {"id": "keluarga", "en": "households"},
    "unit.rupiah": {"id": "rupiah", "en": "rupiah"},
    "unit.persen": {"id": "persen (%)", "en": "percent (%)"},
    "unit.orang": {"id": "orang", "en": "people"},
    "unit.unit": {"id": "unit", "en": "units"},
    "unit.indeks": {"id": "indeks", "en": "index"},
    "scale.axis": {"id": "{scale} {unit}", "en": "{unit}, {scale}"},
    "scale.trillion": {"id": "triliun", "en": "trillions"},
    "scale.billion": {"id": "miliar", "en": "billions"},
    "scale.million": {"id": "juta", "en": "millions"},
    "scale.thousand": {"id": "ribu", "en": "thousands"},
    "scope.line": {
        "id": "{program} · {region} · data sampai: {as_of}",
        "en": "{program} · {region} · data up to: {as_of}",
    },
    "projection.sentence_stock": {
        "id": "Menurut tren {n} periode terakhir, realisasi diperkirakan {value} pada {period}, "
        "yaitu {achievement} dari target semua wilayah ({planned}): {verdict}.",
        "en": "On the trend of the last {n} periods, the actual is projected at {value} by "
        "{period}, {achievement} of the target for every region ({planned}): {verdict}.",
    },
    "projection.sentence_flow": {
        "id": "Jika laju {n} periode terakhir berlanjut, realisasi kumulatif tahun ini "
        "diperkirakan {value} pada {period}, yaitu {achievement} dari rencana setahun semua "
        "wilayah ({planned}): {verdict}.",
        "en": "If the pace of the last {n} periods continues, this year's cumulative actual is "
        "projected at {value} by {period}, {achievement} of the year's plan for every region "
        "({planned}): {verdict}.",
    },
    "projection.verdict.on_track": {
        "id": "target kemungkinan tercapai",
        "en": "the target is likely to be met",
    },
    "projection.verdict.at_risk": {
        "id": "target berisiko tidak tercapai",
        "en": "the target is at risk",
    },
    "projection.verdict.off_track": {
        "id": "target kemungkinan tidak tercapai",
        "en": "the target is unlikely to be met",
    },
    "projection.verdict.no_data": {
        "id": "tidak dapat dinilai (tanpa target)",
        "en": "cannot be judged (no target)",
    },
    "projection.title": {"id": "Proyeksi", "en": "Projection"},
    "projection.not_reported": {
        "id": "Wilayah yang belum melapor ({reported}) dihitung dengan laju wilayah yang "
        "melapor pada periode yang sama, bukan sebagai nol.",
        "en": "Regions that have not reported ({reported}) are counted at the pace of the "
        "regions that did in the same period, not as zero.",
    },
    "projection.none": {
        "id": "Tidak ada periode tersisa untuk diproyeksikan sampai akhir program.",
        "en": "No periods are left to project before the programme ends.",
    },
    "projection.method_stock": {
        "id": "Metode: garis lurus (regresi linear) melalui {n} realisasi terakhir, diteruskan "
        "sampai akhir program. Garis putus-putus biru = proyeksi.",
        "en": "Method: a straight line (linear regression) through the last {n} actuals, extended "
        "to the programme's end. Dotted blue line = projection.",
    },
    "projection.method_flow": {
        "id": "Metode: setiap periode mendatang = rencananya x laju realisasi {n} periode terakhir "
        "(realisasi / rencana), sehingga pola musiman rencana tetap terbawa. Garis putus-putus "
        "biru = proyeksi.",
        "en": "Method: each coming period = its plan x the pace of the last {n} periods "
        "(actual / planned), so the plan's seasonal pattern carries over. Dotted blue line = "
        "projection.",
    },
    "chart.projected": {"id": "Proyeksi", "en": "Projected"},
    "explorer.compare_placeholder": {"id": "Pilih wilayah…", "en": "Choose regions…"},
}

# each page's own texts live beside it, in their own table
TEXTS |= UPLOAD_TEXTS | REGIONS_TEXTS | BUDGET_TEXTS | PROGRAM_TEXTS | QUALITY_TEXTS
TEXTS |= EXPORT_TEXTS
