"""Cached reads of the program page."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau.analysis import program
from ui.context import connection, thresholds
from ui.data import CACHE


@st.cache_data(**CACHE)
def logframe(code: str, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """A programme's indicators to date, in results-chain order."""
    return program.logframe(connection(), thresholds(), code, regions, as_of)
