"""Texts of the budget page, merged into pantau.texts.TEXTS."""

BUDGET_TEXTS: dict[str, dict[str, str]] = {
    "budget.title": {"id": "Anggaran: dana dan hasil", "en": "Budget: money and results"},
    "budget.intro": {
        "id": "Daya serap anggaran adalah capaian indikator dana: realisasi kumulatif dibagi "
        "rencana kumulatif sejak Januari, hanya pada wilayah dan periode yang melaporkan "
        "keduanya.",
        "en": "Budget absorption is the achievement of a money indicator: cumulative realised "
        "over cumulative planned since January, only for the regions and periods that "
        "reported both.",
    },
    "budget.indicator": {"id": "Indikator dana", "en": "Money indicator"},
    "budget.no_money_in_program": {
        "id": "Program {program} tidak punya indikator dana (rupiah); semua indikator dana "
        "ditampilkan.",
        "en": "The programme {program} has no money (rupiah) indicator; every money indicator "
        "is listed.",
    },
    "budget.no_data": {
        "id": "Belum ada realisasi untuk indikator dana ini di wilayah dan periode yang dipilih.",
        "en": "There is no realised amount yet for this money indicator in the chosen region "
        "and period.",
    },
    # headline
    "budget.absorption": {"id": "Daya serap", "en": "Absorption"},
    "budget.absorption_help": {
        "id": "Realisasi kumulatif ÷ rencana kumulatif × 100, dari Januari sampai periode "
        "terakhir yang dilaporkan. Wilayah atau periode tanpa realisasi tidak dihitung di kedua "
        "sisi. {legend}",
        "en": "Cumulative realised ÷ cumulative planned × 100, from January to the latest "
        "reported period. A region or period without a realised amount is left out of both "
        "sides. {legend}",
    },
    "budget.actual_to_date": {"id": "Realisasi s.d. periode", "en": "Realised to date"},
    "budget.planned_to_date": {
        "id": "Rencana s.d. periode (wilayah melapor)",
        "en": "Planned to date (regions reporting)",
    },
    "budget.planned_all_caption": {
        "id": "Rencana semua wilayah s.d. periode: {planned_all}",
        "en": "Plan of every region to date: {planned_all}",
    },
    "budget.planned_to_date_help": {
        "id": "Rencana pada wilayah dan periode yang sudah melaporkan realisasi: pembanding "
        "daya serap. Rencana semua wilayah pada periode itu: {planned_all}.",
        "en": "The plan for the regions and periods that reported a realised amount: what "
        "absorption compares with. The plan for every region in those periods: {planned_all}.",
    },
    "budget.planned_year": {"id": "Rencana setahun {year}", "en": "Plan for {year}"},
    "budget.headline_caption": {
        "id": "{indicator} · {range} · {reports} laporan masuk (wilayah × periode).",
        "en": "{indicator} · {range} · {reports} reports in (regions × periods).",
    },
    # over time
    "budget.over_time": {"id": "Dana dari waktu ke waktu", "en": "Money over time"},
    "budget.year": {"id": "Tahun", "en": "Year"},
    "budget.all_years": {"id": "Semua tahun", "en": "All years"},
    "budget.per_period": {
        "id": "Rencana dan realisasi per periode",
        "en": "Planned and realised per period",
    },
    "budget.cumulative": {
        "id": "Kumulatif sejak Januari (tahun berjalan)",
        "en": "Cumulative from January (year to date)",
    },
    "budget.hatched_note": {
        "id": "Batang bergaris: periode yang laporannya belum lengkap. Garis kumulatif mulai "
        "lagi setiap Januari.",
        "en": "Hatched bars: periods whose reports are incomplete. The cumulative lines start "
        "again each January.",
    },
    # by region
    "budget.by_region": {"id": "Daya serap per wilayah", "en": "Absorption by region"},
    "budget.by_region_caption": {
        "id": "Semua wilayah dibandingkan pada rentang yang sama: {range}. Garis putus-putus: "
        "ambang sesuai target ({on_track} %); garis titik: 100 %.",
        "en": "Every region over the same range: {range}. Dashed line: the on-track threshold "
        "({on_track}%); dotted line: 100%.",
    },
    "budget.axis.absorption": {"id": "Daya serap anggaran (%)", "en": "Budget absorption (%)"},
    "budget.axis.output": {"id": "Capaian keluaran (%)", "en": "Output achievement (%)"},
    "budget.col.planned_year": {"id": "Rencana setahun", "en": "Plan for the year"},
    "budget.col.planned_to_date": {
        "id": "Rencana s.d. periode (yang melapor)",
        "en": "Planned to date (reporting)",
    },
    "budget.col.actual_to_date": {"id": "Realisasi s.d. periode", "en": "Realised to date"},
    "budget.col.reports": {"id": "Laporan masuk", "en": "Reports in"},
    # cost per beneficiary
    "budget.cost": {"id": "Biaya per penerima manfaat", "en": "Cost per beneficiary"},
    "budget.cost_caption": {
        "id": "Biaya per penerima = realisasi dana ÷ jumlah penerima ({output}), {how}; biaya "
        "rencana memakai rencana keduanya. Rentang: {range}.",
        "en": "Cost per beneficiary = money realised ÷ beneficiaries ({output}), {how}; the "
        "planned cost uses the planned values of both. Range: {range}.",
    },
    "budget.cost_how.stock": {
        "id": "diambil dari periode terakhir dalam rentang yang punya rencana dan realisasi "
        "(stok, tidak dijumlah)",
        "en": "taken from the latest period of the range with both planned and actual (a stock, "
        "never summed over time)",
    },
    "budget.cost_how.flow": {
        "id": "dijumlah selama rentang yang sama (arus)",
        "en": "summed over the same range (a flow)",
    },
    "budget.cost_frequency": {
        "id": "Dana dilaporkan {money_frequency}, penerima {output_frequency}: keduanya "
        "dibandingkan pada bulan yang sama, dari Januari sampai akhir periode terakhir yang "
        "dilaporkan keduanya.",
        "en": "Money is reported {money_frequency}, beneficiaries {output_frequency}: both are "
        "compared over the same months, from January to the end of the latest period both "
        "have reported.",
    },
    "budget.cost_planned": {"id": "Rencana per penerima", "en": "Planned per beneficiary"},
    "budget.cost_actual": {"id": "Realisasi per penerima", "en": "Actual per beneficiary"},
    "budget.cost_difference": {"id": "Selisih biaya", "en": "Cost difference"},
    "budget.cost_difference_help": {
        "id": "Biaya realisasi per penerima dibanding biaya rencana: + berarti lebih mahal "
        "dari rencana, − lebih murah.",
        "en": "Actual cost per beneficiary against the planned cost: + means dearer than "
        "planned, − cheaper.",
    },
    "budget.cost_included": {
        "id": "Total: {n} dari {total} wilayah yang punya data dana dan penerima lengkap.",
        "en": "Total: {n} of {total} regions with both money and beneficiary figures.",
    },
    "budget.no_pair": {
        "id": "Indikator ini tidak punya pasangan indikator penerima manfaat (keluaran dalam "
        "keluarga, orang atau unit pada program yang sama), jadi biaya per penerima dan "
        "kuadran tidak dihitung.",
        "en": "This indicator has no paired beneficiary indicator (an output counted in "
        "households, people or units in the same programme), so cost per beneficiary and the "
        "quadrant are not computed.",
    },
    "budget.col.money_actual": {"id": "Realisasi dana", "en": "Money realised"},
    "budget.col.output_planned": {"id": "Penerima (rencana)", "en": "Beneficiaries (planned)"},
    "budget.col.output_actual": {"id": "Penerima (realisasi)", "en": "Beneficiaries (actual)"},
    "budget.col.planned_cost": {"id": "Rencana per penerima", "en": "Planned per beneficiary"},
    "budget.col.actual_cost": {"id": "Realisasi per penerima", "en": "Actual per beneficiary"},
    "budget.col.cost_difference": {"id": "Selisih biaya", "en": "Cost difference"},
    "budget.col.money_reports": {"id": "Laporan dana", "en": "Money reports"},
    "budget.col.output_reports": {"id": "Laporan penerima", "en": "Beneficiary reports"},
    # quadrant
    "budget.quadrant_title": {
        "id": "Dana dan hasil per wilayah",
        "en": "Money and results by region",
    },
    "budget.quadrant_chart": {
        "id": "Daya serap anggaran dan capaian keluaran",
        "en": "Budget absorption and output achievement",
    },
    "budget.quadrant_caption": {
        "id": "Sumbu datar: daya serap {money} s.d. {money_period}. Sumbu tegak: capaian {output} "
        "s.d. {output_period}. Garis pada {line} % (ambang sesuai target).",
        "en": "Across: absorption of {money} up to {money_period}. Up: achievement of {output} "
        "up to {output_period}. Lines at {line}% (the on-track threshold).",
    },
    "budget.quadrant_count": {
        "id": "{label}: {n} wilayah",
        "en": {"one": "{label}: {n} region", "other": "{label}: {n} regions"},
    },
    "budget.quadrant_missing": {
        "id": "{n} wilayah tanpa kedua angka tidak digambar.",
        "en": {
            "one": "{n} region without both figures is not drawn.",
            "other": "{n} regions without both figures are not drawn.",
        },
    },
    "budget.col.output_achievement": {"id": "Capaian keluaran", "en": "Output achievement"},
    "budget.col.quadrant": {"id": "Kuadran", "en": "Quadrant"},
    "budget.quadrant.money_without_results": {
        "id": "Dana terserap tanpa hasil",
        "en": "Money spent without results",
    },
    "budget.quadrant.results_without_money": {
        "id": "Hasil tanpa dana terserap",
        "en": "Results without money",
    },
    "budget.quadrant.both_behind": {
        "id": "Dana dan hasil tertinggal",
        "en": "Money and results both behind",
    },
    "budget.quadrant.money_and_results": {
        "id": "Dana terserap, hasil tercapai",
        "en": "Money spent, results delivered",
    },
    "budget.quadrant.no_data": {"id": "Data belum lengkap", "en": "Incomplete data"},
}
