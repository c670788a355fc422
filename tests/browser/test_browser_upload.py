"""The upload flow in a real Chromium: upload a CSV, see it everywhere, roll it back.

A fresh `python serve.py` on its own copy of the sample database. The CSV goes through the
real file input of the upload page; the change is read where a person sees it: the overview
table (a canvas grid, read through the accessibility table glide-data-grid keeps beside it)
and the achievement metric of the Indikator page (plain DOM text). Screenshots go to
test-artifacts/screenshots/upload-*.png and indikator-after-upload.png.
"""

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Locator, Page, expect

from tests.support.browser_support import (
    SCREENSHOTS,
    running_server,
    screenshot,
    server_on_copy,
    url_path,
    wait_for_app,
    wait_until,
)
from tests.support.browser_support import query as url_query

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1400, "height": 900}


INDICATOR = "PKH.KPM"


INDICATOR_NAME = "Keluarga penerima manfaat (KPM) PKH"


BOGOR = "32.01"  # Kabupaten Bogor: the sample reports by regency; Jawa Barat is rolled up
BOGOR_SHOWN = "Kabupaten Bogor · Jawa Barat"  # the sidebar's region box


QUARTER = "Triwulan III 2026"  # the sample's latest quarter with an actual for PKH.KPM

# One row that changes Kabupaten Bogor's PKH.KPM in the latest quarter: 75.000 of 150.000
# households is 50,0 %. PKH.KPM is a stock, so "to date" is the latest quarter with both
# values, which is this one. Semicolons, Indonesian thousands dots, Windows-1252 (the dash
# and the é are bytes 0x96 and 0xE9, which are not UTF-8).
GOOD_CSV = (
    "kode_indikator;kode_wilayah;periode;rencana;realisasi;catatan\n"
    f"{INDICATOR};{BOGOR};{QUARTER};150.000;75.000;uji peramban – dicek ulang é\n"
).encode("cp1252")


ACHIEVEMENT_AFTER = "50,0 %"


ACTUAL_AFTER = "75000"  # 75.000 on screen

# Line 3 names an indicator that does not exist: the whole file is refused.
BROKEN_CSV = (
    "kode_indikator;kode_wilayah;periode;rencana;realisasi\n"
    f"{INDICATOR};{BOGOR};{QUARTER};150.000;75.000\n"
    f"PKH.XYZ;{BOGOR};{QUARTER};10;9\n"
).encode("cp1252")

OVERVIEW_TITLE, INDICATOR_TITLE, UPLOAD_TITLE = "Ringkasan", "Indikator", "Unggah Data"


UPLOADER = "Ani (uji peramban)"


ACHIEVEMENT = "Capaian s.d. periode"  # the Indikator page's metric


LATEST_ACTUAL = "Realisasi s.d. periode"  # a column of the overview table


CHANGED_HEADING = "Nilai yang berubah"  # above the preview's table of changed values

# glide-data-grid draws st.dataframe on a canvas and keeps an accessibility <table> beside it
# with the cells currently in view (rendered a moment after the canvas). This reads it.
_GRID_JS = """(grid) => {
  const table = grid.querySelector('table[role="grid"]');
  if (!table) return null;
  const text = e => e.textContent.replace(/\\u00a0/g, ' ').trim();
  return {
    headers: [...table.querySelectorAll('thead th')]
      .map(th => [text(th), Number(th.getAttribute('aria-colindex'))]),
    rows: [...table.querySelectorAll('tbody tr')].map(tr => [
      Number(tr.getAttribute('aria-rowindex')),
      [...tr.querySelectorAll('td')]
        .map(td => [Number(td.getAttribute('aria-colindex')), text(td)]),
    ]),
  };
}"""


_SCROLL_GRID_JS = """(grid, left) => {
  const scroller = grid.querySelector('.dvn-scroller');
  scroller.scrollLeft = left === null ? scroller.scrollLeft + scroller.clientWidth / 2 : left;
  return scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1;
}"""


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def tab(chromium) -> Iterator[Page]:
    """A new Chromium tab in Indonesian, Jakarta time; JavaScript errors are collected."""
    context = chromium.new_context(viewport=VIEWPORT, locale="id-ID", timezone_id="Asia/Jakarta")
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()


# --- helpers ------------------------------------------------------------------------------


