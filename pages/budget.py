"""Anggaran: money planned against realised, absorption, cost per beneficiary, money and results."""

import streamlit as st

from pantau import i18n
from pantau.analysis import budget
from pantau.charts import budget as budget_charts
from pantau.tables import budget as budget_tables
from ui import budget_views, data_budget, exports, filters, pickers, widgets
from ui.context import lang, thresholds, tr
from ui.data_version import drawn

chosen = filters.current()
whole = widgets.region_name(chosen.region)

st.title(tr("budget.title"))
widgets.scope(chosen)
st.caption(tr("budget.intro"))

money = data_budget.money_indicators(chosen.program)
if money.empty:
    program_name = widgets.program_names()[chosen.program]
    st.info(tr("budget.no_money_in_program", program=program_name))
    money = data_budget.money_indicators(None)
names = dict(zip(money["code"], money[f"name_{lang()}"], strict=True))
code = pickers.indicator(tr("budget.indicator"), names, key="budget_indicator")
pair = money.set_index("code").loc[code]

# headline: absorption year to date
absorbed = data_budget.absorption(code, chosen.regions, chosen.as_of)
if absorbed.empty:
    st.warning(tr("budget.no_data"))
    st.stop()
total = absorbed[absorbed["is_total"]].iloc[0]
span = budget_tables.range_label(total["range_start"], total["range_end_month"], lang())
budget_views.absorption_cards(total)
st.caption(budget_tables.headline_caption(total, names[code], span, lang()))

# over time
st.subheader(tr("budget.over_time"))
series = data_budget.money_series(code, chosen.regions, chosen.as_of)
years = {str(y): str(y) for y in budget.years(series)} | {"all": tr("budget.all_years")}
year = pickers.segments(tr("budget.year"), years, key="budget_year")
shown = budget.in_year(series, None if year == "all" else int(year))
budget_views.money_over_time(shown, pair["frequency"])
st.caption(tr("budget.hatched_note"))

# by region
st.subheader(tr("budget.by_region"))
on_track = i18n.number(thresholds().on_track, lang())
st.caption(tr("budget.by_region_caption", range=span, on_track=on_track))
if len(absorbed) > 2:  # the total and more than one region
    title = f"{names[code]} · {span}"
    by_region = budget_charts.absorption_by_region
    exports.chart(drawn(by_region, absorbed, title, thresholds().on_track, lang()))
absorption_table = budget_tables.absorption_view(absorbed, lang(), whole)
widgets.dataframe(absorption_table)
widgets.downloads(absorption_table, f"pantau-serap-{code}")

output = pair["output_code"]
if not isinstance(output, str):
    st.info(tr("budget.no_pair"))
    st.stop()
output_name = pair[f"output_name_{lang()}"]

# cost per beneficiary
st.subheader(tr("budget.cost"))
cost = data_budget.cost_per_beneficiary(code, output, chosen.regions, chosen.as_of)
if cost.empty:
    st.warning(tr("budget.no_data"))
else:
    whole_cost = cost[cost["is_total"]].iloc[0]
    cost_span = budget_tables.range_label(
        whole_cost["range_start"], whole_cost["range_end_month"], lang()
    )
    budget_views.cost_cards(whole_cost)
    st.caption(budget_tables.cost_caption(whole_cost, pair, output_name, cost_span, lang()))
    cost_table = budget_tables.cost_view(cost, lang(), whole)
    widgets.dataframe(cost_table)
    widgets.downloads(cost_table, f"pantau-biaya-{code}")

# money and results: the quadrant
st.subheader(tr("budget.quadrant_title"))
quad = data_budget.quadrant(code, output, chosen.regions, chosen.as_of)
counts = budget.quadrant_counts(quad)
pair_names = (names[code], output_name)
st.caption(budget_tables.quadrant_caption(quad, pair, pair_names, on_track, lang()))
st.markdown(budget_tables.quadrant_summary(counts, lang(), budget_charts.HIGHLIGHT))
if counts["no_data"]:
    st.caption(tr("budget.quadrant_missing", n=counts["no_data"]))
if budget_tables.has_points(counts):
    title = budget_tables.quadrant_chart_title(span, lang())
    quadrant = budget_charts.quadrant_chart
    exports.chart(drawn(quadrant, quad, title, thresholds().on_track, whole, lang()))
quadrant_table = budget_tables.quadrant_view(quad, lang(), whole)
widgets.dataframe(quadrant_table)
widgets.downloads(quadrant_table, f"pantau-kuadran-{code}")
