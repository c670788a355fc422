"""Roll-up: a region without a row of its own takes its figure from its parts (hand-computed).

The empty database holds the whole catalogue: DI Yogyakarta (34) has five regencies (34.01-34.04,
34.71), and Sleman (34.04) seventeen districts, Gamping (34.04.01) and Godean (34.04.02) among them.
"""

import datetime as dt

import pandas as pd
import pytest

from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from pantau.store import uploads
from tests.support.helpers import add_indicator, add_observations

JUNE = "2026-06-01"


@pytest.fixture
def con(empty_con):
    return empty_con


def figure(con, code: str, region: str, period: str = JUNE) -> pd.Series:
    """One region's figure for one period, as the indicator page reads it."""
    frame = metrics.indicator_series(con, StatusThresholds(), code, [region], None, False)
    return frame.set_index("period").loc[pd.Timestamp(period)]


def test_a_province_without_a_row_sums_its_regencies(con):
    add_indicator(con, "T", temporal="stock")
    add_observations(
        con,
        [
            ("T", "34.01", JUNE, 100, 90),
            ("T", "34.02", JUNE, 200, 150),
            ("T", "34.03", JUNE, 50, None),  # a target, no report
        ],
    )
    row = figure(con, "T", "34")
    assert (row["planned"], row["actual"]) == (350, 240)
    # like with like: only the regencies that reported count towards the achievement
    assert (row["planned_reported"], row["actual_reported"]) == (300, 240)
    assert row["achievement"] == pytest.approx(80.0)
    assert (row["parts"], row["parts_reported"]) == (5, 2)  # "of 5 regencies, 2 reported"
    assert row["parts_level"] == "kabupaten_kota"


def test_a_province_with_its_own_row_keeps_it_and_the_nation_counts_it_once(con):
    add_indicator(con, "T", temporal="stock")
    add_observations(
        con,
        [
            ("T", "34", JUNE, 1000, 900),
            ("T", "34.01", JUNE, 100, 90),
            ("T", "34.02", JUNE, 200, 150),
            ("T", "32", JUNE, 10, 5),
        ],
    )
    row = figure(con, "T", "34")
    assert (row["planned"], row["actual"]) == (1000, 900)
    assert pd.isna(row["parts"])  # its own figure, not rolled up
    national = metrics.indicators_to_date(con, StatusThresholds()).set_index("indicator_code")
    assert (national.loc["T", "latest_planned"], national.loc["T", "latest_actual"]) == (1010, 905)


def test_the_nation_sums_provinces_own_or_rolled_up(con):
    add_indicator(con, "T", temporal="stock")
    add_observations(
        con,
        [("T", "34.01", JUNE, 100, 90), ("T", "34.71", JUNE, 40, 40), ("T", "32", JUNE, 10, 5)],
    )
    national = metrics.indicators_to_date(con, StatusThresholds()).set_index("indicator_code")
    # 34 rolled up (140 / 130) + 32's own row (10 / 5); never 34 and its regencies both
    assert (national.loc["T", "latest_planned"], national.loc["T", "latest_actual"]) == (150, 135)
    assert (national.loc["T", "parts"], national.loc["T", "parts_reported"]) == (5, 2)


def test_districts_roll_up_to_their_regency_and_on_to_the_province(con):
    add_indicator(con, "T", temporal="stock")
    add_observations(
        con,
        [
            ("T", "34.04.01", JUNE, 10, 8),
            ("T", "34.04.02", JUNE, 20, 20),
            ("T", "34.01", JUNE, 100, 90),
        ],
    )
    sleman = figure(con, "T", "34.04")
    assert (sleman["planned"], sleman["actual"], sleman["parts"]) == (30, 28, 17)
    assert sleman["parts_reported"] == 2
    assert sleman["parts_level"] == "kecamatan"
    province = figure(con, "T", "34")
    assert (province["planned"], province["actual"]) == (130, 118)
    assert (province["parts"], province["parts_reported"]) == (5, 2)


def test_a_regency_with_its_own_row_is_not_summed_with_its_districts(con):
    add_indicator(con, "T", temporal="stock")
    add_observations(
        con,
        [("T", "34.04", JUNE, 35, 33), ("T", "34.04.01", JUNE, 10, 8)],
    )
    assert (figure(con, "T", "34")["planned"], figure(con, "T", "34")["actual"]) == (35, 33)


def test_a_rate_is_a_mean_weighted_by_its_denominator(con):
    add_indicator(con, "W", temporal="stock")  # households: the denominator
    add_indicator(con, "R", temporal="stock", region_agg="mean", weight="W")
    add_observations(
        con,
        [
            ("W", "34.01", "2026-01-01", None, 400),  # an earlier period's count is used
            ("W", "34.02", JUNE, None, 100),
            ("R", "34.01", JUNE, 60, 50),
            ("R", "34.02", JUNE, 90, 80),
        ],
    )
    row = figure(con, "R", "34")
    assert row["actual"] == pytest.approx((50 * 400 + 80 * 100) / 500)  # 56
    assert row["planned"] == pytest.approx((60 * 400 + 90 * 100) / 500)  # 66
    assert row["achievement"] == pytest.approx(56 / 66 * 100)
    assert not row["unweighted"]


