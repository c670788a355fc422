"""The keys no t() call spells out, listed for `make translations` to extract. Never imported.

Three kinds: keys the code builds from a value (t(f"status.{status}")), keys looked up inside
an f-string (pybabel on Python 3.11 does not read inside f-strings), and the texts with plural
forms, marked N_(key, key) so the template gives them a msgid_plural. A key spelled out as a
literal elsewhere is marked there with N_ instead. When the code stops building a key, remove
it here too: tests/unit/test_catalogs.py then finds it unused in the catalogs.
"""

from pantau.i18n.translate import N_

BUILT = (
    # pantau/tables/narrative.parts_text: "of 27 regencies and cities, 25 reported" by level
    N_("reported.parts.kabupaten_kota"),
    N_("reported.parts.kecamatan"),
    # dashboard.py: the language menu, one per catalog (a new language adds its own)
    N_("language.id"),
    N_("language.en"),
    # SQL status_of (queries/macros.sql): charts, decks, the verdict of a projection
    N_("status.on_track"),
    N_("status.at_risk"),
    N_("status.off_track"),
    N_("status.no_data"),
    N_("status.no_target"),
    N_("projection.verdict.on_track"),
    N_("projection.verdict.at_risk"),
    N_("projection.verdict.off_track"),
    N_("projection.verdict.no_data"),
    # an indicator's catalogue fields (data/catalog/indicators.csv)
    N_("unit.keluarga"),
    N_("unit.rupiah"),
    N_("unit.persen"),
    N_("unit.orang"),
    N_("unit.unit"),
    N_("unit.indeks"),
    N_("level.input"),
    N_("level.output"),
    N_("level.outcome"),
    N_("level.impact"),
    N_("direction.up"),
    N_("direction.down"),
    N_("temporal.flow"),
    N_("temporal.stock"),
    N_("pair.to_date_flow"),
    N_("pair.to_date_stock"),
    N_("projection.sentence_flow"),
    N_("projection.sentence_stock"),
    N_("projection.method_flow"),
    N_("projection.method_stock"),
    N_("budget.cost_how.flow"),
    N_("budget.cost_how.stock"),
    # time grains and frequencies (pantau/analysis/metrics.py GRAINS, quality.py GRAINS)
    N_("frequency.month"),
    N_("frequency.quarter"),
    N_("frequency.half"),
    N_("frequency.year"),
    N_("grain.month"),
    N_("grain.quarter"),
    N_("grain.half"),
    N_("grain.year"),
    N_("quality.grain.quarter"),
    N_("quality.grain.year"),
    N_("period.quarter"),
    N_("period.half"),
    N_("period.quarter_short"),
    N_("period.half_short"),
    N_("export.tick.quarter"),
    N_("export.tick.half"),
    N_("export.previous.month"),
    N_("export.previous.quarter"),
    N_("export.previous.half"),
    N_("export.previous.year"),
    # pantau/tables/narrative.py: the change since the period before
    N_("export.change_up"),
    N_("export.change_down"),
    N_("export.change_same"),
    # region levels (pages/quality.py, ui/regions_views.py)
    N_("quality.received.provinsi"),
    N_("quality.received.kabupaten_kota"),
    N_("quality.received.kecamatan"),
    N_("regions.reported.provinces"),
    N_("regions.reported.regencies"),
    # the quadrants of queries/regions_need_coverage.sql and queries/budget_quadrant.sql
    N_("regions.quadrant.high_need_low_coverage"),
    N_("regions.quadrant.high_need_high_coverage"),
    N_("regions.quadrant.low_need_low_coverage"),
    N_("regions.quadrant.low_need_high_coverage"),
    N_("budget.quadrant.money_and_results"),
    N_("budget.quadrant.money_without_results"),
    N_("budget.quadrant.results_without_money"),
    N_("budget.quadrant.both_behind"),
    N_("budget.quadrant.no_data"),
    # the rules and fields of queries/quality_suspect_values.sql
    N_("quality.rule.negative"),
    N_("quality.rule.above_planned"),
    N_("quality.rule.over_100"),
    N_("quality.rule.stock_jump"),
    N_("quality.rule.flow_spike"),
    N_("quality.field.planned"),
    N_("quality.field.actual"),
    # chart scales (pantau/charts/style.py SCALES)
    N_("scale.trillion"),
    N_("scale.billion"),
    N_("scale.million"),
    N_("scale.thousand"),
    # ui/indicator_views.py, ui/upload_views.py
    N_("explorer.view_per_period"),
    N_("explorer.view_cumulative"),
    N_("upload.status.upload_committed"),
    N_("upload.status.upload_rolled_back"),
    N_("upload.status.rollback_committed"),
    # pantau/export/template.py: the template's help lines 1 to 7
    N_("template.help.1"),
    N_("template.help.2"),
    N_("template.help.3"),
    N_("template.help.4"),
    N_("template.help.5"),
    N_("template.help.6"),
    N_("template.help.7"),
    # pantau/ingest/report.py: the problem table's columns
    N_("upload.col.sheet"),
    N_("upload.col.row"),
    N_("upload.col.column"),
    N_("upload.col.value"),
    N_("upload.col.message"),
    # pantau/ingest/validation.py (its keys are listed here while it is being reworked)
    N_("upload.error.unknown_indicator"),
    N_("upload.error.unknown_region"),
    N_("upload.error.period_not_month"),
    N_("upload.error.period_not_quarter"),
    N_("upload.error.period_not_half"),
    N_("upload.error.period_not_year"),
    N_("upload.error.blank_required"),
    N_("upload.error.bad_period"),
    N_("upload.error.no_data_rows"),
    N_("upload.notice.total_rows"),
    N_("upload.notice.footer_rows"),
    N_("upload.notice.empty_value_rows"),
)

IN_F_STRINGS = (
    N_("app.title"),  # dashboard.py
    N_("budget.quadrant_chart"),  # pantau/tables/budget.py
    N_("chart.by_region"),  # ui/indicator_views.py
    N_("download.take_away"),  # ui/exports.py
    N_("export.chart_legend"),  # pantau/export/html_report.py
    N_("export.col_chart"),
    N_("export.html_charts"),
    N_("export.html_table"),
    N_("export.print_hint"),
    N_("program.level_count"),  # pantau/tables/program.py
    N_("projection.not_reported"),  # pantau/tables/narrative.py
    N_("upload.changed_rows"),  # ui/upload_views.py
)

PLURAL = (
    N_("budget.quadrant_count", "budget.quadrant_count"),
    N_("budget.quadrant_missing", "budget.quadrant_missing"),
    N_("program.facts", "program.facts"),
    N_("regions.earlier", "regions.earlier"),
    N_("regions.not_drawn", "regions.not_drawn"),
    N_("upload.confirm", "upload.confirm"),
    N_("upload.error.more", "upload.error.more"),
    N_("upload.no_target", "upload.no_target"),
    N_("upload.notice.catalog_sheet", "upload.notice.catalog_sheet"),
    N_("upload.notice.empty_value_rows", "upload.notice.empty_value_rows"),
    N_("upload.notice.footer_rows", "upload.notice.footer_rows"),
    N_("upload.notice.total_rows", "upload.notice.total_rows"),
    N_("upload.rejected", "upload.rejected"),
    N_("upload.stock_drops", "upload.stock_drops"),
    N_("upload.warning.more", "upload.warning.more"),
    N_("upload.warnings", "upload.warnings"),
)
