"""Wilayah: one indicator's achievement across regions, drilled to regencies, against need."""

import datetime as dt

import streamlit as st

from pantau import i18n
from pantau.analysis import metrics, regions
from pantau.charts import regions as regions_charts
from pantau.i18n.palette import COLOURS
from pantau.tables import regions as regions_tables
from ui import data, data_regions, exports, filters, url_state, widgets
from ui.context import lang, thresholds, tr

chosen = filters.current()
db = data.db_path()
summary = data.summary(db)
widgets.stop_if_empty(summary, db)
catalogue = data.indicators(db, chosen.program)
every_indicator = data.indicators(db, None).set_index("code")
all_regions = data.regions(db)
region_names = dict(zip(all_regions["code"], all_regions["name"], strict=True))
names = dict(zip(catalogue["code"], catalogue[f"name_{lang()}"], strict=True))

st.title(tr("regions.title"))
widgets.scope(chosen)
top = st.columns([3, 2, 2])
url_state.bind("reg_indicator", catalogue["code"].iloc[0], list(names))
code = top[0].selectbox(
    tr("regions.indicator"), list(names), key="reg_indicator",
    format_func=lambda c: f"{c} — {names[c]}",
)  # fmt: skip
indicator = every_indicator.loc[code]
frequency, unit = indicator["frequency"], indicator["unit"]

# drill down: provinces whose regencies report; the sidebar's province is chosen first
parents = data_regions.parents(db, code, chosen.as_of)["code"].tolist()
drill_default = regions.drill_default(chosen.region, all_regions, parents)
if st.session_state.get("_reg_sidebar_region", chosen.region) != chosen.region:
    st.session_state["reg_province"] = drill_default  # the sidebar region changed: follow it
st.session_state["_reg_sidebar_region"] = chosen.region
parent = None
if parents:
    url_state.bind("reg_province", drill_default, ["", *parents])
    parent = top[1].selectbox(
        tr("regions.province"), ["", *parents], key="reg_province",
        format_func={"": tr("regions.all_provinces"), **region_names}.get,
        help=tr("regions.province_help"),
    ) or None  # fmt: skip

period_list = data_regions.periods(db, code, parent, chosen.as_of)
if not period_list:
    st.warning(tr("regions.no_periods"))
    st.stop()
options = [p.isoformat() for p in period_list]
labels = {p.isoformat(): i18n.period_label(p, frequency, lang()) for p in period_list}
url_state.bind("reg_period", options[0], options)
period = dt.date.fromisoformat(
    top[2].selectbox(tr("regions.period"), options, key="reg_period", format_func=labels.get)
)
period_text = labels[period.isoformat()]
level = "regencies" if parent else "provinces"
level_text = tr(f"regions.level.{level}") + (f" {region_names[parent]}" if parent else "")

# 1. the ranking
st.subheader(tr("regions.ranking"))
ranking = data_regions.ranking(db, code, period, parent)
first = ranking.iloc[0]
reported = {"n": int(first["regions_reported"]), "total": int(first["regions_expected"])}
counts = metrics.status_counts(ranking)
cards = st.columns(4)
cards[0].metric(
    tr(f"regions.reported.{level}"), tr("reported.of", **reported),
    help=tr("regions.reported_help", level=level_text, period=period_text, **reported),
)  # fmt: skip
for card, status in zip(cards[1:], ("on_track", "at_risk", "off_track"), strict=True):
    card.metric(widgets.status_label(status), counts[status])
title = tr("regions.ranking_title", indicator=names[code], level=level_text, period=period_text)
exports.chart(regions_charts.ranking_bars(ranking, title, unit, thresholds(), lang()))
st.caption(tr("regions.ranking_caption", legend=widgets.status_legend()))
with st.expander(tr("regions.ranking_table")):
    ranking_table = regions_tables.ranking_view(ranking, unit, lang())
    widgets.dataframe(ranking_table)
    widgets.downloads(ranking_table, f"pantau-peringkat-{code}")

# 2. the heatmap
st.subheader(tr("regions.heatmap"))
cells = data_regions.heatmap(db, code, period, parent)
exports.chart(regions_charts.achievement_heatmap(
        cells, tr("regions.heatmap_title", indicator=names[code], level=level_text),
        unit, frequency, thresholds(), lang(),
    ))  # fmt: skip
st.caption(
    tr(
        "regions.heatmap_caption", n=regions.HEATMAP_PERIODS, period=period_text,
        on_track=i18n.number(thresholds().on_track, lang()),
        at_risk=i18n.number(thresholds().at_risk, lang()),
    )
)  # fmt: skip

# 3. need against coverage, between provinces
st.subheader(tr("regions.need_heading"))
if parent:
    st.caption(tr("regions.national_note"))
needs = regions.need_indicators(every_indicator.reset_index())
if not needs:
    st.stop()  # the catalogue has no rate that measures need
need_names = every_indicator[f"name_{lang()}"].to_dict()
url_state.bind("reg_need", needs[0], needs)
need_code = st.selectbox(
    tr("regions.need"), needs, key="reg_need", format_func=lambda c: f"{c} — {need_names[c]}",
    help=tr("regions.need_help"),
)  # fmt: skip
need = every_indicator.loc[need_code]
frame = data_regions.need_coverage(db, code, need_code, period, chosen.as_of)
facts = regions.scatter_facts(frame)
if not facts["drawn"]:
    st.info(tr("regions.no_need_data"))
    st.stop()
frequencies = (need["frequency"], frequency)
titles = (
    tr("regions.scatter_title", need=need_names[need_code], indicator=names[code]),
    tr("regions.need_axis", need=need_names[need_code], unit=tr(f"unit.{need['unit']}")),
)
exports.chart(
    regions_charts.need_coverage_scatter(
        frame, titles, need["unit"], need["direction"], frequencies, thresholds(), lang()
    )
)
earlier = lambda n: tr("regions.earlier", n=n) if n else ""
st.caption(
    tr(
        "regions.scatter_caption", need=need_names[need_code], indicator=names[code],
        need_period=i18n.period_label(facts["need_period"], need["frequency"], lang()),
        need_earlier=earlier(facts["need_earlier"]), period=period_text,
        coverage_period=i18n.period_label(facts["coverage_period"], frequency, lang()),
        coverage_earlier=earlier(facts["coverage_earlier"]),
        on_track=i18n.number(thresholds().on_track, lang()), under=facts["under_served"],
    )
    + (" " + tr("regions.not_drawn", n=facts["not_drawn"]) if facts["not_drawn"] else "")
)  # fmt: skip

# 4. the priority list
st.subheader(tr("regions.priority"))
st.caption(tr("regions.priority_caption"))
table = regions_tables.priority_view(frame, need["unit"], frequencies, lang())
under = [
    f"color:{COLOURS['off_track']};font-weight:600" if q == regions_charts.UNDER_SERVED else ""
    for q in frame["quadrant"]
]
widgets.dataframe(
    table, {tr("regions.col.quadrant"): under}, height=36 * (min(len(table.data), 15) + 1) + 2
)
widgets.downloads(table, f"pantau-prioritas-{code}")
