"""The seed catalogue (programmes, indicators, regions) shipped under data/catalog/."""

from pathlib import Path

import duckdb
import pandas as pd

from pantau.settings import CATALOG_DIR
from pantau.store import figures, queries

CODE_COLUMNS = {
    "code": str,
    "program_code": str,
    "parent_code": str,
    "region_code": str,
}


def read_csv(name: str, catalog_dir: Path = CATALOG_DIR) -> pd.DataFrame:
    """One catalogue CSV, with code columns kept as text (34.01 is not a number)."""
    return pd.read_csv(catalog_dir / f"{name}.csv", dtype=CODE_COLUMNS)


def load_catalog(con: duckdb.DuckDBPyConnection, catalog_dir: Path = CATALOG_DIR) -> None:
    """Insert or update the catalogue from the CSVs, in one transaction."""
    frames = {name: read_csv(name, catalog_dir) for name in ("programs", "indicators", "regions")}
    with con.cursor() as cur:
        cur.begin()
        for name, frame in frames.items():
            cur.register(f"incoming_{name}", frame)
            cur.execute(queries.sql_text(f"upsert_{name}"))
        figures.refresh(cur)
        cur.commit()


def programs(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every programme with its indicator count."""
    return queries.run(con, "programs")


def indicators(con: duckdb.DuckDBPyConnection, program: str | None = None) -> pd.DataFrame:
    """The indicators of a programme (all when None)."""
    return queries.run(con, "indicators", program=program)


def regions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every region, each province followed by its regencies."""
    return queries.run(con, "regions")


def database_summary(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """Counts, the latest period with data, and whether this is sample data."""
    return queries.run(con, "database_summary").iloc[0].to_dict()


def report_periods(con: duckdb.DuckDBPyConnection) -> list:
    """Every month with at least one actual value, newest first."""
    return [p.date() for p in queries.run(con, "report_periods")["period"]]
