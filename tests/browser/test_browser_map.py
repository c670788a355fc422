"""The Wilayah map in a real Chromium: a click on a province shows its regencies.

The click lands where MapLibre draws the province: the page asks the map for the pixel of a
point inside the province's shape (map.project), so the test does not depend on the zoom.
Screenshots of the page at 1366x768 and 1920x1080 go to test-artifacts/screenshots/.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from shapely.geometry import shape

from pantau.charts import geometry
from tests.support.browser_support import (
    Server,
    query,
    screenshot,
    server_on_copy,
    wait_for_app,
    wait_until,
)

pytestmark = pytest.mark.browser

PROVINCE = "34"  # DI Yogyakarta: its regencies report in the sample
SIZES = [(1366, 768), (1920, 1080)]

# the map's graph div, the MapLibre map inside it, and a lon/lat's pixel in the page
_PIXEL_JS = """([lon, lat]) => {
  const graph = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const map = graph._fullLayout.map._subplot.map;
  const box = map.getContainer().getBoundingClientRect();
  const point = map.project([lon, lat]);
  return {x: box.left + point.x, y: box.top + point.y};
}"""
_MAP_CODES_JS = """() => {
  const graph = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  return graph.data.flatMap(t => Array.from(t.locations || []));
}"""


@pytest.fixture(scope="module")
def server(prebuilt_db: Path, tmp_path_factory) -> Iterator[Server]:
    with server_on_copy(prebuilt_db, tmp_path_factory.mktemp("map"), "map") as running:
        yield running


def open_regions(chromium: Browser, server: Server, size: tuple[int, int]) -> Page:
    context = chromium.new_context(
        viewport={"width": size[0], "height": size[1]}, locale="id-ID", timezone_id="Asia/Jakarta"
    )
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(server.url("wilayah?reg_indicator=PKH.KPM"))
    wait_for_app(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot .maplibregl-canvas')
    page.locator('[data-testid="stPlotlyChart"]').first.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # MapLibre draws the shapes after the canvas appears
    return page


def map_codes(page: Page) -> list[str]:
    return page.evaluate(_MAP_CODES_JS)


def inside(code: str) -> tuple[float, float]:
    """A point inside the province's shape (not its centre: a shape can curve round it)."""
    feature = next(f for f in geometry.shapes("provinsi")["features"] if f["id"] == code)
    point = shape(feature["geometry"]).representative_point()
    return point.x, point.y


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_map_shows_the_whole_country(chromium, server, size):
    page = open_regions(chromium, server, size)
    try:
        assert len(map_codes(page)) == 38
        graph = page.locator('[data-testid="stPlotlyChart"]').first.bounding_box()
        # Aceh in the west and Papua in the east both lie inside the chart's box
        for code in ("11", "94"):
            x, y = page.evaluate(_PIXEL_JS, list(inside(code))).values()
            assert graph["x"] < x < graph["x"] + graph["width"], code
            assert graph["y"] < y < graph["y"] + graph["height"], code
        screenshot(page, f"wilayah-map-{size[0]}x{size[1]}")
        page.locator('[data-testid="stPlotlyChart"]').first.screenshot(
            path=str(
                Path("test-artifacts/screenshots") / f"wilayah-map-only-{size[0]}x{size[1]}.png"
            )
        )
    finally:
        page.context.close()


def test_a_click_on_a_province_shows_its_regencies(chromium, server):
    page = open_regions(chromium, server, SIZES[0])
    try:
        x, y = page.evaluate(_PIXEL_JS, list(inside(PROVINCE))).values()
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        wait_until(page, lambda: query(page).get("reg_province") == [PROVINCE], "the drill-down")
        wait_for_app(page)
        page.wait_for_timeout(1000)
        codes = map_codes(page)
        assert codes and all(c.startswith(f"{PROVINCE}.") for c in codes)
        assert len(codes) == 5  # DI Yogyakarta's four regencies and one city
        picker = page.get_by_test_id("stMain").get_by_role(
            "combobox", name="Rinci per kabupaten/kota"
        )
        assert picker.input_value() == "DI Yogyakarta"
        screenshot(page, "wilayah-map-drilled-1366x768")
    finally:
        page.context.close()


def test_the_html_report_draws_its_map_offline(chromium, sample_con, tmp_path):
    # every request the page makes is recorded; only the file itself and inline data may load
    import datetime as dt

    from pantau.export import html_report
    from pantau.settings import StatusThresholds

    page_text = html_report.programme_html(
        sample_con, StatusThresholds(), "PKH", None, None, "id", dt.date(2026, 12, 1)
    )
    path = tmp_path / "report.html"
    path.write_text(page_text, encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("img[src^='data:image/svg+xml']", timeout=30_000)
        page.wait_for_timeout(2000)
        outside = [u for u in requested if not u.startswith(("file:", "data:", "blob:"))]
        assert outside == []
        page.locator("img[src^='data:image/svg+xml']").first.screenshot(
            path=str(Path("test-artifacts/screenshots") / "report-map-1366x768.png")
        )
    finally:
        context.close()
