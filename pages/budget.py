"""Anggaran: money planned against realised, absorption, cost per beneficiary, money and results."""

import streamlit as st

from pantau import i18n
from pantau.analysis import budget
from pantau.charts import budget as budget_charts
from pantau.tables import budget as budget_tables
from ui import data, data_budget, exports, filters, url_state, widgets
from ui.context import lang, thresholds, tr

chosen = filters.current()
summary = data.summary(data.db_path())
widgets.stop_if_empty(summary, data.db_path())
db = data.db_path()
whole = data.regions(db).set_index("code")["name"].get(chosen.region, tr("filter.national"))

st.title(tr("budget.title"))
widgets.scope(chosen)
st.caption(tr("budget.intro"))

money = data_budget.money_indicators(db, chosen.program)
if money.empty:
    program_names = data.programs(db).set_index("code")[f"name_{lang()}"]
    st.info(tr("budget.no_money_in_program", program=program_names[chosen.program]))
    money = data_budget.money_indicators(db, None)
names = dict(zip(money["code"], money[f"name_{lang()}"], strict=True))
url_state.bind("budget_indicator", money["code"].iloc[0], list(names))
code = st.selectbox(
    tr("budget.indicator"), list(names), key="budget_indicator",
    format_func=lambda c: f"{c} — {names[c]}",
)  # fmt: skip
pair = money.set_index("code").loc[code]

# headline: absorption year to date
absorbed = data_budget.absorption(db, code, chosen.regions, chosen.as_of)
if absorbed.empty:
    st.warning(tr("budget.no_data"))
    st.stop()
total = absorbed[absorbed["is_total"]].iloc[0]
span = budget_tables.range_label(total["range_start"], total["range_end_month"], lang())
cards = st.columns(4)
cards[0].metric(
    tr("budget.absorption"), i18n.percent(total["absorption"], lang()),
    help=tr("budget.absorption_help", legend=widgets.status_legend()),
)  # fmt: skip
cards[0].markdown(widgets.status_label(total["status"]))
cards[1].metric(tr("budget.actual_to_date"), i18n.money(total["actual_to_date"], lang()))
cards[2].metric(
    tr("budget.planned_to_date"), i18n.money(total["planned_to_date"], lang()),
    help=tr("budget.planned_to_date_help",
            planned_all=i18n.money(total["planned_all_to_date"], lang())),
)  # fmt: skip
cards[2].caption(
    tr("budget.planned_all_caption", planned_all=i18n.money(total["planned_all_to_date"], lang()))
)
cards[3].metric(
    tr("budget.planned_year", year=total["range_start"].year),
    i18n.money(total["planned_year"], lang()),
)
reports = i18n.of(total["reports"], total["reports_due"], lang())
st.caption(tr("budget.headline_caption", indicator=names[code], range=span, reports=reports))

# over time
st.subheader(tr("budget.over_time"))
series = data_budget.money_series(db, code, chosen.regions, chosen.as_of)
years = [str(y) for y in budget.years(series)]
url_state.bind("budget_year", years[0], [*years, "all"])
year = st.segmented_control(
    tr("budget.year"), [*years, "all"], key="budget_year",
    format_func={**{y: y for y in years}, "all": tr("budget.all_years")}.get,
) or years[0]  # fmt: skip
shown = budget.in_year(series, None if year == "all" else int(year))
left, right = st.columns(2)
exports.chart(
    budget_charts.money_per_period(shown, tr("budget.per_period"), pair["frequency"], lang()),
    where=left,
)
exports.chart(
    budget_charts.money_cumulative(shown, tr("budget.cumulative"), pair["frequency"], lang()),
    where=right,
)
st.caption(tr("budget.hatched_note"))

# by region
st.subheader(tr("budget.by_region"))
on_track = i18n.number(thresholds().on_track, lang())
st.caption(tr("budget.by_region_caption", range=span, on_track=on_track))
if len(absorbed) > 2:  # the total and more than one region
    exports.chart(
        budget_charts.absorption_by_region(
            absorbed, f"{names[code]} · {span}", thresholds().on_track, lang()
        )
    )
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
cost = data_budget.cost_per_beneficiary(db, code, output, chosen.regions, chosen.as_of)
if cost.empty:
    st.warning(tr("budget.no_data"))
else:
    whole_cost = cost[cost["is_total"]].iloc[0]
    cost_span = budget_tables.range_label(
        whole_cost["range_start"], whole_cost["range_end_month"], lang()
    )
    cols = st.columns(3)
    cols[0].metric(tr("budget.cost_planned"), i18n.money(whole_cost["planned_cost"], lang()))
    cols[1].metric(tr("budget.cost_actual"), i18n.money(whole_cost["actual_cost"], lang()))
    cols[2].metric(
        tr("budget.cost_difference"),
        budget_tables.signed_percent(whole_cost["cost_difference_pct"], lang()),
        help=tr("budget.cost_difference_help"),
    )
    how = tr(f"budget.cost_how.{pair['output_temporal']}")
    st.caption(
        tr("budget.cost_caption", output=output_name, how=how, range=cost_span)
        + " "
        + tr("budget.cost_frequency", money_frequency=tr(f"frequency.{pair['frequency']}"),
             output_frequency=tr(f"frequency.{pair['output_frequency']}"))
        + " "
        + tr("budget.cost_included", n=int(whole_cost["regions_included"]),
             total=int(whole_cost["regions_expected"]))
    )  # fmt: skip
    cost_table = budget_tables.cost_view(cost, lang(), whole)
    widgets.dataframe(cost_table)
    widgets.downloads(cost_table, f"pantau-biaya-{code}")

# money and results: the quadrant
st.subheader(tr("budget.quadrant_title"))
quad = data_budget.quadrant(db, code, output, chosen.regions, chosen.as_of)
counts = budget.quadrant_counts(quad)
st.caption(
    tr(
        "budget.quadrant_caption", money=names[code], output=output_name, line=on_track,
        money_period=i18n.period(
            quad["money_period"].iloc[0], pair["frequency"], lang()
        ),
        output_period=i18n.period(
            quad["output_period"].iloc[0], pair["output_frequency"], lang()
        ),
    )
)  # fmt: skip
st.markdown(budget_tables.quadrant_summary(counts, lang(), budget_charts.HIGHLIGHT))
if counts["no_data"]:
    st.caption(tr("budget.quadrant_missing", n=counts["no_data"]))
if budget_tables.has_points(counts):
    exports.chart(
        budget_charts.quadrant_chart(
            quad, f"{tr('budget.quadrant_chart')} · {span}", thresholds().on_track, whole, lang()
        )
    )
quadrant_table = budget_tables.quadrant_view(quad, lang(), whole)
widgets.dataframe(quadrant_table)
widgets.downloads(quadrant_table, f"pantau-kuadran-{code}")
