"""The programme case: a test programme UJI on three levels of the results chain."""

from tests.support.helpers import add_observations

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
                "insert into indicators values (?, 'UJI', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)",
                [code, f"Nama {code}", f"Name {code}", *facts],
            )
    add_observations(con, OBSERVATIONS)
