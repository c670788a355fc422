"""The regions page in AppTest, on the case of tests/support/regions_case.py."""

import base64
import json

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from pantau.store import catalog, db
from tests.support.helpers import DASHBOARD, add_observations, matrix, shown
from tests.support.regions_case import PKH_KPM, POVERTY

PAGE = "pages/regions.py"
MAP, RANKING, HEATMAP, SCATTER = range(4)  # the page's charts, top to bottom


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
    ranking = chart(at, RANKING)
    order = ranking["layout"]["yaxis"]["categoryarray"]
    assert order[:4] == ["DI Yogyakarta", "Banten", "Jawa Barat", "Jawa Tengah"]
    assert "○ Tidak ada data" in ranking["data"][-1]["text"]
    heatmap = chart(at, HEATMAP)
    assert matrix(heatmap["data"][1]["z"])[2, -2:].tolist() == pytest.approx([95.0, 75.0])
    scatter = chart(at, SCATTER)
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
    order = chart(at, RANKING)["layout"]["yaxis"]["categoryarray"]
    assert order[:2] == ["Kabupaten Bantul", "Kabupaten Kulon Progo"]
    assert chart(at, HEATMAP)["data"][1]["y"][:2] == ["Kabupaten Bantul", "Kabupaten Kulon Progo"]
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
    assert len(at.get("plotly_chart")) == 4  # the map, the ranking, the heatmap, the scatter


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


# --- the map ------------------------------------------------------------------------------


def flat(value: dict | list) -> np.ndarray:
    """A one-dimensional array of a figure's JSON (plotly writes it base64 with no shape)."""
    if isinstance(value, dict) and "shape" not in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
    return matrix(value)


def map_traces(at: AppTest) -> tuple[dict, dict]:
    """The map's grey trace (regions without data) and its coloured one, by location."""
    data = chart(at, MAP)["data"]
    assert all(t["type"] == "choroplethmap" for t in data)
    grey = next(
        (t for t in data if t.get("showscale") is False), {"locations": [], "hovertext": []}
    )
    values = next(t for t in data if t.get("showscale") is not False)
    return (
        dict(zip(grey["locations"], grey["hovertext"], strict=True)),
        dict(zip(values["locations"], flat(values["z"]).tolist(), strict=True)),
    )


def test_the_map_comes_first_with_every_province_and_its_achievement(fixture_db):
    at = open_page()
    assert at.subheader[0].value == "Peta"
    grey, values = map_traces(at)
    # the period's achievements (tests/support/regions_case.py): 75, 60, 100 and 92 %
    assert values == pytest.approx({"32": 75.0, "33": 60.0, "34": 100.0, "36": 92.0})
    assert len(grey) + len(values) == 38
    assert grey["35"] == "<b>Jawa Timur</b> (35)<br>Tidak ada data"  # a target, no report
    values_trace = chart(at, MAP)["data"][1]
    hover = dict(zip(values_trace["locations"], values_trace["hovertext"], strict=True))
    assert hover["32"] == "<b>Jawa Barat</b> (32)<br>75,0\u00a0% · ▲ Berisiko"
    # rolled up from its regencies: DI Yogyakarta's own row wins, so no parts are named
    assert "melapor" not in hover["34"]


def test_choosing_a_province_shows_its_regencies_on_the_map(fixture_db):
    at = open_page()
    at.selectbox(key="reg_province").set_value("34").run()
    grey, values = map_traces(at)
    assert values == pytest.approx({"34.01": 80.0, "34.02": 110.0})
    assert sorted(grey) == ["34.03", "34.04", "34.71"]  # DI Yogyakarta's other three
    assert "kabupaten/kota DI Yogyakarta" in chart(at, MAP)["layout"]["title"]["text"]


def test_the_need_maps(fixture_db):
    at = open_page()
    at.segmented_control(key="reg_map").set_value("need").run()
    _, values = map_traces(at)
    assert values == pytest.approx({"32": 7.0, "33": 12.0, "34": 11.0, "35": 13.0, "36": 6.0})
    at.segmented_control(key="reg_map").set_value("need_coverage").run()
    named = {t["name"]: t["locations"] for t in chart(at, MAP)["data"]}
    assert named["Kebutuhan tinggi, cakupan rendah: kurang terlayani"] == ["33"]  # Jawa Tengah
    assert named["○ Tidak ada data"][:2] == ["11", "12"]  # Jawa Timur has no achievement
    assert "35" in named["○ Tidak ada data"]


def test_a_click_on_the_map_chooses_the_province(fixture_db):
    # AppTest cannot click a chart: hand the page the selection a click makes, as Streamlit
    # does, through the chart's callback; the browser test clicks for real
    from ui import regions_map

    key = "reg_map_achievement_provinsi_0"  # the map's key: its mode, view and clicks so far
    clicked = {"selection": {"points": [{"location": "34", "customdata": "34"}]}}
    with pytest.MonkeyPatch.context() as patch:
        state = {key: clicked}
        patch.setattr(regions_map.st, "session_state", state)
        regions_map._province_clicked(key, ["34"])
    assert state["reg_province"] == "34"
    state = {key: {"selection": {"points": [{"customdata": "32"}]}}}  # no regency reported
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(regions_map.st, "session_state", state)
        patch.setattr(regions_map.st, "toast", lambda *a, **k: state.setdefault("toast", a))
        regions_map._province_clicked(key, ["34"])
    assert "reg_province" not in state and state["toast"]


