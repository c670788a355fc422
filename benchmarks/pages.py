"""Server-side time of each page in AppTest, against an empty script as the baseline."""

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from pantau.settings import PROJECT_DIR

PAGES = ("pages/overview.py", "pages/indicator.py", "pages/upload.py")
RUNS = 5


def _timed(run) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def report(sample: Path) -> None:
    """Median time of a warm rerun of each page, and of the first (cold) run."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PANTAU_DB"] = str(shutil.copy(sample, Path(tmp) / "pages.duckdb"))
        baseline = AppTest.from_string("import streamlit as st\nst.write('x')")
        empty = statistics.median(_timed(baseline.run) for _ in range(RUNS))
        print(f"\npages (AppTest, median of {RUNS} warm runs; empty script {empty * 1000:.0f} ms)")
        at = AppTest.from_file(str(PROJECT_DIR / "dashboard.py"), default_timeout=120)
        cold = _timed(at.run)
        print(f"  first run (opens the database, fills the caches): {cold:.2f} s")
        for page in PAGES:
            at.switch_page(page)
            warm = statistics.median(_timed(at.run) for _ in range(RUNS))
            print(f"  {page:<22} {warm * 1000:5.0f} ms")
