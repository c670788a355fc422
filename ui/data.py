"""Cached reads: each wraps one function of pantau/, keyed by its own arguments and the data
version (ui.data_version).

None takes the database path: ui.context.connection() clears these caches when the path changes.
"""

import datetime as dt

import pandas as pd

from pantau import ingest, settings
from pantau.analysis import metrics
from pantau.store import catalog, uploads
from ui.context import connection, thresholds
from ui.data_version import cached


@cached
def summary() -> dict[str, object]:
    """What the database holds."""
    return catalog.database_summary(connection())


@cached
def programs() -> pd.DataFrame:
    """Every programme."""
    return catalog.programs(connection())


@cached
def indicators(program: str | None) -> pd.DataFrame:
    """The indicators of a programme."""
    return catalog.indicators(connection(), program)


@cached
def regions() -> pd.DataFrame:
    """Every region."""
    return catalog.regions(connection())


@cached
def report_periods() -> list[dt.date]:
    """Months with data, newest first."""
    return catalog.report_periods(connection())


@cached
def to_date(program: str | None, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """Each indicator's achievement to date."""
    return metrics.indicators_to_date(connection(), thresholds(), program, regions, as_of)


@cached
def series(
    indicator: str,
    regions: tuple[str, ...],
    grain: str,
    by_region: bool,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """One indicator's planned versus actual over time, up to as_of."""
    return metrics.indicator_series(
        connection(), thresholds(), indicator, regions, grain, by_region, as_of
    )


@cached
def catalog_snapshot() -> ingest.Catalog:
    """The catalogue an upload is validated against."""
    con = connection()
    return ingest.Catalog(
        programs=catalog.programs(con),
        indicators=catalog.indicators(con),
        regions=catalog.regions(con),
    )


def max_upload_bytes() -> int:
    """The largest file the upload page accepts."""
    return settings.max_upload_bytes()


@cached(max_entries=2)
def parsed_upload(file_name: str, sha256: str, _content: bytes, today: dt.date):
    """The checked upload, kept while the person looks at it (reruns must not re-read it)."""
    return ingest.parse_upload(
        file_name, _content, catalog_snapshot(), today, max_bytes=max_upload_bytes()
    )


@cached(max_entries=2)
def upload_preview(sha256: str, _parsed, _content: bytes) -> uploads.Preview:
    """What saving the checked upload would change."""
    return uploads.preview(connection(), _parsed.observations, _parsed.catalog, _content)


@cached
def projection(indicator: str, regions: tuple[str, ...], as_of: dt.date | None) -> pd.DataFrame:
    """The projected actual for each period left until the programme ends, from as_of."""
    return metrics.projection(connection(), thresholds(), indicator, regions, as_of)
