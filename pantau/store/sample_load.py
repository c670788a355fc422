"""Fills a new database with the generated sample observations, marked as sample data."""

import datetime as dt

import duckdb

from pantau.settings import CATALOG_DIR
from pantau.store import figures, queries, sample


def load_sample(con: duckdb.DuckDBPyConnection) -> int:
    """Insert the sample observations in one transaction; return how many rows."""
    frame = sample.generate_observations(**sample.load_inputs(CATALOG_DIR))
    with con.cursor() as cur:
        cur.begin()
        cur.register("incoming_sample", frame)
        cur.execute(queries.sql_text("insert_sample_observations"))
        figures.refresh(cur)
        cur.execute(
            queries.sql_text("mark_sample_data"),
            {"built_on": dt.date.today().isoformat()},
        )
        cur.commit()
    return len(frame)
