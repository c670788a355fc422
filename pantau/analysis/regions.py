"""Achievement compared across regions, and need against coverage: each function runs one query."""

import datetime as dt

import duckdb
import pandas as pd

from pantau.analysis.metrics import NATIONAL_LEVEL
from pantau.settings import StatusThresholds
from pantau.store import queries

HEATMAP_PERIODS = 8  # the heatmap shows the last eight periods of the indicator's frequency
ALL_REGENCIES = "kabupaten_kota"  # the view of every regency of the country (as a parent)
REGENCY_LEVEL = "kabupaten_kota"
SHOWN_ALL = 40  # up to this many regions a chart names every one (a province's regencies)
ENDS = 10  # beyond it, the ranking draws the top ten and the bottom ten
PAGE_ROWS = 30  # and the heatmap shows its rows a page at a time
DEFAULT_NEED = "KEMISKINAN.P0"  # the poverty rate
NEED_LEVELS = ("impact", "outcome")
NEED_UNIT = "persen"
QUADRANTS = (
    "high_need_low_coverage",
    "high_need_high_coverage",
    "low_need_low_coverage",
    "low_need_high_coverage",
)


def _limits(thresholds: StatusThresholds) -> dict[str, float]:
    """The status thresholds as the queries bind them."""
    return {"on_track": thresholds.on_track, "at_risk": thresholds.at_risk}


def _view(parent: str | None) -> dict[str, object]:
    """The queries' $parent and $region_level of a view: the provinces (None), the regencies of
    a province (its code) or every regency of the country (ALL_REGENCIES)."""
    if parent == ALL_REGENCIES:
        return {"parent": None, "region_level": REGENCY_LEVEL}
    return {"parent": parent, "region_level": NATIONAL_LEVEL}


def view_level(parent: str | None) -> str:
    """The catalogue level of a view's regions: 'provinsi' or 'kabupaten_kota'."""
    return NATIONAL_LEVEL if parent is None else REGENCY_LEVEL


def periods(
    con: duckdb.DuckDBPyConnection, indicator: str, parent: str | None, as_of: dt.date | None
) -> list[dt.date]:
    """Periods in which a region of the view reported the indicator, newest first."""
    frame = queries.run(
        con,
        "regions_periods",
        indicator=indicator,
        as_of=as_of,
        **_view(parent),
    )
    return [p.date() for p in frame["period"]]


def parents(
    con: duckdb.DuckDBPyConnection, indicator: str, as_of: dt.date | None = None
) -> pd.DataFrame:
    """Provinces whose regencies reported the indicator: the ones a person can drill into."""
    return queries.run(con, "regions_parents", indicator=indicator, as_of=as_of)


def ranking(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    period: dt.date,
    parent: str | None = None,
) -> pd.DataFrame:
    """Every region of the view with its achievement in the period, best first, no data last
    (parent: None for the provinces, a province's code, or ALL_REGENCIES); a rolled-up
    figure carries parts, parts_reported and parts_level."""
    return queries.run(
        con,
        "regions_ranking",
        indicator=indicator,
        period=period,
        **_view(parent),
        **_limits(thresholds),
    )


def heatmap(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    period: dt.date,
    parent: str | None = None,
) -> pd.DataFrame:
    """Achievement per region and period, the last HEATMAP_PERIODS periods up to the period."""
    return queries.run(
        con,
        "regions_heatmap",
        indicator=indicator,
        period=period,
        periods=HEATMAP_PERIODS,
        **_view(parent),
        **_limits(thresholds),
    )


def need_coverage(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    need: str,
    period: dt.date,
    as_of: dt.date | None = None,
    parent: str | None = None,
) -> pd.DataFrame:
    """Per region of the view (parent: None for the provinces, a province's code, or
    ALL_REGENCIES): need, coverage (achievement), quadrant and priority score, priority first."""
    return queries.run(
        con,
        "regions_need_coverage",
        indicator=indicator,
        need=need,
        period=period,
        as_of=as_of,
        **_view(parent),
        **_limits(thresholds),
    )


def need_indicators(catalogue: pd.DataFrame) -> list[str]:
    """Indicators that can measure need: impact or outcome rates, the poverty rate first."""
    fits = catalogue["level"].isin(NEED_LEVELS) & (catalogue["unit"] == NEED_UNIT)
    codes = catalogue.loc[fits, "code"].tolist()
    return sorted(codes, key=lambda c: (c != DEFAULT_NEED, c))


def drill_default(region: str | None, parents: list[str]) -> str:
    """The province to drill into first: the sidebar's province (or a regency's or district's:
    a Kemendagri code starts with its province's), if it can be."""
    province = region.split(".")[0] if region else ""
    return province if province in parents else ""


def _latest_and_earlier(dates: pd.Series) -> tuple[dt.date | None, int]:
    """The latest of some periods, and how many are earlier than it."""
    known = dates.dropna()
    if known.empty:
        return None, 0
    latest = known.max()
    return latest.date(), int((known < latest).sum())


def scatter_facts(frame: pd.DataFrame) -> dict[str, object]:
    """What the scatter's caption says: points drawn and not, under-served, periods used."""
    both = frame.dropna(subset=["need_value", "achievement"])
    need_period, need_earlier = _latest_and_earlier(both["need_period"])
    coverage_period, coverage_earlier = _latest_and_earlier(both["achievement_period"])
    return {
        "drawn": len(both),
        "not_drawn": len(frame) - len(both),
        "under_served": int((both["quadrant"] == "high_need_low_coverage").sum()),
        "need_period": need_period,
        "need_earlier": need_earlier,
        "coverage_period": coverage_period,
        "coverage_earlier": coverage_earlier,
    }


def ranking_ends(ranking: pd.DataFrame, n: int = ENDS) -> pd.DataFrame:
    """The whole ranking up to SHOWN_ALL regions; beyond, the n best and the n lowest of the
    regions with an achievement (the rest, and those without one, go to the table)."""
    if len(ranking) <= SHOWN_ALL:
        return ranking
    ranked = ranking[ranking["achievement"].notna()]
    if len(ranked) <= 2 * n:
        return ranked
    return pd.concat([ranked.head(n), ranked.tail(n)])


def heatmap_pages(cells: pd.DataFrame) -> int:
    """How many pages of PAGE_ROWS regions the heatmap has (one up to SHOWN_ALL regions)."""
    rows = cells["region_code"].nunique()
    return 1 if rows <= SHOWN_ALL else -(-rows // PAGE_ROWS)


def heatmap_page(cells: pd.DataFrame, page: int) -> pd.DataFrame:
    """The cells of one page (from 1) of regions, in ranking order; all of them on one page."""
    if heatmap_pages(cells) == 1:
        return cells
    first = (page - 1) * PAGE_ROWS
    return cells[cells["position"].between(first + 1, first + PAGE_ROWS)]
