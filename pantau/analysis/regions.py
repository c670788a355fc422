"""Achievement compared across regions, and need against coverage: each function runs one query."""

import datetime as dt

import duckdb
import pandas as pd

from pantau.analysis.metrics import NATIONAL_LEVEL
from pantau.settings import StatusThresholds
from pantau.store import queries

HEATMAP_PERIODS = 8  # the heatmap shows the last eight periods of the indicator's frequency
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


def periods(
    con: duckdb.DuckDBPyConnection, indicator: str, parent: str | None, as_of: dt.date | None
) -> list[dt.date]:
    """Periods in which a region of the view reported the indicator, newest first."""
    frame = queries.run(
        con,
        "regions_periods",
        indicator=indicator,
        parent=parent,
        region_level=NATIONAL_LEVEL,
        as_of=as_of,
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
    """Every region of the view with its achievement in the period, best first, no data last."""
    return queries.run(
        con,
        "regions_ranking",
        indicator=indicator,
        parent=parent,
        period=period,
        region_level=NATIONAL_LEVEL,
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
        parent=parent,
        period=period,
        periods=HEATMAP_PERIODS,
        region_level=NATIONAL_LEVEL,
        **_limits(thresholds),
    )


def need_coverage(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    need: str,
    period: dt.date,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Per province: need, coverage (achievement), quadrant and priority score, priority first."""
    return queries.run(
        con,
        "regions_need_coverage",
        indicator=indicator,
        need=need,
        period=period,
        as_of=as_of,
        region_level=NATIONAL_LEVEL,
        **_limits(thresholds),
    )


def need_indicators(catalogue: pd.DataFrame) -> list[str]:
    """Indicators that can measure need: impact or outcome rates, the poverty rate first."""
    fits = catalogue["level"].isin(NEED_LEVELS) & (catalogue["unit"] == NEED_UNIT)
    codes = catalogue.loc[fits, "code"].tolist()
    return sorted(codes, key=lambda c: (c != DEFAULT_NEED, c))


def drill_default(region: str | None, regions: pd.DataFrame, parents: list[str]) -> str:
    """The province to drill into first: the sidebar's province (or a regency's), if it can be."""
    if not region:
        return ""
    parent_of = dict(zip(regions["code"], regions["parent_code"], strict=True))
    province = parent_of.get(region) if pd.notna(parent_of.get(region)) else region
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
