"""The pages, run with AppTest: what they show, checked against the metric queries."""

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from pantau.store import db
from tests.support.helpers import DASHBOARD

PAGES = ["pages/overview.py", "pages/indicator.py"]


def metric(at: AppTest, label: str) -> str:
    """The value shown by the metric with this label."""
    return next(m.value for m in at.metric if m.label == label)


def shown(frame_element) -> pd.DataFrame:
    """What a st.dataframe shows: the Styler's display text (the data stays numbers)."""
    from streamlit import dataframe_util

    data = frame_element.value
    display = dataframe_util.convert_arrow_bytes_to_pandas_df(
        frame_element.proto.arrow_data.styler.display_values
    )
    display.columns = data.columns
    return display


def expected_to_date(app_db, **filters) -> pd.DataFrame:
    """What the metric query says, computed outside the app."""
    con = db.open_database(app_db)
    try:
        return metrics.indicators_to_date(con, StatusThresholds(), **filters)
    finally:
        con.close()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_and_labels_sample_data(app, page):
    at = app.switch_page(page).run()
    assert not at.exception
    assert any("Data contoh" in i.value for i in at.info)


def test_overview_headlines_match_the_metric_query(app, app_db):
    expected = expected_to_date(app_db)
    counts = metrics.status_counts(expected)
    with_data = len(expected) - counts["no_data"]
    assert metric(app, "Program") == "7"
    assert metric(app, "Indikator") == "19"
    assert metric(app, "Bagian sesuai target") == i18n.percent(
        100 * counts["on_track"] / with_data, "id", 0
    )
    assert metric(app, "Data terakhir") == "Sep 2026"
    shown = " ".join(m.value for m in app.markdown)
    for status, n in counts.items():
        assert f"{i18n.t(f'status.{status}')}<br><span style='font-size:2rem'>{n}</span>" in shown


def test_overview_table_lists_every_indicator_with_status_in_words(app, app_db):
    expected = expected_to_date(app_db)
    table = app.dataframe[0].value
    assert len(table) == 19
    assert table["Indikator"].tolist() == expected["name_id"].tolist()
    words = [s.split(" ", 1)[1] for s in table["Status"]]
    assert words == [i18n.t(f"status.{s}") for s in expected["status"]]
    pkh = shown(app.dataframe[0]).set_index("Indikator").loc["Keluarga penerima manfaat (KPM) PKH"]
    row = expected.set_index("indicator_code").loc["PKH.KPM"]
    assert pkh["Capaian s.d. periode"] == i18n.percent(row["achievement"])
    assert pd.api.types.is_float_dtype(table["Capaian s.d. periode"])  # sorts as numbers


def test_overview_filters_by_programme_and_region(app, app_db):
    app.selectbox(key="program").set_value("PIP").run()
    app.selectbox(key="region").set_value("32").run()
    assert not app.exception
    expected = expected_to_date(app_db, program="PIP", regions=["32"])
    table = shown(app.dataframe[0])
    assert len(table) == 4
    assert metric(app, "Indikator") == "4"
    assert table["Capaian s.d. periode"].tolist() == [
        i18n.percent(a) for a in expected["achievement"]
    ]
    # Jawa Barat's figures are rolled up from its 27 regencies and cities: how many reported
    reported = set(table["Wilayah melapor"])
    assert reported and all(re.fullmatch(r"dari 27 kab/kota, 2[0-7] melapor", r) for r in reported)


def test_overview_period_filter_moves_the_latest_period(app):
    app.selectbox(key="as_of").set_value("2025-12-01").run()
    table = shown(app.dataframe[0])
    assert "Des 2025" in table["Periode terakhir"].tolist()
    assert not any("2026" in p for p in table["Periode terakhir"])


