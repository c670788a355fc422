"""The dashboard in a real Chromium, served by `python serve.py` as people run it.

Cold deep links on fresh servers, navigation through the sidebar, filters kept in the URL, and
a clear message for a PANTAU_DB that is not a DuckDB file. Screenshots go to
test-artifacts/screenshots/, server logs to test-artifacts/server-logs/.
Run only these: `.venv/bin/python -m pytest -m browser`; skip them: `-m "not browser"`.
"""

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.browser_support import (
    SCREENSHOTS,
    Server,
    running_server,
    screenshot,
    server_on_copy,
    url_path,
    wait_for_app,
    wait_until,
)
from tests.support.browser_support import query as url_query

pytestmark = pytest.mark.browser


class PageCase(NamedTuple):
    """One page of the app as the browser tests know it."""

    url_path: str  # the page's address below the server root, e.g. "indikator"
    title: str  # its title in the sidebar navigation (Bahasa Indonesia, the default)
    expects_chart: bool  # True: draws Plotly charts; False: draws none

    @property
    def slug(self) -> str:
        """A name for test ids and screenshots ('ringkasan' for the default page at /)."""
        return self.url_path or self.title.lower()


# Every page, in the sidebar's order; the first is the default page, which Streamlit always
# serves at "/" (its url_path is ignored). A new page is one more line here.
PAGES = [
    PageCase("", "Ringkasan", expects_chart=False),
    PageCase("indikator", "Indikator", expects_chart=True),
    PageCase("wilayah", "Wilayah", expects_chart=True),
    PageCase("anggaran", "Anggaran", expects_chart=True),
    PageCase("rantai-hasil", "Program", expects_chart=False),
    PageCase("kualitas-data", "Kualitas Data", expects_chart=True),
    PageCase("unggah", "Unggah Data", expects_chart=False),
]


DEFAULT_PAGE = PAGES[0]


PAGE_BY_PATH = {p.url_path: p for p in PAGES}

SHARED_FILTERS = ["Program", "Wilayah", "Data sampai"]


SAMPLE_BANNER = "Data contoh"


VIEWPORT = {"width": 1400, "height": 900}


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def tab(chromium: Browser) -> Iterator[Page]:
    """A new browser tab with no cookies or storage, so it is a new Streamlit session."""
    context = chromium.new_context(viewport=VIEWPORT, locale="id-ID", timezone_id="Asia/Jakarta")
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.js_errors = []  # uncaught JavaScript errors, reported with any failure
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="module")
def shared_server(prebuilt_db: Path, tmp_path_factory) -> Iterator[Server]:
    """One server for the tests that do not need a cold start."""
    with server_on_copy(prebuilt_db, tmp_path_factory.mktemp("shared"), "shared") as server:
        yield server


# --- helpers ------------------------------------------------------------------------------


@contextlib.contextmanager
def screenshot_on_failure(page: Page, name: str) -> Iterator[None]:
    """Save failed-<name>.png when the block fails, and name any JavaScript errors."""
    (SCREENSHOTS / f"failed-{name}.png").unlink(missing_ok=True)  # from an earlier run
    try:
        yield
    except Exception as e:
        with contextlib.suppress(Exception):
            screenshot(page, f"failed-{name}")
        errors = getattr(page, "js_errors", [])
        if errors:
            e.add_note(f"JavaScript errors in the page: {errors}")
        e.add_note(f"screenshot: {SCREENSHOTS / f'failed-{name}.png'}")
        raise


def nav_links(page: Page):
    """The links of the sidebar navigation."""
    return page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink")


def nav_titles(links) -> list[str]:
    """The titles of navigation links (without the names of their Material icons)."""
    return [t.strip() for t in links.get_by_test_id("stMarkdownContainer").all_inner_texts()]


def sidebar_select(page: Page, label: str):
    """A selectbox of the sidebar (its text input shows the chosen option)."""
    return page.get_by_test_id("stSidebar").get_by_role("combobox", name=label, exact=True)


def main_select(page: Page, label: str):
    """A selectbox of the page itself."""
    return page.get_by_test_id("stMain").get_by_role("combobox", name=label, exact=True)


def pick(page: Page, select, option: str) -> None:
    """Choose an option of a selectbox as a person would: open it, type, click the option."""
    select.click()
    select.fill(option)
    page.get_by_role("option", name=option, exact=True).click()


def on_page(page: Page, case: PageCase) -> bool:
    """Whether the address and the sidebar both say the browser is on that page."""
    paths = {case.url_path}
    current = nav_links(page).and_(page.locator('[aria-current="page"]'))
    return url_path(page) in paths and nav_titles(current) == [case.title]


def assert_no_error_shown(page: Page) -> None:
    """No "Page not found" dialog (legacy pages/ mode), no other dialog, no exception box."""
    dialogs = page.locator('[role="dialog"]')
    assert dialogs.count() == 0, f"a dialog is open: {dialogs.all_inner_texts()}"
    expect(page.get_by_text("Page not found")).to_have_count(0)
    exceptions = page.get_by_test_id("stException")
    assert exceptions.count() == 0, f"the app raised: {exceptions.all_inner_texts()}"


