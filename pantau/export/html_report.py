"""A programme as one HTML file: interactive charts to send round, or one page to print.

Both files are self-contained: plotly.js is inlined and pictures are data URIs, so they open
without the internet (a district office, a meeting room).
"""

import base64
import datetime as dt
import html

import duckdb
import plotly.graph_objects as go

from pantau import i18n
from pantau.charts import progress
from pantau.export import report_facts, report_map
from pantau.export.images import figure_svg, find_browser
from pantau.export.report_facts import IndicatorFacts, ProgrammeFacts
from pantau.i18n.palette import COLOURS, SYMBOLS
from pantau.settings import StatusThresholds

ACCENT = COLOURS["on_track"]
SMALL_CHART = (360, 130)  # layout pixels of the printed summary's charts
MAP_SIZE = (1160, 620)  # layout pixels of the map picture: the page's width
CSS = """
body { font-family: "Source Sans Pro", Arial, sans-serif; color: #222; margin: 24px auto;
       max-width: 1200px; padding: 0 16px; }
h1 { color: #0072B2; margin: 0.2em 0; font-size: 28px; }
h2 { border-bottom: 3px solid #0072B2; padding-bottom: 4px; margin-top: 1.6em; }
.scope, .note, footer { color: #595959; }
.sample { display: inline-block; color: #D55E00; border: 2px solid #D55E00; padding: 2px 8px;
          font-weight: bold; }
.cards { display: flex; gap: 12px; margin: 12px 0; }
.card { flex: 1; background: #F2F2F2; border-left: 6px solid #0072B2; padding: 6px 12px; }
.card b { display: block; font-size: 26px; color: #0072B2; }
table { border-collapse: collapse; width: 100%; }
th { background: #0072B2; color: white; text-align: left; }
th, td { padding: 4px 8px; vertical-align: middle; }
tr:nth-child(even) td { background: #F7F7F7; }
td.num { text-align: right; white-space: nowrap; }
.sentence { font-size: 1.1em; }
.small { color: #595959; font-size: 0.9em; }
"""
PRINT_CSS = """
@page { size: A4 landscape; margin: 10mm; }
body { font-size: 10pt; margin: 0 auto; max-width: 277mm; }
h1 { font-size: 18pt; }
.card b { font-size: 16pt; }
td img { height: 24mm; display: block; }
td:first-child { width: 36%; }
td { padding: 3px 6px; }
td:nth-child(n+2) { white-space: nowrap; }
p { margin: 4px 0; }
footer, .note { font-size: 8.5pt; }
footer p { margin: 1px 0; }
.cards { margin: 6px 0; }
th { font-size: 9pt; }
tr { page-break-inside: avoid; break-inside: avoid; }
.hint { background: #FFF4D6; padding: 6px 10px; }
@media print { .hint { display: none; } body { -webkit-print-color-adjust: exact;
               print-color-adjust: exact; } }
"""


