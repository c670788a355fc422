"""A programme's results chain (logframe): input -> output -> outcome -> impact, with numbers."""

import datetime as dt
from collections.abc import Sequence

import duckdb
import pandas as pd

from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from pantau.store import catalog

LEVELS = ("input", "output", "outcome", "impact")


def logframe(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str,
    regions: Sequence[str] | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """One row per indicator of a programme, to date, with its baseline year, in chain order."""
    to_date = metrics.indicators_to_date(con, thresholds, program, regions, as_of)
    years = catalog.indicators(con, program)[["code", "baseline_year"]]
    frame = to_date.merge(years.rename(columns={"code": "indicator_code"}), how="left")
    order = frame["level"].map(LEVELS.index)
    return (
        frame.assign(_order=order)
        .sort_values(["_order", "indicator_code"])
        .drop(columns="_order")
        .reset_index(drop=True)
    )


def by_level(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The indicators of each level of the chain (every level present, empty if none)."""
    return {level: frame[frame["level"] == level] for level in LEVELS}
