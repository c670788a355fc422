"""Texts of the program page, merged into pantau.texts.TEXTS."""

PROGRAM_TEXTS: dict[str, dict[str, str]] = {
    "program.title": {"id": "Rantai hasil program", "en": "Programme results chain"},
    "program.choose": {"id": "Program", "en": "Programme"},
    "program.facts": {
        "id": "{owner} · {start}–{end} · {n} indikator",
        "en": {
            "one": "{owner} · {start}–{end} · {n} indicator",
            "other": "{owner} · {start}–{end} · {n} indicators",
        },
    },
    "program.summary": {
        "id": "● {on_track} sesuai target · ▲ {at_risk} berisiko · ■ {off_track} di bawah target "
        "· ○ {no_data} tanpa data",
        "en": "● {on_track} on track · ▲ {at_risk} at risk · ■ {off_track} off track · "
        "○ {no_data} no data",
    },
    "program.reading": {
        "id": "Dibaca dari kiri ke kanan: masukan (dana, anggaran) menghasilkan keluaran "
        "(penerima, layanan), yang diharapkan membawa hasil (perubahan kondisi penerima) dan "
        "akhirnya dampak (kesejahteraan masyarakat).",
        "en": "Read from left to right: inputs (funds, budget) produce outputs (beneficiaries, "
        "services), which are expected to bring outcomes (changes in beneficiaries' "
        "conditions) and finally impact (community welfare).",
    },
    "program.level_count": {"id": "Indikator: {n}", "en": "Indicators: {n}"},
    "program.level_empty": {
        "id": "Tidak ada indikator pada tingkat ini.",
        "en": "No indicators at this level.",
    },
    "program.baseline": {"id": "Baseline", "en": "Baseline"},
    "program.target_to_date": {"id": "Target s.d. periode", "en": "Target to date"},
    "program.actual_to_date": {"id": "Realisasi s.d. periode", "en": "Actual to date"},
    "program.latest_actual": {"id": "Realisasi terakhir", "en": "Latest actual"},
    "program.card_about": {
        "id": "{direction} · data terakhir: {period}",
        "en": "{direction} · latest data: {period}",
    },
    "program.achievement": {"id": "Capaian s.d. periode", "en": "Achievement to date"},
    "program.progress": {"id": "Kemajuan dari baseline", "en": "Progress from baseline"},
    "program.table": {"id": "Rantai hasil sebagai tabel", "en": "The results chain as a table"},
    "program.method": {
        "id": "Capaian s.d. periode: arus (mis. dana) dijumlah sejak Januari tahun data "
        "terakhir; stok (mis. jumlah KPM, angka persen) memakai periode terakhir yang punya "
        "target dan realisasi. Untuk indikator 'makin rendah makin baik': (2 × target − "
        "realisasi) / target × 100. Kemajuan dari baseline = (realisasi − baseline) / "
        "(target − baseline) × 100: seberapa jauh jarak dari baseline ke target sudah "
        "ditempuh. Baseline adalah angka nasional dari katalog indikator.",
        "en": "Achievement to date: flows (e.g. funds) are summed from January of the latest "
        "year with data; stocks (e.g. households enrolled, rates) use the latest period with "
        "both target and actual. For 'lower is better' indicators: (2 × target − actual) / "
        "target × 100. Progress from baseline = (actual − baseline) / (target − baseline) × "
        "100: how much of the distance from the baseline to the target has been covered. "
        "Baselines are the national figures of the indicator catalogue.",
    },
    "program.col.level": {"id": "Tingkat", "en": "Level"},
    "program.col.code": {"id": "Kode", "en": "Code"},
    "program.col.baseline": {"id": "Baseline", "en": "Baseline"},
    "program.col.baseline_year": {"id": "Tahun baseline", "en": "Baseline year"},
}
