"""Wilayah: one indicator across regions: a map, a ranking, drilled to regencies, need."""

import streamlit as st

from pantau.analysis import regions
from pantau.charts import regions as regions_charts
from pantau.tables import regions as regions_tables
from ui import data, data_regions, exports, filters, pickers, regions_map, regions_views, widgets
from ui.context import lang, thresholds, tr
from ui.data_version import drawn

chosen = filters.current()
catalogue = data.indicators(chosen.program)
every_indicator = data.indicators(None).set_index("code")
region_names = widgets.region_names().to_dict()
names = dict(zip(catalogue["code"], catalogue[f"name_{lang()}"], strict=True))

st.title(tr("regions.title"))
widgets.scope(chosen)
top = st.columns([3, 2, 2])
code = pickers.indicator(tr("regions.indicator"), names, key="reg_indicator", where=top[0])
indicator = every_indicator.loc[code]
frequency, unit = indicator["frequency"], indicator["unit"]
parent = regions_views.province_picker(chosen, code, region_names, where=top[1])
period_list = data_regions.periods(code, parent, chosen.as_of)
if not period_list:
    st.warning(tr("regions.no_periods"))
    st.stop()
period, period_text = regions_views.period_picker(period_list, frequency, where=top[2])
level_text = regions_tables.level_text(parent, region_names.get(parent), lang())
texts = {
    "indicator": names[code],
    "level": "regencies" if parent else "provinces",
    "level_text": level_text,
    "period": period_text,
}
ranking = data_regions.ranking(code, period, parent)

# 1. the map: achievement, need, or need against coverage between the view's regions
st.subheader(tr("regions.map"))
left, right = st.columns([3, 2])
need = regions_views.need_choice(every_indicator, code, period, chosen.as_of, right, parent)
mode = regions_map.mode_picker(need is not None, where=left)
regions_map.section(mode, ranking, need, texts, parent, chosen.as_of, code)

# 2. the ranking
st.subheader(tr("regions.ranking"))
regions_views.ranking_section(ranking, texts, unit, code)

# 3. the heatmap
st.subheader(tr("regions.heatmap"))
cells = data_regions.heatmap(code, period, parent)
regions_views.heatmap_section(cells, texts, unit, frequency)

# 4. need against coverage, between provinces
st.subheader(tr("regions.need_heading"))
if parent:
    st.caption(tr("regions.national_note"))
if need is None:
    st.stop()  # the catalogue has no rate that measures need
facts = regions.scatter_facts(need.frame)
if not facts["drawn"]:
    st.info(tr("regions.no_need_data"))
    st.stop()
frequencies = (need.frequency, frequency)
pair = (need.name, names[code])
titles = regions_tables.scatter_titles(need.name, need.unit, names[code], lang())
scatter = regions_charts.need_coverage_scatter
exports.chart(
    drawn(scatter, need.frame, titles, need.unit, need.direction, frequencies, thresholds(), lang())
)
on_track = thresholds().on_track
st.caption(regions_tables.scatter_caption(facts, pair, frequencies, period_text, on_track, lang()))

# 5. the priority list
st.subheader(tr("regions.priority"))
st.caption(tr("regions.priority_caption"))
regions_views.priority_list(need.frame, need.unit, frequencies, code)
