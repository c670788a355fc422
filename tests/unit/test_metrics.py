"""Metrics without a database: status counts and the grains an indicator offers."""

import pandas as pd

from pantau.analysis import metrics


def test_status_counts_cover_every_status():
    frame = pd.DataFrame({"status": ["on_track", "on_track", "off_track"]})
    assert metrics.status_counts(frame) == {
        "on_track": 2,
        "at_risk": 0,
        "off_track": 1,
        "no_data": 0,
    }


def test_grains_for_never_finer_than_frequency():
    assert metrics.grains_for("quarter") == ["quarter", "half", "year"]
    assert metrics.grains_for("month") == ["month", "quarter", "half", "year"]
