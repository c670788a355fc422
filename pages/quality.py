"""Kualitas data: how complete the reports are, which are missing, which values look wrong."""

import datetime as dt

import streamlit as st

from pantau import i18n, settings
from pantau.analysis import quality
from pantau.charts import quality as quality_charts
from pantau.tables import quality as quality_tables
from ui import data_quality, exports, filters, pickers, widgets
from ui.context import lang, tr
from ui.data_version import drawn

chosen = filters.current()
scope = (chosen.program, chosen.region, chosen.as_of)

st.title(tr("quality.title"))
widgets.scope(chosen)
grains = {g: tr(f"quality.grain.{g}") for g in quality.GRAINS}
grain = pickers.segments(tr("quality.grain"), grains, key="qual_grain")

report = data_quality.completeness(*scope, grain)
if report.empty:
    st.info(tr("quality.nothing_due"))
    st.stop()
cells, totals = quality.cells(report), quality.totals(report)
first = i18n.period_label(totals["first_shown"].iloc[0].date(), grain, lang())
last = i18n.period_label(totals["last_shown"].iloc[0].date(), grain, lang())

st.subheader(tr("quality.completeness"))
for column, (level, row) in zip(st.columns(len(totals)), totals.iterrows(), strict=True):
    column.metric(
        tr(f"quality.received.{level}"),
        i18n.percent(row["completeness"], lang()),
        help=quality_tables.completeness_help(row, lang()),
    )
    column.markdown(quality_tables.completeness_headline(row, level, first, last, lang()))
title = quality_tables.heatmap_title(grain, lang())
exports.chart(drawn(quality_charts.completeness_heatmap, cells, grain, title, lang()))
st.caption(quality_tables.completeness_method(grain, lang()))
widgets.downloads(quality_tables.completeness_view(report, grain, lang()), "pantau-kelengkapan")

st.subheader(tr("quality.missing"))
today, grace = dt.date.today(), settings.report_grace_days()
missing = data_quality.missing(*scope, grain, today, grace)
counts = st.columns(3)
counts[0].metric(tr("quality.missing_count"), i18n.number(len(missing), lang()))
counts[1].metric(
    tr("quality.overdue_count"),
    i18n.number(quality.overdue_count(missing), lang()),
    help=quality_tables.overdue_help(grace, today, lang()),
)
if missing.empty:
    st.success(tr("quality.none_missing"), icon=":material/check:")
else:
    missing_table = data_quality.missing_view(*scope, grain, today, grace, lang())
    widgets.dataframe(missing_table)
    st.caption(quality_tables.overdue_help(grace, today, lang()))
    widgets.downloads(missing_table, "pantau-belum-lapor")

st.subheader(tr("quality.suspect"))
suspect = data_quality.suspect(*scope, grain)
st.caption(quality_tables.rules_text(quality.SuspectRules(), lang()))
if suspect.empty:
    st.success(tr("quality.none_suspect"), icon=":material/check:")
else:
    look = tr("quality.col.look")
    suspect_table = data_quality.suspect_view(*scope, grain, lang())
    widgets.dataframe(
        suspect_table,
        column_config={look: st.column_config.LinkColumn(look, display_text=tr("quality.open"))},
    )
    widgets.downloads(suspect_table, "pantau-periksa")