def assert_page_shown(page: Page, case: PageCase) -> None:
    """The page is drawn whole inside the app frame, with no error of any kind."""
    assert_no_error_shown(page)

    # The app frame: every page in the sidebar navigation, this one the current one
    expect(nav_links(page)).to_have_count(len(PAGES))
    assert nav_titles(nav_links(page)) == [p.title for p in PAGES], (
        "the sidebar's pages differ from PAGES in tests/browser/test_browser.py (add new pages)"
    )
    assert on_page(page, case), (
        f"expected the page {case.title!r} at /{case.url_path}, got {page.url} with "
        f"{nav_titles(nav_links(page).and_(page.locator('[aria-current]')))} current"
    )
    for label in SHARED_FILTERS:
        expect(sidebar_select(page, label)).to_be_visible()

    # The page itself: the sample-data banner and its heading
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stAlert").filter(has_text=SAMPLE_BANNER)).to_be_visible()
    expect(main.locator("h1").first).to_be_visible()
    assert main.locator("h1").first.inner_text().strip(), "the page's heading is empty"

    charts = main.get_by_test_id("stPlotlyChart")
    if case.expects_chart:
        # Plotly is loaded lazily, after the script run: wait for each chart's SVG
        expect(charts.first).to_be_visible()
        for i in range(charts.count()):
            expect(charts.nth(i).locator(".js-plotly-plot .main-svg").first).to_be_visible()
    else:
        expect(charts).to_have_count(0)


# --- tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", PAGES, ids=[p.slug for p in PAGES])
def test_cold_deep_link(case: PageCase, prebuilt_db: Path, tmp_path: Path, tab: Page) -> None:
    """The very first page a fresh server is asked for is that page, not 'Page not found'."""
    with server_on_copy(prebuilt_db, tmp_path, f"cold-{case.slug}") as server:
        tab.goto(server.url(case.url_path))
        with screenshot_on_failure(tab, f"cold-{case.slug}"):
            wait_for_app(tab)
            assert_page_shown(tab, case)
            assert url_path(tab) == case.url_path
        screenshot(tab, f"cold-{case.slug}")


def test_the_overviews_own_address_opens_it(shared_server: Server, tab: Page) -> None:
    """/ringkasan (what people type or bookmark) shows the overview, never 'Page not found'."""
    tab.goto(shared_server.url("ringkasan?lang=en"))
    with screenshot_on_failure(tab, "ringkasan-address"):
        wait_for_app(tab)
        wait_until(tab, lambda: url_path(tab) == "", "the overview at /")
        wait_for_app(tab)
        assert_no_error_shown(tab)
        expect(tab.get_by_test_id("stMain").locator("h1").first).to_have_text(
            re.compile("overview", re.IGNORECASE)
        )
        assert url_query(tab).get("lang") == ["en"], "the address's choices are kept"


def test_navigation_through_sidebar(shared_server: Server, tab: Page) -> None:
    """From '/', the sidebar link of each page opens that page."""
    tab.goto(shared_server.url())
    with screenshot_on_failure(tab, "nav-start"):
        wait_for_app(tab)
        assert_page_shown(tab, DEFAULT_PAGE)
    for case in [*PAGES[1:], DEFAULT_PAGE]:  # every click changes the page
        with screenshot_on_failure(tab, f"nav-{case.slug}"):
            nav_links(tab).filter(has_text=case.title).click()
            wait_until(tab, lambda c=case: on_page(tab, c), f"the page {case.title!r}")
            wait_for_app(tab)
            assert_page_shown(tab, case)
        screenshot(tab, f"nav-{case.slug}")


def test_filters_live_in_the_url(shared_server: Server, tab: Page) -> None:
    """A link opens with its choices; a changed filter goes into the URL and to other pages."""
    indicator_page = PAGE_BY_PATH["indikator"]
    tab.goto(shared_server.url("indikator?indicator=PKH.KPM&region=32"))
    with screenshot_on_failure(tab, "state-link"):
        wait_for_app(tab)
        assert_page_shown(tab, indicator_page)
        expect(main_select(tab, "Indikator")).to_have_value(re.compile(r"^PKH\.KPM\b"))
        expect(sidebar_select(tab, "Wilayah")).to_have_value("Jawa Barat")
        assert url_query(tab).get("region") == ["32"], tab.url
        assert url_query(tab).get("indicator") == ["PKH.KPM"], tab.url

    with screenshot_on_failure(tab, "state-change"):
        pick(tab, sidebar_select(tab, "Wilayah"), "DI Yogyakarta")
        wait_until(tab, lambda: url_query(tab).get("region") == ["34"], "region=34 in the URL")
        wait_for_app(tab)
        expect(sidebar_select(tab, "Wilayah")).to_have_value("DI Yogyakarta")
        assert url_query(tab).get("region") == ["34"], tab.url
        assert url_query(tab).get("indicator") == ["PKH.KPM"], tab.url
        assert_page_shown(tab, indicator_page)
    screenshot(tab, "state-indikator-region-34")

    with screenshot_on_failure(tab, "state-carried"):
        nav_links(tab).filter(has_text=DEFAULT_PAGE.title).click()
        wait_until(tab, lambda: on_page(tab, DEFAULT_PAGE), f"the page {DEFAULT_PAGE.title!r}")
        wait_for_app(tab)
        assert_page_shown(tab, DEFAULT_PAGE)
        expect(sidebar_select(tab, "Wilayah")).to_have_value("DI Yogyakarta")
        assert url_query(tab).get("region") == ["34"], tab.url
    screenshot(tab, f"state-{DEFAULT_PAGE.slug}-region-34")


