"""The map every report shows: one indicator's achievement per region in its latest period.

Which indicator: the programme's first (by code) with an achievement to date. Which regions:
the provinces for the nation; the regencies and cities of the chosen province (or of the
chosen regency's province) when they report, else the provinces. A report never lists
hundreds of regions: beside the map it names the best and the lowest few (ENDS).
"""

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd
import plotly.graph_objects as go

from pantau import i18n
from pantau.analysis import regions
from pantau.charts import region_maps
from pantau.settings import StatusThresholds
from pantau.store import catalog
from pantau.tables import regions as regions_tables

ENDS = 5  # regions named at each end of the ranking beside the map


@dataclass(frozen=True)
class MapFacts:
    """One indicator's ranking in one period, for a map and the lists beside it."""

    code: str
    name: str
    period: dt.date
    period_text: str
    parent: str | None  # None: the provinces; else the province whose regencies are shown
    level_text: str  # 'provinsi', 'kabupaten/kota Jawa Barat'
    ranking: pd.DataFrame  # regions.ranking: every region of the view, best first

    @property
    def level(self) -> str:
        return regions.view_level(self.parent)

    @property
    def reported(self) -> tuple[int, int]:
        """(regions that reported, regions of the view)."""
        first = self.ranking.iloc[0]
        return int(first["regions_reported"]), int(first["regions_expected"])

    def ends(self, n: int = ENDS) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The n best and the n lowest regions with an achievement (fewer when few have one;
        a region is never in both)."""
        ranked = self.ranking[self.ranking["achievement"].notna()]
        top = ranked.head(n)
        return top, ranked.iloc[len(top) :].tail(n).iloc[::-1]


def map_facts(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    to_date: pd.DataFrame,
    region: str | None,
    lang: str,
) -> MapFacts | None:
    """The map of the first indicator with an achievement to date; None when none has."""
    rows = to_date[to_date["achievement"].notna() & to_date["latest_period"].notna()]
    if rows.empty:
        return None
    row = rows.iloc[0]
    code = str(row["indicator_code"])
    period = pd.Timestamp(row["latest_period"]).date()
    province = region.split(".")[0] if region else None
    parents = regions.parents(con, code)["code"].tolist()
    parent = province if province in parents else None
    names = catalog.regions(con).set_index("code")["name"]
    return MapFacts(
        code=code,
        name=str(row[f"name_{lang}"]),
        period=period,
        period_text=i18n.period_label(period, row["frequency"], lang),
        parent=parent,
        level_text=regions_tables.level_text(parent, names.get(parent), lang),
        ranking=regions.ranking(con, thresholds, code, period, parent),
    )


def title(facts: MapFacts, lang: str) -> str:
    """'Dana PKH · capaian provinsi, Triwulan III 2026'."""
    return i18n.t(
        "regions.map_title",
        lang,
        indicator=facts.name,
        level_text=facts.level_text,
        period=facts.period_text,
    )


def figure(
    facts: MapFacts,
    thresholds: StatusThresholds,
    lang: str,
    size: tuple[int, int],
    with_title: bool = True,
) -> go.Figure:
    """The map fitted to size px."""
    return region_maps.achievement_map(
        facts.ranking,
        facts.level,
        title(facts, lang) if with_title else "",
        thresholds,
        lang,
        size,
    )


def end_lines(facts: MapFacts, lang: str, n: int = ENDS) -> tuple[list[str], list[str]]:
    """'1. DI Yogyakarta · 98,1 %' for the best and the lowest regions."""
    top, bottom = facts.ends(n)
    line = lambda r: f"{int(r.position)}. {r.region_name} · {i18n.percent(r.achievement, lang)}"
    return [line(r) for r in top.itertuples()], [line(r) for r in bottom.itertuples()]
