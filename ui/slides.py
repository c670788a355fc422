"""The slides of the presentation page: the projector's layout, the controls, each slide."""

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.analysis import metrics
from pantau.charts import style
from pantau.charts import year as year_charts
from pantau.export import report_facts, report_map
from pantau.export.report_map import MapFacts
from pantau.tables import columns, overview
from ui import filters, keyboard, widgets
from ui.context import lang, thresholds, tr

PRESENT_MAP = (1000, 480)  # px: fits the map's column at 1366x768 and leaves room at 1080p

# The screen is a column as tall as the window; the chart takes what the rest leaves, so
# nothing scrolls at 1920x1080 or 1366x768. No rule scales every rem: that made buttons
# too wide for their columns, and a markdown rule shrank the headline number.
PROJECTOR_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] {display: none;}
[data-testid="stMainBlockContainer"] {
  max-width: 100%; height: 100vh; padding: 0.75rem 2.5rem 0.75rem 2.5rem;
}
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] {height: 100%;}
[data-testid="stMain"] [data-testid="stAlert"] > div {padding: 0.35rem 1rem;}
[data-testid="stLayoutWrapper"]:has(> .st-key-present_chart) {flex: 1 1 0; min-height: 12rem;}
.st-key-present_chart {height: 100%;}
.st-key-present_chart [data-testid="stElementContainer"] {flex: 1 1 0; min-height: 0;}
.st-key-present_chart [data-testid="stFullScreenFrame"],
.st-key-present_chart [data-testid="stPlotlyChart"] {height: 100%;}
.st-key-present_head h1 {font-size: clamp(2rem, 5.2vh, 3.4rem); padding: 0; line-height: 1.15;}
.st-key-present_head [data-testid="stMetricValue"],
.st-key-present_head [data-testid="stMetricValue"] * {
  font-size: clamp(3.5rem, 10vh, 7rem); line-height: 1.05; font-weight: 700;
}
.st-key-present_head [data-testid="stMetricLabel"] * {font-size: 1.25rem;}
.st-key-present_status p {font-size: 1.5rem;}
.st-key-present_head [data-testid="stCaptionContainer"] p {font-size: 1.05rem;}
.st-key-present_controls [data-testid="stMarkdownContainer"] p {font-size: 1.25rem; margin: 0;}
</style>"""


def _go(slide: int) -> None:
    st.session_state["slide"] = str(slide)


def _choose_program() -> None:
    st.session_state["program"] = st.session_state["present_program"]
    st.session_state["slide"] = "0"  # the new programme starts at its summary


def controls(current: int, total: int) -> None:
    """Previous, next, where we are and exit; the clicker's keys press previous and next."""
    with st.container(horizontal=True, vertical_alignment="center", key="present_controls"):
        st.button(
            tr("present.previous"),
            icon=":material/arrow_back:",
            disabled=current == 0,
            key="present_previous",
            on_click=_go,
            args=(current - 1,),
        )
        st.button(
            tr("present.next"),
            icon=":material/arrow_forward:",
            disabled=current == total - 1,
            key="present_next",
            on_click=_go,
            args=(current + 1,),
        )
        st.markdown(tr("present.position", n=current + 1, total=total), width="content")
        st.space("stretch")
        if st.button(tr("present.exit"), icon=":material/close:", key="present_exit"):
            st.switch_page("pages/overview.py")
    keyboard.slide_keys("present_previous", "present_next")


def summary_slide(
    program: str, program_names: dict[str, str], to_date: pd.DataFrame, scope: filters.Filters
) -> None:
    """The programme's name and picker, its indicators by status, and the table of them all."""
    with st.container(key="present_head"):
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        left.title(program_names[program])
        st.session_state["present_program"] = program
        right.selectbox(
            tr("filter.program"),
            list(program_names),
            key="present_program",
            format_func=program_names.get,
            on_change=_choose_program,
        )
    widgets.scope(scope)
    widgets.status_cards(metrics.status_counts(to_date), projector=True)
    table = columns.as_table(overview.overview_table(to_date, lang()), lang())
    st.dataframe(table.styler(), hide_index=True, column_config={tr("col.trend"): None})
    st.caption(tr("present.keys_hint"))


def indicator_head(row: pd.Series, scope: filters.Filters) -> None:
    """The indicator's name and scope, its achievement to date in large type and its status."""
    with st.container(key="present_head"):
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.title(row[f"name_{lang()}"])
        with left:
            widgets.scope(scope)
        label = tr("col.achievement")  # 'Capaian s.d. Tw III 2026' once something is reported
        if not pd.isna(row["latest_period"]):
            label = tr("export.achievement_to", period=report_facts.latest_label(row, lang()))
        right.metric(label, i18n.percent(row["achievement"], lang()))
        right.container(key="present_status").markdown(widgets.status_label(row["status"]))


def indicator_chart(row: pd.Series, series: pd.DataFrame, scope: filters.Filters) -> None:
    """The indicator's chart, as large as the screen leaves, in type a room can read."""
    title = f"{row[f'name_{lang()}']} · {widgets.region_name(scope.region)}"
    figure = year_charts.indicator_chart(
        series, title, row["unit"], row["temporal"], row["frequency"], lang(), scope.as_of
    )
    figure = style.for_projector(figure)
    figure.layout.height = None  # the container's height, which the style fits to the screen
    # the theme sets its own small tick fonts; a room several metres away needs larger ones
    figure.update_xaxes(tickfont={"size": 20}, title_font={"size": 20}, automargin=True)
    figure.update_yaxes(tickfont={"size": 20}, title_font={"size": 20}, automargin=True)
    with st.container(key="present_chart"):
        st.plotly_chart(figure, width="stretch", height="stretch")


def map_slide(facts: MapFacts, scope: filters.Filters) -> None:
    """One indicator's achievement on the map; beside it who reported, the best, the lowest."""
    with st.container(key="present_head"):
        st.title(facts.name)
        widgets.scope(scope)
    figure = report_map.figure(facts, thresholds(), lang(), PRESENT_MAP, with_title=False)
    figure.update_layout(font={"size": 18}, legend={"font": {"size": 18}})
    left, right = st.columns([3, 1])
    left.plotly_chart(figure, width="stretch", height=PRESENT_MAP[1], config={"scrollZoom": False})
    n, total = facts.reported
    top, bottom = report_map.end_lines(facts, lang())
    about = tr("deck.map_about", level=facts.level_text, period=facts.period_text)
    lines = [f"**{about}**", tr("deck.map_reported", n=n, total=total, level=facts.level_text)]
    lines += [f"**{tr('deck.map_top')}**", *top]
    if bottom:
        lines += [f"**{tr('deck.map_bottom')}**", *bottom]
    right.container(key="present_status").markdown("  \n".join(lines))
    st.caption(tr("deck.map_grey"))
