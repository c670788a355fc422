"""The stored roll-up: every region's figure, rebuilt in the transaction of every write."""

import datetime as dt

import duckdb

from pantau.store import queries


def refresh(
    cur: duckdb.DuckDBPyConnection,
    indicators: list[str] | None = None,
    first_period: dt.date | None = None,
    provinces: list[str] | None = None,
) -> None:
    """Rebuild the table figures on the caller's cursor: for the indicators given (and those
    weighted by them) from first_period on in the provinces given, or whole when indicators
    is None. Roll-ups never cross a province (the nation is summed when read)."""
    if indicators is not None:
        if not indicators or not provinces:
            return  # nothing changed
        affected = queries.run_on(cur, "affected_indicators", indicators=indicators)
        indicators = list(affected["indicators"].iloc[0])
    before = _spans(cur, indicators)
    queries.run_script(
        cur,
        "refresh_figures",
        indicators=indicators,
        first_period=first_period,
        provinces=provinces,
    )
    after = {} if indicators is None else _spans(cur, indicators)
    moved = {c: _since(before.get(c), after.get(c)) for c in before.keys() | after.keys()}
    moved = {c: since for c, since in moved.items() if before.get(c) != after.get(c)}
    queries.run_script(
        cur,
        "refresh_missing_reports",
        indicators=indicators,
        provinces=provinces,
        moved=sorted(moved),
        grown=sorted(c for c, since in moved.items() if since is not None),
        since=min((s for s in moved.values() if s is not None), default=None),
    )


def _spans(cur: duckdb.DuckDBPyConnection, indicators: list[str] | None) -> dict[str, tuple]:
    """Each indicator's first and last period reported."""
    spans = queries.run_on(cur, "reported_spans", indicators=indicators)
    return {
        r.indicator_code: (r.first_period.date(), r.last_period.date()) for r in spans.itertuples()
    }


def _since(before: tuple | None, after: tuple | None) -> dt.date | None:
    """The first period whose reports became due in every region when an indicator's span of
    reported periods went from before to after ((first, last) or None): None when none did."""
    if after is None:
        return None
    if before is None or after[0] < before[0]:
        return after[0]  # new, or reported earlier than before: every period from the start
    if after[1] > before[1]:
        return before[1] + dt.timedelta(days=1)  # a later period reported: those after it
    return None  # the span only shrank


def refresh_after_upload(cur: duckdb.DuckDBPyConnection, upload_id: int, catalog_rows: int) -> None:
    """Rebuild the figures an upload (or the roll back of one) changed: every figure when it
    touched the catalogue (a region's parent or an indicator's weight may have changed), else
    those of the indicators, periods and provinces its value history names."""
    if catalog_rows:
        refresh(cur)
        return
    changed = queries.run_on(cur, "upload_scope", upload_id=upload_id).iloc[0]
    if changed["indicators"] is None or len(changed["indicators"]) == 0:
        return
    refresh(cur, list(changed["indicators"]), changed["first_period"], list(changed["provinces"]))
