"""Parts of the regions page: the province and period pickers, the ranking cards, priorities."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.analysis import metrics, regions
from pantau.charts import regions as regions_charts
from pantau.i18n.palette import COLOURS
from pantau.tables import regions as regions_tables
from ui import data_regions, url_state, widgets
from ui.context import lang, tr
from ui.filters import Filters


def province_picker(chosen: Filters, code: str, all_regions: pd.DataFrame, where) -> str | None:
    """Drill into a province whose regencies report (the sidebar's is chosen first); None: all."""
    parents = data_regions.parents(code, chosen.as_of)["code"].tolist()
    drill_default = regions.drill_default(chosen.region, all_regions, parents)
    if st.session_state.get("_reg_sidebar_region", chosen.region) != chosen.region:
        st.session_state["reg_province"] = drill_default  # the sidebar region changed: follow it
    st.session_state["_reg_sidebar_region"] = chosen.region
    if not parents:
        return None
    region_names = dict(zip(all_regions["code"], all_regions["name"], strict=True))
    url_state.bind("reg_province", drill_default, ["", *parents])
    parent = where.selectbox(
        tr("regions.province"),
        ["", *parents],
        key="reg_province",
        format_func={"": tr("regions.all_provinces"), **region_names}.get,
        help=tr("regions.province_help"),
    )
    return parent or None


def period_picker(periods: list[dt.date], frequency: str, where) -> tuple[dt.date, str]:
    """Pick a period in which the view's regions reported, newest first; with its label."""
    options = [p.isoformat() for p in periods]
    labels = {p.isoformat(): i18n.period_label(p, frequency, lang()) for p in periods}
    url_state.bind("reg_period", options[0], options)
    chosen = where.selectbox(
        tr("regions.period"), options, key="reg_period", format_func=labels.get
    )
    return dt.date.fromisoformat(chosen), labels[chosen]


def ranking_cards(ranking: pd.DataFrame, level: str, level_text: str, period: str) -> None:
    """How many regions reported, and how many are on track, at risk and off track."""
    first = ranking.iloc[0]
    reported = {"n": int(first["regions_reported"]), "total": int(first["regions_expected"])}
    counts = metrics.status_counts(ranking)
    cards = st.columns(4)
    cards[0].metric(
        tr(f"regions.reported.{level}"),
        tr("reported.of", **reported),
        help=tr("regions.reported_help", level=level_text, period=period, **reported),
    )
    for card, status in zip(cards[1:], ("on_track", "at_risk", "off_track"), strict=True):
        card.metric(widgets.status_label(status), counts[status])


def priority_list(frame: pd.DataFrame, need_unit: str, frequencies: tuple[str, str], code: str):
    """The provinces by priority, the under-served in the off-track colour, with downloads."""
    table = regions_tables.priority_view(frame, need_unit, frequencies, lang())
    under = [
        f"color:{COLOURS['off_track']};font-weight:600" if q == regions_charts.UNDER_SERVED else ""
        for q in frame["quadrant"]
    ]
    height = 36 * (min(len(table.data), 15) + 1) + 2  # fifteen rows, then it scrolls
    widgets.dataframe(table, {tr("regions.col.quadrant"): under}, height=height)
    widgets.downloads(table, f"pantau-prioritas-{code}")
