"""Presentasi with AppTest: programme picker, indicator titles, year-to-date charts, as_of."""

import base64
import datetime as dt
import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pantau import i18n
from pantau.analysis import metrics
from pantau.settings import StatusThresholds
from pantau.store import db
from tests.support.helpers import DASHBOARD

NATIONAL = "Nasional (semua provinsi)"


def to_date(app_db, program: str, as_of: dt.date | None = None):
    con = db.open_database(app_db)
    try:
        return metrics.indicators_to_date(con, StatusThresholds(), program, None, as_of)
    finally:
        con.close()


def present(app_db, **params) -> AppTest:
    """The presentation page opened from a link with these query parameters."""
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    slide = params.pop("slide", None)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if slide is not None:  # the first page run drops what it does not bind from the URL
        at.query_params["slide"] = slide
    at.switch_page("pages/present.py").run()
    assert not at.exception, at.exception
    return at


def chart_spec(at: AppTest) -> dict:
    """The drawn figure as JSON, each trace's y decoded from plotly's typed arrays."""
    (chart,) = at.get("plotly_chart")
    spec = json.loads(chart.proto.spec)
    for trace in spec["data"]:
        y = trace.get("y")
        if isinstance(y, dict):  # {"dtype": "f8", "bdata": base64}
            raw = np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"])
            trace["y"] = [None if np.isnan(v) else float(v) for v in raw]
    return spec


def test_the_first_screen_offers_every_programme_and_switching_starts_over(app_db):
    at = present(app_db, program="PKH")
    assert at.title[0].value == "Program Keluarga Harapan"
    picker = at.selectbox(key="present_program")
    assert picker.value == "PKH"
    assert len(picker.options) == 7  # every programme with indicators; no 'all programmes'
    assert "Program Indonesia Pintar" in picker.options
    picker.set_value("PIP").run()
    assert not at.exception
    assert at.title[0].value == "Program Indonesia Pintar"
    assert at.query_params["program"] == "PIP"
    assert any(m.value == "Layar 1 dari 6" for m in at.markdown)  # summary, map, 4 indicators
    assert at.session_state["slide"] == "0"
    assert at.selectbox(key="program").value == "PIP"  # the shared filter follows


def test_a_flow_slide_titles_the_indicator_and_draws_its_year(app_db):
    expected = to_date(app_db, "PKH").set_index("indicator_code")
    slide = list(expected.index).index("PKH.DANA") + 2  # after the summary and the map
    at = present(app_db, program="PKH", slide=str(slide))
    row = expected.loc["PKH.DANA"]
    assert at.title[0].value == "Dana bantuan PKH tersalurkan"
    assert at.metric[0].label == "Capaian s.d. Triwulan III 2026"
    assert at.metric[0].value == i18n.percent(row["achievement"])
    assert "present_program" not in [s.key for s in at.selectbox]  # on the first screen only
    spec = chart_spec(at)
    assert spec["layout"]["title"]["text"] == f"Dana bantuan PKH tersalurkan · {NATIONAL}"
    assert spec["layout"]["xaxis"]["categoryarray"] == ["Tw I", "Tw II", "Tw III", "Tw IV"]
    names = [t["name"] for t in spec["data"]]
    assert names == [
        "Realisasi 2025",
        "Rencana semua wilayah 2026",
        "Rencana wilayah yang melapor 2026",
        "Realisasi 2026",
    ]
    actual = spec["data"][3]["y"]
    assert [y is not None for y in actual] == [True, True, True, False]  # no Q4 2026 report


def test_a_stock_slide_keeps_its_level_chart(app_db):
    expected = to_date(app_db, "PKH")
    slide = expected["indicator_code"].tolist().index("PKH.KPM") + 2
    at = present(app_db, program="PKH", slide=str(slide), lang="en")
    assert at.title[0].value == "PKH beneficiary households"
    spec = chart_spec(at)
    assert (
        spec["layout"]["title"]["text"] == "PKH beneficiary households · National (all provinces)"
    )
    assert [t["name"] for t in spec["data"]] == [
        "Planned, every region",
        "Planned, regions reporting",
        "Actual",
    ]


@pytest.mark.parametrize("as_of, quarters", [("2026-03-01", 1), ("2025-12-01", 4)])
def test_data_up_to_picks_the_year_and_its_last_quarter(app_db, as_of, quarters):
    expected = to_date(app_db, "PKH", dt.date.fromisoformat(as_of))
    slide = (
        expected["indicator_code"].tolist().index("PKH.DANA") + 2
    )  # after the summary and the map
    at = present(app_db, program="PKH", slide=str(slide), as_of=as_of)
    year = as_of[:4]
    spec = chart_spec(at)
    actual = next(t for t in spec["data"] if t["name"] == f"Realisasi {year}")
    assert sum(y is not None for y in actual["y"]) == quarters
    assert at.metric[0].value == i18n.percent(
        expected.set_index("indicator_code").loc["PKH.DANA", "achievement"]
    )
