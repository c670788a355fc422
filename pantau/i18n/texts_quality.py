"""Texts of the quality page, merged into pantau.texts.TEXTS."""

QUALITY_TEXTS: dict[str, dict[str, str]] = {
    "quality.title": {"id": "Kualitas data", "en": "Data quality"},
    "quality.grain": {"id": "Kelompokkan per", "en": "Group by"},
    "quality.grain.quarter": {"id": "Triwulan", "en": "Quarter"},
    "quality.grain.year": {"id": "Tahun", "en": "Year"},
    "quality.nothing_due": {
        "id": "Belum ada laporan yang jatuh tempo untuk pilihan ini.",
        "en": "No reports are due yet for this choice.",
    },
    # completeness
    "quality.completeness": {"id": "Kelengkapan laporan", "en": "Reporting completeness"},
    "quality.received.provinsi": {
        "id": "Laporan provinsi yang masuk",
        "en": "Province reports received",
    },
    "quality.received.kabupaten_kota": {
        "id": "Laporan kabupaten/kota yang masuk",
        "en": "Regency/city reports received",
    },
    "quality.received_help": {
        "id": "{received} dari {expected} laporan yang diharapkan",
        "en": "{received} of {expected} expected reports",
    },
    "quality.headline": {
        "id": "**{pct}** laporan provinsi yang diharapkan sudah masuk ({received} dari "
        "{expected}), {first} – {last}.",
        "en": "**{pct}** of expected province reports received ({received} of {expected}), "
        "{first} – {last}.",
    },
    "quality.headline_regencies": {
        "id": "**{pct}** laporan kabupaten/kota yang diharapkan sudah masuk ({received} dari "
        "{expected}), {first} – {last}.",
        "en": "**{pct}** of expected regency/city reports received ({received} of {expected}), "
        "{first} – {last}.",
    },
    "quality.heatmap_title": {
        "id": "Laporan yang masuk (%) per wilayah dan {grain}",
        "en": "Reports received (%) by region and {grain}",
    },
    "quality.heatmap_hover": {
        "id": "{received} dari {expected} laporan masuk",
        "en": "{received} of {expected} reports received",
    },
    "quality.completeness_method": {
        "id": "Laporan yang diharapkan = wilayah × periode yang jatuh tempo menurut frekuensi "
        "setiap indikator (bulanan, triwulanan, semesteran, tahunan). Sebuah periode jatuh tempo "
        "dari periode pertama sampai periode terakhir yang dilaporkan oleh wilayah mana pun. "
        "Wilayah diharapkan melapor untuk indikator yang punya baris (target atau laporan) di "
        "wilayah itu. Laporan = realisasi yang terisi. Kabupaten/kota dihitung pada tingkatnya "
        "sendiri, tidak pernah dicampur ke angka provinsi. Periode lebih kasar dari {grain} "
        "(mis. tahunan) masuk ke kolom tempat periodenya dimulai.",
        "en": "Expected reports = regions × periods due by each indicator's frequency (monthly, "
        "quarterly, half-yearly, yearly). A period is due from the first to the last period "
        "anybody reported. A region is expected to report on an indicator once it has a row "
        "(a target or a report) for it. A report = a filled-in actual. Regencies/cities are "
        "counted on their own level, never mixed into the province figures. Periods coarser "
        "than a {grain} (e.g. yearly) fall in the column where they start.",
    },
    # missing reports
    "quality.missing": {
        "id": "Laporan yang belum masuk",
        "en": "Missing and overdue reports",
    },
    "quality.missing_count": {"id": "Belum masuk", "en": "Missing"},
    "quality.overdue_count": {"id": "Lewat batas waktu", "en": "Overdue"},
    "quality.overdue_help": {
        "id": "Batas lapor = akhir periode + {grace} hari; dihitung terhadap tanggal {today}.",
        "en": "Due date = end of the period + {grace} days; counted against {today}.",
    },
    "quality.none_missing": {
        "id": "Semua laporan yang diharapkan sudah masuk.",
        "en": "Every expected report has been received.",
    },
    "quality.not_yet_due": {"id": "belum lewat batas", "en": "not yet due"},
    # suspect values
    "quality.suspect": {"id": "Nilai yang perlu diperiksa", "en": "Values to check"},
    "quality.suspect_count": {"id": "Nilai mencurigakan", "en": "Suspect values"},
    "quality.none_suspect": {
        "id": "Tidak ada nilai yang melanggar aturan pemeriksaan.",
        "en": "No value breaks the checks.",
    },
    "quality.rules": {
        "id": "Aturan: stok berubah lebih dari {stock_jump} dari laporan sebelumnya di wilayah "
        "yang sama; arus lebih dari {flow_spike}× median {flow_history} laporan sebelumnya; "
        "realisasi lebih dari {above_planned}× target; nilai negatif; persentase di atas 100. "
        "Klik 'Lihat' untuk membuka indikator dan wilayahnya di Jelajah indikator.",
        "en": "Rules: a stock changing by more than {stock_jump} from the region's previous "
        "report; a flow above {flow_spike}× the median of its previous {flow_history} reports; "
        "an actual above {above_planned}× the target; a negative value; a percentage above 100. "
        "Click 'Open' to see the indicator and region in the indicator explorer.",
    },
    "quality.open": {"id": "Lihat", "en": "Open"},
    "quality.field.actual": {"id": "realisasi", "en": "actual"},
    "quality.field.planned": {"id": "target", "en": "target"},
    "quality.rule.stock_jump": {
        "id": "Lonjakan: berubah {change} dari laporan sebelumnya ({reference} → {value})",
        "en": "Jump: changed {change} from the previous report ({reference} → {value})",
    },
    "quality.rule.flow_spike": {
        "id": "Lonjakan: {ratio}× median laporan sebelumnya ({reference})",
        "en": "Spike: {ratio}× the median of the previous reports ({reference})",
    },
    "quality.rule.above_planned": {
        "id": "Jauh di atas target: {ratio}× target ({reference})",
        "en": "Far above target: {ratio}× the target ({reference})",
    },
    "quality.rule.negative": {
        "id": "Nilai negatif ({field}: {value})",
        "en": "Negative value ({field}: {value})",
    },
    "quality.rule.over_100": {
        "id": "Persentase di atas 100 ({field}: {value})",
        "en": "Percentage above 100 ({field}: {value})",
    },
    # table columns
    "quality.col.expected": {"id": "Laporan diharapkan", "en": "Reports expected"},
    "quality.col.received": {"id": "Laporan masuk", "en": "Reports received"},
    "quality.col.missing": {"id": "Belum masuk", "en": "Missing"},
    "quality.col.completeness": {"id": "Kelengkapan", "en": "Completeness"},
    "quality.col.due_date": {"id": "Batas lapor", "en": "Due date"},
    "quality.col.days_overdue": {"id": "Hari terlambat", "en": "Days overdue"},
    "quality.col.note": {"id": "Catatan", "en": "Note"},
    "quality.col.value": {"id": "Nilai", "en": "Value"},
    "quality.col.reason": {"id": "Mengapa diperiksa", "en": "Why"},
    "quality.col.look": {"id": "Periksa", "en": "Check"},
}
