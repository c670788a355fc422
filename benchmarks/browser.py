"""In a real Chromium against serve.py: each page's address to settled content, per page."""

import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks import memory
from tests.support.browser_support import _APP_IDLE_JS, launch_chromium, server_on_copy

ADDRESSES = {
    "pages/overview.py": "",
    "pages/indicator.py": "indikator",
    "pages/regions.py": "wilayah",
    "pages/budget.py": "anggaran",
    "pages/program.py": "rantai-hasil",
    "pages/quality.py": "kualitas-data",
    "pages/upload.py": "unggah",
    "pages/present.py": "presentasi",
}
RUNS = 3
SETTLE_MS = 400  # idle this long after the run counts as settled (not counted in the time)


def _settled_ms(page, url: str, timeout_s: float = 300) -> float:
    """Milliseconds from asking for url until the app's run finished (then stayed idle)."""
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_s * 1000)
    while True:
        page.wait_for_function(_APP_IDLE_JS, timeout=timeout_s * 1000, polling=50)
        idle_at = time.perf_counter()
        page.wait_for_timeout(SETTLE_MS)
        if page.evaluate(_APP_IDLE_JS):
            return (idle_at - started) * 1000


def measure(database: Path) -> dict:
    """First visit (cold server) and the median of RUNS later visits, per page."""
    rows = []
    with tempfile.TemporaryDirectory(dir=database.parent) as tmp, sync_playwright() as pw:
        browser = launch_chromium(pw)
        with server_on_copy(database, Path(tmp), "bench") as server:
            tab = browser.new_page(viewport={"width": 1366, "height": 768})
            for module, address in ADDRESSES.items():
                first = _settled_ms(tab, server.url(address))
                later = [_settled_ms(tab, server.url(address)) for _ in range(RUNS)]
                rows.append({"page": module, "first": first, "warm": statistics.median(later)})
                print(f"  {module}: {rows[-1]}", flush=True)
            peak = memory.peak_mb(server.process.pid)
        browser.close()
    return {"pages": rows, "server_peak_mb": peak}