def test_a_rate_without_a_denominator_is_a_plain_mean_and_says_so(con):
    add_indicator(con, "R", temporal="stock", region_agg="mean")
    add_observations(con, [("R", "34.01", JUNE, 60, 50), ("R", "34.02", JUNE, 90, 80)])
    row = figure(con, "R", "34")
    assert (row["planned"], row["actual"]) == (75, 65)
    assert row["unweighted"]
    to_date = metrics.indicators_to_date(con, StatusThresholds(), regions=["34"])
    assert to_date.set_index("indicator_code").loc["R", "unweighted"]


def test_a_part_without_a_weight_is_left_out_of_a_weighted_mean(con):
    add_indicator(con, "W", temporal="stock")
    add_indicator(con, "R", temporal="stock", region_agg="mean", weight="W")
    add_observations(
        con,
        [
            ("W", "34.01", JUNE, None, 400),
            ("R", "34.01", JUNE, 60, 50),
            ("R", "34.02", JUNE, 90, 80),
        ],
    )
    assert figure(con, "R", "34")["actual"] == pytest.approx(50.0)


def test_flows_roll_up_each_period_and_add_up_over_the_year(con):
    add_indicator(con, "F", temporal="flow")
    add_observations(
        con,
        [
            ("F", "34.01", "2026-05-01", 10, 10),
            ("F", "34.02", "2026-05-01", 20, 15),
            ("F", "34.01", JUNE, 10, 5),
        ],
    )
    may, june = figure(con, "F", "34", "2026-05-01"), figure(con, "F", "34")
    assert (may["planned"], may["actual"], may["parts_reported"]) == (30, 25, 2)
    assert (june["planned"], june["actual"], june["parts_reported"]) == (10, 5, 1)
    assert (june["cum_planned"], june["cum_actual"]) == (40, 30)


def test_data_up_to_leaves_later_parts_out_of_the_roll_up(con):
    add_indicator(con, "F", temporal="flow")
    add_observations(con, [("F", "34.01", "2026-05-01", 10, 10), ("F", "34.02", JUNE, 20, 15)])
    frame = metrics.indicator_series(
        con, StatusThresholds(), "F", ["34"], None, False, as_of=dt.date(2026, 5, 31)
    )
    assert list(frame["period"].dt.date) == [dt.date(2026, 5, 1)]


def test_the_nation_weights_provinces_rates_by_their_denominator(con):
    add_indicator(con, "W", temporal="stock")
    add_indicator(con, "R", temporal="stock", region_agg="mean", weight="W")
    add_observations(
        con,
        [
            ("W", "32", JUNE, None, 300),
            ("W", "34.01", JUNE, None, 100),  # DI Yogyakarta weighs what its regencies weigh
            ("R", "32", JUNE, 20, 10),
            ("R", "34.01", JUNE, 40, 30),
        ],
    )
    national = metrics.indicators_to_date(con, StatusThresholds()).set_index("indicator_code")
    assert national.loc["R", "latest_actual"] == pytest.approx((10 * 300 + 30 * 100) / 400)  # 15
    assert national.loc["R", "latest_planned"] == pytest.approx((20 * 300 + 40 * 100) / 400)


def _figures(con, source: str = "figures") -> pd.DataFrame:
    """The stored figures (or a source with the same columns), in one order."""
    columns = [c for c in con.table("figures").columns if c != "updated_at"]
    frame = con.execute(f"select {', '.join(columns)} from {source}").df()
    return frame.sort_values(columns[:3], ignore_index=True)


def _rebuilt(con) -> pd.DataFrame:
    """The figures a rebuild of every indicator and period gives."""
    return _figures(con, "rolled_figures(null, null, null)")


def _direct(con, sql: str) -> list[tuple]:
    """The rows of a query, in one order."""
    return con.execute(f"select * from ({sql}) order by all").fetchall()


def _kept_tables_match_observations(con) -> bool:
    """Whether the tables kept with the figures say what the observations say, computed
    directly here: each indicator's periods, each region's first row, every report missing."""
    periods = """select indicator_code, period_start, bool_or(actual is not null)
        from observations group by all"""
    first_rows = """select indicator_code, region_code, min(period_start)
        from observations group by all"""
    # due: each region with a row x each period from the first to the last reported
    missing = f"""with spans as (
            select o.indicator_code, min(period_start) as first, max(period_start) as last,
                any_value(i.frequency) as frequency
            from observations as o join indicators as i on i.code = o.indicator_code
            where actual is not null group by all
        ),
        due as (
            select s.indicator_code, f.region_code, unnest(generate_series(s.first, s.last,
                case s.frequency when 'month' then interval 1 month
                    when 'quarter' then interval 3 month else interval 12 month end))::date
                as period_start
            from spans as s join ({first_rows}) as f on f.indicator_code = s.indicator_code
        )
        select d.*, o.planned, o.note from due as d left join observations as o
            using (indicator_code, region_code, period_start)
        where o.actual is null"""
    return (
        _direct(con, "from indicator_periods") == _direct(con, periods)
        and _direct(con, "from indicator_regions") == _direct(con, first_rows)
        and _direct(con, "from missing_reports") == _direct(con, missing)
    )


