"""Cached reads of the regions page: each wraps one function of pantau/regions.py."""

import datetime as dt

import pandas as pd

from pantau.analysis import regions
from pantau.export import report_map
from ui import data
from ui.context import connection, thresholds
from ui.data_version import cached


@cached
def periods(indicator: str, parent: str | None, as_of: dt.date | None) -> list[dt.date]:
    """Periods in which the view's regions reported the indicator, newest first."""
    return regions.periods(connection(), indicator, parent, as_of)


@cached
def parents(indicator: str, as_of: dt.date | None) -> pd.DataFrame:
    """Provinces whose regencies reported the indicator."""
    return regions.parents(connection(), indicator, as_of)


@cached
def ranking(indicator: str, period: dt.date, parent: str | None) -> pd.DataFrame:
    """The view's regions ranked by achievement in the period."""
    return regions.ranking(connection(), thresholds(), indicator, period, parent)


@cached
def heatmap(indicator: str, period: dt.date, parent: str | None) -> pd.DataFrame:
    """Achievement per region and period, up to the period."""
    return regions.heatmap(connection(), thresholds(), indicator, period, parent)


@cached
def need_coverage(
    indicator: str, need: str, period: dt.date, as_of: dt.date | None, parent: str | None = None
) -> pd.DataFrame:
    """Need against coverage per region of the view (provinces by default), with the
    priority score."""
    return regions.need_coverage(connection(), thresholds(), indicator, need, period, as_of, parent)


@cached
def map_facts(program: str, chosen: tuple, region: str | None, as_of: dt.date | None, lang: str):
    """The map a presentation shows: the programme's first indicator with an achievement
    (chosen: the sidebar's regions, as data.to_date takes them)."""
    to_date = data.to_date(program, chosen, as_of)
    return report_map.map_facts(connection(), thresholds(), to_date, region, lang)
