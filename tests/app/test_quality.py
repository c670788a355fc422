"""The data-quality page in AppTest, on the case of tests/support/quality_case.py."""

import datetime as dt
import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import quality
from tests.support.helpers import DASHBOARD, add_indicator, add_observations, shown
from tests.support.quality_case import monthly_case

# --- the page ---------------------------------------------------------------------------------


@pytest.fixture
def case_app_db(built_app_db):
    """A database holding only the monthly case, for the running app."""
    return built_app_db(monthly_case)


def quality_page(**sidebar: str) -> AppTest:
    """The quality page, after setting the sidebar filters."""
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.selectbox(key="program").set_value("PKH").run()
    for key, value in sidebar.items():
        at.selectbox(key=key).set_value(value).run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception, at.exception
    return at


def test_page_shows_completeness_missing_and_suspect(case_app_db):
    at = quality_page()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Laporan provinsi yang masuk"] == "88,9\u00a0%"  # 16 of 18
    assert metrics["Belum masuk"] == "2"
    headline = next(m.value for m in at.markdown if "laporan provinsi" in m.value)
    assert headline.startswith("**88,9\u00a0%** laporan provinsi yang diharapkan sudah masuk")
    assert "(16 dari 18), Triwulan I 2026 – Triwulan II 2026" in headline
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "67\u00a0%" in spec["data"][0]["text"][1]  # Jawa Tengah (33), Q2: 2 of 3
    missing = shown(at.dataframe[0])
    first = missing.iloc[0]
    assert first["Indikator"] == "Q.M — Q.M"
    assert first["Wilayah"] == "Jawa Tengah"
    assert first["Periode"] == "Mei 2026"
    assert first["Batas lapor"] == "30 Jun 2026"
    days = (dt.date.today() - dt.date(2026, 6, 30)).days  # the page counts against today
    assert first["Hari terlambat"] == i18n.number(days)
    suspect = at.dataframe[1].value
    assert suspect.iloc[0]["Periksa"] == "indikator?indicator=Q.M&region=32"
    assert suspect.iloc[0]["Mengapa diperiksa"].startswith("Lonjakan: 3,3×")


def test_page_honours_the_region_filter(case_app_db):
    at = quality_page(region="33")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Laporan provinsi yang masuk"] == "83,3\u00a0%"  # 5 of 6
    assert metrics["Belum masuk"] == "1"
    assert any("Tidak ada nilai" in s.value for s in at.success)  # 33 has no suspect value


def test_page_on_the_sample_matches_the_query(app, sample_con):
    at = app.switch_page("pages/quality.py").run()
    assert not at.exception
    totals = quality.totals(quality.completeness(sample_con))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Laporan provinsi yang masuk"] == i18n.percent(
        totals.loc["provinsi", "completeness"]
    )
    assert metrics["Laporan kabupaten/kota yang masuk"] == i18n.percent(
        totals.loc["kabupaten_kota", "completeness"]
    )
    missing = quality.missing_reports(sample_con, dt.date.today())
    assert metrics["Belum masuk"] == i18n.number(len(missing))
    at.segmented_control(key="qual_grain").set_value("year").run()
    assert not at.exception
    assert "2026" in at.get("plotly_chart")[0].proto.spec


def test_empty_database_shows_the_empty_state(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception
    assert at.subheader[0].value == "Belum ada data"
    st.cache_resource.clear()
    st.cache_data.clear()


def every_regency_behind(con) -> None:
    """514 regencies with a monthly target for Jan-Mar 2026; only Aceh Selatan reports, so
    513 x 3 = 1,539 reports are missing."""
    add_indicator(con, "Q.M", frequency="month", temporal="flow")
    regencies = con.execute(
        "select code from regions where level = 'kabupaten_kota' order by code"
    ).fetchall()
    months = ("2026-01-01", "2026-02-01", "2026-03-01")
    rows = [
        ("Q.M", code, month, 10, 10 if i == 0 else None)
        for i, (code,) in enumerate(regencies)
        for month in months
    ]
    add_observations(con, rows)


def test_a_long_list_of_missing_reports_shows_its_first_thousand_and_says_so(built_app_db):
    built_app_db(every_regency_behind)
    at = quality_page()
    assert {m.label: m.value for m in at.metric}["Belum masuk"] == "1.539"
    assert len(at.dataframe[0].value) == 1_000
    assert any(
        c.value == "1.000 baris pertama dari 1.539; unduhan di bawah memuat semuanya."
        for c in at.caption
    )
