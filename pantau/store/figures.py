"""The stored roll-up: every region's figure, rebuilt in the transaction of every write."""

import duckdb

from pantau.store import queries


def refresh(cur: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the table figures from observations and catalogue, on the caller's cursor."""
    queries.run_script(cur, "refresh_figures")
