"""Shared fixtures: databases in temporary folders, and AppTest on the real dashboard."""

import shutil
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau.settings import PROJECT_DIR
from pantau.store import db

DASHBOARD = str(PROJECT_DIR / "dashboard.py")


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory) -> Path:
    """The sample database, built once per test session (never the user's data/ file)."""
    path = tmp_path_factory.mktemp("sample") / "pantau.duckdb"
    db.open_database(path, with_sample=True).close()
    return path


@pytest.fixture(scope="session")
def sample_con(sample_db_file):
    """A read-only connection to the session's sample database."""
    con = duckdb.connect(str(sample_db_file), read_only=True)
    yield con
    con.close()


@pytest.fixture
def empty_con(tmp_path):
    """A new database with the schema and the catalogue, but no observations."""
    con = db.open_database(tmp_path / "empty.duckdb", with_sample=False)
    yield con
    con.close()


@pytest.fixture
def app_db(tmp_path, sample_db_file, monkeypatch) -> Path:
    """A private copy of the sample database for one AppTest, with every cache cleared."""
    path = tmp_path / "app.duckdb"
    shutil.copy(sample_db_file, path)
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture
def built_app_db(tmp_path, monkeypatch):
    """Build a small database with fill(con) and point the app at it, caches cleared."""

    def build(fill) -> Path:
        path = tmp_path / "fixture.duckdb"
        con = db.open_database(path, with_sample=False)
        fill(con)
        con.close()
        monkeypatch.setenv("PANTAU_DB", str(path))
        st.cache_resource.clear()
        st.cache_data.clear()
        return path

    yield build
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture
def app(app_db) -> AppTest:
    """The dashboard, run once on the overview, against a copy of the sample database."""
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture(scope="session")
def prebuilt_db(tmp_path_factory) -> Path:
    """The sample database for browser tests, built once; every server gets its own copy."""
    from browser_support import build_sample_database

    return build_sample_database(tmp_path_factory.mktemp("browser-db") / "sample.duckdb")


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session (each test gets a new context)."""
    from browser_support import launch_chromium
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()