# --- the whole country at regency level ---------------------------------------------------


@pytest.fixture
def country_db(tmp_path, monkeypatch):
    """Every regency of the catalogue; the first 60 report, with 60 achievements."""
    path = tmp_path / "country.duckdb"
    con = db.open_database(path, with_sample=False)
    regencies = catalog.regions(con).query("level == 'kabupaten_kota'").sort_values("code")
    assert len(regencies) == 514
    # the first 60 regencies by code: planned 100, actual 41..100 (a different achievement each)
    reporting = regencies["code"].tolist()[:60]
    rows = [("PKH.KPM", c, "2026-01-01", 100, 41 + i) for i, c in enumerate(reporting)]
    add_observations(con, rows)
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield reporting
    st.cache_resource.clear()
    st.cache_data.clear()


def test_every_regency_of_the_country(country_db):
    at = open_page()
    at.selectbox(key="reg_province").set_value("kabupaten_kota").run()
    assert not at.exception, at.exception
    assert metric(at, "Kabupaten/kota melapor") == "60 dari 514"
    grey, values = map_traces(at)
    assert len(values) == 60 and len(grey) == 514 - 60
    ranking = chart(at, RANKING)
    bars = [y for t in ranking["data"] for y in t["y"]]
    assert len(bars) == 20  # the top ten and the bottom ten, not 514 bars
    assert any("40 wilayah lain" in a["text"] for a in ranking["layout"]["annotations"])
    table = shown(at.dataframe[0])
    table = table.data if hasattr(table, "data") else table
    assert len(table) == 514  # every regency in the sortable table
    assert at.selectbox(key="reg_heat_page").options[0] == "baris 1–30 dari 514"
    assert len(chart(at, HEATMAP)["data"][1]["y"]) == 30
    at.selectbox(key="reg_heat_page").set_value(18).run()
    assert len(chart(at, HEATMAP)["data"][1]["y"]) == 514 - 17 * 30


def test_the_province_picker_lists_provinces_only(country_db):
    at = open_page()
    options = at.selectbox(key="reg_province").options
    assert options[:2] == ["Semua provinsi", "Semua kabupaten/kota (seluruh Indonesia)"]
    assert len(options) == 2 + len({c.split(".")[0] for c in country_db})
    at.selectbox(key="reg_province").set_value("13").run()  # Sumatera Barat: 4 of 19 report
    grey, values = map_traces(at)
    assert (len(values), len(grey)) == (4, 15)
    assert all(code.startswith("13.") for code in [*grey, *values])


@pytest.fixture
def diy_need_db(tmp_path, monkeypatch):
    """Poverty and PKH for three DI Yogyakarta regencies, and one province elsewhere."""
    path = tmp_path / "diy.duckdb"
    con = db.open_database(path, with_sample=False)
    jan = "2026-01-01"
    add_observations(
        con,
        [
            ("PKH.KPM", "34.01", jan, 100, 80),  # Kulon Progo: 80 %
            ("PKH.KPM", "34.02", jan, 100, 95),  # Bantul: 95 %
            ("KEMISKINAN.P0", "34.01", jan, 15.0, 16.0),
            ("KEMISKINAN.P0", "34.02", jan, 12.0, 11.0),
            ("KEMISKINAN.P0", "34.04", jan, 8.0, 7.0),  # Sleman: a need, no PKH report
            ("PKH.KPM", "32.01", jan, 100, 90),
            ("KEMISKINAN.P0", "32", jan, 7.0, 7.0),
        ],
    )
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


def test_a_provinces_need_maps_show_its_regencies(diy_need_db):
    at = open_page()
    at.selectbox(key="reg_province").set_value("34").run()
    at.segmented_control(key="reg_map").set_value("need").run()
    assert not at.exception, at.exception
    grey, values = map_traces(at)
    assert values == pytest.approx({"34.01": 16.0, "34.02": 11.0, "34.04": 7.0})
    assert sorted(grey) == ["34.03", "34.71"]
    assert "per kabupaten/kota DI Yogyakarta" in chart(at, MAP)["layout"]["title"]["text"]
    # the regencies' mean need: (16 + 11 + 7) / 3 = 11.3; Kulon Progo is above it and at 80 %
    # below the 90 % of on track, so under-served; Bantul below it at 95 %
    at.segmented_control(key="reg_map").set_value("need_coverage").run()
    named = {t["name"]: t["locations"] for t in chart(at, MAP)["data"]}
    assert named["Kebutuhan tinggi, cakupan rendah: kurang terlayani"] == ["34.01"]
    assert named["Kebutuhan rendah, cakupan baik"] == ["34.02"]
    assert "34.04" in named["○ Tidak ada data"]  # a need without an achievement
