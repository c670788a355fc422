"""The one place Pantau writes data: preview an upload, commit it atomically, roll it back."""

import hashlib
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from pantau.errors import RollbackRefused
from pantau.i18n import N_
from pantau.store import figures, queries

CATALOG_TABLES = ("programs", "indicators", "regions")


@dataclass
class Preview:
    """What an upload would do: every incoming cell marked new, changed or unchanged."""

    changes: pd.DataFrame
    stock_drops: pd.DataFrame
    same_file: pd.DataFrame
    catalog_rows: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    no_target: pd.DataFrame = field(default_factory=pd.DataFrame)  # actual kept, no plan

    @property
    def changes_anything(self) -> bool:
        """True when committing would write at least one cell or catalogue row."""
        return self.counts["new"] + self.counts["changed"] + self.catalog_rows > 0


def sha256(content: bytes) -> str:
    """The file's fingerprint, to recognise the same file uploaded twice."""
    return hashlib.sha256(content).hexdigest()


def _preview_on(
    cur: duckdb.DuckDBPyConnection, observations, catalog, content, checks: bool = True
) -> Preview:
    """Compute the preview on a cursor that already has the catalogue sheets applied."""
    incoming = {"incoming_observations": observations}
    changes = queries.run_on(cur, "upload_changes", incoming)
    # the warnings are for the person deciding; the commit only needs the changes
    drops = queries.run_on(cur, "upload_stock_drops") if checks else pd.DataFrame()
    same = queries.run_on(cur, "uploads_with_same_file", sha256=sha256(content))
    counts = {k: int((changes["change"] == k).sum()) for k in ("new", "changed", "unchanged")}
    rows = sum(len(f) for f in catalog.values())
    return Preview(changes, drops, same, rows, counts, _without_target(changes))


def _without_target(changes: pd.DataFrame) -> pd.DataFrame:
    """Written rows that will have an actual but no planned value (blank here and stored)."""
    written = changes["change"] != "unchanged"
    return changes[written & changes["planned"].isna() & changes["actual"].notna()]


def _apply_catalog(cur: duckdb.DuckDBPyConnection, catalog: dict[str, pd.DataFrame]) -> None:
    """Insert or update the workbook's catalogue rows, programmes before indicators."""
    for name in CATALOG_TABLES:
        frame = catalog.get(name)
        if frame is not None and len(frame):
            queries.execute_on(cur, f"upsert_{name}", {f"incoming_{name}": frame})


def preview(
    con: duckdb.DuckDBPyConnection, observations: pd.DataFrame, catalog: dict, content: bytes
) -> Preview:
    """What committing would do, computed in a transaction that is always rolled back."""
    with queries.transaction(con, N_("error.preview_failed"), keep=False) as cur:
        _apply_catalog(cur, catalog)  # new indicators must be known to the stock check
        return _preview_on(cur, observations, catalog, content)


def commit(
    con: duckdb.DuckDBPyConnection,
    observations: pd.DataFrame,
    catalog: dict,
    file_name: str,
    content: bytes,
    who: str,
) -> tuple[int | None, Preview]:
    """Write the upload in one transaction; return its id (None if nothing changed).

    Any database failure rolls the whole upload back and raises WriteFailed.
    """
    with queries.transaction(con, N_("error.save_failed"), file=file_name) as cur:
        _apply_catalog(cur, catalog)
        result = _preview_on(cur, observations, catalog, content, checks=False)
        if not result.changes_anything:
            return None, result  # nothing was written: committing changes nothing
        upload_id = int(queries.run_on(cur, "next_upload_id").iloc[0, 0])
        record = _record(upload_id, file_name, content, who, result)
        queries.execute_on(cur, "record_upload", **record)
        changes = {"upload_changes": result.changes}
        queries.run_script(cur, "apply_upload", changes, upload_id=upload_id)
        figures.refresh_after_upload(cur, upload_id, result.catalog_rows)
        return upload_id, result


def _record(upload_id: int, file_name: str, content: bytes, who: str, result: Preview) -> dict:
    """The uploads row for a committed file."""
    return {
        "id": upload_id,
        "kind": "upload",
        "file_name": file_name,
        "sha256": sha256(content),
        "size_bytes": len(content),
        "uploaded_by": who,
        "rows_inserted": result.counts["new"],
        "rows_updated": result.counts["changed"],
        "rows_unchanged": result.counts["unchanged"],
        "catalog_rows": result.catalog_rows,
        "rolls_back": None,
    }


def data_version(con: duckdb.DuckDBPyConnection) -> int:
    """A number every commit and roll back raises: the state of the data."""
    return int(queries.run(con, "data_version")["version"].iloc[0])


def history(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every upload and roll back, newest first."""
    return queries.run(con, "upload_history")


def rollback(con: duckdb.DuckDBPyConnection, upload_id: int, who: str) -> int:
    """Restore exactly the values from before an upload, in one transaction; return its id.

    Refused (RollbackRefused) when it would undo later work; any database failure rolls it
    back and raises WriteFailed.
    """
    with queries.transaction(con, N_("error.rollback_failed"), upload_id=upload_id) as cur:
        _check_can_roll_back(cur, upload_id)
        rollback_id = int(queries.run_on(cur, "next_upload_id").iloc[0, 0])
        record = {k: None for k in ("sha256", "size_bytes")} | {
            "id": rollback_id,
            "kind": "rollback",
            "file_name": f"#{upload_id}",
            "uploaded_by": who,
            "rows_inserted": 0,
            "rows_updated": 0,
            "rows_unchanged": 0,
            "catalog_rows": 0,
            "rolls_back": upload_id,
        }
        queries.execute_on(cur, "record_upload", **record)
        queries.run_script(cur, "apply_rollback", upload_id=upload_id, rollback_id=rollback_id)
        figures.refresh_after_upload(cur, upload_id, catalog_rows=0)
        return rollback_id


def _check_can_roll_back(cur: duckdb.DuckDBPyConnection, upload_id: int) -> None:
    """Refuse to roll back a roll back, an undone upload, or one a later upload built on."""
    record = queries.run_on(cur, "upload_record", upload_id=upload_id)
    if record.empty or record["kind"].iloc[0] != "upload":
        raise RollbackRefused("rollback.not_an_upload", upload_id=upload_id)
    if record["status"].iloc[0] != "committed":
        raise RollbackRefused("rollback.already", upload_id=upload_id)
    conflicts = queries.run_on(cur, "rollback_conflicts", upload_id=upload_id)
    if len(conflicts):
        first = conflicts.iloc[0]
        raise RollbackRefused(
            "rollback.later_upload",
            upload_id=upload_id,
            later_id=int(first["later_upload_id"]),
            later_file=first["file_name"],
            cells=int(conflicts["cells"].sum()),
        )
