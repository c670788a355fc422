"""Parts of the regions page: the province and period pickers, the ranking cards, priorities."""

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.analysis import metrics, regions
from pantau.charts import regions as regions_charts
from pantau.i18n import N_
from pantau.i18n.palette import COLOURS
from pantau.tables import regions as regions_tables
from ui import data_regions, exports, pickers, url_state, widgets
from ui.context import lang, thresholds, tr
from ui.data_version import drawn
from ui.filters import Filters


def province_picker(chosen: Filters, code: str, names: dict[str, str], where) -> str | None:
    """Drill into a province whose regencies report (the sidebar's is chosen first), or into
    every regency of the country (regions.ALL_REGENCIES); None: the provinces. Searchable
    (type part of a name), and it lists provinces only: 38 at most, never 514 regencies."""
    parents = data_regions.parents(code, chosen.as_of)["code"].tolist()
    drill_default = regions.drill_default(chosen.region, parents)
    if st.session_state.get("_reg_sidebar_region", chosen.region) != chosen.region:
        st.session_state["reg_province"] = drill_default  # the sidebar region changed: follow it
    st.session_state["_reg_sidebar_region"] = chosen.region
    if not parents:
        return None
    options = ["", regions.ALL_REGENCIES, *parents]
    labels = {"": tr("regions.all_provinces"), regions.ALL_REGENCIES: tr("regions.all_regencies")}
    url_state.bind("reg_province", drill_default, options)
    parent = where.selectbox(
        tr("regions.province"),
        options,
        key="reg_province",
        format_func=(labels | names).get,
        help=tr("regions.province_help"),
    )
    return parent or None


@dataclass(frozen=True)
class Need:
    """The chosen need indicator and its need-against-coverage frames: between provinces
    (the scatter and priority list) and between the view's regions (the maps)."""

    code: str
    name: str
    unit: str
    direction: str
    frequency: str
    frame: pd.DataFrame
    view_frame: pd.DataFrame


def need_choice(
    every_indicator: pd.DataFrame, code: str, period, as_of, where, parent: str | None = None
) -> Need | None:
    """Pick the indicator that measures need (the poverty rate first); None: the catalogue
    has no rate that can."""
    needs = regions.need_indicators(every_indicator.reset_index())
    if not needs:
        return None
    names = {c: every_indicator.loc[c, f"name_{lang()}"] for c in needs}
    need = pickers.indicator(
        tr("regions.need"), names, key="reg_need", help=tr("regions.need_help"), where=where
    )
    row = every_indicator.loc[need]
    frame = data_regions.need_coverage(code, need, period, as_of)
    view = data_regions.need_coverage(code, need, period, as_of, parent) if parent else frame
    facts = (row["unit"], row["direction"], row["frequency"])
    return Need(need, names[need], *facts, frame, view)


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


def ranking_section(ranking: pd.DataFrame, texts: dict[str, str], unit: str, code: str) -> None:
    """The cards, the bars (every region, or the top and bottom ten of a large view) and the
    whole ranking as a sortable, downloadable table. texts: indicator, level, level_text,
    period (its label)."""
    ranking_cards(ranking, texts["level"], texts["level_text"], texts["period"])
    shown = regions.ranking_ends(ranking)
    whole = len(shown) == len(ranking)
    title = tr(
        N_("regions.ranking_title") if whole else N_("regions.ranking_ends_title"),
        indicator=texts["indicator"],
        level=texts["level_text"],
        period=texts["period"],
        n=regions.ENDS,
    )
    exports.chart(drawn(regions_charts.ranking_bars, shown, title, unit, thresholds(), lang()))
    st.caption(tr("regions.ranking_caption", legend=widgets.status_legend()))
    table = regions_tables.ranking_view(ranking, unit, lang())
    if whole:
        with st.expander(tr("regions.ranking_table")):
            widgets.dataframe(table)
            widgets.downloads(table, f"pantau-peringkat-{code}")
        return
    heading = tr("regions.ranking_all", n=len(ranking))
    st.markdown(f"**{heading}**")
    widgets.dataframe(table, height=36 * 12 + 2)  # twelve rows, then it scrolls
    widgets.downloads(table, f"pantau-peringkat-{code}")


def heatmap_section(cells: pd.DataFrame, texts: dict[str, str], unit: str, frequency: str):
    """The heatmap: every region, or a large view's regions a page at a time."""
    pages = regions.heatmap_pages(cells)
    title = tr("regions.heatmap_title", indicator=texts["indicator"], level=texts["level_text"])
    if pages > 1:
        total = cells["region_code"].nunique()
        rows = lambda p: {
            "first": (p - 1) * regions.PAGE_ROWS + 1,
            "last": min(p * regions.PAGE_ROWS, total),
            "total": total,
        }
        page = st.selectbox(
            tr("regions.heatmap_page"),
            range(1, pages + 1),
            key="reg_heat_page",
            format_func=lambda p: tr("regions.heatmap_rows", **rows(p)),
        )
        cells = regions.heatmap_page(cells, page)
        title += f" · {tr('regions.heatmap_rows', **rows(page))}"
    heatmap = regions_charts.achievement_heatmap
    exports.chart(drawn(heatmap, cells, title, unit, frequency, thresholds(), lang()))
    st.caption(regions_tables.heatmap_caption(texts["period"], thresholds(), lang()))


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
