"""Named SQL: every query is a file in queries/, run with bound parameters."""

import re
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from pantau.errors import QueryFailed
from pantau.settings import QUERIES_DIR


@cache
def sql_text(name: str) -> str:
    """The SQL of queries/<name>.sql."""
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"There is no query file {path}.")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Every named query (migrations and macros are not queries)."""
    return sorted(p.stem for p in Path(QUERIES_DIR).glob("*.sql") if p.stem != "macros")


def run(con: duckdb.DuckDBPyConnection, name: str, **params: object) -> pd.DataFrame:
    """Run queries/<name>.sql on a fresh cursor with the given parameters bound."""
    sql = sql_text(name)
    try:
        with con.cursor() as cur:
            return cur.execute(sql, params).df()
    except duckdb.Error as e:
        raise QueryFailed("error.query_failed", name=name, reason=str(e)) from e


def execute(
    con: duckdb.DuckDBPyConnection,
    name: str,
    frames: dict[str, pd.DataFrame] | None = None,
    **params: object,
) -> None:
    """Run a statement file for its effect on a fresh cursor, frames registered by name."""
    try:
        with con.cursor() as cur:
            for frame_name, frame in (frames or {}).items():
                cur.register(frame_name, frame)
            cur.execute(sql_text(name), params)
    except duckdb.Error as e:
        raise QueryFailed("error.query_failed", name=name, reason=str(e)) from e


@cache
def statements(name: str) -> tuple[str, ...]:
    """The statements of a multi-statement file, each ending at a semicolon at a line end."""
    code = "\n".join(line for line in sql_text(name).splitlines() if not line.startswith("--"))
    return tuple(p for p in re.split(r";\s*\n", code + "\n") if p.strip())


def run_script(cur: duckdb.DuckDBPyConnection, name: str, **params: object) -> None:
    """Run each statement of a file on the caller's cursor, binding the parameters it names."""
    for sql in statements(name):
        used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}
        cur.execute(sql, used)
