"""Helpers for the browser tests: a real `serve.py` server, a Chromium, and waits on Streamlit.

Kept out of conftest.py on purpose; the tests in tests/browser/ import what they need from here.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import Browser, Page, Playwright

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
SERVER_LOGS = ARTIFACTS / "server-logs"

SYSTEM_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

SERVER_START_TIMEOUT = 60.0  # seconds until /_stcore/health answers
APP_TIMEOUT = 60.0  # seconds for a script run (the first one on a cold server imports a lot)
SETTLE = 0.4  # seconds the app must stay idle before it counts as finished

# True when the Streamlit script is neither queued nor running and no element is stale.
# stApp's data-test-* attributes are what Streamlit's own end-to-end tests wait on.
_APP_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  const state = app.getAttribute('data-test-script-state');
  return app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && (state === 'notRunning' || state === 'compilationError')
    && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    && !document.querySelector('[data-stale="true"]');
}"""

_APP_STATE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app ? {script: app.getAttribute('data-test-script-state'),
                connection: app.getAttribute('data-test-connection-state')} : null;
}"""

# How tall the app's content is: Streamlit scrolls inside stMain, not the document.
_CONTENT_HEIGHT_JS = """() => Math.max(
  document.documentElement.scrollHeight,
  ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stSidebarContent"]')]
    .map(e => e.scrollHeight))"""


# --- the server ---------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_sample_database(path: Path) -> Path:
    """Build the sample database at path with the project's own command."""
    done = subprocess.run(
        [sys.executable, "-m", "pantau.store.build_database", "--path", str(path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and path.exists(), (
        f"building the sample database failed:\n{done.stdout}\n{done.stderr}"
    )
    return path


@dataclass
class Server:
    """A running `python serve.py` and where its output goes."""

    process: subprocess.Popen
    port: int
    db_path: Path
    stderr_log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "") -> str:
        """The address of a page (path without the leading slash, query string allowed)."""
        return f"{self.base_url}/{path.lstrip('/')}"

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the server wrote to stderr."""
        try:
            text = self.stderr_log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])


def _wait_until_healthy(server: Server, timeout: float) -> None:
    """Poll /_stcore/health until it answers ok; fail early if the process dies."""
    deadline = time.monotonic() + timeout
    health = f"{server.base_url}/_stcore/health"
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        code = server.process.poll()
        if code is not None:
            raise AssertionError(
                f"the server exited with code {code} before it was ready; its stderr:\n"
                f"{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(health, timeout=2) as answer:
                if answer.status == 200 and answer.read().strip() == b"ok":
                    return
                last_error = f"HTTP {answer.status}"
        except (urllib.error.URLError, OSError) as e:
            last_error = str(e)
        time.sleep(0.2)
    raise AssertionError(
        f"the server did not answer {health} within {timeout:.0f} s ({last_error}); its stderr:\n"
        f"{server.log_tail()}"
    )


def _stop(process: subprocess.Popen) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def running_server(db_path: Path, name: str, **env: str) -> Iterator[Server]:
    """Start `python serve.py` on a free port with PANTAU_DB=db_path; stop it afterwards.

    The server's stdout and stderr go to test-artifacts/server-logs/<name>.{stdout,stderr}.log.
    """
    SERVER_LOGS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    stdout_log = SERVER_LOGS / f"{name}.stdout.log"
    stderr_log = SERVER_LOGS / f"{name}.stderr.log"
    command = [
        sys.executable,
        "serve.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        # other people edit the sources while tests run: never react to file changes
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    environment = {**os.environ, "PANTAU_DB": str(db_path), "PYTHONUNBUFFERED": "1", **env}
    with stdout_log.open("wb") as out, stderr_log.open("wb") as err:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group, so teardown can stop it whole
        )
    server = Server(process=process, port=port, db_path=Path(db_path), stderr_log=stderr_log)
    try:
        _wait_until_healthy(server, SERVER_START_TIMEOUT)
        yield server
    finally:
        _stop(process)


@contextlib.contextmanager
def server_on_copy(prebuilt: Path, folder: Path, name: str) -> Iterator[Server]:
    """A fresh server on its own copy of a prebuilt database (one process per DuckDB file)."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / f"{name}.duckdb"
    shutil.copyfile(prebuilt, db_path)
    with running_server(db_path, name) as server:
        yield server


# --- the browser --------------------------------------------------------------------------


def chromium_executable() -> str | None:
    """Debian's chromium if installed, else None (Playwright's own Chromium)."""
    if os.access(SYSTEM_CHROMIUM, os.X_OK):
        return SYSTEM_CHROMIUM
    return shutil.which("chromium")


def launch_chromium(playwright: Playwright) -> Browser:
    """A headless Chromium, or a failure that says how to get one."""
    executable = chromium_executable()
    try:
        return playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS, timeout=60_000
        )
    except Exception as e:
        which = executable or "Playwright's own Chromium"
        raise AssertionError(
            f"could not start {which}: {e}\n"
            "Run `make browser` (tests/support/browser_setup.py) first."
        ) from e


# --- waiting on Streamlit -----------------------------------------------------------------


def wait_for_app(page: Page, timeout: float = APP_TIMEOUT, settle: float = SETTLE) -> None:
    """Wait until the Streamlit script has finished its run and the app stayed idle `settle` s."""
    deadline = time.monotonic() + timeout
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    while True:
        remaining = deadline - time.monotonic()
        try:
            page.wait_for_function(_APP_IDLE_JS, timeout=max(remaining, 0.1) * 1000, polling=100)
        except Exception as e:
            raise AssertionError(
                f"the app at {page.url} did not finish running within {timeout:.0f} s "
                f"(state: {page.evaluate(_APP_STATE_JS)})"
            ) from e
        page.wait_for_timeout(settle * 1000)
        if page.evaluate(_APP_IDLE_JS):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the app at {page.url} never settled within {timeout:.0f} s")


def wait_until(page: Page, condition, what: str, timeout: float = 30.0) -> None:
    """Poll condition() (a Python callable) until true; fail naming `what` and the URL."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} ({page.url})")
        page.wait_for_timeout(100)


def query(page: Page) -> dict[str, list[str]]:
    """The page's current query string, parsed."""
    return parse_qs(urlparse(page.url).query)


def url_path(page: Page) -> str:
    """The page's current path without slashes ('' for the root)."""
    return urlparse(page.url).path.strip("/")


def screenshot(page: Page, name: str) -> Path:
    """A screenshot of the whole app (every part of the scrolled main area) to SCREENSHOTS."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    viewport = page.viewport_size or {"width": 1400, "height": 900}
    height = min(int(page.evaluate(_CONTENT_HEIGHT_JS)), 12_000)
    try:
        if height > viewport["height"]:
            page.set_viewport_size({"width": viewport["width"], "height": height})
            page.wait_for_timeout(500)  # let charts and the data grid draw the uncovered part
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(viewport)
    return path
