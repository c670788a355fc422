"""The deck's data slides: one per indicator (chart and sentence), and reporting completeness."""

import io
import math

import pandas as pd
import plotly.graph_objects as go
from pptx.util import Inches

from pantau import i18n
from pantau.export import report_facts
from pantau.export.deck_shapes import (
    ACCENT,
    GREY,
    INK,
    INNER,
    LIGHT,
    MARGIN,
    WIDTH,
    Line,
    line,
    table,
    text,
    title,
)
from pantau.export.images import figure_png
from pantau.export.report_facts import IndicatorFacts, ProgrammeFacts, short_period
from pantau.i18n.palette import COLOURS, SYMBOLS

CHART_BOX = (MARGIN, 1.95, 8.0, 4.5)  # inches, 16:9
CHART_PIXELS = (960, 540, 5 / 3)  # layout width, height and scale: a 1600 x 900 picture
CHART_FONT = 28  # layout pixels: about 17 pt at the chart's size on the slide
PANEL_LEFT = 8.95
MISSING_LINES = 11  # lines of missing reports that fit beside the completeness table
CHARS_PER_LINE = 48  # at 18 pt in the right half of the slide


def slide_figure(indicator: IndicatorFacts, lang: str) -> go.Figure:
    """The indicator's chart styled for a slide: no title (the slide has one), large text.
    A flow shows the year in question to date, last year faint beside it (pantau.charts_year)."""
    fig = report_facts.chart(indicator, lang)
    fig.update_layout(
        title=None,
        font={"size": CHART_FONT},
        margin={"l": 10, "r": 20, "t": 60, "b": 10},
        legend={"font": {"size": CHART_FONT}},
    )
    fig.update_yaxes(title_font={"size": CHART_FONT - 2})
    return fig


def indicator_slide(slide, facts: ProgrammeFacts, indicator: IndicatorFacts) -> None:
    """The chart on the left; achievement, status and the sentence on the right."""
    row = indicator.row
    title(slide, indicator.name)
    kind = facts.t(
        i18n.N_("chart.cumulative") if indicator.cumulative else i18n.N_("chart.planned_vs_actual")
    )
    about = [kind, facts.t(f"unit.{row['unit']}"), facts.t(f"frequency.{row['frequency']}")]
    text(slide, (MARGIN, 1.45, INNER, 0.45), [line(" · ".join(about), 18, GREY)])
    if indicator.series["actual"].isna().all():  # nothing reported: say so, draw no chart
        text(slide, (MARGIN, 2.2, 8.0, 1.0), [line(facts.t("explorer.no_series"), 24, GREY)])
    else:
        width, height, scale = CHART_PIXELS
        picture = figure_png(slide_figure(indicator, facts.lang), width, height, scale)
        slide.shapes.add_picture(io.BytesIO(picture), *(Inches(v) for v in CHART_BOX))
        if not indicator.series["is_complete"].fillna(False).all():
            note = [line(facts.t("export.hollow_note"), 18, GREY)]
            text(slide, (MARGIN, 6.45, 8.0, 0.45), note)
    _panel(slide, facts, indicator)


def _panel(slide, facts: ProgrammeFacts, indicator: IndicatorFacts) -> None:
    """Beside the chart: achievement to date, status in words, regions reporting, the sentence."""
    row, lang = indicator.row, facts.lang
    width = WIDTH - MARGIN - PANEL_LEFT
    status = row["status"]
    label = facts.t("col.achievement")  # 'Capaian s.d. periode', when nothing is reported
    if not pd.isna(row["latest_period"]):
        label = facts.t("export.achievement_to", period=report_facts.latest_label(row, lang))
    lines = [
        line(label, 18, GREY),
        line(i18n.percent(row["achievement"], lang), 48, ACCENT, True),
        Line(
            [(SYMBOLS[status] + " ", COLOURS[status]), (facts.t(f"status.{status}"), INK)], 24, True
        ),
    ]
    if not pd.isna(row["regions_expected"]):
        reported = facts.t(
            "export.reported", n=int(row["regions_reported"]), total=int(row["regions_expected"])
        )
        lines.append(line(reported, 18, GREY))
    text(slide, (PANEL_LEFT, 1.95, width, 2.55), lines)
    if indicator.sentence:
        text(slide, (PANEL_LEFT, 4.55, width, 2.2), [line(indicator.sentence, 18)], fill=LIGHT)


