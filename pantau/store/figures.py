"""The stored roll-up: every region's figure, rebuilt in the transaction of every write."""

import datetime as dt

import duckdb

from pantau.store import queries


def refresh(
    cur: duckdb.DuckDBPyConnection,
    indicators: list[str] | None = None,
    first_period: dt.date | None = None,
) -> None:
    """Rebuild the table figures on the caller's cursor: for the indicators given (and those
    weighted by them) from first_period on, or whole when indicators is None."""
    if indicators is not None and not indicators:
        return  # nothing changed
    queries.run_script(cur, "refresh_figures", indicators=indicators, first_period=first_period)


def refresh_after_upload(cur: duckdb.DuckDBPyConnection, upload_id: int, catalog_rows: int) -> None:
    """Rebuild the figures an upload (or the roll back of one) changed: every figure when it
    touched the catalogue (a region's parent or an indicator's weight may have changed), else
    those of the indicators and periods its value history names."""
    if catalog_rows:
        refresh(cur)
        return
    changed = queries.run_on(cur, "upload_scope", upload_id=upload_id).iloc[0]
    if changed["indicators"] is None or len(changed["indicators"]) == 0:
        return
    refresh(cur, list(changed["indicators"]), changed["first_period"])
