"""Deterministic sample observations (planned versus actual) for the Pantau dashboard.

The numbers are invented and must be shown as sample data, but their scale follows the public
national figures in data/catalog/README.md. Every programme is spread over the regions by the
number of poor people: population times the March 2024 poverty rate. The province figures
(data/catalog/population_2024.csv, thousands; poverty_rate_2024_03.csv) are approximate BPS
figures, as are the five DI Yogyakarta regencies; every other regency's share of its province
(and each DI Yogyakarta district's share of its regency) is drawn at random, cities smaller
and less poor than regencies. Programmes report from the smallest region the sample has (the
514 regencies and cities, and the districts of DI Yogyakarta); provinces and DI Yogyakarta's
regencies get their figures by roll-up, as in the field. Poverty (a BPS survey) has rows for
provinces and regencies.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

FIRST_PERIOD = pd.Timestamp("2021-01-01")
LAST_PERIOD = pd.Timestamp("2026-12-01")  # targets are set ahead of actuals, to the end of 2026
REPORTED_BY = pd.Timestamp("2026-10-01")  # actuals for the periods that ended by 30 Sep 2026
POVERTY_ANCHOR = pd.Timestamp("2024-01-01")  # the half-year of the March 2024 BPS survey
NATIONAL_POVERTY = 9.03  # %, March 2024
UNDERPERFORMING = ("53", "76", "81", "95")  # NTT, Sulawesi Barat, Maluku, Papua Pegunungan
PAPUA = ("91", "92", "93", "94", "95", "96")
DISTRICTS_OF = "34"  # the province whose districts report: the sample's third level
LEVEL_ORDER = {"provinsi": 0, "kabupaten_kota": 1, "kecamatan": 2}
FREQUENCY = {"month": ("MS", 1), "quarter": ("QS", 3), "half": ("6MS", 6), "year": ("YS", 12)}
DIGITS = {"rupiah": -3, "persen": 2, "indeks": 2}  # counts are whole numbers (0 digits)
# Monthly share of a year's flow: 7.6 % by the end of February, catching up in Q4.
SEASON = np.array([3.0, 4.6, 7.0, 7.5, 8.0, 9.0, 8.0, 8.5, 9.0, 9.5, 11.0, 14.9]) / 100
# National level in 2025: a count for stocks, the yearly total for flows.
LEVELS = {
    "PKH.KPM": 10.0e6,
    "PKH.DANA": 28.0e12,
    "PKH.GRADUASI": 600e3,
    "SEMBAKO.KPM": 18.7e6,
    "SEMBAKO.DANA": 18.7e6 * 200e3 * 12,  # Rp 200,000 per family per month
    "PIP.SISWA": 18_594_627,
    "PIP.DANA": 13.4e12,
    "PBIJK.PESERTA": 96.8e6,
    "PBIJK.DANA": 46.4e12,
    "ATENSI.PM": 250e3,
    "RTLH.UNIT": 20e3,
}
GROWTH = {"PKH": 0.01, "SEMBAKO": 0.015, "PIP": 0.02, "PBIJK": 0.01, "ATENSI": 0.04, "RTLH": 0.04}
# Money that follows a count: (count indicator, rupiah per person or house).
UNIT_COST = {"ATENSI.DANA": ("ATENSI.PM", 3.2e6), "RTLH.DANA": ("RTLH.UNIT", 20e6)}
DERIVED = {*UNIT_COST, "KEMISKINAN.P1"}
# Rates: (goal for 2026, share of a region's performance gap that shows, elasticity to the
# region's poverty rate, noise of actual / planned).
RATES = {
    "PKH.SEKOLAH": (93.0, 0.4, -0.03, 0.012),
    "SEMBAKO.TEPAT_WAKTU": (95.0, 0.5, -0.04, 0.015),
    "PIP.APS_13_15": (97.5, 0.3, -0.03, 0.008),
    "PIP.PUTUS_SEKOLAH": (0.8, 1.0, 0.25, 0.08),
}
# National poverty rate per half-year from 2021-H1 (BPS to March 2024: COVID high, then falling).
POVERTY_PATH = np.array([10.14, 9.71, 9.54, 9.57, 9.36, 9.20, 9.03, 8.85, 8.70, 8.55, 8.40, 8.25])
# Poverty of the DI Yogyakarta regencies relative to the province (mean 1), approximate.
REGENCY_POVERTY = {"34.01": 1.40, "34.02": 1.05, "34.03": 1.30, "34.04": 0.68, "34.71": 0.57}
PARTNERS = {
    "PKH": ("PT Pos Indonesia", "Bank Himbara", "Pendamping PKH"),
    "SEMBAKO": ("Bank Himbara", "PT Pos Indonesia", "E-Warong KUBE"),
    "PIP": ("Bank BRI", "Bank BNI", "Bank Syariah Indonesia"),
    "PBIJK": ("BPJS Kesehatan",),
    "ATENSI": ("Sentra Kemensos", "LKS mitra", "Dinas Sosial Provinsi"),
    "RTLH": ("Dinas Sosial Provinsi", "Dinas Perkim", "Dinas Sosial Kabupaten/Kota"),
}
MISSING_NOTES = ("Data belum lengkap", "Laporan terlambat", "Menunggu verifikasi dinas")
LOW_NOTES = ("Kendala akses wilayah terpencil", "Pemutakhiran data penerima", "Penyaluran tertunda")
FILES = {
    "programs": "programs",
    "indicators": "indicators",
    "regions": "regions",
    "poverty": "poverty_rate_2024_03",
    "population": "population_2024",
}
CODE_COLUMNS = {"code": str, "region_code": str, "parent_code": str, "program_code": str}
Indicator = Any  # one row of indicators.itertuples(): .code, .unit, .frequency, ...
Pair = tuple[np.ndarray, np.ndarray]  # planned and actual, region x period


@dataclass
class Context:
    """What the generator knows as it runs: the regions, its random state, finished series."""

    codes: np.ndarray  # region codes of the sample: provinces, regencies, districts
    weight: np.ndarray  # share of the national total within each level
    poverty: np.ndarray  # March 2024 poverty rate, %
    skill: np.ndarray  # usual actual / planned
    p_missing: np.ndarray  # chance that a report is missing
    children: dict[int, np.ndarray]  # parent row -> rows of its parts, top level first
    reports: np.ndarray  # the rows that report programme data: regions without parts
    surveyed: np.ndarray  # the rows BPS publishes poverty for: provinces and regencies
    rng: np.random.Generator
    done: dict[str, Pair] = field(default_factory=dict)  # unrounded series by indicator code


def load_inputs(
    catalog_dir: Path, districts_of: tuple[str, ...] | None = (DISTRICTS_OF,)
) -> dict[str, pd.DataFrame]:
    """Read the five catalogue CSVs as generate_observations expects them; districts_of: the
    provinces whose districts report (None: every province, as the benchmarks' size L)."""
    folder = Path(catalog_dir)
    inputs = {
        key: pd.read_csv(folder / f"{name}.csv", dtype=CODE_COLUMNS) for key, name in FILES.items()
    }
    # the sample covers every province and regency, and the districts of one province
    regions = inputs["regions"]
    district = regions["level"].eq("kecamatan")
    if districts_of is None:
        inside = district
    else:
        inside = regions["code"].str.startswith(tuple(f"{p}." for p in districts_of))
    chosen = regions[regions["level"].isin(LEVEL_ORDER) & (~district | inside)]
    order = chosen["level"].map(LEVEL_ORDER)
    inputs["regions"] = (
        chosen.assign(_order=order).sort_values(["_order", "code"]).drop(columns="_order")
    ).reset_index(drop=True)
    return inputs


def _children(regions: pd.DataFrame) -> dict[int, np.ndarray]:
    """Row of each region that has parts in the sample -> rows of those parts."""
    row = {code: i for i, code in enumerate(regions["code"])}
    parents = regions["parent_code"].to_numpy(dtype=object)
    has_parent = pd.notna(parents)
    return {
        row[p]: np.flatnonzero(has_parent & (parents == p))
        for p in sorted(set(parents[has_parent]), key=row.get)
    }


def _inherit(values: np.ndarray, children: dict[int, np.ndarray]) -> np.ndarray:
    """A copy where parts take their parent's value, e.g. its poverty trend."""
    values = values.copy()
    for parent, kids in children.items():  # top level first: districts get the province's
        values[kids] = values[parent]
    return values


def _shares(
    known: pd.Series, regions: pd.DataFrame, children: dict[int, np.ndarray], rng, spread: float
) -> np.ndarray:
    """Each region's value: known where given, else a random share of its parent's (a city
    smaller than a regency), the shares of each parent's parts adding up to its value."""
    value = known.reindex(regions["code"]).to_numpy(dtype=float, copy=True)
    city = regions["type"].eq("kota").to_numpy() if "type" in regions else np.zeros(len(value))
    for parent, kids in children.items():
        draw = rng.lognormal(0, spread, len(kids)) * np.where(city[kids], 0.6, 1.0)
        unknown = np.isnan(value[kids])
        left = value[parent] - np.nansum(value[kids])
        value[kids[unknown]] = left * draw[unknown] / draw[unknown].sum() if unknown.any() else 0
    return value


def _context(
    regions: pd.DataFrame, poverty: pd.DataFrame, population: pd.DataFrame, seed: int
) -> Context:
    """Weights, poverty rates, usual performance and hierarchy of the regions."""
    codes, children = regions["code"].to_numpy(dtype=object), _children(regions)
    level = regions["level"].map(LEVEL_ORDER).to_numpy()
    geography = np.random.default_rng(seed + 1)  # the map stays put when the seed changes
    pop = _shares(
        population.set_index("region_code")["population_thousands"],
        regions,
        children,
        geography,
        0.7,
    )
    rate = poverty.set_index("region_code")["poverty_rate_pct"].reindex(codes)
    pov = _inherit(rate.to_numpy(dtype=float), children)
    city = regions["type"].eq("kota").to_numpy() if "type" in regions else np.zeros(len(codes))
    for parent, kids in children.items():  # poorer and less poor parts, same mean as parent
        known = [REGENCY_POVERTY.get(code) for code in codes[kids]]
        draw = geography.lognormal(0, 0.3 if level[parent] == 0 else 0.15, len(kids))
        factor = np.where(city[kids], 0.6, 1.0) * draw
        factor = np.array([k if k else f for k, f in zip(known, factor, strict=True)])
        if not all(known):
            factor *= pop[kids].sum() / (pop[kids] * factor).sum()
        pov[kids] = pov[parent] * factor
    poor = pop * pov
    weight = poor / poor[level == 0].sum()
    for parent, kids in children.items():
        weight[kids] = weight[parent] * poor[kids] / poor[kids].sum()
    rng = np.random.default_rng(seed)
    skill = np.clip(rng.normal(0.985, 0.02, len(codes)), 0.93, 1.04)
    under = np.isin(codes, UNDERPERFORMING)
    skill[under] = rng.uniform(0.68, 0.78, under.sum())
    for parent, kids in children.items():  # parts near their parent, a few far behind
        skill[kids] = skill[parent] + rng.normal(
            0, 0.03 if level[parent] == 0 else 0.015, len(kids)
        )
    behind = (level == 1) & (rng.random(len(codes)) < 0.04)
    skill[behind] = rng.uniform(0.7, 0.8, behind.sum())
    skill = np.clip(skill, 0.6, 1.06)
    # Remote Papua reports go missing more often; the compact DIY districts rarely miss one.
    papua = np.array([code.split(".")[0] in PAPUA for code in codes])
    p_missing = np.select([papua, level == 2], [0.08, 0.01], 0.025)
    reports = np.array([i not in children for i in range(len(codes))])
    return Context(codes, weight, pov, skill, p_missing, children, reports, level < 2, rng)


def _periods(frequency: str, start: pd.Timestamp) -> pd.DatetimeIndex:
    """Period starts from the series (or later programme) start to the end of 2026."""
    first = max(start, FIRST_PERIOD).to_period("M").to_timestamp()
    return pd.date_range(first, LAST_PERIOD, freq=FREQUENCY[frequency][0]).as_unit("us")


def _achievement(ctx: Context, n_periods: int, noise: float, spread: float) -> np.ndarray:
    """Actual / planned per region and period: the region's usual level, a twist, noise."""
    twist = ctx.rng.normal(0, 0.015, (len(ctx.codes), 1))  # indicators differ a little per region
    gap = (1 - ctx.skill[:, None] - twist) * spread
    return 1 - gap + ctx.rng.normal(0, noise, (len(ctx.codes), n_periods))


def _season(month: np.ndarray, months: int) -> np.ndarray:
    """Share of the year's flow falling in periods of `months` months starting at `month`."""
    cumulative = np.concatenate([[0.0], SEASON.cumsum()])
    return cumulative[month - 1 + months] - cumulative[month - 1]


def _volume(ind: Indicator, periods: pd.DatetimeIndex, ctx: Context) -> Pair:
    """A count or an amount: national level x regional weight, seasonal if it is a flow."""
    months = FREQUENCY[ind.frequency][1]
    year, month = periods.year.to_numpy(), periods.month.to_numpy()
    level = LEVELS[ind.code] * (1 + GROWTH[ind.program_code]) ** (year - 2025)
    if periods[0] > FIRST_PERIOD:  # a programme launched later fills up over its first year
        elapsed = (year - periods[0].year) * 12 + month - periods[0].month + months / 2
        level = level * np.minimum(0.4 + 0.6 * elapsed / 12, 1.0)
    flow = ind.temporal == "flow"
    actual_share = _season(month, months) if flow else np.ones(len(periods))
    # Plans expect steadier spending than happens, so they are only half as seasonal.
    plan_share = 0.5 * actual_share + 0.5 * months / 12 if flow else actual_share
    base = np.outer(ctx.weight, level)
    ach = _achievement(ctx, len(periods), 0.05 if flow else 0.015, 1.0)
    return base * plan_share, base * actual_share * ach


def _rate(ind: Indicator, periods: pd.DatetimeIndex, ctx: Context) -> Pair:
    """A percentage: a national path from the 2020 baseline to the goal, worse where poorer."""
    goal, spread, elasticity, noise = RATES[ind.code]
    baseline = goal if pd.isna(ind.baseline_value) else float(ind.baseline_value)
    years = periods.year.to_numpy() + (periods.month.to_numpy() - 1) / 12 - 2020
    national = goal + (baseline - goal) * np.exp(-years / 2)
    planned = np.outer((ctx.poverty / NATIONAL_POVERTY) ** elasticity, national)
    ach = _achievement(ctx, len(periods), noise, spread)
    # For a `down` rate, falling short of the plan means ending above it.
    actual = planned * (ach if ind.direction == "up" else 2 - ach)
    return np.minimum(planned, 99.0), np.minimum(actual, 100.0)


def _poverty(periods: pd.DatetimeIndex, ctx: Context) -> Pair:
    """P0: the March 2024 rate in 2024-H1 exactly, elsewhere drifting with the national path."""
    years = periods.year.to_numpy() + (periods.month.to_numpy() - 1) / 12
    halves = 2021 + np.arange(len(POVERTY_PATH)) / 2
    path = np.interp(years, halves, POVERTY_PATH) / NATIONAL_POVERTY
    pace = _inherit(np.exp(ctx.rng.normal(0, 0.3, len(ctx.codes))), ctx.children)
    trend = ctx.poverty[:, None] * path ** pace[:, None]  # provinces improve at their own pace
    noise = ctx.rng.normal(0, 0.012, trend.shape) * np.asarray(periods != POVERTY_ANCHOR)
    return trend * 0.97, trend * (1 + noise)  # the target sits a little below the trend


def _model(ind: Indicator) -> str:
    """The catalogue indicator whose numbers this one follows: itself, or the one it copies
    (the benchmarks add copies, column `like`, to reach a national programme's size)."""
    like = getattr(ind, "like", None)
    return like if isinstance(like, str) else ind.code


def _series(ind: Indicator, periods: pd.DatetimeIndex, ctx: Context) -> Pair:
    """Unrounded planned and actual (region x period) of one indicator."""
    model = _model(ind)
    if model != ind.code:  # a copy: its model's numbers with its own noise
        ind = ind._replace(code=model)
    if ind.code in UNIT_COST:
        base, cost = UNIT_COST[ind.code]
        planned, actual = ctx.done[base]
        return planned * cost, actual * cost * ctx.rng.normal(1, 0.02, actual.shape)
    if ind.code == "KEMISKINAN.P1":  # the poverty gap is deeper where poverty is widespread
        ratio = 0.15 + 0.05 * np.clip((ctx.poverty - 4) / 26, 0, 1)
        ratio = _inherit(ratio, ctx.children)[:, None]  # keeps province 34 near the mean
        planned, actual = ctx.done["KEMISKINAN.P0"]
        return planned * ratio, actual * ratio * ctx.rng.normal(1, 0.02, actual.shape)
    if ind.code == "KEMISKINAN.P0":
        return _poverty(periods, ctx)
    if ind.code in RATES:
        return _rate(ind, periods, ctx)
    return _volume(ind, periods, ctx)


def _missing(ctx: Context, due: np.ndarray) -> np.ndarray:
    """Reports that did not arrive: about 3 %, more in Papua, never a whole period."""
    mask = (ctx.rng.random((len(ctx.codes), len(due))) < ctx.p_missing[:, None]) & due
    mask[:, mask.all(axis=0)] = False
    return mask


def _labels(
    ind: Indicator, planned: np.ndarray, actual: np.ndarray, due: np.ndarray, ctx: Context
) -> Pair:
    """A partner per region for delivery indicators; a rare note on a missing or weak report."""
    partner = np.full(planned.shape, None, dtype=object)
    names = PARTNERS.get(ind.program_code, ())
    if names and ind.level in ("input", "output"):  # partners deliver; outcomes have none
        chosen = np.array(names, dtype=object)[ctx.rng.integers(len(names), size=len(planned))]
        partner[:] = chosen[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = actual / planned
    achievement = ratio if ind.direction == "up" else 2 - ratio
    pick, draw = ctx.rng.integers(3, size=planned.shape), ctx.rng.random(planned.shape)
    missing = np.isnan(actual) & due
    note = np.where(missing & (draw < 0.4), np.array(MISSING_NOTES, dtype=object)[pick], None)
    weak = (achievement < 0.6) & (draw < 0.1)
    return partner, np.where(weak, np.array(LOW_NOTES, dtype=object)[pick], note)


def _finish(ind: Indicator, periods: pd.DatetimeIndex, ctx: Context) -> dict[str, np.ndarray]:
    """Round, drop actuals of periods not ended by September 2026 and missing reports, label."""
    planned, actual = ctx.done[ind.code]
    # a half-year or a year still running in September has no actual yet
    due = np.asarray(periods + pd.DateOffset(months=FREQUENCY[ind.frequency][1]) <= REPORTED_BY)
    digits = DIGITS.get(ind.unit, 0)
    planned = np.round(np.maximum(planned, 0), digits)
    actual = np.where(due, np.round(np.maximum(actual, 0), digits), np.nan)
    survey = ind.program_code == "KEMISKINAN"  # BPS figures, not reports from the regions
    if not survey:
        actual[_missing(ctx, due)] = np.nan
    partner, note = _labels(ind, planned, actual, due, ctx)
    rows = ctx.surveyed if survey else ctx.reports  # the others are rolled up by Pantau
    planned, actual, partner, note = (a[rows] for a in (planned, actual, partner, note))
    n_regions, n_periods = planned.shape
    return {
        "indicator_code": np.full(n_regions * n_periods, ind.code, dtype=object),
        "region_code": np.repeat(ctx.codes[rows], n_periods),
        "period_start": np.tile(periods.to_numpy(), n_regions),
        "planned": planned.ravel(),
        "actual": actual.ravel(),
        "partner": partner.ravel(),
        "note": note.ravel(),
    }


def generate_observations(
    programs: pd.DataFrame,
    indicators: pd.DataFrame,
    regions: pd.DataFrame,
    poverty: pd.DataFrame,
    population: pd.DataFrame,
    seed: int = 2026,
) -> pd.DataFrame:
    """One row per indicator, region and period: targets to 2026-12, actuals to 2026-09-30."""
    parts = list(iter_observations(programs, indicators, regions, poverty, population, seed))
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["indicator_code", "region_code", "period_start"], ignore_index=True)


def iter_observations(
    programs: pd.DataFrame,
    indicators: pd.DataFrame,
    regions: pd.DataFrame,
    poverty: pd.DataFrame,
    population: pd.DataFrame,
    seed: int = 2026,
) -> Iterator[pd.DataFrame]:
    """The observations one indicator at a time, so 20 million rows never sit in one frame."""
    ctx = _context(regions, poverty, population, seed)
    starts = dict(zip(programs["code"], pd.to_datetime(programs["start_date"]), strict=True))
    # Money and P1 are derived from another indicator, so those come last.
    for ind in sorted(indicators.itertuples(index=False), key=lambda i: _model(i) in DERIVED):
        periods = _periods(ind.frequency, starts[ind.program_code])
        ctx.done[ind.code] = _series(ind, periods, ctx)
        columns = _finish(ind, periods, ctx)
        # Keep None (not NaN) for an absent partner or note, as the interface promises.
        columns.update(
            {name: pd.Series(columns[name], dtype=object) for name in ("partner", "note")}
        )
        yield pd.DataFrame(columns)
