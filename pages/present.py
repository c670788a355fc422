"""Presentasi: a programme's key charts, one per screen, large enough for a projector."""

import streamlit as st

from pantau import charts, i18n, metrics, tables
from pantau.status import COLOURS
from ui import data, exports, filters, url_state, widgets
from ui.context import lang, tr

PROJECTOR_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] {display: none;}
.block-container {padding-top: 1rem; max-width: 100%;}
html, body, [data-testid="stMarkdownContainer"] p {font-size: 1.45rem;}
[data-testid="stMetricValue"] {font-size: 3.2rem;}
h1 {font-size: 3rem !important;}
</style>
"""

chosen = filters.current()
summary = data.summary(data.db_path())
widgets.stop_if_empty(summary, data.db_path())
st.markdown(PROJECTOR_CSS, unsafe_allow_html=True)
programs = data.programs(data.db_path()).query("indicators > 0")
program = chosen.program or programs["code"].iloc[0]
to_date = data.to_date(data.db_path(), program, chosen.regions, chosen.as_of)
slides = ["summary", *to_date["indicator_code"]]
url_state.bind("slide", "0", [str(i) for i in range(len(slides))])
current = int(st.session_state["slide"])

back, position, forward, leave = st.columns([1, 2, 1, 1])
if back.button(tr("present.previous"), icon=":material/arrow_back:", disabled=current == 0):
    st.session_state["slide"] = str(current - 1)
    st.rerun()
if forward.button(
    tr("present.next"), icon=":material/arrow_forward:", disabled=current == len(slides) - 1
):
    st.session_state["slide"] = str(current + 1)
    st.rerun()
position.markdown(tr("present.position", n=current + 1, total=len(slides)))
if leave.button(tr("present.exit"), icon=":material/close:"):
    st.switch_page("pages/overview.py")

program_name = programs.set_index("code").loc[program, f"name_{lang()}"]
if slides[current] == "summary":
    st.title(program_name)
    widgets.scope(chosen)
    counts = metrics.status_counts(to_date)
    for column, (status, n) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.markdown(
            f"<div style='border-left:10px solid {COLOURS[status]};padding-left:1rem'>"
            f"{widgets.status_label(status)}<br><span style='font-size:4rem'>{n}</span></div>",
            unsafe_allow_html=True,
        )
    table = tables.overview_table(to_date, lang()).drop(columns=[tr("col.trend")])
    st.dataframe(table, hide_index=True)
else:
    row = to_date.set_index("indicator_code").loc[slides[current]]
    series = data.series(data.db_path(), slides[current], chosen.regions, row["frequency"], False)
    name = row[f"name_{lang()}"]
    left, right = st.columns([3, 1])
    left.title(name)
    right.metric(tr("col.achievement"), i18n.percent(row["achievement"], lang()))
    right.markdown(widgets.status_label(row["status"]))
    figure = charts.planned_vs_actual(
        series, program_name, row["unit"], lang(), cumulative=row["temporal"] == "flow"
    )
    st.plotly_chart(charts.for_projector(figure), width="stretch")
st.divider()
exports.programme_downloads(chosen, program)
