"""Cached reads of the quality page."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau.analysis import quality
from ui.context import connection
from ui.data import CACHE


@st.cache_data(**CACHE)
def completeness(
    program: str | None, region: str | None, as_of: dt.date | None, grain: str
) -> pd.DataFrame:
    """Reports expected and received per region and period, with a total per region level."""
    return quality.completeness(connection(), program, region, as_of, grain)


@st.cache_data(**CACHE)
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


@st.cache_data(**CACHE)
def suspect(
    program: str | None, region: str | None, as_of: dt.date | None, grain: str
) -> pd.DataFrame:
    """The values that break a rule."""
    return quality.suspect_values(connection(), program, region, as_of, grain)
