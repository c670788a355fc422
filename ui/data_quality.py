"""Cached reads of the quality page."""

import datetime as dt

import pandas as pd

from pantau.analysis import quality
from pantau.tables import quality as quality_tables
from pantau.tables.columns import Table
from ui.context import connection
from ui.data_version import cached


@cached
def completeness(
    program: str | None, region: str | None, as_of: dt.date | None, grain: str
) -> pd.DataFrame:
    """Reports expected and received per region and period, with a total per region level."""
    return quality.completeness(connection(), program, region, as_of, grain)


@cached
def missing(
    program: str | None,
    region: str | None,
    as_of: dt.date | None,
    grain: str,
    today: dt.date,
    grace: int,
) -> pd.DataFrame:
    """The expected reports not received, most overdue first."""
    return quality.missing_reports(connection(), today, program, region, as_of, grain, grace)


@cached
def suspect(
    program: str | None, region: str | None, as_of: dt.date | None, grain: str
) -> pd.DataFrame:
    """The values that break a rule."""
    return quality.suspect_values(connection(), program, region, as_of, grain)


@cached
def missing_view(
    program: str | None,
    region: str | None,
    as_of: dt.date | None,
    grain: str,
    today: dt.date,
    grace: int,
    lang: str,
) -> Table:
    """The missing reports as a table, made once: at district level they are 100,000 rows."""
    return quality_tables.missing_view(missing(program, region, as_of, grain, today, grace), lang)


@cached
def suspect_view(
    program: str | None, region: str | None, as_of: dt.date | None, grain: str, lang: str
) -> Table:
    """The values that break a rule as a table, each reason in words, made once."""
    return quality_tables.suspect_view(suspect(program, region, as_of, grain), lang)
