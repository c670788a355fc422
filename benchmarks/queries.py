"""Every page query with the parameters its page uses by default, beside the same question
asked raw: hand-written SQL for the answer alone, straight on the observations."""

import datetime as dt
import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pantau.store import queries

LIMITS = {"on_track": 90.0, "at_risk": 70.0}
NATION = {"regions": None, "region_level": "provinsi", "as_of": None}
QUALITY = {"program": None, "region": None, "as_of": None, "grain": "quarter", "periods": 8}
STOCK, FLOW, MONEY, NEED = "PKH.KPM", "PKH.DANA", "PKH.DANA", "KEMISKINAN.P0"
LATEST_QUARTER = dt.date(2026, 7, 1)  # the regions page opens on the latest reported period

# the rows an answer is made of: every region's own row where none of its parts reported the
# same indicator and period (data arrive at one level; a parent's own row is a survey figure)
LEAF = """
leaf as (
    select o.*, r.parent_code, r.level
    from observations as o
    inner join regions as r on r.code = o.region_code
    anti join (
        select distinct o2.indicator_code, r2.parent_code as region_code
        from observations as o2
        inner join regions as r2 on r2.code = o2.region_code
        where r2.parent_code is not null {where2}
    ) as p on p.indicator_code = o.indicator_code and p.region_code = o.region_code
    {where}
)"""


def leaf(indicators: str | None = None) -> str:
    """The leaf CTE, for one indicator list (an SQL expression) or every indicator."""
    if indicators is None:
        return LEAF.format(where="", where2="")
    return LEAF.format(
        where=f"where o.indicator_code in ({indicators})",
        where2=f"and o2.indicator_code in ({indicators})",
    )


@dataclass
class Case:
    """One query file with a page's default parameters and its raw counterpart."""

    name: str
    params: dict
    raw: str
    raw_params: dict = field(default_factory=dict)


