"""Rantai hasil: one programme's results chain (input -> output -> outcome -> impact)."""

import streamlit as st

from pantau.analysis import metrics, program
from pantau.tables import program as program_tables
from ui import data, data_program, exports, filters, url_state, widgets
from ui.context import lang, tr

chosen = filters.current()
programs = data.programs().query("indicators > 0").set_index("code")
codes = list(programs.index)

st.title(tr("program.title"))
widgets.scope(chosen)
default = chosen.program or codes[0]
url_state.bind("prog_program", default, codes)
# a new choice in the sidebar moves this page to that programme too
if st.session_state.get("_prog_sidebar", chosen.program) != chosen.program:
    st.session_state["prog_program"] = default
st.session_state["_prog_sidebar"] = chosen.program
labels = {c: f"{c} — {programs.loc[c, f'name_{lang()}']}" for c in codes}
code = st.selectbox(tr("program.choose"), codes, key="prog_program", format_func=labels.get)
frame = data_program.logframe(code, chosen.regions, chosen.as_of)
st.caption(program_tables.facts_line(programs.loc[code], len(frame), lang()))
st.markdown(tr("program.summary", **metrics.status_counts(frame)))
st.caption(tr("program.reading"))

levels = program.by_level(frame)
# four columns with a narrow arrow column between each: input -> output -> outcome -> impact
grid = st.columns([10, 1, 10, 1, 10, 1, 10])
for i, (level, rows) in enumerate(levels.items()):
    column = grid[2 * i]
    column.markdown(program_tables.level_html(level, len(rows), lang()), unsafe_allow_html=True)
    if i < len(levels) - 1:
        grid[2 * i + 1].markdown(program_tables.ARROW_HTML, unsafe_allow_html=True)
    if rows.empty:
        column.caption(tr("program.level_empty"))
    for _, row in rows.iterrows():
        column.markdown(program_tables.card_html(row, lang()), unsafe_allow_html=True)
st.caption(widgets.status_legend())

st.subheader(tr("program.table"))
table = program_tables.logframe_view(frame, lang())
widgets.dataframe(table, {tr("col.status"): widgets.status_colours(frame["status"])})
st.caption(tr("program.method"))
widgets.downloads(table, f"pantau-{code}", program=code)
st.divider()
exports.programme_downloads(chosen, code)
