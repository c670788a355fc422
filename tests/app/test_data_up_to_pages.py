"""'Data up to' on every page: nothing after the chosen month in its charts, tables or figures."""

import datetime as dt
import json
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pantau import i18n
from tests.support.helpers import DASHBOARD

AS_OF = "2026-03-01"  # the sample runs to September 2026: Q2, Q3 and H1 2026 come after


PAGES = [
    "pages/overview.py",
    "pages/indicator.py",
    "pages/regions.py",
    "pages/budget.py",
    "pages/program.py",
    "pages/quality.py",
    "pages/present.py",
]


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _later_labels(lang: str) -> set[str]:
    """Every way a page can name a period that ends after AS_OF (the year 2026 itself aside)."""
    labels = set()
    for month in range(4, 13):
        labels.add(i18n.period_label(dt.date(2026, month, 1), "month", lang))
    for month in (4, 7, 10):
        labels.add(i18n.period_label(dt.date(2026, month, 1), "quarter", lang))
    for month in (1, 7):
        labels.add(i18n.period_label(dt.date(2026, month, 1), "half", lang))
    short = {
        "id": ("Tw II 2026", "Tw III 2026", "Tw IV 2026", "Sem I 2026", "Sem II 2026"),
        "en": ("Q2 2026", "Q3 2026", "Q4 2026", "H1 2026", "H2 2026"),
    }
    return labels | set(short[lang])


def _chart_dates(at: AppTest, lang: str) -> list[str]:
    """Every date on an x axis of every chart drawn, projections left out (they look ahead)."""
    dates = []
    for chart in at.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            if trace.get("name") == i18n.t("chart.projected", lang):
                continue
            dates += [x for x in trace.get("x") or [] if isinstance(x, str) and DATE.match(x)]
    return dates


def _texts(at: AppTest) -> list[str]:
    """The text of every table cell, metric and caption on the page."""
    texts = [str(m.value) for m in at.metric] + [c.value for c in at.caption]
    for frame in at.dataframe:
        data = frame.value
        texts += [str(v) for v in data.to_numpy().ravel()]
        texts += [str(c) for c in data.columns]
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_nothing_after_data_up_to(app_db, page, lang):
    at = AppTest.from_file(DASHBOARD, default_timeout=90)
    at.session_state["as_of"] = AS_OF
    at.session_state["lang"] = lang
    at.session_state["program"] = "PKH"
    at.session_state["slide"] = "1"  # the presentation's first chart, not its summary
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    limit = pd.Timestamp(AS_OF) + pd.offsets.MonthEnd(0)
    later = [d for d in _chart_dates(at, lang) if pd.Timestamp(d[:10]) > limit]
    assert not later, f"{page}: chart points after {AS_OF}: {sorted(set(later))[:5]}"
    # a date with its day ("counted against 2 Dec 2026", the quality page's today) is no period
    texts = [re.sub(r"\b\d{1,2} \w{3} \d{4}", "", text) for text in _texts(at)]
    found = {label for label in _later_labels(lang) for text in texts if label in text}
    assert not found, f"{page} names periods after {AS_OF}: {sorted(found)}"
