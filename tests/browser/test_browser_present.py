"""Presentasi in a real Chromium at projector and laptop sizes: fits, large number, clicker keys.

Screenshots go to test-artifacts/screenshots/presentasi-*.png.
"""

import contextlib
from collections.abc import Iterator

import duckdb
import pytest
from playwright.sync_api import Browser, Page

from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from tests.support.browser_support import (
    query,
    screenshot,
    server_on_copy,
    wait_for_app,
    wait_until,
)

pytestmark = pytest.mark.browser

SIZES = [(1920, 1080), (1366, 768)]

# every part of a slide a room must see, and how far each reaches
_BOXES_JS = """() => {
  const box = (sel) => { const e = document.querySelector(sel);
    if (!e) return null; const b = e.getBoundingClientRect();
    return {top: b.top, bottom: b.bottom, left: b.left, right: b.right}; };
  const main = document.querySelector('[data-testid="stMain"]');
  return {chart: box('[data-testid="stPlotlyChart"] .js-plotly-plot'),
          title: box('.st-key-present_head h1'),
          number: box('[data-testid="stMetricValue"]'),
          status: box('.st-key-present_status'),
          controls: box('.st-key-present_controls'),
          scroll: [main.scrollHeight, main.clientHeight]};
}"""

_FONT_JS = """() => parseFloat(getComputedStyle(
  document.querySelector('[data-testid="stMetricValue"] p')
  || document.querySelector('[data-testid="stMetricValue"]')).fontSize)"""

# buttons (and every element inside them) whose text is cut off
_TRUNCATED_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] button')]
  .filter(b => b.innerText.trim())
  .filter(b => [b, ...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1))
  .map(b => b.innerText)"""


@pytest.fixture(scope="module")
def server(prebuilt_db, tmp_path_factory):
    with server_on_copy(prebuilt_db, tmp_path_factory.mktemp("present"), "presentasi") as s:
        yield s


@pytest.fixture(scope="module")
def pkh_names(prebuilt_db) -> list[str]:
    """The PKH indicators in slide order, as the metric query lists them."""
    with duckdb.connect(str(prebuilt_db), read_only=True) as con:
        return metrics.indicators_to_date(con, StatusThresholds(), "PKH")["name_id"].tolist()


@contextlib.contextmanager
def open_tab(chromium: Browser, width: int, height: int) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def show(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector('[data-testid="stMain"] h1')


def title(page: Page) -> str:
    return page.locator(".st-key-present_head h1").first.inner_text()


@pytest.mark.parametrize("width, height", SIZES)
def test_a_slide_fits_the_screen_with_a_large_number(chromium, server, width, height):
    with open_tab(chromium, width, height) as page:
        show(page, server.url("presentasi?program=PKH&slide=2"))  # 1 is the map
        page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg')
        page.wait_for_timeout(500)  # the chart takes its container's height after drawing
        boxes = page.evaluate(_BOXES_JS)
        screenshot(page, f"presentasi-{width}x{height}")
        scroll_height, client_height = boxes.pop("scroll")
        assert scroll_height <= client_height, "the slide scrolls"
        for part, box in boxes.items():
            assert box is not None, f"no {part} on the slide"
            assert box["top"] >= 0 and box["left"] >= 0, (part, box)
            assert box["bottom"] <= height and box["right"] <= width, (part, box)
        assert boxes["chart"]["bottom"] - boxes["chart"]["top"] >= 0.4 * height  # not a strip
        assert page.evaluate(_FONT_JS) >= 48


@pytest.mark.parametrize("width, height", [(1366, 768), (1440, 900), (1920, 1080)])
def test_no_button_text_is_cut_off(chromium, server, width, height):
    with open_tab(chromium, width, height) as page:
        for slide in ("0", "1", "2"):  # summary, map, an indicator
            show(page, server.url(f"presentasi?program=PKH&slide={slide}"))
            assert page.evaluate(_TRUNCATED_JS) == [], f"slide {slide}"
        screenshot(page, f"presentasi-buttons-{width}")


def test_a_clickers_keys_move_between_slides(chromium, server, pkh_names):
    with open_tab(chromium, 1920, 1080) as page:
        show(page, server.url("presentasi?program=PKH"))
        page.wait_for_function("() => window.__pantauSlideListener === true")
        assert title(page) == "Program Keluarga Harapan"
        titles = [pkh_names[0], *pkh_names]  # the map shows the first indicator, then each
        steps = [
            ("ArrowRight", 1),
            ("PageDown", 2),
            ("Space", 3),
            ("ArrowDown", 4),
            ("ArrowLeft", 3),
            ("PageUp", 2),
            ("ArrowUp", 1),
        ]
        for key, slide in steps:
            page.keyboard.press(key)
            wait_until(page, lambda s=slide: query(page).get("slide") == [str(s)], f"{key}")
            wait_for_app(page)
            assert title(page) == titles[slide - 1], key
        # after a mouse click on Next (the button keeps focus), Space moves one slide, not two
        page.get_by_role("button", name="Berikutnya").click()
        wait_until(page, lambda: query(page).get("slide") == ["2"], "the click")
        wait_for_app(page)
        page.keyboard.press("Space")
        wait_until(page, lambda: query(page).get("slide") == ["3"], "Space after a click")
        wait_for_app(page)
        page.wait_for_timeout(500)
        assert query(page).get("slide") == ["3"]


def test_keys_typed_into_the_programme_picker_do_not_turn_slides(chromium, server):
    with open_tab(chromium, 1920, 1080) as page:
        show(page, server.url("presentasi?program=PKH"))
        picker = page.locator(".st-key-present_program input")
        picker.click()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        page.keyboard.press("Escape")
        page.wait_for_timeout(800)
        wait_for_app(page)
        assert "slide" not in query(page)
        assert title(page) == "Program Keluarga Harapan"