def quality_slide(slide, facts: ProgrammeFacts) -> None:
    """Regions reporting in each indicator's last two periods; the latest missing reports."""
    title(slide, facts.t("deck.quality_title"))
    text(slide, (MARGIN, 1.55, 5.6, 0.5), [line(facts.t("deck.completeness"), 20, INK, True)])
    rows, groups = _completeness_rows(facts)
    header = [facts.t("col.indicator"), facts.t("col.period"), facts.t("deck.col_reported")]
    if rows:
        table(slide, (MARGIN, 2.1), (2.8, 1.5, 1.3), header, rows, groups)
    right, width = MARGIN + 6.0, INNER - 6.0
    text(slide, (right, 1.55, width, 0.5), [line(facts.t("deck.missing"), 20, INK, True)])
    if facts.missing.empty:
        text(slide, (right, 2.1, width, 0.6), [line(facts.t("deck.no_missing"), 18)])
        return
    named, shown = missing_groups(facts.missing, facts.lang)
    lines = []
    for name, periods in named:
        lines += [line(name, 18, INK, True), *(line(p, 18, GREY) for p in periods)]
    if shown < facts.missing_total:
        count = facts.t("deck.missing_count", shown=shown, total=facts.missing_total)
    else:
        count = facts.t("deck.missing_all", total=facts.missing_total)
    lines.append(Line([(count, INK)], 18, space_before=10))
    text(slide, (right, 2.1, width, 4.75), lines, space=2)


def _completeness_rows(facts: ProgrammeFacts) -> tuple[list[list[str]], list[int]]:
    """One row per indicator and period (the name once per indicator), and the group sizes."""
    rows, groups = [], []
    for indicator in facts.indicators:
        periods = report_facts.completeness(indicator)
        for i, (_, one) in enumerate(periods.iterrows()):
            reported = facts.t(
                "reported.of", n=int(one["regions_reported"]), total=int(one["regions_expected"])
            )
            label = short_period(one["period"], indicator.row["frequency"], facts.lang)
            rows.append([indicator.name if i == 0 else "", label, reported])
        if len(periods):
            groups.append(len(periods))
    return rows, groups


def missing_groups(missing: pd.DataFrame, lang: str) -> tuple[list[tuple[str, list[str]]], int]:
    """The latest missing reports by indicator, then period: ('Dana PKH', ['Tw III 2026:
    DKI Jakarta, Papua']); as many reports as fit in MISSING_LINES, and how many that is."""
    named, shown = [], 0
    for n in range(1, len(missing) + 1):
        candidate = _grouped(missing.head(n), lang)
        lines = sum(1 + sum(math.ceil(len(p) / CHARS_PER_LINE) for p in ps) for _, ps in candidate)
        if lines > MISSING_LINES:
            break
        named, shown = candidate, n
    return named, shown


def _grouped(missing: pd.DataFrame, lang: str) -> list[tuple[str, list[str]]]:
    by_indicator: dict[str, dict[str, list[str]]] = {}
    for _, m in missing.iterrows():
        periods = by_indicator.setdefault(str(m[f"name_{lang}"]), {})
        label = short_period(m["period_start"], m["frequency"], lang)
        periods.setdefault(label, []).append(str(m["region_name"]))
    return [
        (name, [f"{label}: {', '.join(regions)}" for label, regions in periods.items()])
        for name, periods in by_indicator.items()
    ]
