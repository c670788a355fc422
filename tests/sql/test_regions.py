"""The regions numbers: ranking, heatmap, drill-down, need against coverage and the priority list.

Every expected value is worked out by hand from tests/support/regions_case.py.
"""

import datetime as dt

import pandas as pd
import pytest

from pantau.analysis import regions
from pantau.charts import regions as regions_charts
from pantau.settings import StatusThresholds
from pantau.store import catalog, queries
from pantau.tables import regions as regions_tables
from tests.support.helpers import add_observations
from tests.support.query_examples import REGIONS_QUERIES as QUERY_EXAMPLES
from tests.support.regions_case import PKH_KPM, POVERTY

DEFAULT = StatusThresholds()


Q4_2025, Q1_2026 = dt.date(2025, 10, 1), dt.date(2026, 1, 1)


@pytest.fixture
def con(empty_con):
    """The catalogue with the PKH.KPM and poverty-rate observations above."""
    add_observations(empty_con, PKH_KPM + POVERTY)
    return empty_con


# --- periods and drill-down choices -------------------------------------------------------


def test_periods_are_those_with_a_report_newest_first(con):
    assert regions.periods(con, "PKH.KPM", None, None) == [Q1_2026, Q4_2025]
    assert regions.periods(con, "PKH.KPM", "34", None) == [Q1_2026, Q4_2025]  # Kulon Progo Q4
    assert regions.periods(con, "KEMISKINAN.P0", "34", None) == []  # no regency reports it


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (dt.date(2026, 3, 1), [Q1_2026, Q4_2025]),  # Q1 has ended by the end of March
        (dt.date(2026, 2, 1), [Q4_2025]),  # Q1 has not ended in February
        (dt.date(2025, 12, 1), [Q4_2025]),  # Q4 ends with December
        (dt.date(2025, 11, 1), []),
    ],
)
def test_periods_honour_data_up_to(con, as_of, expected):
    assert regions.periods(con, "PKH.KPM", None, as_of) == expected


def test_only_provinces_whose_regencies_report_can_be_drilled_into(con):
    assert regions.parents(con, "PKH.KPM")["code"].tolist() == ["34"]
    assert regions.parents(con, "PKH.KPM")["regencies_reporting"].tolist() == [2]
    assert regions.parents(con, "KEMISKINAN.P0").empty
    assert regions.parents(con, "PKH.KPM", dt.date(2025, 11, 1)).empty  # Q4 not over yet


@pytest.mark.parametrize(
    ("region", "expected"),
    # a regency, or a district, picks its province
    [(None, ""), ("34", "34"), ("34.01", "34"), ("34.01.01", "34"), ("32", "")],
)
def test_the_sidebar_region_preselects_the_drill_down(region, expected):
    assert regions.drill_default(region, ["34"]) == expected


# --- ranking ------------------------------------------------------------------------------


def test_provinces_ranked_by_achievement_with_no_data_last(con):
    ranking = regions.ranking(con, DEFAULT, "PKH.KPM", Q1_2026)
    assert len(ranking) == 38  # every province is listed
    top = ranking.head(4)
    assert top["region_code"].tolist() == ["34", "36", "32", "33"]
    assert top["achievement"].tolist() == pytest.approx([100.0, 92.0, 75.0, 60.0])
    assert top["status"].tolist() == ["on_track", "on_track", "at_risk", "off_track"]
    assert top["position"].tolist() == [1, 2, 3, 4]
    rest = ranking.iloc[4:]
    assert rest["achievement"].isna().all()  # no report: no achievement, never 0
    assert set(rest["status"]) == {"no_data"}
    jatim = ranking.set_index("region_code").loc["35"]
    assert (jatim["planned"], pd.isna(jatim["actual"])) == (80, True)
    assert rest["region_name"].iloc[:2].tolist() == ["Aceh", "Bali"]  # then by name
    assert (ranking["regions_reported"].iloc[0], ranking["regions_expected"].iloc[0]) == (4, 38)


