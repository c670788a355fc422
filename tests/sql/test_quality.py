"""Data quality by hand: completeness, missing reports and suspect values."""

import datetime as dt

import pandas as pd
import pytest

from pantau import settings
from pantau.analysis import quality
from pantau.store import queries
from pantau.tables import quality as quality_tables
from tests.support.helpers import add_indicator, add_observations
from tests.support.quality_case import MONTHS, monthly_case
from tests.support.query_examples import QUALITY_QUERIES as QUERY_EXAMPLES

TODAY = dt.date(2026, 8, 15)


@pytest.fixture
def case_con(empty_con):
    monthly_case(empty_con)
    return empty_con


# --- completeness -----------------------------------------------------------------------------


def test_completeness_by_hand(case_con):
    report = quality.completeness(case_con)
    total = quality.totals(report).loc["provinsi"]
    # due: January to June (the last month anybody reported) x 3 provinces = 18; 16 received
    assert (total["expected"], total["received"], total["missing"]) == (18, 16, 2)
    assert total["completeness"] == pytest.approx(16 / 18 * 100)  # 88.9 %
    cells = quality.cells(report).set_index(["region_code", "period"])
    q1, q2 = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-04-01")
    assert cells.loc[("32", q1), "completeness"] == 100
    assert cells.loc[("32", q2), "completeness"] == 100
    assert (cells.loc[("33", q2), "received"], cells.loc[("33", q2), "expected"]) == (2, 3)
    assert cells.loc[("35", q2), "completeness"] == pytest.approx(200 / 3)
    assert len(cells) == 6  # only the three provinces that take part
    assert total["first_shown"] == q1 and total["last_shown"] == q2


def test_regencies_are_counted_on_their_own_level(case_con):
    add_observations(case_con, [("Q.M", "34.01", m, 10, 10) for m in MONTHS[:5]])
    totals = quality.totals(quality.completeness(case_con))
    assert (totals.loc["provinsi", "expected"], totals.loc["provinsi", "received"]) == (18, 16)
    # Kulon Progo: 6 months due, May was its last report: 5 of 6
    regency = totals.loc["kabupaten_kota"]
    assert (regency["expected"], regency["received"]) == (6, 5)


def test_each_row_counts_the_regions_under_it(case_con):
    # Kulon Progo (34.01) reports five months, its district Temon (34.01.01) the first three
    add_observations(case_con, [("Q.M", "34.01", m, 10, 10) for m in MONTHS[:5]])
    add_observations(case_con, [("Q.M", "34.01.01", m, 1, 1) for m in MONTHS[:3]])
    national = quality.cells(quality.completeness(case_con)).set_index(["region_code", "period"])
    # nothing chosen: one row per province; DI Yogyakarta holds its regency's and district's
    assert sorted(national.index.get_level_values(0).unique()) == ["32", "33", "34", "35"]
    q1, q2 = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-04-01")
    # Q1: 3 months x (Kulon Progo + Temon) = 6 due, 6 received; Q2: 3 + 3 due, 2 + 0 received
    assert national.loc[("34", q1), ["expected", "received"]].tolist() == [6, 6]
    assert national.loc[("34", q2), ["expected", "received"]].tolist() == [6, 2]
    in_diy = quality.cells(quality.completeness(case_con, region="34"))
    # the chosen province first, over everything under it; the district in its regency's row
    assert list(dict.fromkeys(in_diy["region_code"])) == ["34", "34.01"]
    assert in_diy.set_index(["region_code", "period"]).loc[("34", q2), "expected"] == 6
    assert in_diy.set_index(["region_code", "period"]).loc[("34.01", q2), "received"] == 2
    in_kulon_progo = quality.cells(quality.completeness(case_con, region="34.01"))
    assert list(dict.fromkeys(in_kulon_progo["region_code"])) == ["34.01", "34.01.01"]
    by_cell = in_kulon_progo.set_index(["region_code", "period"])
    # Kulon Progo's row holds its own reports and Temon's: Q2 3 + 3 due, 2 + 0 received
    assert by_cell.loc[("34.01", q2), ["expected", "received"]].tolist() == [6, 2]
    assert by_cell.loc[("34.01.01", q2), ["expected", "received"]].tolist() == [3, 0]
    totals = quality.totals(quality.completeness(case_con))
    assert (totals.loc["kecamatan", "expected"], totals.loc["kecamatan", "received"]) == (6, 3)
    assert list(totals.index) == ["provinsi", "kabupaten_kota", "kecamatan"]  # top level first