def test_an_upload_and_its_roll_back_rebuild_only_what_they_change_and_match_a_full_rebuild(
    con,
):
    # T is a rate weighted by W (households): a change to W in May moves T's June figure too
    add_indicator(con, "W", temporal="stock")
    add_indicator(con, "T", temporal="stock", region_agg="mean", weight="W")
    add_indicator(con, "U", temporal="flow")
    may = "2026-05-01"
    add_observations(
        con,
        [
            ("W", "34.01", may, 100, 100),
            ("W", "34.02", may, 300, 300),
            ("T", "34.01", JUNE, 50, 40),
            ("T", "34.02", JUNE, 50, 80),
            ("U", "34.01", JUNE, 5, 5),
            ("U", "34.02", JUNE, 5, 5),
            ("U", "32.01", JUNE, 5, 5),  # Bogor, in a province the upload does not touch
            # another province: the upload leaves its figures as they are, rebuilt or not
            ("W", "32.01", may, 100, 100),
            ("T", "32.01", JUNE, 50, 45),
        ],
    )
    # (40 x 100 + 80 x 300) / 400 = 70
    assert figure(con, "T", "34")["actual"] == pytest.approx(70.0)
    incoming = pd.DataFrame(
        {
            "sheet": "Data",
            "row": [2, 3],
            "indicator_code": ["W", "U"],
            "region_code": ["34.01", "34.01"],
            "period_start": [pd.Timestamp(may)] * 2,
            "planned": [300.0, 4.0],
            "actual": [300.0, 4.0],
            "partner": [None] * 2,
            "note": [None] * 2,
        }
    )
    upload_id, _ = uploads.commit(con, incoming, {}, "w.xlsx", b"w", "ani")
    pd.testing.assert_frame_equal(_figures(con), _rebuilt(con))
    assert _kept_tables_match_observations(con)
    # (40 x 300 + 80 x 300) / 600 = 60: T was rebuilt because W weighs it
    assert figure(con, "T", "34")["actual"] == pytest.approx(60.0)
    # U now starts in May: Bantul's May report is due and missing, and so is Bogor's, in a
    # province the upload did not touch; Kulon Progo's June report has one before it
    missing = "select indicator_code, region_code, period_start from missing_reports"
    may_1 = dt.date(2026, 5, 1)
    assert _direct(con, missing) == [("U", "32.01", may_1), ("U", "34.02", may_1)]
    june_u = "from figures where (indicator_code, region_code, period_start) = ('U', '34.01', ?)"
    assert con.execute(f"select previous_actual {june_u}", [JUNE]).fetchone() == (4.0,)
    uploads.rollback(con, upload_id, "ani")
    pd.testing.assert_frame_equal(_figures(con), _rebuilt(con))
    assert _kept_tables_match_observations(con)
    assert figure(con, "T", "34")["actual"] == pytest.approx(70.0)
    assert figure(con, "U", "34")["actual"] == 10
    assert _direct(con, "from missing_reports") == []
    assert con.execute(f"select previous_actual {june_u}", [JUNE]).fetchone() == (None,)
    assert figure(con, "T", "32")["actual"] == 45


def test_a_period_reported_for_the_first_time_is_due_in_every_region_and_gone_after_roll_back(
    con,
):
    add_indicator(con, "U", temporal="flow")
    add_observations(
        con,
        [
            ("U", "34.01", "2026-05-01", 5, 5),
            ("U", "34.01", JUNE, 5, 5),
            ("U", "32.01", "2026-05-01", 5, 5),  # Bogor reported May and missed June
        ],
    )
    missing = "select indicator_code, region_code, period_start from missing_reports"
    assert _direct(con, missing) == [("U", "32.01", dt.date(2026, 6, 1))]
    july = pd.DataFrame(
        {
            "sheet": ["Data"],
            "row": [2],
            "indicator_code": ["U"],
            "region_code": ["34.01"],
            "period_start": [pd.Timestamp("2026-07-01")],
            "planned": [5.0],
            "actual": [5.0],
            "partner": [None],
            "note": [None],
        }
    )
    upload_id, _ = uploads.commit(con, july, {}, "juli.xlsx", b"juli", "ani")
    # Kulon Progo reported July: July is now due from Bogor too, in a province not written
    assert _direct(con, missing) == [
        ("U", "32.01", dt.date(2026, 6, 1)),
        ("U", "32.01", dt.date(2026, 7, 1)),
    ]
    assert _kept_tables_match_observations(con)
    uploads.rollback(con, upload_id, "ani")
    assert _direct(con, missing) == [("U", "32.01", dt.date(2026, 6, 1))]
    assert _kept_tables_match_observations(con)