@contextlib.contextmanager
def step(page: Page, name: str) -> Iterator[None]:
    """Save failed-<name>.png if the block fails, and name any JavaScript errors."""
    (SCREENSHOTS / f"failed-{name}.png").unlink(missing_ok=True)
    try:
        yield
    except Exception as e:
        with contextlib.suppress(Exception):
            screenshot(page, f"failed-{name}")
        if getattr(page, "js_errors", []):
            e.add_note(f"JavaScript errors in the page: {page.js_errors}")
        e.add_note(f"screenshot: {SCREENSHOTS / f'failed-{name}.png'}")
        raise


def main(page: Page) -> Locator:
    return page.get_by_test_id("stMain")


def go_to(page: Page, title: str, path: str) -> None:
    """Click a page's link in the sidebar navigation and wait for its run to finish."""
    titled = page.get_by_test_id("stMarkdownContainer").get_by_text(title, exact=True)
    page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink").filter(
        has=titled
    ).click()
    wait_until(page, lambda: url_path(page) == path, f"the page {title!r} at /{path}")
    wait_for_app(page)
    expect(main(page).locator("h1").first).to_be_visible()
    assert_no_exception(page)


def assert_no_exception(page: Page) -> None:
    exceptions = page.get_by_test_id("stException")
    assert exceptions.count() == 0, f"the app raised: {exceptions.all_inner_texts()}"


def metric(page: Page, label: str) -> Locator:
    """The value of the st.metric with exactly this label (DOM text)."""
    labelled = page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    return page.get_by_test_id("stMetric").filter(has=labelled).get_by_test_id("stMetricValue")


def text_of(locator: Locator) -> str:
    """Visible text with non-breaking spaces as plain spaces."""
    return " ".join(locator.inner_text().replace("\xa0", " ").split())


def alert(page: Page, text: str) -> Locator:
    return main(page).get_by_test_id("stAlert").filter(has_text=text)


def grid_cell(page: Page, grid: Locator, key_column: str, key: str, column: str) -> str:
    """The text in `column` of the grid row whose `key_column` reads `key`.

    Cells outside the grid's visible width are not in its accessibility table, so this finds
    the row first (scrolled to the left), then scrolls right until the column shows.
    """
    grid.scroll_into_view_if_needed()
    found: dict[str, int] = {}

    def snapshot() -> dict | None:
        return grid.evaluate(_GRID_JS)

    def row_found() -> bool:
        table = snapshot()
        if not table:
            return False
        headers = dict(table["headers"])
        for index, cells in table["rows"]:
            if dict(cells).get(headers.get(key_column)) == key:
                found["row"] = index
                return True
        return False

    grid.evaluate(_SCROLL_GRID_JS, 0)
    wait_until(page, row_found, f"the row {key!r} in the grid's column {key_column!r}")

    def cell_found() -> bool:
        table = snapshot() or {"headers": [], "rows": []}
        headers = dict(table["headers"])
        cells = dict(dict(table["rows"]).get(found["row"], []))
        if column in headers and headers[column] in cells:
            found["text"] = cells[headers[column]]
            return True
        if not found.get("at_right_edge"):
            found["at_right_edge"] = grid.evaluate(_SCROLL_GRID_JS, None)
        return False

    wait_until(page, cell_found, f"the column {column!r} of the row {key!r}")
    grid.evaluate(_SCROLL_GRID_JS, 0)
    return found["text"]


def grid_after(page: Page, text: str) -> Locator:
    """The first st.dataframe below the element that shows text."""
    element = '[data-testid="stElementContainer"]'
    return (
        main(page)
        .locator(f'{element}:has-text("{text}") ~ {element} [data-testid="stDataFrame"]')
        .first
    )


def overview_latest_actual(page: Page) -> str:
    """The overview table's "Realisasi s.d. periode" of PKH.KPM, in digits: the grid's
    accessibility table holds the number (the column sorts as one), the canvas its format."""
    grid = main(page).get_by_test_id("stDataFrame").first
    value = grid_cell(page, grid, "Indikator", INDICATOR_NAME, LATEST_ACTUAL)
    try:
        return str(round(float(value)))  # the number itself: 75000.0
    except ValueError:
        return re.sub(r"\D", "", value)  # as formatted: 75.000


