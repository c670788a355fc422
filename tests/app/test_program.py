"""The results-chain page (Program) in AppTest, on the case of tests/support/program_case.py."""

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import program
from pantau.settings import StatusThresholds
from tests.support.helpers import DASHBOARD, shown
from tests.support.program_case import build

DEFAULT = StatusThresholds()


# --- the page ---------------------------------------------------------------------------------


@pytest.fixture
def uji_app_db(built_app_db):
    """A database holding only the test programme's observations, for the running app."""
    return built_app_db(build)


def run_page(sidebar: dict[str, str], query: dict[str, str] | None = None) -> AppTest:
    """The program page with these sidebar filters and page parameters in the URL."""
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    for key, value in sidebar.items():
        at.selectbox(key=key).set_value(value).run()
    # the overview's run dropped the parameters it does not bind; a deep link keeps them
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page("pages/program.py").run()
    assert not at.exception, at.exception
    return at


def card_of(at: AppTest, code: str) -> str:
    """The HTML of the logframe card of one indicator."""
    return next(m.value for m in at.markdown if f">{code}</div>" in m.value)


def test_page_follows_the_sidebar_programme_and_shows_the_down_card(uji_app_db):
    at = run_page({"program": "UJI"})
    assert at.selectbox(key="prog_program").value == "UJI"
    card = card_of(at, "UJI.PUTUS")
    assert "77,8\u00a0%" in card  # achievement (2 x 0.9 - 1.1) / 0.9
    assert "33,3\u00a0%" in card  # progress (1.1 - 1.2) / (0.9 - 1.2)
    assert "1,2\u00a0% (2019)" in card
    assert "▲ Berisiko" in card
    assert "88,9\u00a0%" not in card
    shown = " ".join(m.value for m in at.markdown)
    assert "Tidak ada indikator" not in shown  # the empty level is a caption
    assert any("Tidak ada indikator pada tingkat ini." in c.value for c in at.caption)
    assert "● 2 sesuai target · ▲ 1 berisiko" in shown


def test_page_table_and_region_filter(uji_app_db):
    at = run_page({"region": "32"}, {"prog_program": "UJI"})
    table = shown(at.dataframe[0]).set_index("Kode")
    assert table.loc["UJI.PUTUS", "Capaian s.d. periode"] == "88,9\u00a0%"
    assert table.loc["UJI.PUTUS", "Kemajuan dari baseline"] == "66,7\u00a0%"
    assert table.loc["UJI.DANA", "Capaian s.d. periode"] == i18n.percent(200 / 200 * 100)
    assert "88,9\u00a0%" in card_of(at, "UJI.PUTUS")


def test_page_without_a_sidebar_programme_starts_at_the_first(uji_app_db):
    at = run_page({})
    assert at.selectbox(key="prog_program").value == "ATENSI"  # first programme by code
    at.selectbox(key="prog_program").set_value("UJI").run()
    assert "77,8\u00a0%" in card_of(at, "UJI.PUTUS")
    at.selectbox(key="program").set_value("PIP").run()  # the sidebar moves the page along
    assert not at.exception
    assert at.selectbox(key="prog_program").value == "PIP"


def test_page_on_the_sample_matches_the_metric_query(app, sample_con):
    at = app.switch_page("pages/program.py").run()
    at.selectbox(key="prog_program").set_value("PIP").run()
    assert not at.exception
    expected = program.logframe(sample_con, DEFAULT, "PIP").set_index("indicator_code")
    row = expected.loc["PIP.PUTUS_SEKOLAH"]  # a down indicator with a baseline
    card = card_of(at, "PIP.PUTUS_SEKOLAH")
    assert i18n.percent(row["achievement"]) in card
    assert i18n.percent(row["progress"]) in card
    table = shown(at.dataframe[0]).set_index("Kode")
    assert table["Capaian s.d. periode"].tolist() == [
        i18n.percent(a) for a in expected["achievement"]
    ]


def test_empty_database_shows_the_empty_state(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at.switch_page("pages/program.py").run()
    assert not at.exception
    assert at.subheader[0].value == "Belum ada data"
    st.cache_resource.clear()
    st.cache_data.clear()
