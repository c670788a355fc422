"""Tests of the deterministic sample-observation generator (pantau.store.sample)."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pantau.store import sample

CATALOG = Path(__file__).resolve().parents[2] / "data" / "catalog"


COLUMNS = ["indicator_code", "region_code", "period_start", "planned", "actual", "partner", "note"]


# programmes report from the regions without parts: 509 regencies and cities, and the 78
# districts of DI Yogyakarta (whose 5 regencies, like every province, are rolled up by Pantau);
# poverty (BPS) has the 38 provinces and the 514 regencies and cities
N_REPORTING = 509 + 78
N_SURVEYED = 38 + 514


REGENCIES = ["34.01", "34.02", "34.03", "34.04", "34.71"]


LAST_ACTUAL = pd.Timestamp("2026-09-01")


MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def due_rows(obs: pd.DataFrame) -> pd.DataFrame:
    """The rows whose period ended by 30 September 2026: their reports are due."""
    months = obs["indicator_code"].map(sample_frequencies())
    ends = [p + pd.DateOffset(months=m) for p, m in zip(obs["period_start"], months, strict=True)]
    return obs[pd.Series(ends, index=obs.index) <= pd.Timestamp("2026-10-01")]


def sample_frequencies() -> dict[str, int]:
    """Months per period of every indicator in the catalogue."""
    indicators = pd.read_csv(CATALOG / "indicators.csv")
    return {c: MONTHS[f] for c, f in zip(indicators["code"], indicators["frequency"], strict=True)}


MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "half": 6, "year": 12}


@pytest.fixture(scope="module")
def inputs() -> dict[str, pd.DataFrame]:
    return sample.load_inputs(CATALOG)


@pytest.fixture(scope="module")
def obs(inputs) -> pd.DataFrame:
    return sample.generate_observations(**inputs)


@pytest.fixture(scope="module")
def catalogue(inputs) -> pd.DataFrame:
    return inputs["indicators"].set_index("code")


@pytest.fixture(scope="module")
def achievement(obs, catalogue) -> pd.Series:
    """Achievement (fraction) per row by the negative-polarity rule of DESIGN.md."""
    ratio = obs["actual"] / obs["planned"]
    down = obs["indicator_code"].map(catalogue["direction"]).eq("down").to_numpy()
    return pd.Series(np.where(down, 2 - ratio, ratio), index=obs.index)


def provinces(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows that add up to the country once: the provinces' where they have rows (poverty),
    else every row (programmes report from regions that do not overlap)."""
    own = frame[~frame["region_code"].str.contains(".", regex=False)]
    return own if len(own) else frame


def province_of(codes: pd.Series) -> pd.Series:
    return codes.str.split(".").str[0]


def expected_regions(code: str) -> int:
    return N_SURVEYED if code.startswith("KEMISKINAN.") else N_REPORTING


def rows(frame: pd.DataFrame, code: str) -> pd.DataFrame:
    return frame[frame["indicator_code"] == code]


def test_columns_and_dtypes(obs):
    assert list(obs.columns) == COLUMNS
    assert pd.api.types.is_datetime64_dtype(obs["period_start"])
    assert obs["planned"].dtype == np.float64 and obs["actual"].dtype == np.float64
    for column in ("indicator_code", "region_code"):
        assert all(isinstance(value, str) for value in obs[column])
    for column in ("partner", "note"):
        assert all(value is None or isinstance(value, str) for value in obs[column])


def test_same_seed_same_output_other_seed_differs(inputs, obs):
    pd.testing.assert_frame_equal(sample.generate_observations(**inputs), obs)
    other = sample.generate_observations(**inputs, seed=7)
    assert not np.allclose(other["actual"].fillna(-1), obs["actual"].fillna(-1))


def test_sorted_one_row_per_indicator_region_period(obs):
    keys = ["indicator_code", "region_code", "period_start"]
    assert not obs.duplicated(keys).any()
    pd.testing.assert_frame_equal(obs.sort_values(keys, ignore_index=True), obs)


