"""Every page's server-side run in AppTest, each in a fresh process on its own database copy."""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = (
    "pages/overview.py",
    "pages/indicator.py",
    "pages/regions.py",
    "pages/budget.py",
    "pages/program.py",
    "pages/quality.py",
    "pages/upload.py",
    "pages/present.py",
)


def measure(database: Path) -> list[dict]:
    """Cold, warm and after-upload milliseconds and the peak memory of each page."""
    rows = []
    with tempfile.TemporaryDirectory(dir=database.parent) as tmp:
        for page in PAGES:
            copy = shutil.copy(database, Path(tmp) / "pages.duckdb")
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.page_run", str(copy), page],
                capture_output=True,
                text=True,
                check=False,
            )
            lines = out.stdout.strip().splitlines()
            if out.returncode or not lines:
                rows.append({"page": page, "errors": [out.stderr.strip()[-500:]]})
            else:
                rows.append({"page": page} | json.loads(lines[-1]))
            print(f"  {page}: {rows[-1]}", flush=True)
    return rows