def _hand_down_achievement(app_db, code: str) -> float:
    """A down, mean, stock indicator with no weight by hand: in the latest period with both
    values, each region the plain mean of its parts that have both (districts -> regency ->
    province, docs/metrics.md "Roll-up"), the nation the mean of its provinces."""
    con = db.open_database(app_db)
    obs = con.execute(
        "select o.region_code, o.period_start, o.planned, o.actual, r.parent_code"
        " from observations o join regions r on r.code = o.region_code"
        " where o.indicator_code = $c and o.planned is not null and o.actual is not null",
        {"c": code},
    ).df()
    parents = dict(con.execute("select code, parent_code from regions").fetchall())
    con.close()
    latest = obs[obs["period_start"] == obs["period_start"].max()]
    values = {r.region_code: (r.planned, r.actual) for r in latest.itertuples()}
    for depth in (2, 1):  # districts roll into regencies, then regencies into provinces
        parts = [c for c in values if c.count(".") == depth]
        for parent in {parents[c] for c in parts} - set(values):
            mine = [values[c] for c in parts if parents[c] == parent]
            values[parent] = tuple(sum(v[i] for v in mine) / len(mine) for i in (0, 1))
    provinces = [v for c, v in values.items() if "." not in c]
    planned = sum(v[0] for v in provinces) / len(provinces)
    actual = sum(v[1] for v in provinces) / len(provinces)
    return max((2 * planned - actual) / planned * 100, 0)


def test_explorer_shows_the_right_achievement_for_a_down_indicator(app, app_db):
    at = app.switch_page("pages/indicator.py").run()
    at.selectbox(key="indicator").set_value("PIP.PUTUS_SEKOLAH").run()
    assert not at.exception
    expected = _hand_down_achievement(app_db, "PIP.PUTUS_SEKOLAH")
    assert metric(at, "Capaian s.d. periode") == i18n.percent(expected)
    assert any("makin rendah makin baik" in c.value for c in at.caption)
    assert len(at.get("plotly_chart")) == 2  # planned versus actual, and achievement


def test_explorer_compares_regions_side_by_side(app):
    at = app.switch_page("pages/indicator.py").run()
    at.selectbox(key="indicator").set_value("SEMBAKO.KPM").run()
    at.multiselect(key="compare").set_value(["32", "34"]).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert set(table["Wilayah"]) == {"Jawa Barat", "DI Yogyakarta"}
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    assert "Jawa Barat" in charts[0].proto.spec


def test_explorer_flow_offers_year_to_date(app):
    at = app.switch_page("pages/indicator.py").run()
    at.selectbox(key="indicator").set_value("PBIJK.DANA").run()
    at.segmented_control(key="view").set_value("cumulative").run()
    assert not at.exception
    assert "kumulatif" in at.get("plotly_chart")[0].proto.spec
    at.segmented_control(key="grain").set_value("quarter").run()
    assert shown(at.dataframe[0])["Periode"].iloc[0] == "Triwulan I 2021"
    assert at.dataframe[0].value["Periode"].iloc[0] == pd.Timestamp("2021-01-01")  # sorts by date


def test_url_parameters_seed_the_filters(app_db):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["region"] = "34"
    at.query_params["program"] = "PKH"
    at.run()
    assert at.selectbox(key="region").value == "34"
    assert metric(at, "Indikator") == "4"


def test_unknown_url_parameters_fall_back_to_defaults(app_db):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["region"] = "99"
    at.run()
    assert not at.exception
    assert at.selectbox(key="region").value == ""


