"""Upload helpers shared by the SQL and AppTest tests: a snapshot of every table, parsing."""

import datetime as dt

from pantau import ingest
from pantau.store import catalog

TABLES = ("observations", "uploads", "value_history", "indicators", "programs", "regions")
TODAY = dt.date(2026, 11, 27)


def snapshot(con) -> dict[str, list]:
    """Every row of every table, to compare before and after."""
    return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in TABLES}


def known(con) -> ingest.Catalog:
    """The catalogue in con, as the upload parser takes it."""
    return ingest.Catalog(catalog.programs(con), catalog.indicators(con), catalog.regions(con))


def parse(con, path) -> ingest.ParsedUpload:
    """A corpus file parsed against the catalogue in con."""
    return ingest.parse_upload(path.name, path.read_bytes(), known(con), TODAY)
