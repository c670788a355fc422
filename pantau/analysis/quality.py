"""Data quality: how complete the reports are, which are missing, and which values look wrong."""

import datetime as dt
from dataclasses import asdict, dataclass

import duckdb
import pandas as pd

from pantau.settings import REPORT_GRACE_DAYS
from pantau.store import queries

GRAINS = ("quarter", "year")  # the completeness matrix's columns
PERIODS_SHOWN = 8  # the last 8 quarters (or years)
# a flow's usual size is the median of its 4 reports before: fixed, as each report's median is
# stored with the figures (report_histories in queries/macros.sql)
FLOW_HISTORY = 4


@dataclass(frozen=True)
class SuspectRules:
    """When a value looks wrong; each threshold is passed to the query as a parameter."""

    stock_jump: float = 0.5  # a stock moving by more than 50 % from the previous report
    flow_spike: float = 3.0  # a flow above 3 x the median of its FLOW_HISTORY reports before
    above_planned: float = 3.0  # an actual above 3 x its planned value


def _scope(program: str | None, region: str | None, as_of: dt.date | None, grain: str) -> dict:
    """The parameters every quality query shares."""
    return {
        "program": program,
        "region": region,
        "as_of": as_of,
        "grain": grain,
        "periods": PERIODS_SHOWN,
    }


def completeness(
    con: duckdb.DuckDBPyConnection,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
) -> pd.DataFrame:
    """Reports expected and received per region and period, and a total row per region level."""
    return queries.run(con, "quality_completeness", **_scope(program, region, as_of, grain))


def cells(report: pd.DataFrame) -> pd.DataFrame:
    """The region x period cells of a completeness report."""
    return report[report["region_code"].notna()].reset_index(drop=True)


def totals(report: pd.DataFrame) -> pd.DataFrame:
    """One row per region level (provinces first): expected, received, completeness."""
    return report[report["region_code"].isna()].set_index("region_level")


def missing_reports(
    con: duckdb.DuckDBPyConnection,
    today: dt.date,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
    grace: int = REPORT_GRACE_DAYS,
) -> pd.DataFrame:
    """Each expected report not received, with its due date and days overdue at `today`."""
    return queries.run(
        con,
        "quality_missing_reports",
        today=today,
        grace_days=grace,
        **_scope(program, region, as_of, grain),
    )


def suspect_values(
    con: duckdb.DuckDBPyConnection,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
    rules: SuspectRules = SuspectRules(),
) -> pd.DataFrame:
    """Each value that breaks a rule, with the value it was compared with."""
    return queries.run(
        con, "quality_suspect_values", **asdict(rules), **_scope(program, region, as_of, grain)
    )


def overdue_count(missing: pd.DataFrame) -> int:
    """How many missing reports are past their due date."""
    return int((missing["days_overdue"] > 0).sum())
