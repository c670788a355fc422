"""Drawing on a 16:9 slide with python-pptx: titles, text boxes, tables, bars, the footer.

Sizes are in inches; fonts are at least 18 pt for body text and 32 pt for titles, so a slide
stays readable from the back of a meeting room.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Inches, Pt

WIDTH, HEIGHT, MARGIN = 13.333, 7.5, 0.6
INNER = WIDTH - 2 * MARGIN
ACCENT = "0072B2"
INK = "222222"
GREY = "595959"
LIGHT = "F2F2F2"
WARNING = "D55E00"
FONT = "Calibri"


@dataclass(frozen=True)
class Line:
    """One paragraph of a text box: text in runs of (text, colour) at one size."""

    runs: Sequence[tuple[str, str]]
    size: int = 18
    bold: bool = False
    space_before: int = 0


def line(text: str, size: int = 18, colour: str = INK, bold: bool = False) -> Line:
    return Line([(text, colour)], size, bold)


def _rgb(colour: str) -> RGBColor:
    """A colour from 'RRGGBB' or '#RRGGBB'."""
    return RGBColor.from_string(colour.lstrip("#"))


def _fill(shape, colour: str | None) -> None:
    if colour is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(colour)


def write(frame, lines: Sequence[Line], align=PP_ALIGN.LEFT, space: int = 6) -> None:
    """Fill a text frame with paragraphs; the frame keeps its size and wraps its words."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Inches(0.05)
    for i, one in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.space_after = Pt(space)
        paragraph.space_before = Pt(one.space_before)
        for text, colour in one.runs:
            run = paragraph.add_run()
            run.text = text
            run.font.size = Pt(one.size)
            run.font.bold = one.bold
            run.font.name = FONT
            run.font.color.rgb = _rgb(colour)


def text(
    slide: Slide,
    box: tuple[float, float, float, float],
    lines: Sequence[Line],
    align=PP_ALIGN.LEFT,
    anchor=MSO_ANCHOR.TOP,
    fill: str | None = None,
    border: str | None = None,
    space: int = 6,
):
    """A text box at (left, top, width, height) inches, filled and framed if asked."""
    shape = slide.shapes.add_textbox(*(Inches(v) for v in box))
    _fill(shape, fill)
    if border:
        shape.line.color.rgb = _rgb(border)
        shape.line.width = Pt(2.5)
    shape.text_frame.vertical_anchor = anchor
    write(shape.text_frame, lines, align, space)
    return shape


def bar(slide: Slide, box: tuple[float, float, float, float], colour: str):
    """A plain coloured rectangle (accent bars, status stripes)."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *(Inches(v) for v in box))
    _fill(shape, colour)
    shape.line.fill.background()
    return shape


def title(slide: Slide, words: str, box=(MARGIN, 0.35, INNER, 1.0), size: int = 34) -> None:
    """The slide's title placeholder, moved into place and styled (it stays the real title)."""
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = (Inches(v) for v in box)
    shape.text_frame.text = ""
    shape.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    write(shape.text_frame, [line(words, size, ACCENT, bold=True)], space=0)
    bar(slide, (box[0] + 0.05, box[1] + box[3] + 0.08, 1.2, 0.07), ACCENT)


def card(
    slide: Slide,
    box: tuple[float, float, float, float],
    lines: Sequence[Line],
    stripe: str,
    fill: str | None = LIGHT,
) -> None:
    """A panel with a coloured stripe on its left and its text set in from the stripe."""
    left, top, width, height = box
    if fill:
        bar(slide, box, fill)
    bar(slide, (left, top, 0.1, height), stripe)
    text(slide, (left + 0.25, top + 0.1, width - 0.35, height - 0.2), lines)


def table(
    slide: Slide,
    box: tuple[float, float],
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    groups: Sequence[int] | None = None,
    size: int = 18,
):
    """A table with an accent header, each column its given width (inches). groups: sizes of
    the runs of rows that share their first cell (merged), banded together."""
    height = 0.42
    shape = slide.shapes.add_table(
        len(rows) + 1,
        len(widths),
        Inches(box[0]),
        Inches(box[1]),
        Inches(sum(widths)),
        Inches(height * (len(rows) + 1)),
    )
    grid = shape.table
    for i, width in enumerate(widths):
        grid.columns[i].width = Inches(width)
    bands = [0] + [g for g, n in enumerate(groups or [1] * len(rows)) for _ in range(n)]
    for r, values in enumerate([header, *rows]):
        grid.rows[r].height = Inches(height)
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            _fill(cell, ACCENT if r == 0 else (LIGHT if bands[r] % 2 else "FFFFFF"))
            colour = "FFFFFF" if r == 0 else INK
            cell.text_frame.text = ""
            write(cell.text_frame, [line(value, size, colour, r == 0)], space=0)
    first = 1
    for n in groups or []:
        if n > 1:
            grid.cell(first, 0).merge(grid.cell(first + n - 1, 0))
        first += n
    return grid


def footer(slide: Slide, words: str, number: str, sample: str | None) -> None:
    """The scope line (and the sample-data warning) at the bottom of every content slide."""
    runs = [(words, GREY)] + ([("   " + sample, WARNING)] if sample else [])
    text(slide, (MARGIN, 6.95, INNER - 1.6, 0.4), [Line(runs, 14)], anchor=MSO_ANCHOR.MIDDLE)
    text(
        slide,
        (WIDTH - MARGIN - 1.5, 6.95, 1.5, 0.4),
        [line(number, 14, GREY)],
        PP_ALIGN.RIGHT,
        MSO_ANCHOR.MIDDLE,
    )
