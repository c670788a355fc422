"""Exports for meetings: chart pictures, the stakeholder deck, the HTML reports, the sentence."""

import datetime as dt
import io
import re
import string
import threading
import xml.etree.ElementTree as ET

import plotly.graph_objects as go
import pytest
from helpers import add_indicator, add_observations
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from pantau import i18n
from pantau.export import deck, html_report, images
from pantau.export.deck_slides import missing_groups
from pantau.export.report_facts import programme_facts
from pantau.i18n.texts_export import EXPORT_TEXTS
from pantau.settings import StatusThresholds
from pantau.store import catalog
from pantau.tables import narrative

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


@pytest.mark.parametrize("key", sorted(EXPORT_TEXTS))
def test_every_export_text_exists_in_both_languages_with_the_same_placeholders(key):
    entry = EXPORT_TEXTS[key]
    assert key.startswith(("export.", "deck."))
    assert entry["id"].strip() and entry["en"].strip()
    assert placeholders(entry["id"]) == placeholders(entry["en"])


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
        ("id", "Jawa Barat", 96.2, 93.1,
         f"Realisasi KPM Sembako di Jawa Barat mencapai 96,2{NBSP}% dari target per "
         "Triwulan III 2026, naik 3,1 poin dari triwulan sebelumnya."),
        ("en", "Jawa Barat", 96.2, 93.1,
         "KPM Sembako in Jawa Barat reached 96.2% of the target as of Q3 2026, up 3.1 points "
         "from the previous quarter."),
        ("id", None, 80.04, 82.96,  # the change is between the rounded figures: 80,0 - 83,0
         f"Realisasi KPM Sembako secara nasional mencapai 80,0{NBSP}% dari target per "
         "Triwulan III 2026, turun 3,0 poin dari triwulan sebelumnya."),
        ("en", None, 90.0, 90.04,
         "KPM Sembako nationally reached 90.0% of the target as of Q3 2026, unchanged from the "
         "previous quarter."),
        ("id", "Bali", 90.0, None,
         f"Realisasi KPM Sembako di Bali mencapai 90,0{NBSP}% dari target per Triwulan III 2026."),
        ("en", "Bali", None, 90.0,
         "KPM Sembako in Bali: no achievement as of Q3 2026 (no target or no reports yet)."),
    ],
)  # fmt: skip
def test_achievement_sentence(lang, region, achievement, previous, expected):
    sentence = narrative.achievement_sentence(
        "KPM Sembako", region, achievement, previous, dt.date(2026, 7, 1), "quarter", lang
    )
    assert sentence == expected


@pytest.fixture
def small_con(empty_con):
    """Jawa Barat and Bali report two hand-made indicators, quarterly, in 2026.

    T.KPM (a stock): Jawa Barat Q2 931 of 1,000 (93.1 %), Q3 962 of 1,000 (96.2 %).
    T.DANA (a flow): Jawa Barat Q1 90 of 100, Q2 100 of 100 (to date 190 / 200 = 95.0 %),
    Q3 planned 100, not reported; Bali reports Q3 only.
    """
    add_indicator(empty_con, "T.KPM", temporal="stock", frequency="quarter")
    add_indicator(empty_con, "T.DANA", temporal="flow", frequency="quarter")
    add_observations(
        empty_con,
        [
            ("T.KPM", "32", "2026-04-01", 1000, 931),
            ("T.KPM", "32", "2026-07-01", 1000, 962),
            ("T.DANA", "32", "2026-01-01", 100, 90),
            ("T.DANA", "32", "2026-04-01", 100, 100),
            ("T.DANA", "32", "2026-07-01", 100, None),
            ("T.DANA", "51", "2026-07-01", 50, 45),
        ],
    )
    return empty_con