@pytest.mark.parametrize("page", PAGES)
def test_empty_database_shows_a_friendly_empty_state(tmp_path, monkeypatch, page):
    monkeypatch.setenv("PANTAU_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("PANTAU_SAMPLE_DATA", "0")
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    at = at.switch_page(page).run()
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Belum ada data"]
    assert any("Unggah" in m.value for m in at.markdown)
    st.cache_resource.clear()


def test_a_file_that_is_not_duckdb_gets_a_message_naming_it(tmp_path, monkeypatch):
    path = tmp_path / "laporan.duckdb"
    path.write_text("ini bukan basis data")
    monkeypatch.setenv("PANTAU_DB", str(path))
    import streamlit as st

    st.cache_resource.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception
    assert path.name in at.error[0].value
    assert str(path.parent) not in at.error[0].value  # no server path
    assert path.read_text() == "ini bukan basis data"


def test_explorer_projects_to_the_year_end(app, app_db):
    at = app.switch_page("pages/indicator.py").run()
    at.selectbox(key="indicator").set_value("PKH.KPM").run()
    con = db.open_database(app_db)
    end = metrics.projection_at(metrics.projection(con, StatusThresholds(), "PKH.KPM"), 2026)
    con.close()
    sentence = next(m.value for m in at.markdown if "diperkirakan" in m.value)
    assert f"pada Triwulan IV 2026, yaitu {i18n.percent(end['projected_achievement'])}" in sentence
    spec = at.get("plotly_chart")[0].proto.spec
    assert '"name":"Proyeksi"' in spec.replace(" ", "")


ALL_PAGES = [
    "pages/overview.py",
    "pages/indicator.py",
    "pages/regions.py",
    "pages/budget.py",
    "pages/program.py",
    "pages/quality.py",
    "pages/upload.py",
]


MISSING_KEY = re.compile(r"\[[a-z_]+\.[a-z_.0-9]+\]")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_renders_in_both_languages_without_missing_texts(app_db, lang):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    for page in ALL_PAGES:
        at.switch_page(page).run()
        assert not at.exception, page
        assert not MISSING_KEY.findall(repr(at._tree)), page
    title = at.title[0].value
    assert title == ("Unggah data pemantauan" if lang == "id" else "Upload monitoring data")


def test_switching_language_keeps_the_filters(app):
    app.selectbox(key="program").set_value("PKH").run()
    app.segmented_control(key="lang").set_value("en").run()
    assert app.selectbox(key="program").value == "PKH"
    assert app.title[0].value == "Achievement overview"
    table = app.dataframe[0].value
    assert "PKH beneficiary households" in table["Indicator"].tolist()
    assert "Achievement to date" in table.columns


def test_presentation_steps_through_a_programmes_charts(app_db):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["program"] = "PIP"
    at.run()
    at.switch_page("pages/present.py").run()
    assert at.title[0].value == "Program Indonesia Pintar"
    assert any(m.value == "Layar 1 dari 6" for m in at.markdown)  # summary, map, 4 indicators
    expected = expected_to_date(app_db, program="PIP").set_index("indicator_code")
    names = expected["name_id"].tolist()
    at.button[1].click().run()  # next: the map of the first indicator with an achievement
    first = expected[expected["achievement"].notna()].iloc[0]
    assert at.title[0].value == first["name_id"]
    (shown,) = at.get("plotly_chart")
    assert '"type":"choroplethmap"' in shown.proto.spec
    for step in range(1, 5):
        at.button[1].click().run()  # next
        assert at.title[0].value == names[step - 1]
        assert at.metric[0].value == i18n.percent(expected["achievement"].iloc[step - 1])
        assert len(at.get("plotly_chart")) == 1
    assert at.button[1].disabled  # the last screen
    at.button[0].click().run()  # previous
    assert at.title[0].value == names[2]
    at.button[2].click().run()  # exit
    assert at.title[0].value == "Ringkasan capaian"


def test_explorer_choices_survive_a_visit_to_another_page(app):
    at = app.switch_page("pages/indicator.py").run()
    at.selectbox(key="indicator").set_value("PBIJK.DANA").run()
    at.segmented_control(key="grain").set_value("year").run()
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/indicator.py").run()
    assert at.selectbox(key="indicator").value == "PBIJK.DANA"
    assert at.segmented_control(key="grain").value == "year"


def test_overview_with_an_indicator_that_has_no_data_yet(tmp_path, monkeypatch):
    import streamlit as st

    from tests.support.helpers import add_observations

    path = tmp_path / "one.duckdb"
    con = db.open_database(path, with_sample=False)
    add_observations(con, [("PKH.KPM", "32", "2026-07-01", 100, 95)])
    con.close()
    monkeypatch.setenv("PANTAU_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Indikator")
    assert table.loc["Keluarga penerima manfaat (KPM) PKH", "Capaian s.d. periode"] == 95.0
    text = shown(at.dataframe[0]).set_index("Indikator")
    assert text.loc["Keluarga penerima manfaat (KPM) PKH", "Capaian s.d. periode"] == "95,0\xa0%"
    assert len(table.loc["Dana bantuan PKH tersalurkan", "Tren capaian"]) == 0
    assert metric(at, "Bagian sesuai target") == "100\xa0%"
    st.cache_resource.clear()


def test_regions_in_english_with_charts_of_similar_titles(app):
    app.segmented_control(key="lang").set_value("en").run()
    app.query_params["reg_indicator"] = "SEMBAKO.KPM"
    at = app.switch_page("pages/regions.py").run()
    assert not at.exception
    assert at.selectbox(key="reg_indicator").value == "SEMBAKO.KPM"


def test_a_programme_without_indicators_is_not_offered(app_db):
    import duckdb

    with duckdb.connect(str(app_db)) as con:
        con.execute(
            "insert into programs (code, name_id, name_en) values ('KOSONG', 'Kosong', 'Empty')"
        )
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["program"] = "KOSONG"
    at.run()
    assert not at.exception
    assert "KOSONG" not in at.selectbox(key="program").options
    assert at.selectbox(key="program").value == ""
    for page in ("pages/program.py", "pages/present.py"):
        assert not at.switch_page(page).run().exception


def _zero_and_blank_targets(con) -> None:
    """Jawa Barat (32) planned 0, Jawa Tengah (33) planned blank, DI Yogyakarta (34) normal."""
    from tests.support.helpers import add_observations

    rows = []
    for code in ("PKH.KPM", "PKH.DANA"):
        for month in (7, 8, 9):
            day = f"2026-{month:02d}-01"
            rows += [(code, "32", day, 0, 95), (code, "33", day, None, 95)]
            rows += [(code, "34", day, 100, 90)]
    add_observations(con, rows)


@pytest.mark.parametrize("region", ["32", "33"])
@pytest.mark.parametrize("page", ["pages/overview.py", "pages/present.py"])
def test_a_zero_or_blank_target_does_not_crash_the_trend(built_app_db, region, page):
    built_app_db(_zero_and_blank_targets)
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["region"] = region
    at.query_params["program"] = "PKH"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    table = shown(at.dataframe[0]).set_index("Indikator")
    # no target: no achievement, shown as a dash, never an error
    assert table.loc["Keluarga penerima manfaat (KPM) PKH", "Capaian s.d. periode"] == "–"


def test_the_trend_keeps_the_periods_that_have_an_achievement(built_app_db):
    built_app_db(_zero_and_blank_targets)
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["region"] = "34"
    at.run()
    table = at.dataframe[0].value.set_index("Indikator")
    trend = list(table.loc["Keluarga penerima manfaat (KPM) PKH", "Tren capaian"])
    assert trend and set(trend) == {90.0}  # 90 of 100 in every period reported


NUMERIC_TABLES = [
    ("pages/budget.py", 0, "Daya serap", "%"),
    ("pages/program.py", 0, "Capaian s.d. periode", "%"),
    ("pages/regions.py", 0, "Capaian", "%"),
    ("pages/quality.py", 0, "Hari terlambat", ""),
]


@pytest.mark.parametrize(("page", "index", "column", "sign"), NUMERIC_TABLES)
def test_tables_keep_numbers_and_show_them_formatted(app, page, index, column, sign):
    at = app.switch_page(page).run()
    assert not at.exception
    element = at.dataframe[index]
    assert pd.api.types.is_numeric_dtype(element.value[column]), element.value.dtypes
    text = shown(element)[column]
    assert all(isinstance(v, str) for v in text)
    assert any(sign in v for v in text)
    assert not any(re.fullmatch(r"\d+\.\d{3,}", v) for v in text)  # never raw 84.5923...


def test_overview_pairs_reconcile_with_their_achievement(app, app_db):
    # every up indicator's achievement is its actual over its planned, as shown side by side
    data = app.dataframe[0].value.set_index("Indikator")
    expected = expected_to_date(app_db).set_index("name_id")
    ups = expected.index[(expected["direction"] == "up") & expected["achievement"].notna()]
    assert len(ups) > 10
    for name in ups:
        row = data.loc[name]
        ratio = 100 * row["Realisasi s.d. periode"] / row["Rencana s.d. periode (wilayah melapor)"]
        assert row["Capaian s.d. periode"] == pytest.approx(ratio), name