def show_indicator(page: Page) -> None:
    """Choose PKH.KPM in the Indikator page's select box, as a person would.

    Leaving the Indikator page forgets its own choices (only the sidebar filters carry from
    page to page), so after the sidebar link the page shows its first indicator again.
    """
    select = main(page).get_by_role("combobox", name="Indikator", exact=True)
    select.click()
    select.fill(INDICATOR)
    page.get_by_role("option", name=f"{INDICATOR} — {INDICATOR_NAME}", exact=True).click()
    wait_until(page, lambda: url_query(page).get("indicator") == [INDICATOR], "the indicator")
    wait_for_app(page)


def achievement_shown(page: Page) -> str:
    """The Indikator page's achievement to date, e.g. '101,1 %', checking it shows PKH.KPM."""
    expect(main(page).get_by_role("combobox", name="Indikator", exact=True)).to_have_value(
        re.compile(rf"^{re.escape(INDICATOR)}\b")
    )
    expect(page.get_by_test_id("stSidebar").get_by_role("combobox", name="Wilayah")).to_have_value(
        BOGOR_SHOWN
    )
    value = metric(page, ACHIEVEMENT)
    expect(value).to_have_count(1)
    return text_of(value)


def sign(page: Page) -> None:
    """Type the uploader's name and press Enter, which sends it to the app."""
    who = main(page).get_by_label("Nama pengunggah")
    who.fill(UPLOADER)
    who.press("Enter")
    expect(who).to_have_value(UPLOADER)
    wait_for_app(page)


def upload(page: Page, file: Path) -> None:
    """Give the file to the page's file input, as choosing it in the file dialog does."""
    uploader = main(page).get_by_test_id("stFileUploader")
    uploader.locator('input[type="file"]').set_input_files(file)
    expect(uploader.get_by_text(file.name)).to_be_visible()