def test_sentence_from_the_database_matches_hand_computed_values(small_con):
    facts = programme_facts(small_con, THRESHOLDS, "PKH", "32", None, "id", TODAY)
    by_code = {f.code: f for f in facts.indicators}
    assert by_code["T.KPM"].row["achievement"] == pytest.approx(96.2)
    assert by_code["T.KPM"].previous == pytest.approx(93.1)
    assert by_code["T.KPM"].sentence == (
        f"Realisasi T.KPM di Jawa Barat mencapai 96,2{NBSP}% dari target per Triwulan III 2026, "
        "naik 3,1 poin dari triwulan sebelumnya."
    )
    # Jawa Barat's latest T.DANA report is Q2: to date 190 / 200, a quarter earlier 90 / 100
    assert by_code["T.DANA"].sentence == (
        f"Realisasi T.DANA di Jawa Barat mencapai 95,0{NBSP}% dari target per Triwulan II 2026, "
        "naik 5,0 poin dari triwulan sebelumnya."
    )
    assert facts.period_text() == "Data sampai Sep 2026"
    assert facts.region_name == "Jawa Barat"


def test_sentence_respects_the_chosen_period(small_con):
    facts = programme_facts(small_con, THRESHOLDS, "PKH", "32", dt.date(2026, 6, 1), "en", TODAY)
    kpm = {f.code: f for f in facts.indicators}["T.KPM"]
    assert kpm.sentence == (
        "T.KPM in Jawa Barat reached 93.1% of the target as of Q2 2026."  # no Q1 report
    )
    assert kpm.series["period"].max().date() == dt.date(2026, 4, 1)


def test_missing_reports_newest_first_and_grouped(small_con):
    facts = programme_facts(small_con, THRESHOLDS, "PKH", None, None, "id", TODAY)
    missing = facts.missing
    # T.DANA is due Q1 to Q3 (someone reported each); Jawa Barat missed Q3, and Bali, taking
    # part since it has a row, missed Q1 and Q2
    assert missing[["indicator_code", "region_code"]].values.tolist() == [
        ["T.DANA", "32"],
        ["T.DANA", "51"],
        ["T.DANA", "51"],
    ]
    assert [p.month for p in missing["period_start"]] == [7, 4, 1]
    assert facts.missing_total == 3
    groups = ["Tw III 2026: Jawa Barat", "Tw II 2026: Bali", "Tw I 2026: Bali"]
    assert missing_groups(missing, "id") == ([("T.DANA", groups)], 3)


# --- the deck ---------------------------------------------------------------------------


