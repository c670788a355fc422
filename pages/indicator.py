"""Indikator: one indicator's planned versus actual over time, for the country or regions."""

import streamlit as st

from pantau import i18n
from pantau.analysis import metrics
from pantau.charts import progress
from pantau.tables import narrative, overview
from ui import data, exports, filters, url_state, widgets
from ui.context import lang, thresholds, tr

chosen = filters.current()
summary = data.summary(data.db_path())
widgets.stop_if_empty(summary, data.db_path())
catalogue = data.indicators(data.db_path(), chosen.program)
regions = data.regions(data.db_path())
region_names = dict(zip(regions["code"], regions["name"], strict=True))
names = dict(zip(catalogue["code"], catalogue[f"name_{lang()}"], strict=True))

st.title(tr("explorer.title"))
widgets.scope(chosen)
url_state.bind("indicator", catalogue["code"].iloc[0], list(names))
top = st.columns([3, 2])
code = top[0].selectbox(
    tr("explorer.indicator"), list(names), key="indicator",
    format_func=lambda c: f"{c} — {names[c]}",
)  # fmt: skip
indicator = catalogue.set_index("code").loc[code]
grains = metrics.grains_for(indicator["frequency"])
url_state.bind("grain", grains[0], grains)
grain = top[1].segmented_control(
    tr("explorer.grain"), grains, key="grain",
    format_func={g: tr(f"grain.{g}") for g in grains}.get,
)  # fmt: skip
st.caption(
    tr(
        "explorer.facts",
        level=tr(f"level.{indicator['level']}"),
        unit=tr(f"unit.{indicator['unit']}"),
        direction=tr(f"direction.{indicator['direction']}"),
        temporal=tr(f"temporal.{indicator['temporal']}"),
        frequency=tr(f"frequency.{indicator['frequency']}"),
    )
)
url_state.bind("compare", [], list(region_names), many=True)
compare = st.multiselect(
    tr("explorer.compare"), list(region_names), key="compare",
    format_func=region_names.get, help=tr("explorer.compare_help"),
    placeholder=tr("explorer.compare_placeholder"),
)  # fmt: skip

by_region = len(compare) > 0
series = data.series(
    data.db_path(),
    code,
    tuple(compare) or chosen.regions,
    grain or grains[0],
    by_region,
    chosen.as_of,
)
if series.empty:
    st.warning(tr("explorer.no_series"))
    st.stop()

headline = data.to_date(data.db_path(), None, tuple(compare) or chosen.regions, chosen.as_of)
row = headline.set_index("indicator_code").loc[code]
st.metric(
    tr("col.achievement"),
    i18n.percent(row["achievement"], lang()),
    help=widgets.status_legend(),
)
st.markdown(widgets.status_label(row["status"]))
st.caption(narrative.to_date_pair(row, not (compare or chosen.regions), lang()))

title = f"{names[code]} · {region_names.get(chosen.region, tr('filter.national'))}"
if by_region:
    title = names[code]
if by_region:
    exports.chart(
        progress.regions_side_by_side(
            series,
            f"{title} · {tr('chart.by_region')}",
            indicator["unit"],
            "actual",
            lang(),
            grain or grains[0],
        )
    )
    exports.chart(
        progress.regions_side_by_side(
            series,
            tr("chart.achievement_by_region"),
            tr("chart.achievement_axis"),
            "achievement",
            lang(),
            grain or grains[0],
        )
    )
else:
    projected = data.projection(data.db_path(), code, chosen.regions, chosen.as_of)
    view = "per_period"
    if indicator["temporal"] == "flow":
        url_state.bind("view", "per_period", ["per_period", "cumulative"])
        view = st.segmented_control(
            " ", ["per_period", "cumulative"], key="view",
            format_func={v: tr(f"explorer.view_{v}") for v in ("per_period", "cumulative")}.get,
            label_visibility="collapsed",
        ) or "per_period"  # fmt: skip
    chart_title = tr("chart.cumulative") if view == "cumulative" else tr("chart.planned_vs_actual")
    native = (grain or grains[0]) == indicator["frequency"]  # projections are per native period
    figure = progress.planned_vs_actual(
        series, f"{title} · {chart_title}", indicator["unit"], lang(),
        view == "cumulative", projected if native else None, grain or grains[0],
    )  # fmt: skip
    exports.chart(figure)
    st.caption(tr("explorer.incomplete_note"))
    st.subheader(tr("projection.title"))
    # one sentence per year end until the programme ends (the last is the programme's end)
    for year in sorted(projected["period"].dt.year.unique()):
        row = metrics.projection_at(projected, year)
        st.markdown(
            narrative.projection_sentence(row, indicator["unit"], indicator["frequency"], 6, lang())
        )
    if projected.empty:
        st.write(tr("projection.none"))
    st.caption(tr(f"projection.method_{indicator['temporal']}", n=6))
    exports.chart(
        progress.achievement_over_time(
            series, tr("chart.achievement"), thresholds(), lang(), grain or grains[0]
        )
    )

st.subheader(tr("explorer.table"))
shown_grain = grain or grains[0]
whole = region_names.get(chosen.region, tr("filter.national"))
table = overview.series_table(series, indicator["unit"], shown_grain, lang(), whole)
widgets.dataframe(table)
widgets.downloads(table, f"pantau-{code}")
