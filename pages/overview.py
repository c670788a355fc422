"""Ringkasan: headline numbers, indicators by status, and every indicator's achievement."""

import datetime as dt

import streamlit as st

from pantau import i18n
from pantau.analysis import metrics
from pantau.tables import narrative, overview
from ui import data, filters, widgets
from ui.context import lang, tr

chosen = filters.current()
to_date = data.to_date(chosen.program, chosen.regions, chosen.as_of)

st.title(tr("overview.title"))
widgets.scope(chosen)
counts = metrics.status_counts(to_date)
with_data = len(to_date) - counts["no_data"]
cards = st.columns(4)
cards[0].metric(tr("overview.programs"), to_date["program_code"].nunique())
cards[1].metric(tr("overview.indicators"), len(to_date))
cards[2].metric(
    tr("overview.share_on_track"),
    i18n.percent(100 * counts["on_track"] / with_data if with_data else None, lang(), 0),
    help=tr("overview.share_on_track_help", n=counts["on_track"], total=with_data),
)
last_month = metrics.last_month_covered(to_date, dt.date.today())
cards[3].metric(
    tr("overview.latest_period"),
    i18n.period_label(last_month, "month", lang()) if last_month else "–",
)

st.subheader(tr("overview.by_status"))
widgets.status_cards(counts)
st.caption(widgets.status_legend())

st.subheader(tr("overview.table"))
table = overview.overview_table(to_date, lang())
trend = st.column_config.LineChartColumn(tr("col.trend"), y_min=0)
widgets.dataframe(
    table,
    {tr("col.status"): widgets.status_colours(to_date["status"])},
    height=36 * (len(table.data) + 1) + 2,  # every indicator visible without scrolling
    column_config={tr("col.trend"): trend},
)
st.caption(tr("overview.table_caption"))
if note := narrative.unweighted_note(to_date, lang()):
    st.caption(note)
widgets.downloads(table, "pantau-ringkasan")  # the trend column stays on the screen
