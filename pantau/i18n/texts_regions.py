"""Texts of the regions page, merged into pantau.texts.TEXTS."""

REGIONS_TEXTS: dict[str, dict[str, str]] = {
    "regions.title": {"id": "Capaian per wilayah", "en": "Achievement by region"},
    "regions.indicator": {"id": "Indikator", "en": "Indicator"},
    "regions.period": {"id": "Periode", "en": "Period"},
    "regions.province": {"id": "Rinci per kabupaten/kota", "en": "Drill down to regencies"},
    "regions.all_provinces": {"id": "Semua provinsi", "en": "All provinces"},
    "regions.province_help": {
        "id": "Pilih provinsi untuk melihat kabupaten/kotanya. Hanya provinsi yang "
        "kabupaten/kotanya melaporkan indikator ini yang dapat dipilih.",
        "en": "Choose a province to see its regencies and cities. Only provinces whose "
        "regencies report this indicator can be chosen.",
    },
    "regions.no_periods": {
        "id": "Belum ada laporan indikator ini untuk wilayah yang dipilih sampai periode ini.",
        "en": "This indicator has no reports for the chosen regions up to this period yet.",
    },
    "regions.level.provinces": {"id": "provinsi", "en": "provinces"},
    "regions.level.regencies": {"id": "kabupaten/kota", "en": "regencies and cities"},
    "regions.reported.provinces": {"id": "Provinsi melapor", "en": "Provinces reported"},
    "regions.reported.regencies": {
        "id": "Kabupaten/kota melapor",
        "en": "Regencies and cities reported",
    },
    "regions.reported_help": {
        "id": "{n} dari {total} {level} mengirim realisasi untuk {period}. Wilayah yang belum "
        "melapor ditulis 'Tidak ada data', bukan 0.",
        "en": "{n} of {total} {level} sent an actual for {period}. Regions that have not "
        "reported are shown as 'No data', not as 0.",
    },
    "regions.ranking": {"id": "Peringkat capaian", "en": "Achievement ranking"},
    "regions.ranking_title": {
        "id": "{indicator} · capaian {level}, {period}",
        "en": "{indicator} · achievement by {level}, {period}",
    },
    "regions.ranking_caption": {
        "id": "Capaian periode ini: realisasi dibanding rencana pada periode yang sama. Garis "
        "titik: 100 %; garis putus-putus: batas status. {legend}",
        "en": "Achievement in this period: actual against planned for the same period. Dotted "
        "line: 100%; dashed lines: the status thresholds. {legend}",
    },
    "regions.ranking_table": {"id": "Angka peringkat", "en": "Ranking numbers"},
    "regions.col.position": {"id": "Peringkat", "en": "Rank"},
    "regions.heatmap": {"id": "Capaian dari waktu ke waktu", "en": "Achievement over time"},
    "regions.heatmap_title": {
        "id": "{indicator} · capaian per {level} dan periode",
        "en": "{indicator} · achievement by {level} and period",
    },
    "regions.heatmap_caption": {
        "id": "{n} periode terakhir sampai {period}; baris diurutkan seperti peringkat. Jingga: "
        "di bawah {on_track} % (makin gelap makin jauh, di bawah {at_risk} % di bawah target); "
        "biru: sesuai target. Setiap sel menulis capaian dan simbol statusnya; sel abu-abu "
        "bertanda – berarti tidak ada data.",
        "en": "The last {n} periods up to {period}; rows in ranking order. Orange: below "
        "{on_track}% (darker is further off, below {at_risk}% off track); blue: on track. Each "
        "cell gives the achievement and its status symbol; grey cells marked – have no data.",
    },
    "regions.need_heading": {"id": "Kebutuhan dan cakupan", "en": "Need and coverage"},
    "regions.need": {"id": "Indikator kebutuhan", "en": "Need indicator"},
    "regions.need_help": {
        "id": "Indikator dampak atau hasil dalam persen yang menunjukkan kebutuhan, mis. "
        "persentase penduduk miskin.",
        "en": "An impact or outcome rate that shows need, e.g. the poverty rate.",
    },
    "regions.national_note": {
        "id": "Kebutuhan dan prioritas dibandingkan antar provinsi (nasional), juga saat "
        "peringkat di atas dirinci per kabupaten/kota.",
        "en": "Need and priority compare provinces (national), also while the ranking above "
        "is drilled down to regencies.",
    },
    "regions.scatter_title": {
        "id": "{need} dan capaian {indicator}, per provinsi",
        "en": "{need} and {indicator} achievement, by province",
    },
    "regions.need_axis": {
        "id": "{need} · {unit} → makin ke kanan makin tinggi kebutuhan",
        "en": "{need} · {unit} → need increases to the right",
    },
    "regions.mean_line": {"id": "Rata-rata provinsi: {value}", "en": "Provinces' mean: {value}"},
    "regions.quadrant.high_need_low_coverage": {
        "id": "Kebutuhan tinggi, cakupan rendah: kurang terlayani",
        "en": "High need, low coverage: under-served",
    },
    "regions.quadrant.high_need_high_coverage": {
        "id": "Kebutuhan tinggi, cakupan baik",
        "en": "High need, good coverage",
    },
    "regions.quadrant.low_need_low_coverage": {
        "id": "Kebutuhan rendah, cakupan rendah",
        "en": "Low need, low coverage",
    },
    "regions.quadrant.low_need_high_coverage": {
        "id": "Kebutuhan rendah, cakupan baik",
        "en": "Low need, good coverage",
    },
    "regions.scatter_caption": {
        "id": "Kebutuhan: nilai terakhir {need} ({need_period}{need_earlier}). Cakupan: "
        "capaian {indicator} pada periode terakhir yang punya rencana dan realisasi, sampai "
        "{period} ({coverage_period}{coverage_earlier}). Garis tegak: rata-rata provinsi "
        "(setiap provinsi sama bobotnya); garis datar: batas sesuai target {on_track} %. "
        "{under} provinsi kurang terlayani (kuadran diarsir).",
        "en": "Need: the latest value of {need} ({need_period}{need_earlier}). Coverage: "
        "{indicator} achievement in the latest period with planned and actual, up to {period} "
        "({coverage_period}{coverage_earlier}). Vertical line: the provinces' mean (each "
        "province weighs the same); horizontal line: the on-track threshold {on_track}%. "
        "{under} provinces are under-served (shaded quadrant).",
    },
    "regions.earlier": {
        "id": "; {n} provinsi memakai periode lebih awal, lihat keterangan titik",
        "en": {
            "one": "; {n} province uses an earlier period, see the point's details",
            "other": "; {n} provinces use an earlier period, see the point's details",
        },
    },
    "regions.not_drawn": {
        "id": "{n} provinsi tanpa nilai kebutuhan atau capaian tidak digambar.",
        "en": {
            "one": "{n} province without a need or an achievement value is not drawn.",
            "other": "{n} provinces without a need or an achievement value are not drawn.",
        },
    },
    "regions.no_need_data": {
        "id": "Belum ada provinsi yang punya nilai kebutuhan dan capaian sekaligus.",
        "en": "No province has both a need value and an achievement yet.",
    },
    "regions.priority": {"id": "Daftar prioritas", "en": "Priority list"},
    "regions.priority_caption": {
        "id": "Skor = persentil kebutuhan × kekurangan capaian. Persentil kebutuhan: bagian "
        "provinsi yang kebutuhannya sama dengan atau lebih rendah dari provinsi ini (0–1; "
        "kebutuhan tertinggi = 1). Kekurangan = maks(0; 100 − capaian) / 100. Skor 0 berarti "
        "target tercapai; makin tinggi skor, makin didahulukan. Provinsi tanpa salah satu "
        "nilai ada di akhir daftar tanpa skor.",
        "en": "Score = need percentile × achievement shortfall. Need percentile: the share of "
        "provinces whose need is this province's or lower (0–1; the highest need = 1). "
        "Shortfall = max(0, 100 − achievement) / 100. A score of 0 means the target was met; "
        "the higher the score, the sooner the province comes. Provinces missing either value "
        "come last, without a score.",
    },
    "regions.col.priority": {"id": "Prioritas", "en": "Priority"},
    "regions.col.need": {"id": "Kebutuhan", "en": "Need"},
    "regions.col.need_period": {"id": "Periode kebutuhan", "en": "Need period"},
    "regions.col.need_rank": {"id": "Peringkat kebutuhan", "en": "Need rank"},
    "regions.col.need_percentile": {"id": "Persentil kebutuhan", "en": "Need percentile"},
    "regions.col.coverage_period": {"id": "Periode capaian", "en": "Achievement period"},
    "regions.col.shortfall": {"id": "Kekurangan", "en": "Shortfall"},
    "regions.col.score": {"id": "Skor", "en": "Score"},
    "regions.col.quadrant": {"id": "Kuadran", "en": "Quadrant"},
}
