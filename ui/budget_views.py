"""Parts of the budget page: the headline cards, money over time, cost per beneficiary."""

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.charts import budget as budget_charts
from pantau.tables import budget as budget_tables
from ui import exports, widgets
from ui.context import lang, tr
from ui.data_version import drawn


def absorption_cards(total: pd.Series) -> None:
    """Absorption, realised, planned to date and planned for the year, side by side."""
    cards = st.columns(4)
    cards[0].metric(
        tr("budget.absorption"),
        i18n.percent(total["absorption"], lang()),
        help=tr("budget.absorption_help", legend=widgets.status_legend()),
    )
    cards[0].markdown(widgets.status_label(total["status"]))
    cards[1].metric(tr("budget.actual_to_date"), i18n.money(total["actual_to_date"], lang()))
    planned_all = i18n.money(total["planned_all_to_date"], lang())
    cards[2].metric(
        tr("budget.planned_to_date"),
        i18n.money(total["planned_to_date"], lang()),
        help=tr("budget.planned_to_date_help", planned_all=planned_all),
    )
    cards[2].caption(tr("budget.planned_all_caption", planned_all=planned_all))
    cards[3].metric(
        tr("budget.planned_year", year=total["range_start"].year),
        i18n.money(total["planned_year"], lang()),
    )


def money_over_time(shown: pd.DataFrame, frequency: str) -> None:
    """Money planned and realised per period and summed up, side by side."""
    left, right = st.columns(2)
    per_period = budget_charts.money_per_period
    exports.chart(drawn(per_period, shown, tr("budget.per_period"), frequency, lang()), where=left)
    cumulative = budget_charts.money_cumulative
    exports.chart(drawn(cumulative, shown, tr("budget.cumulative"), frequency, lang()), where=right)


def cost_cards(cost: pd.Series) -> None:
    """Cost per beneficiary planned and actual, and how far apart they are."""
    cols = st.columns(3)
    cols[0].metric(tr("budget.cost_planned"), i18n.money(cost["planned_cost"], lang()))
    cols[1].metric(tr("budget.cost_actual"), i18n.money(cost["actual_cost"], lang()))
    cols[2].metric(
        tr("budget.cost_difference"),
        budget_tables.signed_percent(cost["cost_difference_pct"], lang()),
        help=tr("budget.cost_difference_help"),
    )
