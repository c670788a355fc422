"""Exports for meetings without a database: chart pictures, the sentence, the export texts."""

import datetime as dt
import io
import re
import string
import threading
import xml.etree.ElementTree as ET

import plotly.graph_objects as go
import pytest
from PIL import Image

from pantau.errors import ExportUnavailable
from pantau.export import images
from pantau.settings import StatusThresholds
from pantau.tables import narrative
from tests.support import catalogs

THRESHOLDS = StatusThresholds()


TODAY = dt.date(2026, 11, 28)


MISSING_KEY = re.compile(r"\[[a-z_]+\.[a-z_.]+\]")  # i18n.t shows a missing key as [key]


NBSP = "\u00a0"


def small_figure() -> go.Figure:
    return go.Figure(go.Scatter(x=[1, 2, 3], y=[2, 1, 3], name="realisasi"))


def run_with_deadline(fn, seconds: float):
    """Run fn in a thread; fail (never hang the suite) if it has not finished in time."""
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = fn()
        except BaseException as e:  # handed back to the test
            outcome["error"] = e

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s"
    return outcome


# --- texts ------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The {names} of a text; a period number may be Roman in one language (as test_i18n)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} - {"n", "roman"}


EXPORT_TEXTS = {k: e for k, e in catalogs.texts().items() if k.startswith(("export.", "deck."))}


@pytest.mark.parametrize("key", sorted(EXPORT_TEXTS))
def test_every_export_text_exists_in_both_languages_with_the_same_placeholders(key):
    entry = EXPORT_TEXTS[key]
    assert set(entry) == {"id", "en"}
    (text_id,), (text_en,) = entry["id"], entry["en"]  # one form: no plurals here
    assert text_id.strip() and text_en.strip()
    assert placeholders(text_id) == placeholders(text_en)


# --- pictures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "pixels"),
    [((), (1600, 900)), ((800, 450), (800, 450)), ((960, 540, 5 / 3), (1600, 900))],
)
def test_png_decodes_at_the_requested_size(size, pixels):
    png = images.figure_png(small_figure(), *size)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == pixels


def test_svg_is_valid_xml_of_the_requested_size():
    svg = images.figure_svg(small_figure(), 800, 450)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert (root.get("width"), root.get("height")) == ("800", "450")


# --- the sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "region", "achievement", "previous", "expected"),
    [
        (
            "id",
            "Jawa Barat",
            96.2,
            93.1,
            f"Realisasi KPM Sembako di Jawa Barat mencapai 96,2{NBSP}% dari target per "
            "Triwulan III 2026, naik 3,1 poin dari triwulan sebelumnya.",
        ),
        (
            "en",
            "Jawa Barat",
            96.2,
            93.1,
            "KPM Sembako in Jawa Barat reached 96.2% of the target as of Q3 2026, up 3.1 points "
            "from the previous quarter.",
        ),
        (
            "id",
            None,
            80.04,
            82.96,  # the change is between the rounded figures: 80,0 - 83,0
            f"Realisasi KPM Sembako secara nasional mencapai 80,0{NBSP}% dari target per "
            "Triwulan III 2026, turun 3,0 poin dari triwulan sebelumnya.",
        ),
        (
            "en",
            None,
            90.0,
            90.04,
            "KPM Sembako nationally reached 90.0% of the target as of Q3 2026, unchanged from the "
            "previous quarter.",
        ),
        (
            "id",
            "Bali",
            90.0,
            None,
            f"Realisasi KPM Sembako di Bali mencapai 90,0{NBSP}% dari target"
            " per Triwulan III 2026.",
        ),
        (
            "en",
            "Bali",
            None,
            90.0,
            "KPM Sembako in Bali: no achievement as of Q3 2026 (no target or no reports yet).",
        ),
    ],
)
def test_achievement_sentence(lang, region, achievement, previous, expected):
    sentence = narrative.achievement_sentence(
        "KPM Sembako", region, achievement, previous, dt.date(2026, 7, 1), "quarter", lang
    )
    assert sentence == expected


def test_pictures_can_be_made_from_several_threads_at_once():
    results: list = []
    threads = [
        threading.Thread(
            target=lambda w=w: results.append(
                (w, Image.open(io.BytesIO(images.figure_png(small_figure(), w, 300))).size)
            )
        )
        for w in (400, 500, 600)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results) == [(400, (400, 300)), (500, (500, 300)), (600, (600, 300))]


# --- no browser -------------------------------------------------------------------------
# these restart the shared browser, so they come last


def test_no_browser_fails_fast_with_a_message(monkeypatch, tmp_path):
    missing = tmp_path / "no-chrome"
    monkeypatch.setenv("BROWSER_PATH", str(missing))
    outcome = run_with_deadline(lambda: images.figure_png(small_figure()), 10)
    error = outcome.get("error")
    assert isinstance(error, ExportUnavailable), outcome
    assert str(missing) in error.message("id") and "Chromium" in error.message("id")
    assert "BROWSER_PATH" in error.message("en")


def test_a_browser_that_will_not_start_fails_instead_of_hanging(monkeypatch, tmp_path):
    broken = tmp_path / "broken-chrome"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(broken))
    deadline = images.OPEN_TIMEOUT + 15
    outcome = run_with_deadline(lambda: images.figure_png(small_figure()), deadline)
    assert isinstance(outcome.get("error"), ExportUnavailable), outcome
