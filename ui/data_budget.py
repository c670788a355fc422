"""Cached reads for the budget page: each wraps one function of pantau.budget."""

import datetime as dt

import pandas as pd

from pantau.analysis import budget
from ui.context import connection, thresholds
from ui.data_version import cached


@cached
def money_indicators(program: str | None) -> pd.DataFrame:
    """The money indicators of a programme (all when None), with their beneficiary pair."""
    return budget.money_indicators(connection(), program)


@cached
def money_series(indicator: str, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """Planned and realised money per period, with the year-to-date sums."""
    return budget.money_series(connection(), thresholds(), indicator, regions, as_of)


@cached
def absorption(indicator: str, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """Absorption year to date, overall and by region."""
    return budget.absorption(connection(), thresholds(), indicator, regions, as_of)


@cached
def cost_per_beneficiary(
    indicator: str, output: str, regions: tuple[str, ...], as_of: dt.date | None
) -> pd.DataFrame:
    """Money per beneficiary, planned and actual, overall and by region."""
    return budget.cost_per_beneficiary(connection(), indicator, output, regions, as_of)


@cached
def quadrant(
    indicator: str, output: str, regions: tuple[str, ...], as_of: dt.date | None
) -> pd.DataFrame:
    """Absorption against output achievement by region, with each region's quadrant."""
    return budget.quadrant(connection(), thresholds(), indicator, output, regions, as_of)
