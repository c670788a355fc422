"""Planned versus actual, as DESIGN.md defines it: each function runs one named query."""

import datetime as dt
from collections.abc import Sequence

import duckdb
import pandas as pd

from pantau.settings import StatusThresholds
from pantau.store import queries

NATIONAL_LEVEL = "provinsi"
GRAINS = ("month", "quarter", "half", "year")
STATUSES = ("on_track", "at_risk", "off_track", "no_data")
GRAIN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def _regions(regions: Sequence[str] | None) -> list[str] | None:
    """No regions (or an empty choice) means the whole country, on the province level."""
    return list(regions) if regions else None


def indicators_to_date(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str | None = None,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """One row per indicator: latest period, planned and actual to date, achievement, status."""
    return queries.run(
        con,
        "indicators_to_date",
        program=program,
        regions=_regions(regions),
        region_level=NATIONAL_LEVEL,
        as_of=as_of,
        on_track=thresholds.on_track,
        at_risk=thresholds.at_risk,
    )


def indicator_series(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    regions: Sequence[str] | None = None,
    grain: str | None = None,
    by_region: bool = False,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Planned, actual and achievement per period for one indicator, overall or per region."""
    return queries.run(
        con,
        "indicator_series",
        indicator=indicator,
        regions=_regions(regions),
        region_level=NATIONAL_LEVEL,
        grain=grain,
        by_region=by_region,
        as_of=as_of,
        on_track=thresholds.on_track,
        at_risk=thresholds.at_risk,
    )


def status_counts(to_date: pd.DataFrame) -> dict[str, int]:
    """How many indicators have each status (every status present, zero if none)."""
    counts = to_date["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in STATUSES}


def grains_for(frequency: str) -> list[str]:
    """The time grains an indicator can be shown at: its own frequency and coarser."""
    return list(GRAINS[GRAINS.index(frequency) :])


def projection(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    indicator: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
    last_n: int = 6,
) -> pd.DataFrame:
    """The projected actual for each period left until the programme ends (docs/metrics.md)."""
    return queries.run(
        con,
        "indicator_projection",
        indicator=indicator,
        regions=_regions(regions),
        region_level=NATIONAL_LEVEL,
        as_of=as_of,
        last_n=last_n,
        on_track=thresholds.on_track,
        at_risk=thresholds.at_risk,
    )


def projection_at(projected: pd.DataFrame, year: int | None = None) -> pd.Series | None:
    """The projection at the last period of a year (None: at the programme's end)."""
    rows = projected if year is None else projected[projected["period"].dt.year == year]
    return None if rows.empty else rows.iloc[-1]


def last_month_covered(to_date: pd.DataFrame, today: dt.date) -> dt.date | None:
    """The last month the indicators' latest periods cover (Q3 2026 -> Sep 2026), leaving out
    periods that have not ended by today (a half-year reported early), unless nothing else."""
    ends = [
        (pd.Timestamp(p) + pd.DateOffset(months=GRAIN_MONTHS[f] - 1)).date()
        for p, f in zip(to_date["latest_period"], to_date["frequency"], strict=True)
        if not pd.isna(p)
    ]
    ended = [e for e in ends if pd.Timestamp(e) + pd.DateOffset(months=1) <= pd.Timestamp(today)]
    return max(ended or ends) if ends else None
