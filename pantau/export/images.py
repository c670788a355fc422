"""Charts as pictures (PNG, SVG) through Kaleido 1.x and a Chrome/Chromium on this machine.

Kaleido draws a figure in a headless browser. Starting one costs seconds, so one browser is
kept for the whole process and driven from its own event-loop thread (docs/exports.md says
why this and not kaleido.start_sync_server: that one waits forever when the browser fails).
"""

import asyncio
import atexit
import contextlib
import os
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import kaleido
import plotly.graph_objects as go
from choreographer.browsers.chromium import Chromium

from pantau.charts import geometry
from pantau.errors import ExportUnavailable

OPEN_TIMEOUT = 30.0  # seconds for the browser to start
RENDER_TIMEOUT = 60.0  # seconds for one picture


def find_browser() -> str | None:
    """$BROWSER_PATH if set, else Chrome/Chromium on the PATH or in its usual place."""
    return Chromium.find_browser(skip_local=False)


def _usable_browser() -> str:
    """The browser to use, checked before anything starts (a missing one would hang Kaleido)."""
    path = find_browser()
    if not path or not Path(path).is_file() or not os.access(path, os.X_OK):
        raise ExportUnavailable("export.no_browser", path=path or "PATH")
    return path


class _Renderer:
    """One open browser, driven from an event loop in its own thread."""

    def __init__(self, browser: str) -> None:
        self.browser = browser
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="pantau-kaleido", daemon=True).start()
        try:
            self._kaleido = self._wait(self._open(), OPEN_TIMEOUT)
        except BaseException:
            self._loop.call_soon_threadsafe(self._loop.stop)
            raise

    async def _open(self) -> kaleido.Kaleido:
        browser = kaleido.Kaleido(path=self.browser, mathjax=False, timeout=RENDER_TIMEOUT)
        await browser.open()
        return browser

    def render(self, fig: go.Figure, opts: dict) -> bytes:
        return self._wait(self._kaleido.calc_fig(fig, opts=opts), RENDER_TIMEOUT)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a broken browser is best effort
            self._wait(self._kaleido.close(), OPEN_TIMEOUT)
        self._loop.call_soon_threadsafe(self._loop.stop)

    def _wait(self, coroutine, timeout: float):
        future: Future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise


_lock = threading.Lock()
_renderer: _Renderer | None = None


def _render(fig: go.Figure, opts: dict) -> bytes:
    """Draw one picture, starting (or restarting) the shared browser when needed."""
    global _renderer
    fig = geometry.inline(fig)  # a map's shapes: the picture has no app to fetch them from
    browser = _usable_browser()
    with _lock:
        try:
            if _renderer is None or _renderer.browser != browser:
                stop()
                _renderer = _Renderer(browser)
            return _renderer.render(fig, opts)
        except ExportUnavailable:
            raise
        except Exception as e:
            stop()
            reason = type(e).__name__ if isinstance(e, FutureTimeout) else str(e)[:200]
            raise ExportUnavailable("export.browser_failed", path=browser, reason=reason) from e


def stop() -> None:
    """Close the shared browser (the next picture starts a new one)."""
    global _renderer
    if _renderer is not None:
        _renderer.close()
        _renderer = None


atexit.register(stop)


def figure_png(fig: go.Figure, width: int = 1600, height: int = 900, scale: float = 1.0) -> bytes:
    """A PNG of width x height layout pixels, times scale (1600 x 900 pixels by default)."""
    return _render(fig, {"format": "png", "width": width, "height": height, "scale": scale})


def figure_svg(fig: go.Figure, width: int = 1600, height: int = 900) -> bytes:
    """An SVG drawing of the figure, width x height pixels."""
    return _render(fig, {"format": "svg", "width": width, "height": height})
