"""Browser fixtures: one Chromium per session and a sample database every server copies."""

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def prebuilt_db(tmp_path_factory) -> Path:
    """The sample database for browser tests, built once; every server gets its own copy."""
    from tests.support.browser_support import build_sample_database

    return build_sample_database(tmp_path_factory.mktemp("browser-db") / "sample.duckdb")


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session (each test gets a new context)."""
    from playwright.sync_api import sync_playwright

    from tests.support.browser_support import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()
