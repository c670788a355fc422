"""Presentasi: a programme's key charts, one per screen, sized to fit a projector's screen."""

import streamlit as st

from ui import data, data_regions, exports, filters, slides, url_state
from ui.context import lang

chosen = filters.current()
st.html(slides.PROJECTOR_CSS)
programs = data.programs().query("indicators > 0")
program_names = dict(zip(programs["code"], programs[f"name_{lang()}"], strict=True))
program = chosen.program or programs["code"].iloc[0]
to_date = data.to_date(program, chosen.regions, chosen.as_of)
map_facts = data_regions.map_facts(program, chosen.regions, chosen.region, chosen.as_of, lang())
shown = ["summary", *(["map"] if map_facts else []), *to_date["indicator_code"]]
url_state.bind("slide", "0", [str(i) for i in range(len(shown))])
current = int(st.session_state["slide"])
scope = filters.Filters(program, chosen.region, chosen.as_of)  # the programme shown

slides.controls(current, len(shown))
if shown[current] == "summary":
    slides.summary_slide(program, program_names, to_date, scope)
    exports.programme_downloads(chosen, program)
elif shown[current] == "map":
    slides.map_slide(map_facts, scope)
else:
    row = to_date.set_index("indicator_code").loc[shown[current]]
    series = data.series(shown[current], chosen.regions, row["frequency"], False, chosen.as_of)
    slides.indicator_head(row, scope)
    slides.indicator_chart(row, series, scope)
