"""One measured run, in its own process so its peak memory is its own: prints JSON."""

import datetime as dt
import json
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd

from benchmarks import memory
from pantau import ingest
from pantau.store import catalog, db, uploads

BASELINE_SAMPLE = 2_000  # rows inserted one by one; the rest is extrapolated


def pantau_upload(path: Path, database: Path) -> dict:
    """Read, validate, preview and commit with Pantau, timing each step."""
    started = time.perf_counter()
    con = db.open_database(database)
    known = ingest.Catalog(catalog.programs(con), catalog.indicators(con), catalog.regions(con))
    content = path.read_bytes()
    times = {"open": time.perf_counter() - started}
    step = time.perf_counter()
    parsed = ingest.parse_upload(path.name, content, known, dt.date(2026, 11, 27), 1 << 31)
    times["read_validate"] = time.perf_counter() - step
    assert not parsed.errors, parsed.errors[:3]
    step = time.perf_counter()
    preview = uploads.preview(con, parsed.observations, parsed.catalog, content)
    times["preview"] = time.perf_counter() - step
    step = time.perf_counter()
    upload_id, _ = uploads.commit(con, parsed.observations, parsed.catalog, path.name, content, "b")
    times["commit"] = time.perf_counter() - step
    assert upload_id is not None
    times["total"] = sum(v for k, v in times.items() if k != "open")
    step = time.perf_counter()
    uploads.rollback(con, upload_id, "b")
    times["rollback"] = time.perf_counter() - step
    return {"rows": len(parsed.observations), "counts": preview.counts, "seconds": times}


def baseline(path: Path, database: Path) -> dict:
    """pandas (openpyxl for Excel) and a row-by-row insert, the way it is often done."""
    step = time.perf_counter()
    if path.suffix == ".xlsx":
        table = pd.read_excel(path, engine="openpyxl", header=2)
    else:
        table = pd.read_csv(path, sep=";", encoding="cp1252", thousands=".")
    read = time.perf_counter() - step
    con = duckdb.connect(str(database))
    rows = list(table.head(BASELINE_SAMPLE).itertuples(index=False))
    step = time.perf_counter()
    con.begin()
    for r in rows:
        con.execute(
            "insert or replace into observations (indicator_code, region_code, period_start,"
            " planned, actual, note) values (?, ?, ?, ?, ?, ?)",
            [r[0], r[1], f"{r[2]}-01", r[3], None if pd.isna(r[4]) else r[4], r[5] or None],
        )
    con.commit()
    per_row = (time.perf_counter() - step) / len(rows)
    insert = per_row * len(table)
    return {
        "rows": len(table),
        "seconds": {"read": read, "insert_extrapolated": insert, "total": read + insert},
        "insert_measured_rows": len(rows),
    }


def main() -> None:
    """python -m benchmarks.case pantau|baseline FILE DATABASE"""
    kind, path, database = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    result = (pantau_upload if kind == "pantau" else baseline)(path, database)
    result["peak_mb"] = memory.peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
