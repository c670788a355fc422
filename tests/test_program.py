"""The results-chain page: the logframe of one programme against hand-computed values."""

import datetime as dt

import pandas as pd
import pytest
import streamlit as st
from conftest import DASHBOARD
from helpers import add_observations, shown
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import program
from pantau.settings import StatusThresholds
from pantau.tables import program as program_tables

DEFAULT = StatusThresholds()

# the program page adds no query of its own: it reuses indicators_to_date and indicators
QUERY_EXAMPLES: dict[str, dict] = {}

# a test programme with one indicator on three of the four levels (no impact indicator)
INDICATORS = [
    # code, level, unit, direction, temporal, region_agg, frequency, baseline, baseline year
    ("UJI.DANA", "input", "rupiah", "up", "flow", "sum", "quarter", None, None),
    ("UJI.KPM", "output", "keluarga", "up", "stock", "sum", "quarter", None, None),
    ("UJI.PUTUS", "outcome", "persen", "down", "stock", "mean", "year", 1.2, 2019),
]
OBSERVATIONS = [
    # flow, quarterly: Q1 both report; in Q2 province 33 has not reported yet
    ("UJI.DANA", "32", "2025-01-01", 100, 90),
    ("UJI.DANA", "33", "2025-01-01", 100, 80),
    ("UJI.DANA", "32", "2025-04-01", 100, 110),
    ("UJI.DANA", "33", "2025-04-01", 100, None),
    ("UJI.DANA", "32", "2025-07-01", 100, None),  # a target set ahead
    # stock, quarterly
    ("UJI.KPM", "32", "2025-01-01", 500, 450),
    ("UJI.KPM", "33", "2025-01-01", 500, 500),
    ("UJI.KPM", "32", "2025-04-01", 600, 540),
    ("UJI.KPM", "33", "2025-04-01", 600, None),
    # a down rate (dropout), yearly, averaged over provinces
    ("UJI.PUTUS", "32", "2024-01-01", 1.0, 1.1),
    ("UJI.PUTUS", "33", "2024-01-01", 1.0, 1.1),
    ("UJI.PUTUS", "32", "2025-01-01", 0.9, 1.0),
    ("UJI.PUTUS", "33", "2025-01-01", 0.9, 1.2),
]


def build(con) -> None:
    """The test programme UJI, its indicators and observations."""
    with con.cursor() as cur:
        cur.execute(
            "insert into programs values ('UJI', 'Program Uji', 'Test Programme', 'uji',"
            " date '2024-01-01', date '2026-12-31', 'Dinas Uji')"
        )
        for code, *facts in INDICATORS:
            cur.execute(
                "insert into indicators values (?, 'UJI', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [code, f"Nama {code}", f"Name {code}", *facts],
            )
    add_observations(con, OBSERVATIONS)


@pytest.fixture
def uji_con(empty_con):
    build(empty_con)
    return empty_con


def rows(con, **filters) -> pd.DataFrame:
    """The logframe of UJI, indexed by indicator."""
    return program.logframe(con, DEFAULT, "UJI", **filters).set_index("indicator_code")


def test_logframe_is_in_results_chain_order_with_baseline_year(uji_con):
    frame = program.logframe(uji_con, DEFAULT, "UJI")
    assert frame["indicator_code"].tolist() == ["UJI.DANA", "UJI.KPM", "UJI.PUTUS"]
    assert frame["level"].tolist() == ["input", "output", "outcome"]
    assert frame.set_index("indicator_code").loc["UJI.PUTUS", "baseline_year"] == 2019
    levels = program.by_level(frame)
    assert list(levels) == ["input", "output", "outcome", "impact"]
    assert levels["impact"].empty


def test_flow_to_date_compares_matched_cells(uji_con):
    row = rows(uji_con).loc["UJI.DANA"]
    # Q1: 100 + 100 planned, 90 + 80 actual; Q2: only 32 reported: 100 planned, 110 actual
    assert (row["planned_to_date"], row["actual_to_date"]) == (300, 280)
    assert row["achievement"] == pytest.approx(280 / 300 * 100)  # 93.3
    assert row["status"] == "on_track"
    assert row["latest_actual"] == 110  # Q2 actual: 33 has not reported
    assert pd.isna(row["progress"])  # no baseline, no progress