def test_ranking_of_an_earlier_period(con):
    ranking = regions.ranking(con, DEFAULT, "PKH.KPM", Q4_2025)
    assert ranking["region_code"].head(2).tolist() == ["33", "32"]  # 100 %, 95 %
    assert ranking["regions_reported"].iloc[0] == 2  # DIY had a target but no report
    assert pd.isna(ranking.set_index("region_code").loc["34", "achievement"])


def test_drill_down_ranks_the_regencies_of_the_province(con):
    ranking = regions.ranking(con, DEFAULT, "PKH.KPM", Q1_2026, parent="34")
    assert ranking["region_code"].tolist() == ["34.02", "34.01", "34.03", "34.04", "34.71"]
    assert ranking["achievement"].head(2).tolist() == pytest.approx([110.0, 80.0])
    assert ranking["status"].tolist()[:2] == ["on_track", "at_risk"]
    assert (ranking["regions_reported"].iloc[0], ranking["regions_expected"].iloc[0]) == (2, 5)


def test_thresholds_are_settings(con):
    strict = StatusThresholds(on_track=95.0, at_risk=80.0)
    ranking = regions.ranking(con, strict, "PKH.KPM", Q1_2026).set_index("region_code")
    assert ranking.loc["36", "status"] == "at_risk"  # 92 < 95
    assert ranking.loc["32", "status"] == "off_track"  # 75 < 80


# --- heatmap ------------------------------------------------------------------------------


def test_heatmap_has_every_region_and_the_last_eight_quarters(con):
    cells = regions.heatmap(con, DEFAULT, "PKH.KPM", Q1_2026)
    periods = sorted(cells["period"].dt.date.unique())
    assert periods[0] == dt.date(2024, 4, 1) and periods[-1] == Q1_2026
    assert len(periods) == 8
    assert len(cells) == 38 * 8
    matrix = cells.pivot(index="region_code", columns="period", values="achievement")
    matrix.columns = matrix.columns.date
    # Jawa Barat: 95 % then 75 %; DIY: nothing in Q4 (no report), 100 % in Q1
    assert matrix.loc["32", Q4_2025] == pytest.approx(95.0)
    assert matrix.loc["32", Q1_2026] == pytest.approx(75.0)
    assert pd.isna(matrix.loc["34", Q4_2025])
    assert matrix.loc["34", Q1_2026] == pytest.approx(100.0)
    assert matrix.loc[:, dt.date(2024, 4, 1)].isna().all()
    assert matrix.notna().sum().sum() == 6  # 32, 33 twice; 34, 36 once
    # rows in the ranking's order
    order = cells.drop_duplicates("region_code").sort_values("position")["region_code"]
    assert order.head(4).tolist() == ["34", "36", "32", "33"]


def test_heatmap_of_the_regencies(con):
    cells = regions.heatmap(con, DEFAULT, "PKH.KPM", Q1_2026, parent="34")
    assert set(cells["region_code"]) == {"34.01", "34.02", "34.03", "34.04", "34.71"}
    kulon_progo = cells[cells["region_code"] == "34.01"].set_index("period")["achievement"]
    assert kulon_progo.dropna().tolist() == pytest.approx([90.0, 80.0])


# --- need against coverage, and the priority score -----------------------------------------


