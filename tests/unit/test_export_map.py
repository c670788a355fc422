"""The map in the reports: which regions it shows, the deck's map slide, the HTML's map."""

import datetime as dt
import io
import re

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from pantau.export import deck, deck_map, html_report, report_facts
from pantau.settings import StatusThresholds

THRESHOLDS = StatusThresholds(on_track=90.0, at_risk=70.0)
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def national(sample_con):
    return report_facts.programme_facts(sample_con, THRESHOLDS, "PKH", None, None, "id", TODAY)


def test_the_nation_maps_its_provinces(national):
    shown = national.map
    assert shown.code == national.to_date["indicator_code"].iloc[0]  # the first with data
    assert shown.parent is None and shown.level == "provinsi"
    assert len(shown.ranking) == 38
    top, bottom = shown.ends()
    assert len(top) == 5 and len(bottom) == 5
    assert not set(top["region_code"]) & set(bottom["region_code"])
    assert top["achievement"].min() >= bottom["achievement"].max()


def test_a_regency_maps_its_provinces_regencies(sample_con):
    facts = report_facts.programme_facts(sample_con, THRESHOLDS, "PKH", "34.02", None, "id", TODAY)
    assert facts.map.parent == "34" and facts.map.level == "kabupaten_kota"
    assert facts.map.ranking["region_code"].str.startswith("34.").all()
    assert facts.map.level_text == "kabupaten/kota DI Yogyakarta"


def test_the_deck_has_a_map_slide(sample_con, monkeypatch):
    drawn = []

    def picture(fig, *size):
        drawn.append(fig)
        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (16, 9), "white").save(buffer, "PNG")
        return buffer.getvalue()

    monkeypatch.setattr(deck_map, "figure_png", picture)
    monkeypatch.setattr("pantau.export.deck_slides.figure_png", picture)
    slides = Presentation(
        io.BytesIO(deck.build_deck(sample_con, THRESHOLDS, "PKH", None, None, "id", TODAY))
    ).slides
    third = slides[2]
    texts = " ".join(s.text_frame.text for s in third.shapes if s.has_text_frame)
    assert "Tertinggi" in texts and "Terendah" in texts and "dari 38 melapor" in texts
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in third.shapes)
    maps = [f for f in drawn if f.data and f.data[0].type == "choroplethmap"]
    assert len(maps) == 1 and maps[0].layout.map.style == "white-bg"
    assert {c for t in maps[0].data for c in t.locations} >= {"11", "94"}
    assert "Pantau · 3/" in " ".join(s.text_frame.text for s in third.shapes if s.has_text_frame)


def test_the_html_report_has_the_map_and_names_no_address(sample_con, monkeypatch):
    drawn = []
    monkeypatch.setattr(html_report, "find_browser", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(
        html_report, "figure_svg", lambda fig, *size: drawn.append((fig, size)) or b"<svg/>"
    )
    page = html_report.programme_html(sample_con, THRESHOLDS, "PKH", None, None, "id", TODAY)
    assert "Peta capaian" in page and "data:image/svg+xml;base64," in page
    ((fig, size),) = drawn
    assert fig.data[0].type == "choroplethmap" and fig.layout.map.style == "white-bg"
    assert size == html_report.MAP_SIZE
    assert page.count("<script src=") == 0
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    bundle = max(scripts, key=len)  # plotly.js, inlined once: it names styles it never loads
    assert sum(len(s) > 1_000_000 for s in scripts) == 1
    assert re.findall(r"https?://", page.replace(bundle, "")) == []


def test_without_a_browser_the_html_report_leaves_the_map_out(sample_con, monkeypatch):
    monkeypatch.setattr(html_report, "find_browser", lambda: None)
    page = html_report.programme_html(sample_con, THRESHOLDS, "PKH", None, None, "id", TODAY)
    assert "Peta capaian" not in page