def _page(facts: ProgrammeFacts, css: str, body: list[str]) -> str:
    """A complete HTML document in the report's language."""
    title = html.escape(f"Pantau · {facts.name} · {facts.region_name}")
    return (
        f'<!DOCTYPE html>\n<html lang="{facts.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _header(facts: ProgrammeFacts) -> list[str]:
    """Sample badge, programme name, scope and date, and the headline numbers."""
    esc = html.escape
    with_data = len(facts.to_date) - facts.counts["no_data"]
    cards = [
        (facts.t("overview.indicators"), i18n.number(len(facts.to_date), facts.lang), ACCENT),
        (
            facts.t("overview.share_on_track"),
            f"{i18n.percent(facts.share_on_track, facts.lang, 0)}"
            f" <small>({facts.t('reported.of', n=facts.counts['on_track'], total=with_data)})"
            "</small>",
            ACCENT,
        ),
        *((i18n.status(s, facts.lang), str(n), COLOURS[s]) for s, n in facts.counts.items()),
    ]
    parts = [f'<p class="sample">{esc(facts.t("export.sample_badge"))}</p>']
    parts = parts if facts.sample_built_on else []
    generated = facts.t("export.generated", date=facts.long_date(facts.generated))
    parts += [
        f"<h1>{esc(facts.name)}</h1>",
        f'<p class="scope">{esc(facts.region_name)} · {esc(facts.period_text())} · '
        f"{esc(generated)}</p>",
        '<div class="cards">'
        + "".join(
            f'<div class="card" style="border-color:{colour}">{esc(k)}<b>{v}</b></div>'
            for k, v, colour in cards
        )
        + "</div>",
    ]
    return parts


def _table(facts: ProgrammeFacts, with_charts: bool) -> str:
    """The indicator table: to date, achievement, status in words, regions reporting."""
    t, lang, esc = facts.t, facts.lang, html.escape
    columns = [
        "col.indicator",
        "col.latest_period",
        i18n.N_("export.col_planned_to_date"),
        i18n.N_("export.col_actual_to_date"),
        "col.achievement",
        "col.status",
        "col.reported",
    ]
    head = "".join(f"<th>{esc(t(c))}</th>" for c in columns)
    head += f"<th>{esc(t('export.col_chart'))}</th>" if with_charts else ""
    rows = []
    for indicator in facts.indicators:
        r = indicator.row
        period = report_facts.latest_label(r, lang)
        reported = report_facts.reported_label(r, lang)
        cells = [
            f"<b>{esc(indicator.name)}</b>"
            + (f'<br><span class="small">{esc(indicator.sentence)}</span>' if with_charts else ""),
            esc(period),
            f'<span class="num">{esc(i18n.value(r["planned_to_date"], r["unit"], lang))}</span>',
            f'<span class="num">{esc(i18n.value(r["actual_to_date"], r["unit"], lang))}</span>',
            f"<b>{esc(i18n.percent(r['achievement'], lang))}</b>",
            f'<span style="color:{COLOURS[r["status"]]}">{SYMBOLS[r["status"]]}</span> '
            f"<b>{esc(facts.t('status.' + r['status']))}</b>",
            esc(reported),
        ]
        if with_charts:
            drawn = indicator.series["actual"].notna().any()
            cells.append(_svg_img(indicator, lang) if drawn else "–")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _footer(facts: ProgrammeFacts) -> str:
    """Where the numbers come from and what they mean."""
    lines = [facts.t("deck.source")]
    if facts.sample_built_on:
        lines.append(facts.t("deck.sample", built_on=facts.long_date(facts.sample_built_on)))
    lines += [
        facts.t("deck.definition_achievement"),
        facts.status_legend(),
        facts.t("deck.definition_missing"),
    ]
    return "<footer>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</footer>"


def programme_html(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str,
    region: str | None,
    as_of: dt.date | None,
    lang: str,
    today: dt.date | None = None,
) -> str:
    """One HTML file: headline numbers, the indicator table, and each indicator's interactive
    charts (planned versus actual, achievement over time), plotly.js inlined once."""
    facts = report_facts.programme_facts(con, thresholds, program, region, as_of, lang, today)
    body = [
        *_header(facts),
        f"<h2>{html.escape(facts.t('export.html_table'))}</h2>",
        _table(facts, with_charts=False),
        *_map_section(facts),
        f"<h2>{html.escape(facts.t('export.html_charts'))}</h2>",
    ]
    for i, indicator in enumerate(facts.indicators):
        body.append(f"<h3>{html.escape(indicator.name)}</h3>")
        body.append(f'<p class="sentence">{html.escape(indicator.sentence)}</p>')
        for j, fig in enumerate(_interactive_figures(facts, indicator)):
            first = i == 0 and j == 0
            body.append(
                fig.to_html(
                    full_html=False,
                    include_plotlyjs=first,
                    config={"displaylogo": False, "responsive": True},
                )
            )
        body.append(f'<p class="note">{html.escape(facts.t("export.hollow_note"))}</p>')
    body.append(_footer(facts))
    return _page(facts, CSS, body)


def _map_section(facts: ProgrammeFacts) -> list[str]:
    """The map of report_map as an inline SVG picture, and the best and the lowest regions
    with their numbers."""
    shown = facts.map
    if shown is None:
        return []
    esc = html.escape
    if find_browser() is None:  # the picture needs Chromium (Kaleido): leave the map out
        return []
    fig = report_map.figure(shown, facts.thresholds, facts.lang, MAP_SIZE)
    # a picture, not an interactive map: opened from disk (file://), Chromium does not start
    # MapLibre's worker and an interactive map stays blank (tried: blank from file://, drawn
    # over http); an SVG data URI draws everywhere, offline
    picture = base64.b64encode(figure_svg(fig, *MAP_SIZE)).decode("ascii")
    n, total = shown.reported
    top, bottom = report_map.end_lines(shown, facts.lang)
    lists = [(facts.t("deck.map_top"), top), (facts.t("deck.map_bottom"), bottom)]
    reported = facts.t("deck.map_reported", n=n, total=total, level=shown.level_text)
    heading = facts.t("export.html_map")
    return [
        f"<h2>{esc(heading)}</h2>",
        f'<img alt="{esc(report_map.title(shown, facts.lang))}" style="max-width:100%"'
        f' src="data:image/svg+xml;base64,{picture}">',
        f'<p class="note">{esc(reported)} · {esc(facts.t("deck.map_grey"))}</p>',
        '<div class="cards">'
        + "".join(
            f'<div class="card"><b>{esc(name)}</b>'
            + "".join(f"<div>{esc(x)}</div>" for x in lines)
            + "</div>"
            for name, lines in lists
            if lines
        )
        + "</div>",
    ]


def _interactive_figures(facts: ProgrammeFacts, indicator: IndicatorFacts) -> list[go.Figure]:
    t, lang, row = facts.t, facts.lang, indicator.row
    kind = t(
        i18n.N_("chart.cumulative") if indicator.cumulative else i18n.N_("chart.planned_vs_actual")
    )
    achievement = progress.achievement_over_time(
        indicator.series, t("chart.achievement"), facts.thresholds, lang, row["frequency"]
    )
    return [report_facts.chart(indicator, lang, kind), achievement]


def summary_html(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str,
    region: str | None,
    as_of: dt.date | None,
    lang: str,
    today: dt.date | None = None,
) -> str:
    """A one-page summary to print (A4 landscape): headline numbers, the indicator table with
    status in words, a sentence and a small static chart (inline SVG) per indicator."""
    facts = report_facts.programme_facts(con, thresholds, program, region, as_of, lang, today)
    body = [
        f'<p class="hint">{html.escape(facts.t("export.print_hint"))}</p>',
        *_header(facts),
        _table(facts, with_charts=True),
        f'<p class="note">{html.escape(facts.t("export.chart_legend"))}</p>',
        _footer(facts),
    ]
    return _page(facts, CSS + PRINT_CSS, body)


def _svg_img(indicator: IndicatorFacts, lang: str) -> str:
    """A small planned-versus-actual chart as an <img> with an SVG data URI."""
    fig = report_facts.chart(indicator, lang)
    fig.update_layout(
        title=None, showlegend=False, font={"size": 11}, margin={"l": 4, "r": 4, "t": 6, "b": 4}
    )
    fig.update_yaxes(title_font={"size": 10})
    data = base64.b64encode(figure_svg(fig, *SMALL_CHART)).decode("ascii")
    return f'<img alt="" src="data:image/svg+xml;base64,{data}">'
