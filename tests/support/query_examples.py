"""Example parameters of the page queries, run on the sample database by the SQL tests."""

import datetime as dt

# example parameters for every budget query, run on the sample database by
# tests/sql/test_budget.py and tests/sql/test_queries.py
_SCOPE = {"regions": None, "region_level": "provinsi", "as_of": None}
_LIMITS = {"on_track": 90.0, "at_risk": 70.0}
BUDGET_QUERIES = {
    "budget_money_indicators": {"program": None},
    "budget_money_series": {"indicator": "SEMBAKO.DANA", **_SCOPE, **_LIMITS},
    "budget_absorption": {"indicator": "PKH.DANA", **_SCOPE, **_LIMITS},
    "budget_cost_per_beneficiary": {"indicator": "PKH.DANA", "output": "PKH.KPM", **_SCOPE},
    "budget_quadrant": {
        "indicator": "SEMBAKO.DANA",
        "output": "SEMBAKO.KPM",
        **_SCOPE,
        **_LIMITS,
    },
}

SCOPE = {"program": None, "region": None, "as_of": None, "grain": "quarter", "periods": 8}
# every query the quality page adds, with parameters that find rows on the sample database
QUALITY_QUERIES = {
    "quality_completeness": SCOPE,
    "quality_missing_reports": SCOPE | {"today": dt.date(2026, 11, 28), "grace_days": 30},
    # the sample has no suspect value under the default rules: looser ones find some
    "quality_suspect_values": SCOPE | {"stock_jump": 0.2, "flow_spike": 1.5, "above_planned": 1.2},
}

# example parameters for every query of the regions page (run by tests/sql/test_regions.py and
# merged into tests/sql/test_queries.py)
THRESHOLDS = {"on_track": 90.0, "at_risk": 70.0}
REGIONS_QUERIES = {
    "regions_periods": {
        "indicator": "PKH.KPM",
        "parent": None,
        "region_level": "provinsi",
        "as_of": None,
    },
    "regions_parents": {"indicator": "PKH.KPM", "as_of": None},
    "regions_ranking": {
        "indicator": "PKH.KPM",
        "parent": "34",
        "region_level": "provinsi",
        "period": dt.date(2026, 7, 1),
        **THRESHOLDS,
    },
    "regions_heatmap": {
        "indicator": "PKH.KPM",
        "parent": None,
        "region_level": "provinsi",
        "period": dt.date(2026, 7, 1),
        "periods": 8,
        **THRESHOLDS,
    },
    "regions_need_coverage": {
        "indicator": "PKH.KPM",
        "need": "KEMISKINAN.P0",
        "parent": None,
        "region_level": "provinsi",
        "period": dt.date(2026, 7, 1),
        "as_of": None,
        **THRESHOLDS,
    },
}
