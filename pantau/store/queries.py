"""Named SQL: every query is a file in queries/, run with bound parameters.

This module is the one boundary between Pantau and DuckDB: every statement runs through it,
and every duckdb.Error leaves it as one of the project's errors (QueryFailed for a statement,
WriteFailed for a transaction, which is rolled back first), so no traceback reaches a person.
"""

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path, PureWindowsPath

import duckdb
import pandas as pd

from pantau.errors import PantauError, QueryFailed, WriteFailed
from pantau.settings import QUERIES_DIR

log = logging.getLogger(__name__)
# a DuckDB message may name files ("/srv/data/pantau.duckdb.wal"): people see the name only
_PATH = re.compile(r"(?:[A-Za-z]:\\|/)[^\s\"']*[/\\][^\s\"']+")


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


def reason(error: BaseException) -> str:
    """What went wrong, for a message: the first line, file paths cut to the file's name."""
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return _PATH.sub(lambda m: PureWindowsPath(m.group()).name, first)[:300]


def _failed(name: str, error: duckdb.Error) -> QueryFailed:
    """The project's error for a statement file that DuckDB refused."""
    return QueryFailed("error.query_failed", name=name, reason=reason(error))


def run(con: duckdb.DuckDBPyConnection, name: str, **params: object) -> pd.DataFrame:
    """Run queries/<name>.sql on a fresh cursor with the given parameters bound."""
    try:
        with con.cursor() as cur:
            return run_on(cur, name, **params)
    except duckdb.Error as e:  # opening or closing the cursor
        raise _failed(name, e) from e


def execute(
    con: duckdb.DuckDBPyConnection,
    name: str,
    frames: dict[str, pd.DataFrame] | None = None,
    **params: object,
) -> None:
    """Run a statement file for its effect on a fresh cursor, frames registered by name."""
    try:
        with con.cursor() as cur:
            execute_on(cur, name, frames, **params)
    except duckdb.Error as e:
        raise _failed(name, e) from e


def run_on(
    cur: duckdb.DuckDBPyConnection,
    name: str,
    frames: dict[str, pd.DataFrame] | None = None,
    **params: object,
) -> pd.DataFrame:
    """Run queries/<name>.sql on the caller's cursor (inside its transaction): the result."""
    try:
        return _execute(cur, name, frames, params).df()
    except duckdb.Error as e:  # a failure while fetching
        raise _failed(name, e) from e


def execute_on(
    cur: duckdb.DuckDBPyConnection,
    name: str,
    frames: dict[str, pd.DataFrame] | None = None,
    **params: object,
) -> None:
    """Run a statement file for its effect on the caller's cursor, frames registered by name."""
    _execute(cur, name, frames, params)


def _execute(
    cur: duckdb.DuckDBPyConnection, name: str, frames: dict | None, params: dict
) -> duckdb.DuckDBPyConnection:
    """Register the frames and run the file; a refusal becomes QueryFailed."""
    try:
        for frame_name, frame in (frames or {}).items():
            cur.register(frame_name, frame)
        return cur.execute(sql_text(name), params)
    except duckdb.Error as e:
        raise _failed(name, e) from e


@cache
def statements(name: str) -> tuple[str, ...]:
    """The statements of a multi-statement file, each ending at a semicolon at a line end."""
    code = "\n".join(line for line in sql_text(name).splitlines() if not line.startswith("--"))
    return tuple(p for p in re.split(r";\s*\n", code + "\n") if p.strip())


def run_script(
    cur: duckdb.DuckDBPyConnection,
    name: str,
    frames: dict[str, pd.DataFrame] | None = None,
    **params: object,
) -> None:
    """Run each statement of a file on the caller's cursor, binding the parameters it names."""
    try:
        for frame_name, frame in (frames or {}).items():
            cur.register(frame_name, frame)
        for sql in statements(name):
            used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}
            cur.execute(sql, used)
    except duckdb.Error as e:
        raise _failed(name, e) from e


@contextmanager
def transaction(
    con: duckdb.DuckDBPyConnection, failure: str, keep: bool = True, **facts: object
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor in one transaction, committed at the end if keep, else rolled back.

    On any error the transaction is rolled back first, so nothing is half-written. The
    project's own refusals pass through; a database failure (or anything unforeseen, logged
    with its traceback for whoever runs Pantau) becomes WriteFailed(failure, **facts) naming
    the step that failed and why.
    """
    with con.cursor() as cur:
        try:
            cur.begin()
            yield cur
            if keep:
                cur.commit()
            else:
                cur.rollback()
        except BaseException as e:
            _roll_back(cur)
            translated = _translated(e, failure, facts)
            if translated is e:
                raise
            raise translated from e


def _translated(error: BaseException, failure: str, facts: dict) -> BaseException:
    """The error to raise for a failed transaction (see transaction)."""
    if isinstance(error, QueryFailed):
        step, why = error.params["name"], error.params["reason"]
    elif isinstance(error, PantauError) or not isinstance(error, Exception):
        return error  # a refusal with its own message, or KeyboardInterrupt and the like
    elif isinstance(error, duckdb.Error):
        step, why = "commit", reason(error)  # begin or commit itself
    else:
        log.exception("unexpected error in a transaction (%s)", failure)
        step, why = type(error).__name__, reason(error)
    return WriteFailed(failure, **facts, step=step, reason=why)


def _roll_back(cur: duckdb.DuckDBPyConnection) -> None:
    """Roll back, quietly: the first error is the one to report (and none may be pending)."""
    try:
        cur.rollback()
    except duckdb.Error:
        log.warning("rollback after a failed transaction failed too", exc_info=True)
