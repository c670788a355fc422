"""The results-chain numbers: the logframe of one programme against hand-computed values."""

import datetime as dt

import pandas as pd
import pytest

from pantau.analysis import program
from pantau.settings import StatusThresholds
from pantau.tables import program as program_tables
from tests.support.program_case import build

DEFAULT = StatusThresholds()

# the program page adds no query of its own: it reuses indicators_to_date and indicators
QUERY_EXAMPLES: dict[str, dict] = {}


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
