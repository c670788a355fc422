"""The regions page's map: achievement, need or need against coverage; a click drills down.

A click on a province (or on one of its regencies, in the all-regencies view) chooses that
province in the page's province picker (`reg_province`, kept in the URL), exactly as picking
it there would. The choice is made in the chart's on_select callback, which Streamlit runs
before the next run draws the picker: a widget's value cannot be set once it is drawn.
"""

from functools import partial

import plotly.graph_objects as go
import streamlit as st

from pantau.analysis import regions
from pantau.charts import geometry, region_maps
from pantau.i18n import N_
from ui import data_regions, exports, pickers
from ui.context import lang, thresholds, tr

MAP_SIZE = (860, 520)  # px: the map's fixed height, and a width every screen from 1366 px has
MODES = {
    "achievement": N_("regions.map_mode.achievement"),
    "need": N_("regions.map_mode.need"),
    "need_coverage": N_("regions.map_mode.need_coverage"),
}
_CLICKS = "_reg_map_clicks"  # a new chart after each drill: no stale selection comes back


def _province_clicked(key: str, parents: list[str]) -> None:
    """The on_select callback: the clicked region's province becomes the drill-down."""
    points = st.session_state[key]["selection"]["points"]
    codes = [str(p.get("customdata") or p.get("location") or "") for p in points]
    province = next((c.split(".")[0] for c in codes if c.split(".")[0] in parents), None)
    if province is None:
        if codes and codes[0]:
            st.toast(tr("regions.map_no_regencies"), icon=":material/info:")
        return
    st.session_state["reg_province"] = province
    st.session_state[_CLICKS] = st.session_state.get(_CLICKS, 0) + 1


def mode_picker(has_need: bool, where=st) -> str:
    """What the map shows; need and need against coverage only when a need indicator exists."""
    shown = list(MODES) if has_need else ["achievement"]
    labels = {m: tr(MODES[m]) for m in shown}
    return pickers.segments(tr("regions.map_show"), labels, key="reg_map", where=where)


def figure(mode: str, ranking, need, texts: dict[str, str], parent: str | None) -> go.Figure:
    """The map of a mode: the view's regions by achievement, by need, or by both."""
    level = regions.view_level(parent)
    if mode == "achievement" or need is None:
        title = tr("regions.map_title", **texts)
        return region_maps.achievement_map(ranking, level, title, thresholds(), lang(), MAP_SIZE)
    if mode == "need":
        title = tr("regions.map_need_title", need=need.name, level=texts["level_text"])
        facts = (need.name, need.unit, need.direction)
        return region_maps.need_map(need.view_frame, facts, title, lang(), MAP_SIZE, level)
    title = tr(
        "regions.map_quadrant_title",
        need=need.name,
        indicator=texts["indicator"],
        level=texts["level_text"],
    )
    return region_maps.quadrant_map(need.view_frame, need.unit, title, lang(), MAP_SIZE, level)


def section(mode: str, ranking, need, texts: dict, parent: str | None, as_of, code: str):
    """The map at its fixed size, clickable; its pictures refitted to slide size."""
    fig = figure(mode, ranking, need, texts, parent)
    parents = data_regions.parents(code, as_of)["code"].tolist()
    clicks = st.session_state.get(_CLICKS, 0)
    key = f"reg_map_{mode}_{parent or 'provinsi'}_{clicks}"
    exports.chart(
        fig,
        picture=lambda: geometry.fit(go.Figure(fig), geometry.SIZE),
        key=key,
        height=MAP_SIZE[1],
        on_select=partial(_province_clicked, key, parents),
        selection_mode="points",
        config={"scrollZoom": False},
    )
    caption = N_("regions.map_caption") if parents else N_("regions.map_caption_provinces")
    st.caption(tr(caption))