def test_not_a_duckdb_file_is_refused_clearly(tmp_path: Path, tab: Page) -> None:
    """PANTAU_DB naming a text file: a message naming the file, no traceback, file untouched."""
    folder = tmp_path / "data"
    folder.mkdir()
    not_a_db = folder / "pantau.duckdb"
    not_a_db.write_text("kode,nilai\nPKH.KPM,1\n")
    before = not_a_db.read_bytes()

    with running_server(not_a_db, "not-duckdb") as server:
        tab.goto(server.url())
        with screenshot_on_failure(tab, "not-duckdb"):
            wait_for_app(tab)
            error = tab.get_by_test_id("stAlert").filter(has_text="bukan basis data")
            expect(error).to_be_visible()
            expect(error).to_contain_text(not_a_db.name)
            expect(error).not_to_contain_text(str(not_a_db.parent))
            assert_no_error_shown(tab)
        screenshot(tab, "error-not-duckdb")

    assert not_a_db.read_bytes() == before, "the file given as PANTAU_DB was changed"
    assert sorted(p.name for p in folder.iterdir()) == ["pantau.duckdb"], "files appeared beside it"


def test_presentation_cold_deep_link_and_steps(prebuilt_db, tmp_path, tab):
    with server_on_copy(prebuilt_db, tmp_path, "cold-presentasi") as server:
        tab.goto(server.url("presentasi?program=PKH&lang=en"))
        with screenshot_on_failure(tab, "cold-presentasi"):
            wait_for_app(tab)
            assert_no_error_shown(tab)
            expect(tab.get_by_test_id("stSidebar")).to_be_hidden()
            main = tab.get_by_test_id("stMain")
            expect(main.locator("h1").first).to_have_text(
                "Family Hope Program (conditional cash transfer)"
            )
            expect(main.get_by_text("Screen 1 of 6")).to_be_visible()
            tab.get_by_role("button", name="Next").click()
            wait_for_app(tab)
            expect(main.get_by_text("Screen 2 of 6")).to_be_visible()
            expect(main.locator(".js-plotly-plot .main-svg").first).to_be_visible()
            assert url_query(tab).get("slide") == ["1"]
            assert url_query(tab).get("lang") == ["en"]
        screenshot(tab, "presentasi-slide-2")


def test_language_presentation_and_deck_download(prebuilt_db, tmp_path, tab):
    """Switch to English, enter presentation mode, download the programme's slides."""
    with server_on_copy(prebuilt_db, tmp_path, "language-deck") as server:
        tab.goto(server.url("?program=SEMBAKO"))
        wait_for_app(tab)
        with screenshot_on_failure(tab, "language-deck"):
            tab.get_by_test_id("stSidebar").get_by_role("radio", name="English").click()
            wait_for_app(tab)
            main = tab.get_by_test_id("stMain")
            expect(main.locator("h1").first).to_have_text("Achievement overview")
            assert url_query(tab).get("lang") == ["en"]
            assert url_query(tab).get("program") == ["SEMBAKO"]
            screenshot(tab, "language-en")

            tab.get_by_test_id("stSidebar").get_by_text("Presentation mode").click()
            wait_for_app(tab)
            assert url_path(tab) == "presentasi"
            expect(tab.get_by_test_id("stSidebar")).to_be_hidden()
            expect(main.get_by_text("Screen 1 of 5")).to_be_visible()
            with tab.expect_download(timeout=120_000) as download:
                main.get_by_role("button", name="Slides (PowerPoint)").click()
            path = tmp_path / "deck.pptx"
            download.value.save_as(path)
            screenshot(tab, "presentasi-en")
    from pptx import Presentation

    slides = Presentation(str(path)).slides
    assert len(slides) == 5 + 3  # title, summary, map, 3 indicators, data quality, sources
    first = " ".join(shape.text_frame.text for shape in slides[0].shapes if shape.has_text_frame)
    assert "Staple Food Program" in first
