"""The deck as LibreOffice draws it: every picture and text box on its slide, one PDF page per
slide, every word of the slides on its page; the pages are saved for a person to look at."""

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from pantau.export import deck
from pantau.settings import StatusThresholds
from tests.support.browser_setup import has_carlito
from tests.support.browser_support import ARTIFACTS

THRESHOLDS = StatusThresholds(on_track=90.0, at_risk=70.0)


PAGES = ARTIFACTS / "figures"


TOOLS = ("soffice", "pdftoppm", "pdfinfo", "pdftotext")

pytestmark = [
    pytest.mark.browser,  # the charts on the slides are drawn by Chromium (Kaleido)
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in TOOLS) or not has_carlito(),
        reason="LibreOffice, poppler-utils or Carlito missing: `make browser` installs them",
    ),
]


def _run(*command: str, cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module", params=["id", "en"])
def rendered(request, sample_con):
    """(language, the deck's bytes, its PDF as LibreOffice draws it, a working folder)."""
    lang = request.param
    data = deck.build_deck(sample_con, THRESHOLDS, "PKH", None, None, lang)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "deck.pptx").write_bytes(data)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"  # never the user's own
        _run("soffice", profile, "--headless", "--convert-to", "pdf", "deck.pptx", cwd=work)
        yield lang, data, work / "deck.pdf", work


def _slide_texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text]


def test_every_shape_lies_on_its_slide(rendered):
    _, data, _, _ = rendered
    presentation = Presentation(io.BytesIO(data))
    width, height = presentation.slide_width, presentation.slide_height
    pictures = 0
    for number, slide in enumerate(presentation.slides, 1):
        for shape in slide.shapes:
            pictures += shape.shape_type == MSO_SHAPE_TYPE.PICTURE
            box = (shape.left, shape.top, shape.left + shape.width, shape.top + shape.height)
            assert box[0] >= 0 and box[1] >= 0, f"slide {number}: {shape.name} starts off the slide"
            assert box[2] <= width and box[3] <= height, f"slide {number}: {shape.name} runs off"
    assert pictures >= 3  # PKH has at least three indicators with reports, each with its chart


def test_one_page_per_slide_and_every_word_on_its_page(rendered):
    lang, data, pdf, work = rendered
    slides = Presentation(io.BytesIO(data)).slides
    info = _run("pdfinfo", str(pdf), cwd=work)
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == len(slides)
    for number, slide in enumerate(slides, 1):
        page = _run("pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-", cwd=work)
        drawn = set(re.findall(r"\w+", page))
        for text in _slide_texts(slide):
            lost = [w for w in re.findall(r"\w+", text) if w not in drawn]
            assert not lost, f"{lang} slide {number}: words not drawn: {lost[:8]}"


def test_pages_saved_to_look_at(rendered):
    lang, data, pdf, work = rendered
    PAGES.mkdir(parents=True, exist_ok=True)
    _run("pdftoppm", "-png", "-r", "60", str(pdf), str(work / "page"), cwd=work)
    pages = sorted(work.glob("page-*.png"))
    assert len(pages) == len(Presentation(io.BytesIO(data)).slides)
    for page in pages:
        shutil.copy(page, PAGES / f"deck-{lang}-{page.stem.split('-')[-1]}.png")