def test_stock_to_date_uses_latest_period_with_both_values(uji_con):
    row = rows(uji_con).loc["UJI.KPM"]
    # Q2: only 32 has both, 540 / 600
    assert (row["planned_to_date"], row["actual_to_date"]) == (600, 540)
    assert row["achievement"] == pytest.approx(90.0)
    assert row["status"] == "on_track"  # 90 is on track (>= 90)


def test_down_indicator_achievement_and_progress_from_baseline(uji_con):
    row = rows(uji_con).loc["UJI.PUTUS"]
    # 2025: planned mean 0.9, actual mean (1.0 + 1.2) / 2 = 1.1
    # achievement (2 x 0.9 - 1.1) / 0.9 x 100 = 77.8; progress (1.1 - 1.2) / (0.9 - 1.2) = 33.3
    assert row["achievement"] == pytest.approx(0.7 / 0.9 * 100)
    assert row["progress"] == pytest.approx(100 / 3)
    assert row["status"] == "at_risk"


def test_region_filter(uji_con):
    row = rows(uji_con, regions=["32"]).loc["UJI.PUTUS"]
    # 32 alone: (1.8 - 1.0) / 0.9 = 88.9; progress (1.0 - 1.2) / (0.9 - 1.2) = 66.7
    assert row["achievement"] == pytest.approx(0.8 / 0.9 * 100)
    assert row["progress"] == pytest.approx(200 / 3)


def test_as_of_filter_counts_only_ended_periods(uji_con):
    frame = rows(uji_con, as_of=dt.date(2025, 3, 1))
    # up to March 2025: DANA Q1 only: 170 / 200 = 85 %
    assert frame.loc["UJI.DANA", "achievement"] == pytest.approx(85.0)
    # PUTUS 2025 has not ended: 2024, (2.0 - 1.1) / 1.0 = 90 %; progress (1.1-1.2)/(1.0-1.2) = 50
    assert frame.loc["UJI.PUTUS", "achievement"] == pytest.approx(90.0)
    assert frame.loc["UJI.PUTUS", "progress"] == pytest.approx(50.0)


def test_card_shows_each_number_written_for_its_unit(uji_con):
    frame = program.logframe(uji_con, DEFAULT, "UJI")
    row = frame[frame["indicator_code"] == "UJI.PUTUS"].iloc[0]
    facts = dict(program_tables.card_facts(row, "id"))
    assert facts == {
        "Baseline": "1,2\u00a0% (2019)",
        "Target s.d. periode": "0,9\u00a0%",
        "Realisasi s.d. periode": "1,1\u00a0%",
        "Realisasi terakhir": "1,1\u00a0%",
        "Capaian s.d. periode": "77,8\u00a0%",
        "Kemajuan dari baseline": "33,3\u00a0%",
    }
    card = program_tables.card_html(row, "en")
    assert "Progress from baseline" in card and "33.3%" in card
    assert "▲ At risk" in card  # status in symbol and words, not colour alone
    assert "#E69F00" in card  # the at-risk colour


def test_table_formatted_and_raw(uji_con):
    frame = program.logframe(uji_con, DEFAULT, "UJI")
    shown = program_tables.logframe_table(frame, "id").set_index("Kode")
    assert shown.loc["UJI.PUTUS", "Tingkat"] == "Hasil (outcome)"
    assert shown.loc["UJI.PUTUS", "Tahun baseline"] == "2019"
    assert shown.loc["UJI.DANA", "Target s.d. periode"] == "Rp\u00a0300"
    assert shown.loc["UJI.DANA", "Kemajuan dari baseline"] == "–"
    raw = program_tables.logframe_table(frame, "en", formatted=False).set_index("Code")
    assert raw.loc["UJI.PUTUS", "Progress from baseline"] == pytest.approx(100 / 3)
    assert raw.loc["UJI.DANA", "Target to date"] == 300


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