def stored(db_path: Path) -> tuple:
    """What the database holds for the uploaded cell (read only once the server stopped)."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(
            "select planned, actual, note from observations where indicator_code = ?"
            " and region_code = ? and period_start = date '2026-07-01'",
            [INDICATOR, BOGOR],
        ).fetchone()


# --- the test -----------------------------------------------------------------------------


def test_upload_changes_the_dashboard_and_rolls_back(
    prebuilt_db: Path, tmp_path: Path, tab: Page
) -> None:
    good = tmp_path / "bogor-triwulan-3.csv"
    good.write_bytes(GOOD_CSV)
    broken = tmp_path / "salah.csv"
    broken.write_bytes(BROKEN_CSV)
    original = stored(prebuilt_db)

    with server_on_copy(prebuilt_db, tmp_path / "server", "upload-flow") as server:
        # 1. Before: the overview for Kabupaten Bogor, then the Indikator page for PKH.KPM
        with step(tab, "upload-before"):
            tab.goto(server.url(f"/?region={BOGOR}"))
            wait_for_app(tab)
            assert_no_exception(tab)
            actual_before = overview_latest_actual(tab)
            assert actual_before != ACTUAL_AFTER

            tab.goto(server.url(f"indikator?indicator={INDICATOR}&region={BOGOR}"))
            wait_for_app(tab)
            assert_no_exception(tab)
            before = achievement_shown(tab)
            assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d %", before), before
            assert before != ACHIEVEMENT_AFTER

        # 2. Upload through the sidebar: a name, the file, the preview
        with step(tab, "upload-preview"):
            go_to(tab, UPLOAD_TITLE, "unggah")
            assert url_query(tab).get("region") == [BOGOR], tab.url
            sign(tab)
            upload(tab, good)
            expect(metric(tab, "Berubah")).to_have_text("1")
            wait_for_app(tab)
            expect(metric(tab, "Baris baru")).to_have_text("0")
            expect(metric(tab, "Tidak berubah")).to_have_text("0")
            assert alert(tab, "kesalahan").count() == 0
            changed = grid_cell(
                tab, grid_after(tab, CHANGED_HEADING), "Indikator", INDICATOR, "Realisasi"
            )
            assert changed.endswith("→ 75.000"), changed
            save = main(tab).get_by_role("button", name="Simpan 1 baris")
            expect(save).to_be_enabled()
        screenshot(tab, "upload-preview")

        with step(tab, "upload-saved"):
            save.click()
            expect(alert(tab, "Tersimpan sebagai unggahan #1")).to_be_visible()
            wait_for_app(tab)
            assert_no_exception(tab)
            # the picker was emptied: nothing to save twice
            expect(main(tab).get_by_role("button", name=re.compile(r"^Simpan"))).to_have_count(0)
        screenshot(tab, "upload-saved")

        # 3. After: the Indikator page and the overview show the uploaded value
        with step(tab, "indikator-after-upload"):
            go_to(tab, INDICATOR_TITLE, "indikator")
            show_indicator(tab)
            assert achievement_shown(tab) == ACHIEVEMENT_AFTER
        screenshot(tab, "indikator-after-upload")

        with step(tab, "overview-after-upload"):
            go_to(tab, OVERVIEW_TITLE, "")
            assert overview_latest_actual(tab) == ACTUAL_AFTER

        # 4. Roll it back: tick the box, press the button
        with step(tab, "upload-rolled-back"):
            go_to(tab, UPLOAD_TITLE, "unggah")
            sign(tab)  # the page forgot the name when it was left
            rollback = main(tab).get_by_test_id("stForm")
            rollback.get_by_text(
                "Ya, kembalikan semua nilai seperti sebelum unggahan ini.", exact=True
            ).click()
            expect(rollback.get_by_role("checkbox")).to_be_checked()
            rollback.get_by_role("button", name="Batalkan unggahan").click()
            expect(alert(tab, "Unggahan #1 dibatalkan")).to_be_visible()
            wait_for_app(tab)
            assert_no_exception(tab)
        screenshot(tab, "upload-rolled-back")

        # 5. The earlier values are back
        with step(tab, "indikator-rolled-back"):
            go_to(tab, INDICATOR_TITLE, "indikator")
            show_indicator(tab)
            assert achievement_shown(tab) == before
            go_to(tab, OVERVIEW_TITLE, "")
            assert overview_latest_actual(tab) == actual_before

        # 6. A broken file: every error is listed, nothing can be saved
        with step(tab, "upload-errors"):
            go_to(tab, UPLOAD_TITLE, "unggah")
            upload(tab, broken)
            error = alert(tab, "tidak disimpan: ada 1 kesalahan")
            expect(error).to_be_visible()
            wait_for_app(tab)
            expect(error).to_contain_text(broken.name)
            errors = grid_after(tab, "tidak disimpan: ada 1 kesalahan")
            assert grid_cell(tab, errors, "Nilai", "PKH.XYZ", "Baris") == "3"
            expect(main(tab).get_by_role("button", name=re.compile(r"^Simpan"))).to_have_count(0)
            expect(metric(tab, "Berubah")).to_have_count(0)
            assert_no_exception(tab)
        screenshot(tab, "upload-errors")

    # the server has stopped, so the database can be opened: the rollback restored it all
    assert stored(server.db_path) == original
    with duckdb.connect(str(server.db_path), read_only=True) as con:
        log = con.execute("select kind, status, uploaded_by from uploads order by id").fetchall()
    assert log == [("upload", "rolled_back", UPLOADER), ("rollback", "committed", UPLOADER)]


@pytest.mark.parametrize(("setting", "limit"), [(None, 50), ("5", 5)])
def test_the_uploader_states_and_keeps_the_real_limit(
    prebuilt_db: Path, tmp_path: Path, tab: Page, setting: str | None, limit: int
) -> None:
    copy = tmp_path / "limit.duckdb"
    copy.write_bytes(prebuilt_db.read_bytes())
    env = {"PANTAU_MAX_UPLOAD_MB": setting} if setting else {}
    name = f"upload-limit-{limit}"
    with running_server(copy, name, **env) as server, step(tab, name):
        tab.goto(server.url("unggah"))
        wait_for_app(tab)
        uploader = main(tab).get_by_test_id("stFileUploader")
        expect(uploader).to_contain_text(f"{limit}MB per file")
        expect(uploader).not_to_contain_text("200MB")
        expect(main(tab)).to_contain_text(f"paling besar {limit} MB")
        screenshot(tab, name)
        if setting:  # a file over the limit is refused by the browser, never sent
            big = tmp_path / "besar.csv"
            big.write_bytes(b"indikator;wilayah;periode;target\n" + b"x" * (limit + 1) * 2**20)
            uploader.locator('input[type="file"]').set_input_files(big)
            expect(uploader).to_contain_text(big.name)
            wait_for_app(tab)
            screenshot(tab, "upload-over-the-limit")
            # the script never saw the file: no checks ran, no preview, nothing to save
            expect(metric(tab, "Baris baru")).to_have_count(0)
            expect(main(tab).get_by_role("button", name=re.compile(r"^Simpan"))).to_have_count(0)
            expect(alert(tab, "tidak disimpan")).to_have_count(0)
            assert_no_exception(tab)
