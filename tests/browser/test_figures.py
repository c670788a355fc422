"""Every chart stands alone: exported to SVG, every text lies inside the picture, titles and
legends apart."""

import pytest

from pantau.export.images import figure_svg
from tests.support.figure_check import collisions, outside, text_boxes
from tests.support.figure_gallery import GALLERY

SIZES = ((1600, 900), (1366, 768))


@pytest.fixture(scope="module")
def page(chromium):
    context = chromium.new_context()
    yield context.new_page()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", list(GALLERY))
def test_every_text_inside_the_picture(name, lang, sample_con, page):
    fig = GALLERY[name][1](sample_con, lang)
    for width, height in SIZES:
        boxes = text_boxes(page, figure_svg(fig, width, height), width, height)
        assert any(b.kind == "tick" for b in boxes), "the axes were drawn"
        cut = [(b.text[:40], round(b.left), round(b.top)) for b in outside(boxes, width, height)]
        assert not cut, f"{name} {width}x{height}: texts outside the picture: {cut[:5]}"
        hit = [(a.kind, a.text[:30], b.kind, b.text[:30]) for a, b in collisions(boxes)]
        assert not hit, f"{name} {width}x{height}: texts on top of each other: {hit[:5]}"
