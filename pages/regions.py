"""Wilayah: one indicator's achievement across regions, drilled to regencies, against need."""

import streamlit as st

from pantau.analysis import regions
from pantau.charts import regions as regions_charts
from pantau.tables import regions as regions_tables
from ui import data, data_regions, exports, filters, pickers, regions_views, widgets
from ui.context import lang, thresholds, tr

chosen = filters.current()
catalogue = data.indicators(chosen.program)
every_indicator = data.indicators(None).set_index("code")
all_regions = data.regions()
region_names = dict(zip(all_regions["code"], all_regions["name"], strict=True))
names = dict(zip(catalogue["code"], catalogue[f"name_{lang()}"], strict=True))

st.title(tr("regions.title"))
widgets.scope(chosen)
top = st.columns([3, 2, 2])
code = pickers.indicator(tr("regions.indicator"), names, key="reg_indicator", where=top[0])
indicator = every_indicator.loc[code]
frequency, unit = indicator["frequency"], indicator["unit"]
parent = regions_views.province_picker(chosen, code, all_regions, where=top[1])
period_list = data_regions.periods(code, parent, chosen.as_of)
if not period_list:
    st.warning(tr("regions.no_periods"))
    st.stop()
period, period_text = regions_views.period_picker(period_list, frequency, where=top[2])
level = "regencies" if parent else "provinces"
level_text = regions_tables.level_text(region_names[parent] if parent else None, lang())

# 1. the ranking
st.subheader(tr("regions.ranking"))
ranking = data_regions.ranking(code, period, parent)
regions_views.ranking_cards(ranking, level, level_text, period_text)
title = tr("regions.ranking_title", indicator=names[code], level=level_text, period=period_text)
exports.chart(regions_charts.ranking_bars(ranking, title, unit, thresholds(), lang()))
st.caption(tr("regions.ranking_caption", legend=widgets.status_legend()))
with st.expander(tr("regions.ranking_table")):
    ranking_table = regions_tables.ranking_view(ranking, unit, lang())
    widgets.dataframe(ranking_table)
    widgets.downloads(ranking_table, f"pantau-peringkat-{code}")

# 2. the heatmap
st.subheader(tr("regions.heatmap"))
cells = data_regions.heatmap(code, period, parent)
title = tr("regions.heatmap_title", indicator=names[code], level=level_text)
exports.chart(
    regions_charts.achievement_heatmap(cells, title, unit, frequency, thresholds(), lang())
)
st.caption(regions_tables.heatmap_caption(period_text, thresholds(), lang()))

# 3. need against coverage, between provinces
st.subheader(tr("regions.need_heading"))
if parent:
    st.caption(tr("regions.national_note"))
needs = regions.need_indicators(every_indicator.reset_index())
if not needs:
    st.stop()  # the catalogue has no rate that measures need
need_names = {c: every_indicator.loc[c, f"name_{lang()}"] for c in needs}
need_code = pickers.indicator(
    tr("regions.need"), need_names, key="reg_need", help=tr("regions.need_help")
)
need = every_indicator.loc[need_code]
frame = data_regions.need_coverage(code, need_code, period, chosen.as_of)
facts = regions.scatter_facts(frame)
if not facts["drawn"]:
    st.info(tr("regions.no_need_data"))
    st.stop()
frequencies = (need["frequency"], frequency)
pair = (need_names[need_code], names[code])
titles = regions_tables.scatter_titles(pair[0], need["unit"], pair[1], lang())
exports.chart(
    regions_charts.need_coverage_scatter(
        frame, titles, need["unit"], need["direction"], frequencies, thresholds(), lang()
    )
)
on_track = thresholds().on_track
st.caption(regions_tables.scatter_caption(facts, pair, frequencies, period_text, on_track, lang()))

# 4. the priority list
st.subheader(tr("regions.priority"))
st.caption(tr("regions.priority_caption"))
regions_views.priority_list(frame, need["unit"], frequencies, code)
