"""One page in AppTest, in a fresh process: cold, warm, and right after an upload commits.

start: from the process's start to the overview drawn (imports, opening the database, the
sidebar); cold: the page's first run after that (every cache of its own still empty).

`python -m benchmarks.page_run DATABASE PAGE` prints one line of JSON (milliseconds, peak MB).
The database is changed by the upload: the caller passes a copy.
"""

import json
import os
import statistics
import sys
import time

import pandas as pd

from benchmarks import memory

RUNS = 5


def _timed(run) -> float:
    """Milliseconds one call takes."""
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def small_upload(con) -> pd.DataFrame:
    """A district office's monthly revision: 50 actuals of the latest month of one indicator."""
    latest = con.execute(
        "select indicator_code, region_code, period_start, planned, actual from observations"
        " where indicator_code = 'SEMBAKO.KPM' and actual is not null"
        " order by period_start desc, region_code limit 50"
    ).df()
    latest["actual"] = latest["actual"] * 1.01 + 1
    return latest.assign(sheet="data", row=range(2, len(latest) + 2), partner=None, note=None)


def main() -> None:
    """Time the page and print the result."""
    database, page = sys.argv[1], sys.argv[2]
    os.environ["PANTAU_DB"] = database
    started = time.perf_counter()
    from streamlit.testing.v1 import AppTest  # imports count towards the cold start

    from pantau.settings import PROJECT_DIR
    from pantau.store import uploads

    at = AppTest.from_file(str(PROJECT_DIR / "dashboard.py"), default_timeout=600)
    at.run()  # a session starts on the overview: the database opens, the sidebar fills
    start = (time.perf_counter() - started) * 1000
    cold = start if page == "pages/overview.py" else _timed(at.switch_page(page).run)
    failed = [str(e.value) for e in at.exception]
    warm = statistics.median(_timed(at.run) for _ in range(RUNS))
    from ui import context  # the app's own connection: one per process, as served

    con = context._connection(database, True)
    upload_id, _ = uploads.commit(con, small_upload(con), {}, "bench.xlsx", b"bench", "bench")
    assert upload_id is not None  # a new data version: the next run reads past every cache
    after_upload = _timed(at.run)
    peak = memory.peak_mb()
    result = {
        "start": start,
        "cold": cold,
        "warm": warm,
        "after_upload": after_upload,
        "peak_mb": peak,
    }
    print(json.dumps(result | {"errors": failed + [str(e.value) for e in at.exception]}))


if __name__ == "__main__":
    main()
