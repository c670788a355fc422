"""The budget page (Anggaran) in AppTest, on the case of tests/support/budget_case.py."""

import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.store import db
from tests.support.budget_case import HOUSEHOLDS, MONEY, add_programme
from tests.support.helpers import DASHBOARD, add_observations, shown

NBSP = "\u00a0"


# --- the page ------------------------------------------------------------------------------


@pytest.fixture
def uji_app(tmp_path, monkeypatch):
    """The dashboard on a database holding only the hand-made case."""
    path = tmp_path / "uji.duckdb"
    con = db.open_database(path, with_sample=False)
    add_programme(con)
    add_observations(con, MONEY + HOUSEHOLDS)
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["program"] = "UJI"
    at.run()
    at.switch_page("pages/budget.py").run()
    assert not at.exception, at.exception
    yield at
    st.cache_resource.clear()
    st.cache_data.clear()


def metric(at: AppTest, label: str) -> str:
    """The value shown by the metric with this label."""
    return next(m.value for m in at.metric if m.label == label)


def test_page_shows_absorption_and_money_as_indonesians_write_it(uji_app):
    at = uji_app
    assert at.selectbox(key="budget_indicator").value == "UJI.DANA"  # the programme's money
    assert metric(at, "Daya serap") == f"92,5{NBSP}%"
    assert metric(at, "Realisasi s.d. periode") == f"Rp{NBSP}370{NBSP}M"
    assert metric(at, "Rencana s.d. periode (wilayah melapor)") == f"Rp{NBSP}400{NBSP}M"
    # the plan of every region for the same months, beside the like-with-like figure
    assert any(c.value.startswith("Rencana semua wilayah s.d. periode: Rp") for c in at.caption)
    assert metric(at, "Rencana setahun 2025") == f"Rp{NBSP}760{NBSP}M"
    assert any("● Sesuai target" in m.value for m in at.markdown)
    assert any("Jan – Mar 2025" in c.value and "8 dari 114" in c.value for c in at.caption)


def test_page_tables_show_each_region(uji_app):
    absorption, cost, quadrant = (shown(d).set_index("Wilayah") for d in uji_app.dataframe)
    assert absorption.loc["Nasional (semua provinsi)", "Daya serap"] == f"92,5{NBSP}%"
    assert absorption.loc["Banten", "Status"] == "■ Di bawah target"
    assert absorption.loc["Banten", "Laporan masuk"] == "1 dari 3"
    assert cost.loc["Jawa Tengah", "Realisasi per penerima"] == f"Rp{NBSP}170{NBSP}jt"
    assert cost.loc["Jawa Tengah", "Selisih biaya"] == f"−15,0{NBSP}%"
    assert quadrant.loc["Jawa Tengah", "Kuadran"] == "◆ Hasil tanpa dana terserap"
    assert quadrant.loc["Jawa Barat", "Kuadran"] == "■ Dana terserap tanpa hasil"


def test_page_shows_cost_per_beneficiary_and_the_quadrant(uji_app):
    at = uji_app
    assert metric(at, "Rencana per penerima") == f"Rp{NBSP}200{NBSP}jt"
    assert metric(at, "Realisasi per penerima") == f"Rp{NBSP}185{NBSP}jt"
    assert metric(at, "Selisih biaya") == f"−7,5{NBSP}%"
    assert any("bulanan" in c.value and "triwulanan" in c.value for c in at.caption)
    assert any("**■ Dana terserap tanpa hasil: 1 wilayah**" in m.value for m in at.markdown)
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert len(charts) == 4  # per period, cumulative, by region, quadrant
    assert charts[0]["layout"]["yaxis"]["title"]["text"] == "miliar rupiah"
    quadrant = json.dumps(charts[3], ensure_ascii=False)
    assert "Dana terserap tanpa hasil" in quadrant and "Jawa Barat" in quadrant


def test_page_year_and_indicator_choices(uji_app):
    at = uji_app
    at.segmented_control(key="budget_year").set_value("all").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Des 2024" in spec["data"][0]["x"]
    at.selectbox(key="program").set_value("UJI2").run()
    assert at.selectbox(key="budget_indicator").value == "UJI2.DANA"
    assert [w.value for w in at.warning] == [i18n.t("budget.no_data")]


def test_page_on_the_sample_data_runs_in_english(app):
    at = app.switch_page("pages/budget.py").run()
    assert not at.exception
    assert at.selectbox(key="budget_indicator").value == "ATENSI.DANA"
    at.selectbox(key="budget_indicator").set_value("SEMBAKO.DANA").run()
    at.segmented_control(key="lang").set_value("en").run()
    assert not at.exception
    assert metric(at, "Absorption").endswith("%")
    assert metric(at, "Realised to date").startswith("IDR")
    assert len(at.get("plotly_chart")) == 4


def test_empty_database_shows_the_friendly_empty_state(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at = at.switch_page("pages/budget.py").run()
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Belum ada data"]
    st.cache_resource.clear()
    st.cache_data.clear()


def test_page_honours_the_data_up_to_month(uji_app):
    at = uji_app
    at.selectbox(key="as_of").set_value("2025-02-01").run()
    assert not at.exception
    assert metric(at, "Daya serap") == i18n.percent(302 / 330 * 100)  # Jan - Feb: 91,5 %
    assert metric(at, "Realisasi s.d. periode") == f"Rp{NBSP}302{NBSP}M"
