"""Tables keep numbers as numbers; kinds write them for the screen; the trend takes any shape."""

import numpy as np
import pandas as pd
import pytest

from pantau.tables import columns, overview
from pantau.tables.columns import Table

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (None, []),
        (pd.NA, []),
        (float("nan"), []),
        ([], []),
        ([None, 95.0, None], [95.0]),
        ([pd.NA, 80.0], [80.0]),
        (np.array([np.nan, 90.0, np.inf]), [90.0]),
        (np.ma.masked_array([1.0, 2.0, 3.0], mask=[True, False, True]), [2.0]),
        (np.ma.masked_array([1.0, 2.0], mask=[True, True]), []),
        (np.array([None, 70.5], dtype=object), [70.5]),
    ],
)
def test_trend_takes_every_shape_the_query_gives(values, expected):
    assert overview._trend(values) == expected


def _table() -> Table:
    data = pd.DataFrame(
        {
            "Wilayah": ["A", "B", "C", "D"],
            "Capaian": [100.0, 110.4, 9.5, None],
            "Nilai": [1_500_000_000.0, 12.25, 1234.0, None],
            "Periode": pd.to_datetime(["2026-07-01", "2026-01-01", "2026-04-01", None]),
        }
    )
    kinds = {
        "Capaian": "percent",
        "Nilai": ["money", "percent", "count", "count"],
        "Periode": ["period:quarter", "period:month", "period:month", "period:month"],
    }
    return Table(data, kinds, "id")


def test_styler_shows_text_and_keeps_the_numbers():
    table = _table()
    assert table.data["Capaian"].dtype == "float64"
    html = table.styler().to_html()
    for text in (f"100,0{NBSP}%", f"110,4{NBSP}%", f"9,5{NBSP}%", f"Rp{NBSP}1,5{NBSP}M"):
        assert text in html
    shown = table.shown()
    assert shown["Nilai"].tolist() == [f"Rp{NBSP}1,5{NBSP}M", f"12,2{NBSP}%", "1.234", "–"]
    assert shown["Periode"].tolist() == ["Triwulan III 2026", "Jan 2026", "Apr 2026", "–"]
    # sorted by the numbers, 9,5 % comes first (as text it would come last)
    order = table.data.sort_values("Capaian")["Wilayah"].tolist()
    assert order == ["C", "A", "B", "D"]


def test_a_column_of_none_is_still_a_number_column():
    table = Table(pd.DataFrame({"x": [None, None]}), {"x": "percent"}, "en")
    assert table.data["x"].dtype == "float64"
    assert table.shown()["x"].tolist() == ["–", "–"]


def test_unit_kinds():
    kinds = [columns.unit_kind(u) for u in ("rupiah", "persen", "indeks", "keluarga")]
    assert kinds == ["money", "percent", "decimal", "count"]
