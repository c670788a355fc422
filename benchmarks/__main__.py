"""`python -m benchmarks`: Pantau at sizes S, M and L against baselines measured in the same run.

Parts: queries (each query file against raw SQL), pages (AppTest: cold, warm, after an
upload), browser (serve.py in Chromium), naive (pandas), uploads (into L, with roll back).
The results go to .bench/results.json and, with --write-docs, into docs/benchmarks.md.
"""

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import browser, files, pages, queries, report, sizes
from pantau.store import db

PARTS = ("queries", "pages", "browser", "naive", "uploads")


def _json_of(command: list[str]) -> dict:
    """Run one measured case in a fresh process and return the JSON it printed last."""
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_queries(database: Path, repeat: int) -> list[dict]:
    """Each query file and its raw counterpart on one connection."""
    con = db.open_database(database)
    try:
        return queries.measure(con, repeat)
    finally:
        con.close()


def run_naive(database: Path) -> dict:
    """pandas and Pantau, each cold in its own process, to the same two answers."""
    module = [sys.executable, "-m", "benchmarks.naive", str(database)]
    return {side: _json_of([*module, side]) for side in ("pandas", "pantau")}


def run_uploads(database: Path, xlsx_rows: int, csv_rows: int) -> list[dict]:
    """A .xlsx and a .csv revision of stored cells: read, preview, commit, roll back."""
    results = []
    with tempfile.TemporaryDirectory(dir=database.parent) as tmp:
        folder = Path(tmp)
        for name, rows, writer in (
            ("upload.xlsx", xlsx_rows, files.write_xlsx),
            ("upload.csv", csv_rows, files.write_csv),
        ):
            path = writer(files.frame(database, rows), folder / name)
            copy = files.prepare_database(database, folder / "upload.duckdb")
            command = [sys.executable, "-m", "benchmarks.case", "pantau", str(path), str(copy)]
            result = _json_of(command) | {"file": name, "mb": path.stat().st_size / 1e6}
            results.append(result)
            print(f"  {name}: {result['seconds']}", flush=True)
    return results


def merged(path: Path, results: dict) -> dict:
    """The earlier results with this run's parts in place of theirs (a run of some parts or
    sizes keeps the others' figures)."""
    if not path.exists():
        return results
    earlier = json.loads(path.read_text())
    for size, found in results["sizes"].items():
        earlier["sizes"][size] = earlier["sizes"].get(size, {}) | found
    earlier["machine"] = results["machine"]
    return earlier


def machine() -> dict:
    """What the figures were measured on."""
    return {
        "date": dt.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main() -> None:
    """Measure the chosen parts at the chosen sizes and report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="S,M,L")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    parts = args.parts.split(",")
    results = {"machine": machine(), "sizes": {}}
    for size in args.sizes.split(","):
        database = sizes.database(size)
        with_con = db.open_database(database)
        counts = with_con.execute(
            "select (select count(*) from observations), (select count(*) from regions r"
            " where exists (select 1 from observations o where o.region_code = r.code))"
        ).fetchone()
        with_con.close()
        found = {"observations": counts[0], "regions": counts[1]}
        found["file_mb"] = database.stat().st_size / 1e6
        print(f"\n== {size}: {found}", flush=True)
        started = time.perf_counter()
        if "queries" in parts:
            found["queries"] = run_queries(database, args.repeat)
        if "pages" in parts:
            found["pages"] = pages.measure(database)
        if "browser" in parts:
            found["browser"] = browser.measure(database)
        if "naive" in parts:
            found["naive"] = run_naive(database)
        if "uploads" in parts and size == "L":
            found["uploads"] = run_uploads(database, args.xlsx_rows, args.csv_rows)
        found["seconds"] = time.perf_counter() - started
        results["sizes"][size] = found
        print(report.tables(size, found), flush=True)
    out = sizes.FOLDER / "results.json"
    results = merged(out, results)
    out.write_text(json.dumps(results, indent=1, default=str))
    print(f"\nresults: {out}")
    if args.write_docs:
        report.write_docs(results)


if __name__ == "__main__":
    main()
