"""The naive peer: load the observations into pandas and compute the main views there.

`python -m benchmarks.naive DATABASE pandas|pantau` prints JSON: seconds to the first answer
(the overview's year-to-date table, then a province ranking) and peak memory, in a fresh
process so each side starts cold.
"""

import json
import sys
import time

import duckdb

from benchmarks import memory


def pandas_views(database: str) -> dict:
    """Load every observation with its region and indicator, then group in pandas."""
    started = time.perf_counter()
    con = duckdb.connect(database, read_only=True)
    obs = con.table("observations").df()
    regions = con.table("regions").df()[["code", "parent_code", "level"]]
    indicators = con.table("indicators").df()[["code", "temporal"]]
    loaded = time.perf_counter() - started
    # leaf rows: regions none of whose parts reported the same indicator and period
    frame = obs.merge(regions, left_on="region_code", right_on="code")
    parents = frame[["indicator_code", "parent_code", "period_start"]].drop_duplicates()
    parents = parents.rename(columns={"parent_code": "region_code"})
    frame = frame.merge(parents, how="left", indicator=True)
    frame = frame[frame["_merge"] == "left_only"]
    matched = frame[frame["planned"].notna() & frame["actual"].notna()]
    national = matched.groupby(["indicator_code", "period_start"])[["planned", "actual"]].sum()
    national = national.reset_index().merge(indicators, left_on="indicator_code", right_on="code")
    latest = national.groupby("indicator_code")["period_start"].transform("max")
    ytd = national[
        (national["period_start"].dt.year == latest.dt.year) & (national["period_start"] <= latest)
    ]
    overview = ytd.groupby("indicator_code")[["planned", "actual"]].sum()
    first = time.perf_counter() - started
    stock = matched[matched["indicator_code"] == "PKH.KPM"]
    stock = stock[stock["period_start"] == stock["period_start"].max()]
    province = stock["region_code"].str.split(".").str[0]
    ranking = stock.groupby(province)[["planned", "actual"]].sum()
    ranking = (ranking["actual"] / ranking["planned"]).sort_values()
    return {
        "load": loaded,
        "first_answer": first,
        "both": time.perf_counter() - started,
        "rows": len(overview) + len(ranking),
    }


def pantau_views(database: str) -> dict:
    """Open the database as the app does and ask the same two questions through pantau/."""
    started = time.perf_counter()
    from pantau.analysis import metrics, regions
    from pantau.settings import status_thresholds
    from pantau.store import db

    con = db.open_database(database)
    loaded = time.perf_counter() - started
    overview = metrics.indicators_to_date(con, status_thresholds())
    first = time.perf_counter() - started
    ranking = regions.ranking(
        con, status_thresholds(), "PKH.KPM", regions.periods(con, "PKH.KPM", None, None)[0]
    )
    return {
        "load": loaded,
        "first_answer": first,
        "both": time.perf_counter() - started,
        "rows": len(overview) + len(ranking),
    }


def main() -> None:
    """Run one side and print its JSON."""
    database, side = sys.argv[1], sys.argv[2]
    result = (pandas_views if side == "pandas" else pantau_views)(database)
    result["peak_mb"] = memory.peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