def test_row_count_per_indicator(obs, catalogue, inputs):
    starts = inputs["programs"].set_index("code")["start_date"].map(pd.Timestamp)
    counts = obs["indicator_code"].value_counts()
    for code, ind in catalogue.iterrows():
        start = max(starts[ind["program_code"]], pd.Timestamp("2021-01-01"))
        months = (2026 - start.year) * 12 + 13 - start.month
        periods = months // MONTHS_PER_PERIOD[ind["frequency"]]
        assert counts[code] == periods * expected_regions(code), code
    assert counts["PKH.KPM"] == 24 * 587 and counts["ATENSI.PM"] == 20 * 587
    assert counts["SEMBAKO.KPM"] == 72 * 587 and counts["PIP.APS_13_15"] == 6 * 587
    assert counts["KEMISKINAN.P0"] == 12 * 552
    assert len(obs) == counts.sum() == 341_968


def test_every_region_and_period_start_on_the_grid(obs, catalogue, inputs):
    found = obs.groupby("indicator_code")["region_code"].nunique()
    assert all(found[code] == expected_regions(code) for code in found.index)
    assert set(obs["region_code"]) == set(inputs["regions"]["code"])  # every one, once
    assert (obs["period_start"].dt.day == 1).all()
    step = obs["indicator_code"].map(catalogue["frequency"]).map(MONTHS_PER_PERIOD)
    assert ((obs["period_start"].dt.month - 1) % step == 0).all()
    assert rows(obs, "ATENSI.PM")["period_start"].min() == pd.Timestamp("2022-01-01")
    assert rows(obs, "PKH.KPM")["period_start"].min() == pd.Timestamp("2021-01-01")


def test_targets_ahead_of_actuals(obs):
    assert obs["planned"].notna().all()
    assert obs.loc[obs["period_start"] > LAST_ACTUAL, "actual"].isna().all()
    monthly = rows(obs, "SEMBAKO.DANA")
    late = monthly[monthly["period_start"] >= "2026-10-01"]
    assert sorted(late["period_start"].dt.month.unique()) == [10, 11, 12]
    assert late["planned"].gt(0).all() and late["actual"].isna().all()
    assert monthly.loc[monthly["period_start"] == LAST_ACTUAL, "actual"].notna().mean() > 0.8
    quarter = rows(obs, "PKH.KPM")
    assert quarter.loc[quarter["period_start"] == "2026-07-01", "actual"].notna().mean() > 0.8


def test_missing_reports_about_three_percent(obs):
    due = due_rows(obs)
    missing = due["actual"].isna()
    assert 0.02 <= missing.mean() <= 0.05
    papua = province_of(due["region_code"]).isin(sample.PAPUA)
    assert missing[papua].mean() > missing[~papua].mean()


def test_never_every_region_missing_in_a_period(obs):
    due = due_rows(obs)
    reported = due.groupby(["indicator_code", "period_start"])["actual"].count()
    assert (reported >= 0.8 * N_REPORTING).all() or reported.min() >= N_SURVEYED - 10


def _like_for_like(frame: pd.DataFrame) -> float:
    """Actual over planned on the cells that reported (a missing report is not a zero)."""
    reported = frame["actual"].notna()
    return frame.loc[reported, "actual"].sum() / frame.loc[reported, "planned"].sum()


@pytest.mark.parametrize(
    ("code", "national"),
    [
        ("PKH.KPM", 10.0e6),
        ("SEMBAKO.KPM", 18.7e6),
        ("PIP.SISWA", 18_594_627),
        ("PBIJK.PESERTA", 96.8e6),
    ],
)
def test_national_beneficiaries_at_latest_period(obs, code, national):
    series = provinces(rows(obs, code))
    latest = series.loc[series["actual"].notna(), "period_start"].max()
    assert latest == due_rows(series)["period_start"].max()
    at_latest = series[series["period_start"] == latest]
    assert at_latest["planned"].sum() == pytest.approx(national, rel=0.10)
    # A region that did not report is left out of both sums, never counted as zero.
    assert 0.9 < _like_for_like(at_latest) < 1.0
    estimate = at_latest["planned"].sum() * _like_for_like(at_latest)
    assert estimate == pytest.approx(national, rel=0.10)


@pytest.mark.parametrize(
    ("code", "yearly"),
    [
        ("PBIJK.DANA", 46.4e12),
        ("PIP.DANA", 13.4e12),
        ("PKH.DANA", 28.0e12),
        ("SEMBAKO.DANA", 18.7e6 * 200_000 * 12),
    ],
)
def test_annual_budget_2025(obs, code, yearly):
    year = provinces(rows(obs, code))
    year = year[year["period_start"].dt.year == 2025]
    assert year["planned"].sum() == pytest.approx(yearly, rel=0.10)
    # A region that did not report is left out of both sums, never counted as zero.
    assert 0.9 < _like_for_like(year) < 1.0
    estimate = year["planned"].sum() * _like_for_like(year)
    assert estimate == pytest.approx(yearly, rel=0.10)


