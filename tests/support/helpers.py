"""Small builders for hand-made test databases, and readers of what AppTest shows."""

import base64
import datetime as dt

import numpy as np

from pantau.settings import PROJECT_DIR
from pantau.store import figures

DASHBOARD = str(PROJECT_DIR / "dashboard.py")


def add_indicator(con, code: str, **facts) -> None:
    """Add a test indicator (to the PKH programme) with the given facts."""
    row = {
        "code": code,
        "direction": "up",
        "temporal": "flow",
        "region_agg": "sum",
        "frequency": "month",
        "baseline": None,
        "weight": None,
    } | facts
    with con.cursor() as cur:
        cur.execute(
            "insert into indicators (code, program_code, name_id, name_en, level, unit,"
            " direction, temporal, region_agg, frequency, baseline_value, baseline_year,"
            " weight_indicator)"
            " values ($code, 'PKH', $code, $code, 'output', 'orang', $direction, $temporal,"
            " $region_agg, $frequency, $baseline, 2020, $weight)",
            row,
        )


def add_observations(con, rows: list[tuple]) -> None:
    """Insert (indicator, region, 'YYYY-MM-DD', planned, actual) rows."""
    with con.cursor() as cur:
        cur.executemany(
            "insert into observations (indicator_code, region_code, period_start, planned, actual)"
            " values (?, ?, ?, ?, ?)",
            [(i, r, dt.date.fromisoformat(p), pl, ac) for i, r, p, pl, ac in rows],
        )
        figures.refresh(cur)  # as every write path does


def shown(element):
    """What an AppTest dataframe shows: its Styler's display text (the data stays numbers)."""
    from streamlit import dataframe_util

    data = element.value
    display = dataframe_util.convert_arrow_bytes_to_pandas_df(
        element.proto.arrow_data.styler.display_values
    )
    display.columns = data.columns
    return display


def matrix(value: dict | list) -> np.ndarray:
    """A figure's array from its JSON: plotly writes numpy arrays as base64 typed arrays."""
    if isinstance(value, list):
        return np.array(value, dtype=float)
    flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
    return flat.reshape([int(n) for n in str(value["shape"]).split(",")])
