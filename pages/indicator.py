"""Indikator: one indicator's planned versus actual over time, for the country or regions."""

import streamlit as st

from pantau import i18n
from pantau.analysis import metrics
from pantau.tables import narrative, overview
from ui import data, filters, indicator_views, pickers, url_state, widgets
from ui.context import lang, tr

chosen = filters.current()
catalogue = data.indicators(chosen.program)
regions = data.regions()
region_names = dict(zip(regions["code"], regions["name"], strict=True))
comparable = filters.region_labels(regions) | filters.district_labels(regions, chosen.region)
names = dict(zip(catalogue["code"], catalogue[f"name_{lang()}"], strict=True))

st.title(tr("explorer.title"))
widgets.scope(chosen)
top = st.columns([3, 2])
code = pickers.indicator(tr("explorer.indicator"), names, key="indicator", where=top[0])
indicator = catalogue.set_index("code").loc[code]
grains = {g: tr(f"grain.{g}") for g in metrics.grains_for(indicator["frequency"])}
grain = pickers.segments(tr("explorer.grain"), grains, key="grain", where=top[1])
st.caption(narrative.indicator_facts(indicator, lang()))
url_state.bind("compare", [], list(comparable), many=True)
compare = st.multiselect(
    tr("explorer.compare"),
    list(comparable),
    key="compare",
    format_func=comparable.get,
    help=tr("explorer.compare_help"),
    placeholder=tr("explorer.compare_placeholder"),
)

by_region = len(compare) > 0
shown_regions = tuple(compare) or chosen.regions
series = data.series(code, shown_regions, grain, by_region, chosen.as_of)
if series.empty:
    st.warning(tr("explorer.no_series"))
    st.stop()

headline = data.to_date(None, shown_regions, chosen.as_of)
row = headline.set_index("indicator_code").loc[code]
st.metric(
    tr("col.achievement"),
    i18n.percent(row["achievement"], lang()),
    help=widgets.status_legend(),
)
st.markdown(widgets.status_label(row["status"]))
st.caption(narrative.to_date_pair(row, not (compare or chosen.regions), lang()))

whole = region_names.get(chosen.region, tr("filter.national"))
if by_region:
    indicator_views.regions_side_by_side(series, names[code], indicator["unit"], grain)
else:
    projected = data.projection(code, chosen.regions, chosen.as_of)
    title = f"{names[code]} · {whole}"
    indicator_views.planned_vs_actual(series, projected, indicator, title, grain)
    indicator_views.projection(projected, indicator)
    indicator_views.achievement_over_time(series, grain)

st.subheader(tr("explorer.table"))
table = overview.series_table(series, indicator["unit"], grain, lang(), whole)
widgets.dataframe(table)
widgets.downloads(table, f"pantau-{code}")
