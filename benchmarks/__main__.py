"""`python -m benchmarks`: upload speed against a plain-pandas baseline, and page times."""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import files, pages
from pantau.store import db


def measure(kind: str, path: Path, database: Path) -> dict:
    """Run one case in a fresh process and return what it printed."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.case", kind, str(path), str(database)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def upload_case(name: str, rows: int, writer, folder: Path, sample: Path) -> None:
    """Write one file, then time Pantau and the baseline on their own database copies."""
    started = time.perf_counter()
    path = writer(files.frame(rows), folder / name)
    size = path.stat().st_size / 1e6
    print(
        f"\n{name}: {rows:,} rows, {size:.1f} MB (written in {time.perf_counter() - started:.0f} s)"
    )
    ours = measure("pantau", path, files.prepare_database(sample, folder / "a.duckdb", rows))
    base = measure("baseline", path, files.prepare_database(sample, folder / "b.duckdb", rows))
    steps = ", ".join(f"{k} {v:.2f} s" for k, v in ours["seconds"].items())
    print(f"  Pantau:   {ours['seconds']['total']:.2f} s ({steps}); peak {ours['peak_mb']:.0f} MB")
    print(
        f"  baseline: {base['seconds']['total']:.1f} s (read {base['seconds']['read']:.1f} s, "
        f"row-by-row insert {base['seconds']['insert_extrapolated']:.1f} s extrapolated from "
        f"{base['insert_measured_rows']:,} rows); peak {base['peak_mb']:.0f} MB"
    )
    print(f"  ratio:    {base['seconds']['total'] / ours['seconds']['total']:.0f}x faster")


def main() -> None:
    """Run the benchmarks and print a report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = folder / "sample.duckdb"
        db.open_database(sample).close()
        upload_case("upload.xlsx", args.xlsx_rows, files.write_xlsx, folder, sample)
        upload_case("upload.csv", args.csv_rows, files.write_csv, folder, sample)
        pages.report(sample)


if __name__ == "__main__":
    main()