def test_region_filter_and_as_of(case_con):
    one = quality.totals(quality.completeness(case_con, region="33")).loc["provinsi"]
    assert (one["expected"], one["received"]) == (6, 5)  # 83.3 %
    # data up to April: January to April due, all 12 received
    april = quality.totals(quality.completeness(case_con, as_of=dt.date(2026, 4, 1)))
    assert (april.loc["provinsi", "expected"], april.loc["provinsi", "received"]) == (12, 12)


def test_yearly_grain_and_window(case_con):
    cells = quality.cells(quality.completeness(case_con, grain="year"))
    assert cells["period"].unique().tolist() == [pd.Timestamp("2026-01-01")]
    assert cells.set_index("region_code").loc["33", "expected"] == 6


def test_nothing_due_is_empty(empty_con):
    add_indicator(empty_con, "Q.M", frequency="month")
    add_observations(empty_con, [("Q.M", "32", "2026-01-01", 100, None)])  # targets only
    assert quality.completeness(empty_con).empty


# --- missing reports --------------------------------------------------------------------------


def test_missing_reports_most_overdue_first(case_con):
    missing = quality.missing_reports(case_con, TODAY)
    assert missing[["region_code", "period_start"]].values.tolist() == [
        ["33", pd.Timestamp("2026-05-01")],
        ["35", pd.Timestamp("2026-06-01")],
    ]
    first, second = missing.iloc[0], missing.iloc[1]
    # May ends 31 May; due 30 days later, 30 June; 15 August is 31 + 15 = 46 days later
    assert first["due_date"] == pd.Timestamp("2026-06-30")
    assert first["days_overdue"] == 46
    assert first["planned"] == 100  # the row existed, with its target
    # June ends 30 June; due 30 July; 15 August is 1 + 15 = 16 days later
    assert (second["due_date"], second["days_overdue"]) == (pd.Timestamp("2026-07-30"), 16)
    assert pd.isna(second["planned"])  # no row at all
    assert quality.overdue_count(missing) == 2


def test_grace_is_a_setting(case_con, monkeypatch):
    monkeypatch.setenv("PANTAU_REPORT_GRACE_DAYS", "60")
    grace = settings.report_grace_days()
    missing = quality.missing_reports(case_con, TODAY, grace=grace)
    # May: due 30 July (31 May + 60 days), 16 days overdue; June: due 29 August, not yet
    assert missing["days_overdue"].tolist() == [16, -14]
    assert quality.overdue_count(missing) == 1


def test_missing_table_reads_like_a_list(case_con):
    table = quality_tables.missing_table(quality.missing_reports(case_con, TODAY), "id")
    first = table.iloc[0]
    assert first["Wilayah"] == "Jawa Tengah"
    assert first["Periode"] == "Mei 2026"
    assert first["Batas lapor"] == "30 Jun 2026"
    assert first["Hari terlambat"] == "46"
    quarterly = quality_tables.missing_table(
        quality.missing_reports(case_con, dt.date(2026, 7, 1), grace=30), "en"
    )
    assert quarterly["Days overdue"].tolist() == ["1", "not yet due"]


def test_quarterly_period_label(empty_con):
    add_indicator(empty_con, "Q.Q", frequency="quarter")
    add_observations(
        empty_con,
        [("Q.Q", "32", "2026-07-01", 10, 10), ("Q.Q", "33", "2026-07-01", 10, None)],
    )
    missing = quality.missing_reports(empty_con, dt.date(2026, 11, 28))
    # Q3 ends 30 September; due 30 October; 28 November is 1 + 28 = 29 days later
    assert missing["days_overdue"].tolist() == [29]
    assert quality_tables.missing_table(missing, "id")["Periode"].tolist() == ["Triwulan III 2026"]


# --- suspect values ---------------------------------------------------------------------------


