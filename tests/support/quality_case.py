"""The quality case: a monthly flow in three provinces with missing reports and a jump."""

from tests.support.helpers import add_indicator, add_observations

MONTHS = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]


def monthly_case(con) -> None:
    """3 provinces x 6 months of a monthly flow: 2 reports missing, one 3.3x jump.

    - 33 sent a row for May with a target but no actual (missing);
    - 35 sent nothing at all for June (missing);
    - 32 reported 330 in June against 100 in each of the four months before (a jump).
    """
    add_indicator(con, "Q.M", frequency="month", temporal="flow")
    rows = []
    for region in ("32", "33", "35"):
        for month in MONTHS:
            if (region, month) == ("35", "2026-06-01"):
                continue
            actual = None if (region, month) == ("33", "2026-05-01") else 100
            if (region, month) == ("32", "2026-06-01"):
                rows.append(("Q.M", region, month, 120, 330))  # below 3 x its target of 120
                continue
            rows.append(("Q.M", region, month, 100, actual))
    add_observations(con, rows)