def slide_texts(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def all_text(presentation) -> str:
    parts = [slide_texts(slide) for slide in presentation.slides]
    for slide in presentation.slides:
        for shape in slide.shapes:
            if shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module", params=[("id", None), ("en", "32")], ids=["id-national", "en-32"])
def built(request, sample_con):
    lang, region = request.param
    data = deck.build_deck(sample_con, THRESHOLDS, "PKH", region, None, lang, TODAY)
    return lang, region, Presentation(io.BytesIO(data))


def test_deck_has_a_slide_per_indicator_and_four_more(built, sample_con):
    _, _, presentation = built
    indicators = catalog.indicators(sample_con, "PKH")
    assert len(presentation.slides) == 4 + len(indicators)
    assert presentation.slide_width * 9 == presentation.slide_height * 16  # 16:9


def test_deck_titles_name_the_programme_and_indicators_in_the_language(built, sample_con):
    lang, _, presentation = built
    programme = catalog.programs(sample_con).set_index("code").loc["PKH", f"name_{lang}"]
    names = list(catalog.indicators(sample_con, "PKH")[f"name_{lang}"])
    titles = [slide.shapes.title.text_frame.text for slide in presentation.slides]
    assert titles[0] == programme
    assert titles[1] == i18n.t("deck.summary_title", lang)
    assert titles[2:-2] == names
    assert titles[-2:] == [i18n.t("deck.quality_title", lang), i18n.t("deck.sources_title", lang)]


def test_each_indicator_slide_has_one_chart_picture_of_1600_by_900(built):
    _, _, presentation = built
    for slide in list(presentation.slides)[2:-2]:
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        assert Image.open(io.BytesIO(pictures[0].image.blob)).size == (1600, 900)


def test_deck_is_readable_and_in_one_language(built):
    lang, region, presentation = built
    text = all_text(presentation)
    assert not MISSING_KEY.search(text), MISSING_KEY.search(text)
    assert i18n.t("export.sample_badge", lang) in text  # the sample database says so
    words = {"id": ("mencapai", "Sesuai target", "Data sampai"), "en": ("reached", "On track")}
    other = {"id": ("reached", "On track", "Data up to"), "en": ("mencapai", "Sesuai target")}
    assert all(w in text for w in words[lang])
    assert not any(w in text for w in other[lang])
    assert ("Jawa Barat" in text) == (region == "32")


def test_deck_fonts_are_large_and_shapes_stay_on_the_slide(built):
    _, _, presentation = built
    width, height = presentation.slide_width, presentation.slide_height
    for slide in presentation.slides:
        for run in slide.shapes.title.text_frame.paragraphs[0].runs:
            assert run.font.size >= Pt(32)
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= width and shape.top + shape.height <= height
            if shape.has_text_frame:
                sizes = [r.font.size for p in shape.text_frame.paragraphs for r in p.runs]
                footer = shape.top > height * 0.92  # the scope line and page number
                assert all(s >= Pt(14 if footer else 18) for s in sizes if s is not None)


def test_deck_of_a_programme_without_reports_says_so_instead_of_empty_charts(empty_con):
    presentation = Presentation(io.BytesIO(deck.build_deck(empty_con, THRESHOLDS, "PKH", None,
                                                           None, "id", TODAY)))  # fmt: skip
    assert len(presentation.slides) == 4 + len(catalog.indicators(empty_con, "PKH"))
    for slide in list(presentation.slides)[2:-2]:
        assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert i18n.t("explorer.no_series", "id") in slide_texts(slide)
    assert "DATA CONTOH" not in all_text(presentation)  # not sample data
    assert i18n.t("deck.no_missing", "id") in all_text(presentation)


def test_pictures_can_be_made_from_several_threads_at_once():
    results: list = []
    threads = [
        threading.Thread(target=lambda w=w: results.append(
            (w, Image.open(io.BytesIO(images.figure_png(small_figure(), w, 300))).size)))
        for w in (400, 500, 600)
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results) == [(400, (400, 300)), (500, (500, 300)), (600, (600, 300))]


# --- HTML -------------------------------------------------------------------------------


def test_programme_html_is_self_contained_with_every_chart(sample_con):
    page = html_report.programme_html(sample_con, THRESHOLDS, "PKH", None, None, "en", TODAY)
    names = catalog.indicators(sample_con, "PKH")["name_en"]
    assert page.startswith("<!DOCTYPE html>")
    assert '<script src="http' not in page and "<script src=" not in page
    assert page.count("Plotly.newPlot") == 2 * len(names)  # planned vs actual, achievement
    assert page.count("plotly.js v") >= 1  # the library itself, inlined
    assert all(name in page for name in names)
    text = re.sub(r"<script.*?</script>", "", page, flags=re.DOTALL)  # plotly.js aside
    assert "SAMPLE DATA" in text and not MISSING_KEY.search(text)


def test_summary_html_prints_on_a4_landscape_with_inline_charts(sample_con):
    page = html_report.summary_html(sample_con, THRESHOLDS, "PKH", "32", None, "id", TODAY)
    names = catalog.indicators(sample_con, "PKH")["name_id"]
    assert "size: A4 landscape" in page and "@media print" in page
    assert page.count('src="data:image/svg+xml;base64,') == len(names)
    assert not re.search(r'(src|href)="https?:', page)
    assert all(name in page for name in names)
    assert "Sesuai target" in page and "DATA CONTOH" in page
    assert not MISSING_KEY.search(page)


# --- no browser -------------------------------------------------------------------------
# these restart the shared browser, so they come last


def test_no_browser_fails_fast_with_a_message(monkeypatch, tmp_path):
    missing = tmp_path / "no-chrome"
    monkeypatch.setenv("BROWSER_PATH", str(missing))
    outcome = run_with_deadline(lambda: images.figure_png(small_figure()), 10)
    error = outcome.get("error")
    assert isinstance(error, images.ExportUnavailable), outcome
    assert str(missing) in error.message("id") and "Chromium" in error.message("id")
    assert "BROWSER_PATH" in error.message("en")


def test_a_browser_that_will_not_start_fails_instead_of_hanging(monkeypatch, tmp_path):
    broken = tmp_path / "broken-chrome"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(broken))
    deadline = images.OPEN_TIMEOUT + 15
    outcome = run_with_deadline(lambda: images.figure_png(small_figure()), deadline)
    assert isinstance(outcome.get("error"), images.ExportUnavailable), outcome