CASES = [
    Case(
        "programs",
        {},
        "select p.*, count(i.code) from programs p left join indicators i "
        "on i.program_code = p.code group by all",
    ),
    Case("indicators", {"program": None}, "select * from indicators order by code"),
    Case("regions", {}, "select * from regions order by code"),
    Case(
        "database_summary",
        {},
        "select count(*), max(period_start) filter (where actual is not null) from observations",
    ),
    Case(
        "report_periods",
        {},
        "select distinct period_start from observations where actual is not null order by 1 desc",
    ),
    Case(
        "indicators_to_date",
        {"program": None, **NATION, **LIMITS},
        f"""with {leaf()},
        national as (
            select indicator_code, period_start, sum(planned) filter (where actual is not null)
                as planned, sum(actual) filter (where planned is not null) as actual
            from leaf group by all
        ),
        latest as (select indicator_code, max(period_start) as p from national
                   where actual is not null group by 1)
        select n.indicator_code, sum(n.planned), sum(n.actual), max(l.p)
        from national n join latest l using (indicator_code)
        where year(n.period_start) = year(l.p) and n.period_start <= l.p
        group by 1""",
    ),
    Case(
        "indicator_series",
        {"indicator": FLOW, "grain": None, "by_region": False, **NATION, **LIMITS},
        f"""with {leaf("$indicator")}
        select period_start, sum(planned), sum(actual),
            sum(planned) filter (where actual is not null), count(actual)
        from leaf group by 1 order by 1""",
        {"indicator": FLOW},
    ),
    Case(
        "indicator_projection",
        {"indicator": FLOW, "last_n": 6, **NATION, **LIMITS},
        f"""with {leaf("$indicator")},
        s as (select period_start, sum(planned) as planned, sum(actual) as actual
              from leaf group by 1),
        recent as (select * from s where actual is not null order by period_start desc limit 6)
        select s.period_start, s.planned * (select sum(actual) / sum(planned) from recent)
        from s where s.actual is null order by 1""",
        {"indicator": FLOW},
    ),
    Case(
        "regions_parents",
        {"indicator": STOCK, "as_of": None},
        f"""with {leaf("$indicator")}
        select split_part(region_code, '.', 1) as province, count(distinct region_code)
        from leaf group by 1""",
        {"indicator": STOCK},
    ),
    Case(
        "regions_periods",
        {"indicator": STOCK, "parent": None, "region_level": "provinsi", "as_of": None},
        "select distinct period_start from observations where indicator_code = $indicator "
        "and actual is not null order by 1 desc",
        {"indicator": STOCK},
    ),
    Case(
        "regions_ranking",
        {
            "indicator": STOCK,
            "parent": None,
            "region_level": "provinsi",
            "period": LATEST_QUARTER,
            **LIMITS,
        },
        f"""with {leaf("$indicator")}
        select split_part(region_code, '.', 1) as province,
            sum(actual) filter (where planned is not null)
            / sum(planned) filter (where actual is not null) * 100 as achievement
        from leaf where period_start = $period group by 1 order by 2 desc""",
        {"indicator": STOCK, "period": LATEST_QUARTER},
    ),
    Case(
        "regions_heatmap",
        {
            "indicator": STOCK,
            "parent": None,
            "region_level": "provinsi",
            "period": LATEST_QUARTER,
            "periods": 8,
            **LIMITS,
        },
        f"""with {leaf("$indicator")}
        select split_part(region_code, '.', 1) as province, period_start,
            sum(actual) filter (where planned is not null)
            / sum(planned) filter (where actual is not null) * 100 as achievement
        from leaf where period_start > $period - interval 24 month and period_start <= $period
        group by 1, 2""",
        {"indicator": STOCK, "period": LATEST_QUARTER},
    ),
    Case(
        "regions_need_coverage",
        {
            "indicator": STOCK,
            "need": NEED,
            "parent": None,
            "region_level": "provinsi",
            "period": LATEST_QUARTER,
            "as_of": None,
            **LIMITS,
        },
        """select region_code, indicator_code, arg_max(actual, period_start)
        from observations where indicator_code in ($indicator, $need)
            and length(region_code) = 2 and actual is not null
        group by all""",
        {"indicator": STOCK, "need": NEED},
    ),
    Case(
        "budget_money_indicators",
        {"program": None},
        "select * from indicators where unit = 'rupiah'",
    ),
    Case(
        "budget_money_series",
        {"indicator": MONEY, **NATION, **LIMITS},
        f"""with {leaf("$indicator")}
        select period_start, sum(planned), sum(actual) from leaf group by 1 order by 1""",
        {"indicator": MONEY},
    ),
    Case(
        "budget_absorption",
        {"indicator": MONEY, **NATION, **LIMITS},
        f"""with {leaf("$indicator")},
        latest as (select max(period_start) as p from leaf where actual is not null)
        select split_part(region_code, '.', 1), sum(planned) filter (where actual is not null),
            sum(actual)
        from leaf, latest where year(period_start) = year(p) and period_start <= p
        group by 1""",
        {"indicator": MONEY},
    ),
    Case(
        "budget_cost_per_beneficiary",
        {"indicator": MONEY, "output": STOCK, **NATION},
        f"""with {leaf("$indicator, $output")}
        select split_part(region_code, '.', 1), year(period_start), indicator_code, sum(actual)
        from leaf group by all""",
        {"indicator": MONEY, "output": STOCK},
    ),
    Case(
        "budget_quadrant",
        {"indicator": MONEY, "output": STOCK, **NATION, **LIMITS},
        f"""with {leaf("$indicator, $output")}
        select split_part(region_code, '.', 1), indicator_code,
            sum(actual) / sum(planned) filter (where actual is not null)
        from leaf where year(period_start) = 2026 group by all""",
        {"indicator": MONEY, "output": STOCK},
    ),
    Case(
        "quality_completeness",
        QUALITY,
        f"""with {leaf()},
        due as (select indicator_code, max(period_start) as last from observations
                where actual is not null group by 1)
        select split_part(region_code, '.', 1), date_trunc('quarter', period_start),
            count(*), count(actual)
        from leaf join due using (indicator_code)
        where period_start <= last and period_start > last - interval 24 month
        group by 1, 2""",
    ),
    Case(
        "quality_missing_reports",
        QUALITY | {"today": dt.date(2026, 12, 6), "grace_days": 30},
        f"""with {leaf()},
        due as (select indicator_code, max(period_start) as last from observations
                where actual is not null group by 1)
        select indicator_code, region_code, period_start
        from leaf join due using (indicator_code)
        where actual is null and period_start <= last
            and period_start > last - interval 24 month
        order by period_start, indicator_code, region_code""",
    ),
    Case(
        "quality_suspect_values",
        QUALITY | {"stock_jump": 0.5, "flow_spike": 3.0, "above_planned": 3.0},
        """with recent as (
            select o.*, i.temporal,
                lag(actual) over (partition by indicator_code, region_code order by period_start)
                    as previous
            from observations o join indicators i on i.code = o.indicator_code
            where period_start > date '2024-01-01' and actual is not null
        )
        select * from recent
        where actual < 0 or actual > 3 * planned
            or (temporal = 'stock' and abs(actual - previous) > 0.5 * previous)""",
    ),
    Case(
        "deck_missing_reports",
        {"program": "PKH", **NATION, "limit": 10},
        """select indicator_code, region_code, period_start from observations
        where indicator_code like 'PKH.%' and actual is null and planned is not null
            and period_start <= date '2026-09-01'
        order by period_start desc limit 10""",
    ),
    Case("upload_history", {}, "select * from uploads order by id desc"),
]


def _median_ms(run, repeat: int) -> tuple[float, float]:
    """Median and spread (max - min) of `repeat` runs after one warm-up, in milliseconds."""
    run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times) - min(times)


def planning_ms(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> float:
    """Milliseconds DuckDB spends binding, optimising and planning a statement, from its
    profile: the part of a small query's time that does not depend on the data."""
    with tempfile.TemporaryDirectory() as folder, con.cursor() as cur:
        output = Path(folder) / "profile.json"
        cur.execute("pragma enable_profiling = 'json'")
        cur.execute(f"pragma profiling_output = '{output}'")
        cur.execute(sql, params).fetchall()
        cur.execute("pragma disable_profiling")
        profile = json.loads(output.read_text())
    parts = ("planner", "optimizer", "physical_planner")
    return sum(profile[part]["total_time"] for part in parts) * 1000


def measure(con: duckdb.DuckDBPyConnection, repeat: int) -> list[dict]:
    """Each case: Pantau's query file and the raw SQL, median and spread in milliseconds, and
    the time Pantau's takes to plan."""
    rows = []
    for case in CASES:
        ours = _median_ms(lambda c=case: queries.run(con, c.name, **c.params), repeat)
        raw = _median_ms(lambda c=case: con.execute(c.raw, c.raw_params).fetchall(), repeat)
        planning = planning_ms(con, queries.sql_text(case.name), case.params)
        rows.append({"query": case.name, "pantau": ours, "raw": raw, "planning": planning})
    return rows


def covered() -> set[str]:
    """The query files this benchmark runs."""
    return {case.name for case in CASES}
