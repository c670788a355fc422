"""Money against results (docs/budget.md): each function runs one named budget_* query."""

import datetime as dt
from collections.abc import Sequence

import duckdb
import pandas as pd

from pantau.analysis.metrics import NATIONAL_LEVEL
from pantau.settings import StatusThresholds
from pantau.store import queries

QUADRANTS = (
    "money_without_results",
    "results_without_money",
    "both_behind",
    "money_and_results",
    "no_data",
)
QUADRANT_SYMBOLS = {
    "money_without_results": "■",
    "results_without_money": "◆",
    "both_behind": "▲",
    "money_and_results": "●",
    "no_data": "○",
}


def _scope(regions: Sequence[str] | None, as_of: dt.date | None) -> dict[str, object]:
    """The parameters every budget query shares: regions (none: the nation) and data up to."""
    return {
        "regions": list(regions) if regions else None,
        "region_level": NATIONAL_LEVEL,
        "as_of": as_of,
    }


def _limits(thresholds: StatusThresholds) -> dict[str, float]:
    """The status thresholds as query parameters."""
    return {"on_track": thresholds.on_track, "at_risk": thresholds.at_risk}


def money_indicators(con: duckdb.DuckDBPyConnection, program: str | None) -> pd.DataFrame:
    """The rupiah indicators of a programme (all when None), each with the output it pays for."""
    return queries.run(con, "budget_money_indicators", program=program)


def money_series(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Planned and realised money per period, with the year-to-date sums and absorption."""
    params = _scope(regions, as_of) | _limits(thresholds)
    return queries.run(con, "budget_money_series", indicator=indicator, **params)


def absorption(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Absorption year to date: the chosen regions together (series '*') and each region."""
    params = _scope(regions, as_of) | _limits(thresholds)
    return queries.run(con, "budget_absorption", indicator=indicator, **params)


def cost_per_beneficiary(
    con: duckdb.DuckDBPyConnection,
    indicator: str,
    output: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Realised (and planned) money per beneficiary over one common year to date, by region."""
    params = _scope(regions, as_of)
    return queries.run(
        con, "budget_cost_per_beneficiary", indicator=indicator, output=output, **params
    )


def quadrant(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    output: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Each region's absorption against its output achievement, and the quadrant it falls in."""
    params = _scope(regions, as_of) | _limits(thresholds)
    return queries.run(con, "budget_quadrant", indicator=indicator, output=output, **params)


def years(series: pd.DataFrame) -> list[int]:
    """The years a money series has periods in, newest first."""
    return sorted({int(y) for y in series["period"].dt.year}, reverse=True)


def in_year(series: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """The periods of one year (every period when year is None)."""
    return series if year is None else series[series["period"].dt.year == year]


def quadrant_counts(regions: pd.DataFrame) -> dict[str, int]:
    """How many regions (the total row left out) fall in each quadrant, every quadrant present."""
    counts = regions.loc[~regions["is_total"], "quadrant"].value_counts()
    return {q: int(counts.get(q, 0)) for q in QUADRANTS}