def test_need_coverage_quadrants_and_priority_scores(con):
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q1_2026)
    rows = frame.set_index("region_code")
    assert frame["region_code"].tolist() == ["33", "32", "36", "34", "35"]  # priority order
    assert frame["priority"].tolist() == [1, 2, 3, 4, 5]
    assert rows["need_mean"].iloc[0] == pytest.approx(9.8)
    assert rows["need_value"].to_dict() == {
        "33": 12.0,
        "32": 7.0,
        "36": 6.0,
        "34": 11.0,
        "35": 13.0,
    }
    # DIY's need comes from H2 2025, the latest period it reported
    assert rows.loc["34", "need_period"].date() == dt.date(2025, 7, 1)
    # percentile: share of provinces with this need or lower (6, 7, 11, 12, 13)
    assert rows["need_percentile"].to_dict() == pytest.approx(
        {"33": 0.8, "32": 0.4, "36": 0.2, "34": 0.6, "35": 1.0}
    )
    assert rows["need_rank"].to_dict() == {"33": 2, "32": 4, "36": 5, "34": 3, "35": 1}
    assert rows["quadrant"].head(4).to_dict() == {
        "33": "high_need_low_coverage",  # 12 > 9.8 and 60 < 90: under-served
        "32": "low_need_low_coverage",  # 7 < 9.8, 75 < 90
        "36": "low_need_high_coverage",  # 6 < 9.8, 92 >= 90
        "34": "high_need_high_coverage",  # 11 > 9.8, 100 >= 90
    }
    assert pd.isna(rows.loc["35", "quadrant"])  # Jawa Timur has no achievement
    # shortfall = max(0, 100 - achievement) / 100; score = percentile x shortfall
    assert rows["shortfall"].head(4).to_dict() == pytest.approx(
        {"33": 0.40, "32": 0.25, "36": 0.08, "34": 0.0}
    )
    assert rows["score"].head(4).to_dict() == pytest.approx(
        {"33": 0.32, "32": 0.10, "36": 0.016, "34": 0.0}
    )
    assert pd.isna(rows.loc["35", "score"])  # no achievement: last, without a score


def test_coverage_uses_the_latest_period_up_to_the_chosen_one(con):
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q4_2025)
    rows = frame.set_index("region_code")
    assert rows["achievement"].dropna().to_dict() == pytest.approx({"33": 100.0, "32": 95.0})
    assert rows.loc["32", "achievement_period"].date() == Q4_2025
    assert rows.loc["32", "score"] == pytest.approx(0.02)  # 95 %: shortfall 0.05 x 0.4
    assert rows.loc["33", "quadrant"] == "high_need_high_coverage"


def test_need_honours_data_up_to(con):
    # by the end of March 2026 the first half of 2026 has not ended: H2 2025 values only
    frame = regions.need_coverage(
        con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q4_2025, as_of=dt.date(2026, 3, 1)
    )
    rows = frame.set_index("region_code")
    assert rows["need_value"].dropna().to_dict() == {"32": 8.0, "34": 11.0}
    assert rows["need_mean"].dropna().iloc[0] == pytest.approx(9.5)


def test_an_up_need_counts_a_lower_value_as_more_need(con):
    # school participation (higher is better): 85 % is more need than 95 %
    add_observations(
        con,
        [
            ("PIP.APS_13_15", "32", "2025-01-01", 95.0, 90.0),
            ("PIP.APS_13_15", "33", "2025-01-01", 95.0, 95.0),
            ("PIP.APS_13_15", "34", "2025-01-01", 95.0, 85.0),
        ],
    )
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "PIP.APS_13_15", Q1_2026)
    rows = frame.set_index("region_code")
    assert rows.loc["34", "need_percentile"] == pytest.approx(1.0)  # 85: the highest need
    assert rows.loc["33", "need_percentile"] == pytest.approx(1 / 3)
    assert rows.loc["34", "need_rank"] == 1
    # mean 90: Jawa Barat at exactly the mean does not count as high need
    assert rows.loc["32", "quadrant"] == "low_need_low_coverage"
    assert rows.loc["34", "quadrant"] == "high_need_high_coverage"
    assert rows.loc["33", "quadrant"] == "low_need_low_coverage"


def test_scatter_facts_say_which_periods_were_used(con):
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q1_2026)
    assert regions.scatter_facts(frame) == {
        "drawn": 4,  # Jawa Timur has no achievement
        "not_drawn": 1,
        "under_served": 1,
        "need_period": Q1_2026,
        "need_earlier": 1,  # DIY's need is from H2 2025
        "coverage_period": Q1_2026,
        "coverage_earlier": 0,
    }


def test_need_indicators_are_impact_or_outcome_rates_poverty_first(con):
    codes = regions.need_indicators(catalog.indicators(con))
    assert codes == ["KEMISKINAN.P0", "PIP.APS_13_15", "PIP.PUTUS_SEKOLAH", "PKH.SEKOLAH"]


