"""AppTest fixtures: the real dashboard on a private copy of a database, caches cleared."""

import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau.store import db
from tests.support.helpers import DASHBOARD


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
