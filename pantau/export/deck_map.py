"""The deck's map slide: one indicator's achievement per region, the best and lowest named.

At regency scale the slide still names ten regions at most (report_map.ENDS at each end);
the map shows every one of them, coloured, with grey for those that did not report.
"""

import io

from pptx.util import Inches

from pantau.export import report_map
from pantau.export.deck_shapes import ACCENT, GREY, INK, MARGIN, WIDTH, Line, line, text, title
from pantau.export.images import figure_png
from pantau.export.report_facts import ProgrammeFacts
from pantau.i18n.palette import COLOURS

MAP_BOX = (MARGIN, 1.95, 7.9, 4.75)  # inches
MAP_PIXELS = (948, 570, 5 / 3)  # layout px (120 per inch, as the indicator charts), scale
MAP_FONT = 22  # layout px: about 13 pt on the slide, for the colour bar and the legend
PANEL_LEFT = MARGIN + 7.9 + 0.3


def slide_figure(facts: ProgrammeFacts):
    """The map for the slide: no title (the slide has one), larger text, a longer colour bar
    so its ticks at the thresholds and at 100 % stay apart."""
    width, height, _ = MAP_PIXELS
    fig = report_map.figure(facts.map, facts.thresholds, facts.lang, (width, height), False)
    fig.update_layout(font={"size": MAP_FONT}, legend={"font": {"size": MAP_FONT}})
    fig.update_traces(colorbar={"len": 620}, selector={"showscale": None})
    return fig


def map_slide(slide, facts: ProgrammeFacts) -> None:
    """The map on the left; the best and the lowest regions on the right."""
    shown = facts.map
    title(slide, shown.name)
    n, total = shown.reported
    about = " · ".join(
        [
            facts.t("deck.map_about", level=shown.level_text, period=shown.period_text),
            facts.t("deck.map_reported", n=n, total=total, level=shown.level_text),
        ]
    )
    text(slide, (MARGIN, 1.45, WIDTH - 2 * MARGIN, 0.45), [line(about, 18, GREY)])
    width, height, scale = MAP_PIXELS
    picture = figure_png(slide_figure(facts), width, height, scale)
    slide.shapes.add_picture(io.BytesIO(picture), *(Inches(v) for v in MAP_BOX))
    top, bottom = report_map.end_lines(shown, facts.lang)
    lines = [Line([(facts.t("deck.map_top"), ACCENT)], 18, True)]
    lines += [line(t, 18, INK) for t in top]
    if bottom:
        colour = COLOURS["off_track"]
        lines.append(Line([(facts.t("deck.map_bottom"), colour)], 18, True, space_before=8))
        lines += [line(t, 18, INK) for t in bottom]
    lines.append(Line([(facts.t("deck.map_grey"), GREY)], 18, space_before=8))
    text(slide, (PANEL_LEFT, 1.95, WIDTH - MARGIN - PANEL_LEFT, 4.75), lines, space=2)