def test_priority_table_shows_every_part_of_the_score(con):
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q1_2026)
    table = regions_tables.priority_table(frame, "persen", ("half", "quarter"), "id")
    first = table.iloc[0]
    assert first["Wilayah"] == "Jawa Tengah"
    assert first["Skor"] == "0,320"
    assert first["Kebutuhan"] == "12,0\u00a0%"
    assert first["Peringkat kebutuhan"] == "2 dari 5"
    assert first["Persentil kebutuhan"] == "0,80"
    assert first["Capaian"] == "60,0\u00a0%"
    assert first["Kekurangan"] == "0,40"
    assert first["Periode kebutuhan"] == "Semester I 2026"
    assert first["Kuadran"] == "Kebutuhan tinggi, cakupan rendah: kurang terlayani"
    last = table.iloc[-1]
    assert (last["Wilayah"], last["Skor"], last["Capaian"]) == ("Jawa Timur", "–", "–")
    raw = regions_tables.priority_table(frame, "persen", ("half", "quarter"), "en", formatted=False)
    assert raw["Score"].iloc[0] == pytest.approx(0.32)


# --- charts -------------------------------------------------------------------------------


def test_ranking_chart_orders_regions_and_names_status_in_words(con):
    ranking = regions.ranking(con, DEFAULT, "PKH.KPM", Q1_2026)
    fig = regions_charts.ranking_bars(ranking, "t", "keluarga", DEFAULT, "id")
    order = list(fig.layout.yaxis.categoryarray)
    assert order[:4] == ["DI Yogyakarta", "Banten", "Jawa Barat", "Jawa Tengah"]
    names = [trace.name for trace in fig.data]
    assert names == ["● Sesuai target", "▲ Berisiko", "■ Di bawah target", "○ Tidak ada data"]
    assert list(fig.data[1].text) == ["75,0\u00a0% ▲"]
    no_data = fig.data[3]
    assert len(no_data.y) == 34 and "Jawa Timur" in no_data.y
    assert set(no_data.x) == {0}
    assert "Berisiko" in fig.data[1].hovertext[0]
    assert sorted(s.x0 for s in fig.layout.shapes) == [70, 90, 100]


def test_heatmap_chart_matrix_and_missing_cells(con):
    cells = regions.heatmap(con, DEFAULT, "PKH.KPM", Q1_2026)
    fig = regions_charts.achievement_heatmap(cells, "t", "keluarga", "quarter", DEFAULT, "id")
    missing, values = fig.data
    assert list(values.y[:4]) == ["DI Yogyakarta", "Banten", "Jawa Barat", "Jawa Tengah"]
    assert values.x[-1] == "Tw I<br>2026"
    assert values.z[2][-2:].tolist() == pytest.approx([95.0, 75.0])  # Jawa Barat
    assert pd.isna(values.z[0][-2]) and missing.z[0][-2] == 1  # DIY Q4: grey, no data
    assert values.text[2][-1] == "75 ▲"
    assert "Tidak ada data" in missing.hovertext[0][-2]


def test_scatter_puts_the_under_served_in_their_own_named_trace(con):
    frame = regions.need_coverage(con, DEFAULT, "PKH.KPM", "KEMISKINAN.P0", Q1_2026)
    fig = regions_charts.need_coverage_scatter(
        frame, ("t", "x"), "persen", "down", ("half", "quarter"), DEFAULT, "en"
    )
    traces = {trace.name: list(trace.text) for trace in fig.data}
    assert traces["High need, low coverage: under-served"] == ["<b>Jawa Tengah</b>"]
    assert traces["High need, good coverage"] == ["DI Yogyakarta"]
    shaded = fig.layout.shapes[0]
    assert (shaded.x0, shaded.y1) == (pytest.approx(9.8), 90)  # from the mean, below 90
    assert shaded.x1 > 12  # towards higher need
    assert fig.layout.xaxis.range[0] < fig.layout.xaxis.range[1]  # a down need: not reversed


@pytest.mark.parametrize("name", sorted(QUERY_EXAMPLES))
def test_every_query_of_the_page_runs_on_the_sample(sample_con, name):
    assert len(queries.run(sample_con, name, **QUERY_EXAMPLES[name])) > 0
