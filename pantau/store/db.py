"""Opening the DuckDB file: checks, creation with the sample data, forward migration."""

import logging
import os
from pathlib import Path

import duckdb

from pantau.errors import DatabaseUnavailable
from pantau.i18n import N_
from pantau.settings import QUERIES_DIR
from pantau.store import catalog, figures, queries

MIGRATIONS_DIR = QUERIES_DIR / "migrations"
DUCKDB_MAGIC = b"DUCK"
LOG = logging.getLogger(__name__)


def open_database(path: Path, with_sample: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (creating if absent) the database at path, migrated to the current schema."""
    path = Path(path)
    if not path.exists():
        _create(path, with_sample)
    _check_is_duckdb(path)
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as e:
        raise _open_failure(path, e) from e
    migrate(con)
    return con


def _create(path: Path, with_sample: bool) -> None:
    """Build a new database beside path and move it into place, so no half-built file remains."""
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.{os.getpid()}.building")
    building.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(building))
        try:
            migrate(con)
            catalog.load_catalog(con)
            if with_sample:
                from pantau.store import sample_load  # deferred: only a new database needs it

                sample_load.load_sample(con)
        finally:
            con.close()
        os.replace(building, path)
    finally:
        building.unlink(missing_ok=True)
        Path(f"{building}.wal").unlink(missing_ok=True)


def _check_is_duckdb(path: Path) -> None:
    """Refuse, without touching it, a file that is not a DuckDB database."""
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as e:
        raise _unavailable(N_("error.db_unreadable"), path, reason=e.strerror) from e
    if header[8:12] != DUCKDB_MAGIC:
        raise _unavailable(N_("error.db_not_duckdb"), path)


def _open_failure(path: Path, error: duckdb.Error) -> DatabaseUnavailable:
    """The error a person can act on for a DuckDB file that would not open."""
    text = str(error)
    if "lock" in text.lower():
        return _unavailable(N_("error.db_locked"), path)
    return _unavailable(N_("error.db_unopenable"), path, reason=text.replace(str(path), path.name))


def _unavailable(key: str, path: Path, **facts: object) -> DatabaseUnavailable:
    """The error for a person (the file's name only: no server path) and the log (the path)."""
    LOG.error("database %s: %s %s", path, key, facts)
    return DatabaseUnavailable(key, name=path.name, **facts)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The latest migration applied to this database (0 for an empty one)."""
    tables = set(queries.run(con, "database_tables")["table_name"])
    if "schema_version" not in tables:
        return 0
    return int(queries.run(con, "schema_version")["version"].iloc[0])


def migrations() -> list[tuple[int, Path]]:
    """Every migration file with its number, in order."""
    files = sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql"))
    return [(int(f.name[:3]), f) for f in files]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply each newer migration in its own transaction; return the schema version."""
    current = schema_version(con)
    changed = False
    for number, path in migrations():
        if number <= current:
            continue
        with con.cursor() as cur:
            cur.begin()
            try:
                cur.register("catalog_regions", catalog.read_csv("regions"))  # for 002
                cur.register("catalog_indicators", catalog.read_csv("indicators"))  # for 003
                cur.execute(path.read_text(encoding="utf-8"))
                cur.execute(queries.sql_text("record_schema_version"), {"version": number})
                cur.commit()
            except duckdb.Error:
                cur.rollback()
                raise
        current, changed = number, True
    queries.execute(con, "macros")
    if changed:  # a migrated database's roll-up follows its new schema
        with con.cursor() as cur:
            cur.begin()
            figures.refresh(cur)
            cur.commit()
    return current
