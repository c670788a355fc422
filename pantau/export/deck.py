"""The stakeholder deck: a 16:9 PowerPoint for one programme, region and period, in one language.

Slides: title; summary; the map of the first indicator with an achievement; one per
indicator (chart, achievement, status, a sentence to read out); reporting completeness;
sources and definitions. docs/exports.md shows what each holds.
"""

import datetime as dt
import io

import duckdb
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Emu, Inches

from pantau import i18n
from pantau.export import deck_map, deck_slides, report_facts
from pantau.export.deck_shapes import (
    ACCENT,
    GREY,
    HEIGHT,
    INK,
    INNER,
    MARGIN,
    WARNING,
    WIDTH,
    Line,
    bar,
    card,
    footer,
    line,
    text,
    title,
    write,
)
from pantau.export.report_facts import ProgrammeFacts
from pantau.i18n.palette import COLOURS, SYMBOLS
from pantau.settings import StatusThresholds

TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5


def build_deck(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str,
    region: str | None,
    as_of: dt.date | None,
    lang: str,
    today: dt.date | None = None,
) -> bytes:
    """The .pptx file: title, summary, map, one slide per indicator, data quality, sources."""
    facts = report_facts.programme_facts(con, thresholds, program, region, as_of, lang, today)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)  # 16:9, 13.33 x 7.5 in
    maps = 1 if facts.map is not None else 0
    total = 4 + maps + len(facts.indicators)
    _title_slide(deck, facts)
    _summary_slide(_content_slide(deck, facts, 2, total), facts)
    if maps:
        deck_map.map_slide(_content_slide(deck, facts, 3, total), facts)
    for n, indicator in enumerate(facts.indicators, start=3 + maps):
        deck_slides.indicator_slide(_content_slide(deck, facts, n, total), facts, indicator)
    deck_slides.quality_slide(_content_slide(deck, facts, total - 1, total), facts)
    _sources_slide(_content_slide(deck, facts, total, total), facts)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _content_slide(deck, facts: ProgrammeFacts, n: int, total: int):
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    sample = facts.t("export.sample_badge") if facts.sample_built_on else None
    footer(slide, facts.scope_line(), f"Pantau · {n}/{total}", sample)
    return slide


def _title_slide(deck, facts: ProgrammeFacts) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    bar(slide, (0, 0, 0.3, HEIGHT), ACCENT)
    title(slide, facts.name, box=(1.0, 1.5, WIDTH - 2.0, 2.0), size=44)
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top, subtitle.width, subtitle.height = (
        Inches(v) for v in (1.0, 3.85, WIDTH - 2.0, 1.3)
    )
    subtitle.text_frame.text = ""
    write(
        subtitle.text_frame,
        [line(facts.region_name, 30, INK, True), line(facts.period_text(), 26, GREY)],
    )
    lines = [
        Line([("Pantau", ACCENT), (" · " + facts.t("app.tagline"), GREY)], 22, True),
        line(facts.t("export.generated", date=facts.long_date(facts.generated)), 20, GREY),
    ]
    text(slide, (1.0, 5.5, WIDTH - 2.0, 1.2), lines)
    if facts.sample_built_on:
        badge = [line(facts.t("export.sample_badge"), 20, WARNING, True)]
        text(slide, (1.0, 0.6, 6.4, 0.6), badge, anchor=MSO_ANCHOR.MIDDLE, border=WARNING)


def _summary_slide(slide, facts: ProgrammeFacts) -> None:
    title(slide, facts.t("deck.summary_title"))
    with_data = len(facts.to_date) - facts.counts["no_data"]
    cards = [
        (facts.t("overview.indicators"), i18n.number(len(facts.to_date), facts.lang), ""),
        (
            facts.t("overview.share_on_track"),
            i18n.percent(facts.share_on_track, facts.lang, 0),
            facts.t("overview.share_on_track_help", n=facts.counts["on_track"], total=with_data),
        ),
        (
            facts.t("overview.latest_period"),
            i18n.period_label(facts.data_up_to, "month", facts.lang) if facts.data_up_to else "–",
            "",
        ),
    ]
    width = (INNER - 2 * 0.3) / 3
    for i, (label, value, note) in enumerate(cards):
        lines = [line(label, 20, GREY), line(value, 44, ACCENT, True), line(note, 18, GREY)]
        card(slide, (MARGIN + i * (width + 0.3), 1.75, width, 1.85), lines, ACCENT)
    text(slide, (MARGIN, 3.85, INNER, 0.5), [line(facts.t("deck.by_status"), 22, INK, True)])
    width = (INNER - 3 * 0.25) / 4
    for i, (status, n) in enumerate(facts.counts.items()):
        words = Line(
            [(SYMBOLS[status] + " ", COLOURS[status]), (facts.t(f"status.{status}"), INK)], 22, True
        )
        number = line(i18n.number(n, facts.lang), 40, INK, True)
        card(
            slide,
            (MARGIN + i * (width + 0.25), 4.4, width, 1.5),
            [words, number],
            COLOURS[status],
            fill=None,
        )
    text(slide, (MARGIN, 6.0, INNER, 0.8), [line(facts.status_legend(), 18, GREY)])


def _sources_slide(slide, facts: ProgrammeFacts) -> None:
    title(slide, facts.t("deck.sources_title"))
    lines = [line(facts.t("deck.source"), 20)]
    if facts.sample_built_on:
        lines.append(
            line(
                facts.t("deck.sample", built_on=facts.long_date(facts.sample_built_on)),
                20,
                WARNING,
                True,
            )
        )
    lines += [
        line(facts.t("deck.definition_achievement"), 20),
        line(facts.status_legend(), 20),
        line(facts.t("deck.definition_missing"), 20),
        line(facts.t("deck.generated_with", date=facts.long_date(facts.generated)), 20, GREY),
    ]
    text(slide, (MARGIN, 1.7, INNER, 5.1), lines, space=14)
