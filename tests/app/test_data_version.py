"""Cached reads follow the data version: a commit shows on the next view, never half of one."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pantau import settings
from pantau.analysis import metrics
from pantau.store import uploads
from tests.support.helpers import shown

SUKABUMI = "32.02"
KPM = "Keluarga penerima manfaat (KPM) PKH"


def app_connection():
    """The app's own connection (one per process), as another person's session uses it."""
    from ui import context

    return context._connection(str(settings.database_path()), settings.load_sample_data())


def commit_actual(actual: float) -> int:
    """Commit PKH.KPM's third-quarter 2026 actual for Sukabumi, as an upload would."""
    incoming = pd.DataFrame(
        {
            "sheet": ["Data"],
            "row": [2],
            "indicator_code": ["PKH.KPM"],
            "region_code": [SUKABUMI],
            "period_start": [pd.Timestamp("2026-07-01")],
            "planned": [1_500_000.0],
            "actual": [actual],
            "partner": [None],
            "note": [None],
        }
    )
    upload_id, _ = uploads.commit(app_connection(), incoming, {}, "x.csv", b"x", "Ani")
    assert upload_id is not None
    return upload_id


def actual_shown(at: AppTest) -> str:
    """Sukabumi's PKH.KPM actual to date, as the overview's table shows it."""
    return shown(at.dataframe[0]).set_index("Indikator").loc[KPM, "Realisasi s.d. periode"]


@pytest.fixture
def sukabumi(app) -> AppTest:
    """The overview for Kabupaten Sukabumi, its reads cached."""
    at = app.selectbox(key="region").set_value(SUKABUMI).run()
    assert not at.exception
    return at


def test_a_commit_shows_on_the_next_view_of_the_same_page(sukabumi):
    before = actual_shown(sukabumi)
    assert before == actual_shown(sukabumi.run())  # the same answer, from the cache
    commit_actual(1_234_567)  # another person's upload: nothing on this page was cleared
    at = sukabumi.run()
    assert not at.exception
    assert before != "1.234.567"
    assert actual_shown(at) == "1.234.567"


def test_a_commit_landing_mid_run_draws_the_run_again_from_the_new_data(sukabumi, monkeypatch):
    read = metrics.indicators_to_date
    calls = []

    def commit_then_read(*args, **kwargs):
        # the first read of this run is answered from the old data, then an upload lands
        answer = read(*args, **kwargs)
        calls.append(len(calls))
        if len(calls) == 1:
            commit_actual(1_111_111)
        return answer

    monkeypatch.setattr(metrics, "indicators_to_date", commit_then_read)
    at = sukabumi.selectbox(key="region").set_value("32.01").run()  # a read not cached yet
    assert not at.exception
    # the answer read before the commit was not kept: the run started again and read it anew
    assert len(calls) == 2
    at = at.selectbox(key="region").set_value(SUKABUMI).run()
    assert actual_shown(at) == "1.111.111"
