"""Cached reads of the program page."""

import datetime as dt

import pandas as pd

from pantau.analysis import program
from ui.context import connection, thresholds
from ui.data_version import cached


@cached
def logframe(code: str, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """A programme's indicators to date, in results-chain order."""
    return program.logframe(connection(), thresholds(), code, regions, as_of)