@pytest.mark.parametrize(
    ("money", "count", "low", "high"),
    [
        ("RTLH.DANA", "RTLH.UNIT", 15e6, 25e6),
        ("ATENSI.DANA", "ATENSI.PM", 2e6, 5e6),
    ],
)
def test_money_consistent_with_units(obs, money, count, low, high):
    keys = ["region_code", "period_start"]
    both = rows(obs, money).merge(rows(obs, count), on=keys, suffixes=("_rp", "_n"))
    both = both.dropna(subset=["actual_rp", "actual_n"])
    per_unit = both["actual_rp"].sum() / both["actual_n"].sum()
    assert low < per_unit < high
    assert low < both["planned_rp"].sum() / both["planned_n"].sum() < high


def test_programmes_started_in_2022_ramp_up(obs):
    for code in ("ATENSI.PM", "RTLH.UNIT"):
        national = provinces(rows(obs, code)).groupby("period_start")["planned"].sum()
        q1, q4 = national["2022-01-01"], national["2022-10-01"]
        assert q1 < 0.7 * q4
        assert national["2022-01-01":"2022-12-31"].sum() < 0.8 * national["2023"].sum()


def test_enrolment_grows_slowly(obs):
    national = provinces(rows(obs, "PIP.SISWA")).groupby("period_start")["planned"].sum()
    assert 1.0 < national.iloc[-1] / national.iloc[0] < 1.15


def test_poverty_rate_anchored_to_march_2024(obs, inputs):
    rate = inputs["poverty"].set_index("region_code")["poverty_rate_pct"]
    p0 = rows(obs, "KEMISKINAN.P0")
    anchor = p0[p0["period_start"] == "2024-01-01"].set_index("region_code")["actual"]
    assert len(rate) == 38
    for code, value in rate.items():
        assert anchor[code] == value, code


def test_poverty_falls_from_covid_high(obs):
    p0 = provinces(rows(obs, "KEMISKINAN.P0"))
    mean = p0.groupby("period_start")["actual"].mean()
    yearly_fall = (mean["2021-01-01"] - mean["2024-01-01"]) / 3
    assert 0.1 < yearly_fall < 0.6
    assert mean["2026-01-01"] < mean["2024-01-01"] < mean["2021-01-01"]
    assert np.isnan(mean["2026-07-01"])  # the second half of 2026 has not ended: no figure yet
    ratio = p0["planned"] / p0["actual"]
    assert 0.9 < ratio.median() < 1.0  # targets a little below the trend


def test_poverty_gap_is_a_fraction_of_the_rate(obs):
    keys = ["region_code", "period_start"]
    both = rows(obs, "KEMISKINAN.P0").merge(rows(obs, "KEMISKINAN.P1"), on=keys)
    ratio = (both["actual_y"] / both["actual_x"]).dropna()
    assert len(ratio) > 400
    assert ratio.between(0.12, 0.25).all()
    assert 0.15 <= ratio.median() <= 0.2


def test_diy_regency_poverty_around_the_province(obs):
    p0 = rows(obs, "KEMISKINAN.P0")
    rate = p0[p0["period_start"] == "2024-01-01"].set_index("region_code")["actual"]
    assert min(rate["34.01"], rate["34.03"]) > rate["34"] > max(rate["34.04"], rate["34.71"])
    assert abs(rate[REGENCIES].mean() - rate["34"]) < 1.0


def test_programmes_report_from_regions_without_parts(obs, inputs):
    programmes = obs[~obs["indicator_code"].str.startswith("KEMISKINAN.")]
    parents = set(inputs["regions"]["parent_code"].dropna())
    assert not set(programmes["region_code"]) & parents  # provinces and DIY regencies roll up
    diy = programmes[programmes["region_code"].str.startswith("34.")]
    assert diy["region_code"].str.count(r"\.").eq(2).all()  # DI Yogyakarta: its districts
    poverty = obs[obs["indicator_code"] == "KEMISKINAN.P0"]
    assert poverty["region_code"].str.count(r"\.").max() == 1  # provinces and regencies


