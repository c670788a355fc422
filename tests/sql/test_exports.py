"""Exports for meetings from a database: the sentence, the deck, the HTML reports, the year chart
of a flow's slide, and 'data up to' in the deck and summary facts."""

import datetime as dt
import io
import math
import re

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from pantau import i18n
from pantau.export import deck, deck_slides, html_report, report_facts
from pantau.export.deck_slides import missing_groups
from pantau.export.report_facts import programme_facts
from pantau.settings import StatusThresholds
from pantau.store import catalog
from tests.support.helpers import add_indicator, add_observations

THRESHOLDS = StatusThresholds()
TODAY = dt.date(2026, 11, 28)
MISSING_KEY = re.compile(r"\[[a-z_]+\.[a-z_.]+\]")  # i18n.t shows a missing key as [key]
NBSP = "\u00a0"
QUARTERS = ["Tw I", "Tw II", "Tw III", "Tw IV"]
AS_OF = "2026-03-01"  # the sample runs to September 2026: Q2, Q3 and H1 2026 come after


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


def test_deck_has_a_slide_per_indicator_and_five_more(built, sample_con):
    _, _, presentation = built
    indicators = catalog.indicators(sample_con, "PKH")
    # title, summary, the map, one per indicator, quality, sources
    assert len(presentation.slides) == 5 + len(indicators)
    assert presentation.slide_width * 9 == presentation.slide_height * 16  # 16:9


def test_deck_titles_name_the_programme_and_indicators_in_the_language(built, sample_con):
    lang, _, presentation = built
    programme = catalog.programs(sample_con).set_index("code").loc["PKH", f"name_{lang}"]
    names = list(catalog.indicators(sample_con, "PKH")[f"name_{lang}"])
    titles = [slide.shapes.title.text_frame.text for slide in presentation.slides]
    assert titles[0] == programme
    assert titles[1] == i18n.t("deck.summary_title", lang)
    assert titles[2] in names  # the map of the first indicator with an achievement
    assert titles[3:-2] == names
    assert titles[-2:] == [i18n.t("deck.quality_title", lang), i18n.t("deck.sources_title", lang)]


def test_each_indicator_slide_has_one_chart_picture_of_1600_by_900(built):
    _, _, presentation = built
    for slide in list(presentation.slides)[3:-2]:
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
    presentation = Presentation(
        io.BytesIO(deck.build_deck(empty_con, THRESHOLDS, "PKH", None, None, "id", TODAY))
    )
    assert len(presentation.slides) == 4 + len(catalog.indicators(empty_con, "PKH"))
    for slide in list(presentation.slides)[2:-2]:
        assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert i18n.t("explorer.no_series", "id") in slide_texts(slide)
    assert "DATA CONTOH" not in all_text(presentation)  # not sample data
    assert i18n.t("deck.no_missing", "id") in all_text(presentation)


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


# --- the year chart of a flow's slide, and 'data up to' ------------------------------------


@pytest.fixture(scope="module")
def pkh_facts(sample_con):
    return report_facts.programme_facts(sample_con, StatusThresholds(), "PKH", None, None, "id")


def test_the_deck_draws_the_year_in_question_for_a_flow(pkh_facts):
    dana = next(i for i in pkh_facts.indicators if i.code == "PKH.DANA")
    latest = pd.Timestamp(dana.row["latest_period"])
    fig = deck_slides.slide_figure(dana, "id")
    names = [t.name for t in fig.data]
    # some provinces have not reported every quarter: every region's plan faint beside the
    # plan of those that did (like with like, docs/metrics.md)
    assert names == [
        f"Realisasi {latest.year - 1}",
        f"Rencana semua wilayah {latest.year}",
        f"Rencana wilayah yang melapor {latest.year}",
        f"Realisasi {latest.year}",
    ]
    actual = fig.data[3]
    assert list(actual.x) == QUARTERS
    reported = [y for y in actual.y if not math.isnan(y)]
    assert len(reported) == (latest.month - 1) // 3 + 1  # up to the latest quarter, no further
    this_year = dana.series[dana.series["period"].dt.year == latest.year]
    # the reporters' year-to-date actual, like the achievement beside it
    paired = this_year["cum_actual_reported"].dropna()
    expected = paired / (paired.max() / max(reported))
    assert reported == pytest.approx(expected.tolist())
    kpm = next(i for i in pkh_facts.indicators if i.code == "PKH.KPM")  # a stock
    names = [t.name for t in deck_slides.slide_figure(kpm, "id").data]
    assert names == ["Rencana semua wilayah", "Rencana wilayah yang melapor", "Realisasi"]


def test_the_deck_and_summary_facts_stop_at_data_up_to(sample_con):
    from pantau.export import report_facts
    from pantau.settings import StatusThresholds

    as_of = dt.date.fromisoformat(AS_OF)
    facts = report_facts.programme_facts(sample_con, StatusThresholds(), "PKH", None, as_of, "id")
    assert facts.data_up_to == as_of
    for indicator in facts.indicators:
        assert indicator.series["period"].max() <= pd.Timestamp(as_of), indicator.code
        assert pd.Timestamp(indicator.row["latest_period"]) <= pd.Timestamp(as_of)
    assert len(facts.missing) > 0
    assert (facts.missing["period_start"] <= pd.Timestamp(as_of)).all()
