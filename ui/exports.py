"""Downloads that take the numbers into a meeting: chart pictures, slides, printable pages."""

import re
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from pantau.export import deck, html_report, images, spreadsheets
from ui.context import connection, lang, thresholds, tr
from ui.filters import Filters
from ui.widgets import download_scope

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def _slug(text: str) -> str:
    """A file name from a title."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "grafik"


def chart(fig: go.Figure, where=st, picture: Callable[[], go.Figure] | None = None, **options):
    """A chart with PNG and SVG downloads at slide size, rendered only when clicked.

    picture: makes the figure the downloads draw, when it differs from the one on screen (a
    map fitted to the page is refitted to the picture's size), only when one is clicked;
    options go to st.plotly_chart (a map's on_select and key). Returns what st.plotly_chart
    returns.
    """
    shown = where.plotly_chart(fig, **({"width": "stretch"} | options))
    if images.find_browser() is None:
        return shown
    picture = picture or (lambda: fig)
    name = spreadsheets.file_name(
        _slug(fig.layout.title.text or "grafik"), download_scope(), lang()
    )
    # charts can share a title's first words: number them, so every button has its own key
    n = st.session_state["_charts_drawn"] = st.session_state.get("_charts_drawn", 0) + 1
    left, right, _ = where.columns([1, 1, 6])
    left.download_button(
        tr("download.png"),
        lambda: images.figure_png(picture()),
        f"{name}.png",
        "image/png",
        icon=":material/image:",
        help=tr("download.chart_help"),
        on_click="ignore",
        key=f"chart-{n}-png",
    )
    right.download_button(
        tr("download.svg"),
        lambda: images.figure_svg(picture()),
        f"{name}.svg",
        "image/svg+xml",
        icon=":material/image:",
        on_click="ignore",
        key=f"chart-{n}-svg",
    )
    return shown


def programme_downloads(chosen: Filters, program: str) -> None:
    """The slides, a one-page summary and the interactive charts of one programme."""
    st.markdown(f"**{tr('download.take_away')}**")
    args = (connection(), thresholds(), program, chosen.region, chosen.as_of, lang())
    name = spreadsheets.file_name(
        "pantau", download_scope(program), lang()
    )  # pantau-PKH-bali-2026-09
    columns = st.columns(3)
    if images.find_browser() is None:
        st.caption(tr("download.no_browser"))
    else:
        columns[0].download_button(
            tr("download.deck"),
            lambda: deck.build_deck(*args),
            f"{name}.pptx",
            PPTX,
            icon=":material/slideshow:",
            on_click="ignore",
        )
        columns[1].download_button(
            tr("download.summary"),
            lambda: html_report.summary_html(*args).encode(),
            f"{name}-ringkasan.html",
            "text/html",
            icon=":material/print:",
            on_click="ignore",
        )
    columns[2].download_button(
        tr("download.html"),
        lambda: html_report.programme_html(*args).encode(),
        f"{name}-grafik.html",
        "text/html",
        icon=":material/insights:",
        on_click="ignore",
    )