def test_regencies_differ_within_their_province(obs, achievement):
    pkh = rows(obs, "PKH.KPM").dropna(subset=["actual"])
    by_regency = achievement[pkh.index].groupby(pkh["region_code"]).median()
    spread = by_regency.groupby(province_of(by_regency.index.to_series())).agg(["min", "max"])
    assert ((spread["max"] - spread["min"]) > 0.03).mean() > 0.8  # a ranking means something
    assert (by_regency < 0.85).sum() >= 10  # a few regencies far behind outside the weak provinces


def test_no_negative_values_and_rates_within_0_100(obs, catalogue):
    assert (obs["planned"] >= 0).all()
    assert (obs["actual"].dropna() >= 0).all()
    rates = obs[obs["indicator_code"].map(catalogue["unit"]).eq("persen")]
    assert rates[["planned", "actual"]].stack().dropna().between(0, 100).all()


def test_counts_whole_and_money_in_rupiah(obs, catalogue):
    unit = obs["indicator_code"].map(catalogue["unit"])
    counts = obs[unit.isin(["keluarga", "orang", "unit"])][["planned", "actual"]].stack().dropna()
    assert (counts % 1 == 0).all()
    pkh = provinces(rows(obs, "PKH.DANA"))
    assert pkh["planned"].median() > 1e9  # a regency's quarter of PKH is billions of rupiah


@pytest.mark.parametrize(
    ("code", "low", "high"),
    [
        ("SEMBAKO.TEPAT_WAKTU", 85, 95),
        ("PKH.SEKOLAH", 88, 93),
        ("PIP.APS_13_15", 95, 97.5),
        ("PIP.PUTUS_SEKOLAH", 0.7, 1.3),
    ],
)
def test_rates_have_sensible_levels(obs, code, low, high):
    assert low <= rows(obs, code)["actual"].median() <= high


def test_underperformers(obs, achievement):
    assert 3 <= len(sample.UNDERPERFORMING) <= 4
    by_region = achievement.groupby(province_of(obs["region_code"])).median()
    under = by_region[list(sample.UNDERPERFORMING)]
    assert under.between(0.6, 0.85).all()
    assert (by_region.drop(list(sample.UNDERPERFORMING)) > 0.9).all()


def test_underperformers_have_dropout_above_plan(obs):
    dropout = rows(obs, "PIP.PUTUS_SEKOLAH").dropna(subset=["actual"])
    under = province_of(dropout["region_code"]).isin(sample.UNDERPERFORMING)
    ratio = dropout["actual"] / dropout["planned"]
    assert ratio[under].median() > 1.1
    assert 0.95 < ratio[~under].median() < 1.05


def test_money_is_slow_early_in_the_year_and_catches_up(obs):
    for code in ("SEMBAKO.DANA", "PBIJK.DANA"):
        money = provinces(rows(obs, code))
        money = money[money["period_start"].dt.year <= 2025]
        month = money["period_start"].dt.month
        for column in ("actual", "planned"):
            yearly = money.groupby(money["period_start"].dt.year)[column].sum()
            early = money[month <= 2].groupby(money["period_start"].dt.year)[column].sum()
            late = money[month >= 10].groupby(money["period_start"].dt.year)[column].sum()
            share = early / yearly
            if column == "actual":
                assert share.between(0.04, 0.15).all() and (late / yearly > 0.3).all()
                actual_share = share
            else:  # plans are seasonal too, but less so
                assert (share > actual_share).all() and (share < 1 / 6).all()


def test_indicators_are_not_perfectly_correlated(obs, achievement):
    first = achievement[obs["indicator_code"] == "SEMBAKO.KPM"].to_numpy()
    second = achievement[obs["indicator_code"] == "PBIJK.PESERTA"].to_numpy()
    both = ~np.isnan(first) & ~np.isnan(second)
    assert np.corrcoef(first[both], second[both])[0, 1] < 0.99


def test_partners_and_notes(obs):
    assert 0.3 < obs["partner"].notna().mean() < 1.0
    assert obs.loc[obs["indicator_code"].str.startswith("KEMISKINAN"), "partner"].isna().all()
    assert rows(obs, "PBIJK.PESERTA")["partner"].eq("BPJS Kesehatan").all()
    assert 0 < obs["note"].notna().mean() < 0.05
    due = due_rows(obs)
    noted_missing = due.loc[due["actual"].isna(), "note"].notna().mean()
    assert 0.1 < noted_missing < 0.8