def test_flow_spike_against_median_of_previous_four(case_con):
    suspect = quality.suspect_values(case_con)
    assert suspect["rule"].tolist() == ["flow_spike"]
    row = suspect.iloc[0]
    assert (row["region_code"], row["period_start"]) == ("32", pd.Timestamp("2026-06-01"))
    # previous four reports (Feb to May) are 100 each: median 100, 330 / 100 = 3.3 > 3
    assert (row["value"], row["reference"], row["ratio"]) == (330, 100, pytest.approx(3.3))
    assert quality_tables.reason(row_tuple(row), "en") == (
        "Spike: 3.3× the median of the previous reports (100)"
    )
    looser = quality.SuspectRules(flow_spike=3.5)
    assert quality.suspect_values(case_con, rules=looser).empty


def row_tuple(row: pd.Series):
    """A row as itertuples gives it."""
    return next(pd.DataFrame([row]).itertuples(index=False))


def rules_case(con) -> None:
    """One indicator per rule, in province 32."""
    add_indicator(con, "S.KPM", temporal="stock")
    add_indicator(con, "S.PCT", temporal="stock", region_agg="mean")
    add_indicator(con, "S.DANA", temporal="flow")
    with con.cursor() as cur:
        cur.execute("update indicators set unit = 'persen' where code = 'S.PCT'")
    add_observations(
        con,
        [
            ("S.KPM", "32", "2026-01-01", 1000, 1000),
            ("S.KPM", "32", "2026-02-01", 1000, 1600),  # +60 %: a jump
            ("S.KPM", "32", "2026-03-01", 1000, 1500),  # -6.25 %: fine
            ("S.KPM", "32", "2026-04-01", 1000, 600),  # -60 %: a jump
            ("S.PCT", "32", "2026-03-01", 90, 104.5),  # a percentage above 100
            ("S.PCT", "32", "2026-04-01", -1, 80),  # a negative target
            ("S.DANA", "32", "2026-03-01", 10, 31),  # 3.1 x planned
            ("S.DANA", "32", "2026-04-01", 10, -5),  # negative
        ],
    )


def test_each_rule_by_hand(empty_con):
    rules_case(empty_con)
    suspect = quality.suspect_values(empty_con)
    found = {(r.rule, r.indicator_code, r.period_start.month): r for r in suspect.itertuples()}
    assert set(found) == {
        ("stock_jump", "S.KPM", 2),
        ("stock_jump", "S.KPM", 4),
        ("over_100", "S.PCT", 3),
        ("negative", "S.PCT", 4),
        ("above_planned", "S.DANA", 3),
        ("negative", "S.DANA", 4),
    }
    assert found[("stock_jump", "S.KPM", 2)].change_pct == pytest.approx(60.0)
    assert found[("stock_jump", "S.KPM", 4)].change_pct == pytest.approx(-60.0)  # 1500 -> 600
    assert found[("above_planned", "S.DANA", 3)].ratio == pytest.approx(3.1)
    assert found[("negative", "S.PCT", 4)].field == "planned"
    reasons = {k: quality_tables.reason(r, "id") for k, r in found.items()}
    assert reasons[("stock_jump", "S.KPM", 2)] == (
        "Lonjakan: berubah +60,0\u00a0% dari laporan sebelumnya (1.000 → 1.600)"
    )
    assert reasons[("above_planned", "S.DANA", 3)] == "Jauh di atas target: 3,1× target (10)"
    assert reasons[("negative", "S.DANA", 4)] == "Nilai negatif (realisasi: -5)"
    # thresholds are parameters: a 70 % rule lets the 60 % jumps pass
    stricter = quality.suspect_values(empty_con, rules=quality.SuspectRules(stock_jump=0.7))
    assert "stock_jump" not in set(stricter["rule"])


def test_suspect_rows_link_to_the_explorer(empty_con):
    rules_case(empty_con)
    table = quality_tables.suspect_table(quality.suspect_values(empty_con), "id")
    assert set(table["Periksa"]) == {
        "indikator?indicator=S.KPM&region=32",
        "indikator?indicator=S.PCT&region=32",
        "indikator?indicator=S.DANA&region=32",
    }
    assert quality_tables.explorer_link("34.01", "X") == "indikator?indicator=34.01&region=X"


@pytest.mark.parametrize("name", sorted(QUERY_EXAMPLES))
def test_query_examples_find_rows_on_the_sample(sample_con, name):
    assert len(queries.run(sample_con, name, **QUERY_EXAMPLES[name])) > 0
