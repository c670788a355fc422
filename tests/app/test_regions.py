"""The regions page in AppTest, on the case of tests/support/regions_case.py."""

import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau.store import db
from tests.support.helpers import DASHBOARD, add_observations, matrix, shown
from tests.support.regions_case import PKH_KPM, POVERTY

PAGE = "pages/regions.py"


# --- the page -----------------------------------------------------------------------------


@pytest.fixture
def fixture_db(tmp_path, monkeypatch):
    """The fixture as a database file the dashboard opens, caches cleared."""
    path = tmp_path / "regions.duckdb"
    con = db.open_database(path, with_sample=False)
    add_observations(con, PKH_KPM + POVERTY)
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_resource.clear()
    st.cache_data.clear()


def open_page(indicator: str = "PKH.KPM", **params: str) -> AppTest:
    """The regions page showing an indicator, the sidebar's filters seeded from the URL."""
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(PAGE).run()
    at.selectbox(key="reg_indicator").set_value(indicator).run()
    assert not at.exception, at.exception
    return at


def metric(at: AppTest, label: str) -> str:
    """The value shown by the metric with this label."""
    return next(m.value for m in at.metric if m.label == label)


def chart(at: AppTest, i: int) -> dict:
    """The i-th Plotly figure on the page, as its JSON."""
    return json.loads(at.get("plotly_chart")[i].proto.spec)


def test_page_shows_the_ranking_heatmap_scatter_and_priority(fixture_db):
    at = open_page()
    assert at.selectbox(key="reg_period").value == "2026-01-01"  # the latest with data
    assert metric(at, "Provinsi melapor") == "4 dari 38"
    assert metric(at, "● Sesuai target") == "2"
    assert metric(at, "▲ Berisiko") == "1"
    assert metric(at, "■ Di bawah target") == "1"
    ranking = chart(at, 0)
    order = ranking["layout"]["yaxis"]["categoryarray"]
    assert order[:4] == ["DI Yogyakarta", "Banten", "Jawa Barat", "Jawa Tengah"]
    assert "○ Tidak ada data" in ranking["data"][-1]["text"]
    heatmap = chart(at, 1)
    assert matrix(heatmap["data"][1]["z"])[2, -2:].tolist() == pytest.approx([95.0, 75.0])
    scatter = chart(at, 2)
    assert "Kebutuhan tinggi, cakupan rendah: kurang terlayani" in json.dumps(scatter)
    captions = " ".join(c.value for c in at.caption)
    assert "1 provinsi memakai periode lebih awal" in captions
    assert "1 provinsi tanpa nilai kebutuhan atau capaian tidak digambar" in captions
    assert "Skor = persentil kebutuhan × kekurangan capaian" in captions
    priority = shown(at.dataframe[1])
    if hasattr(priority, "data"):  # a Styler
        priority = priority.data
    first = priority.iloc[0]
    assert (first["Prioritas"], first["Wilayah"], first["Skor"]) == ("1", "Jawa Tengah", "0,320")
    assert priority["Wilayah"].tolist() == [
        "Jawa Tengah",
        "Jawa Barat",
        "Banten",
        "DI Yogyakarta",
        "Jawa Timur",
    ]


def test_page_drills_down_to_the_regencies(fixture_db):
    at = open_page()
    at.selectbox(key="reg_province").set_value("34").run()
    assert not at.exception
    assert metric(at, "Kabupaten/kota melapor") == "2 dari 5"
    order = chart(at, 0)["layout"]["yaxis"]["categoryarray"]
    assert order[:2] == ["Kabupaten Bantul", "Kabupaten Kulon Progo"]
    assert chart(at, 1)["data"][1]["y"][:2] == ["Kabupaten Bantul", "Kabupaten Kulon Progo"]
    assert any("antar provinsi" in c.value for c in at.caption)


def test_sidebar_region_preselects_the_province(fixture_db):
    at = open_page(region="34")
    assert at.selectbox(key="reg_province").value == "34"
    assert metric(at, "Kabupaten/kota melapor") == "2 dari 5"
    at.selectbox(key="region").set_value("").run()  # back to the nation: the drill follows
    assert at.selectbox(key="reg_province").value == ""
    assert metric(at, "Provinsi melapor") == "4 dari 38"


def test_period_choice_and_data_up_to(fixture_db):
    at = open_page()
    at.selectbox(key="reg_period").set_value("2025-10-01").run()
    assert metric(at, "Provinsi melapor") == "2 dari 38"
    at = open_page(as_of="2026-01-01")  # Q1 2026 has not ended in January
    assert at.selectbox(key="reg_period").options == ["Triwulan IV 2025"]
    assert metric(at, "Provinsi melapor") == "2 dari 38"


def test_page_in_english(fixture_db):
    at = open_page(lang="en")
    assert metric(at, "Provinces reported") == "4 of 38"
    priority = shown(at.dataframe[1])
    priority = priority.data if hasattr(priority, "data") else priority
    assert priority.iloc[0]["Score"] == "0.320"


def test_an_indicator_without_reports_says_so(fixture_db):
    at = open_page("PKH.DANA")
    assert at.warning[0].value.startswith("Belum ada laporan indikator ini")
    assert not at.get("plotly_chart")


def test_page_runs_on_the_sample_data(app):
    at = app.switch_page(PAGE).run()
    assert not at.exception
    assert metric(at, "Provinsi melapor").endswith("dari 38")
    assert len(at.get("plotly_chart")) == 3


def test_the_drill_down_goes_into_the_url(fixture_db):
    at = open_page()
    at.selectbox(key="reg_province").set_value("34").run()
    assert at.query_params["reg_province"] == "34"
    assert at.query_params["reg_indicator"] == "PKH.KPM"


def test_empty_database_shows_the_friendly_empty_state(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at.switch_page(PAGE).run()
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Belum ada data"]
    st.cache_resource.clear()
    st.cache_data.clear()
