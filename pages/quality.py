"""Kualitas data: how complete the reports are, which are missing, which values look wrong."""

import datetime as dt

import streamlit as st

from pantau import i18n
from pantau.analysis import quality
from pantau.charts import quality as quality_charts
from pantau.tables import quality as quality_tables
from ui import data, data_quality, exports, filters, url_state, widgets
from ui.context import lang, tr

chosen = filters.current()
summary = data.summary(data.db_path())
widgets.stop_if_empty(summary, data.db_path())
scope = (data.db_path(), chosen.program, chosen.region, chosen.as_of)

st.title(tr("quality.title"))
widgets.scope(chosen)
url_state.bind("qual_grain", quality.GRAINS[0], list(quality.GRAINS))
grain = st.segmented_control(
    tr("quality.grain"), quality.GRAINS, key="qual_grain",
    format_func={g: tr(f"quality.grain.{g}") for g in quality.GRAINS}.get,
) or quality.GRAINS[0]  # fmt: skip

report = data_quality.completeness(*scope, grain)
if report.empty:
    st.info(tr("quality.nothing_due"))
    st.stop()
cells, totals = quality.cells(report), quality.totals(report)
first = i18n.period_label(totals["first_shown"].iloc[0].date(), grain, lang())
last = i18n.period_label(totals["last_shown"].iloc[0].date(), grain, lang())

st.subheader(tr("quality.completeness"))
headline_keys = {"provinsi": "quality.headline", "kabupaten_kota": "quality.headline_regencies"}
for column, (level, row) in zip(st.columns(len(totals)), totals.iterrows(), strict=True):
    received = i18n.number(row["received"], lang())
    expected = i18n.number(row["expected"], lang())
    column.metric(
        tr(f"quality.received.{level}"),
        i18n.percent(row["completeness"], lang()),
        help=tr("quality.received_help", received=received, expected=expected),
    )
    column.markdown(
        tr(
            headline_keys[level],
            pct=i18n.percent(row["completeness"], lang()),
            received=received,
            expected=expected,
            first=first,
            last=last,
        )
    )
exports.chart(
    quality_charts.completeness_heatmap(
        cells,
        grain,
        tr("quality.heatmap_title", grain=tr(f"quality.grain.{grain}").lower()),
        lang(),
    )
)
st.caption(tr("quality.completeness_method", grain=tr(f"quality.grain.{grain}").lower()))
widgets.downloads(quality_tables.completeness_view(report, grain, lang()), "pantau-kelengkapan")

st.subheader(tr("quality.missing"))
today, grace = dt.date.today(), quality.grace_days()
missing = data_quality.missing(*scope, grain, today, grace)
counts = st.columns(3)
counts[0].metric(tr("quality.missing_count"), i18n.number(len(missing), lang()))
counts[1].metric(
    tr("quality.overdue_count"),
    i18n.number(quality.overdue_count(missing), lang()),
    help=tr("quality.overdue_help", grace=grace, today=i18n.date(today, lang())),
)
if missing.empty:
    st.success(tr("quality.none_missing"), icon=":material/check:")
else:
    widgets.dataframe(quality_tables.missing_view(missing, lang()))
    st.caption(tr("quality.overdue_help", grace=grace, today=i18n.date(today, lang())))
    widgets.downloads(quality_tables.missing_view(missing, lang()), "pantau-belum-lapor")

st.subheader(tr("quality.suspect"))
suspect = data_quality.suspect(*scope, grain)
st.caption(quality_tables.rules_text(quality.SuspectRules(), lang()))
if suspect.empty:
    st.success(tr("quality.none_suspect"), icon=":material/check:")
else:
    look = tr("quality.col.look")
    suspect_table = quality_tables.suspect_view(suspect, lang())
    widgets.dataframe(
        suspect_table,
        column_config={look: st.column_config.LinkColumn(look, display_text=tr("quality.open"))},
    )
    widgets.downloads(suspect_table, "pantau-periksa")
