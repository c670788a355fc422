"""Tables as a person reads them: translated headers, raw values, and each column's kind."""

import math

import numpy as np
import pandas as pd

from pantau import i18n
from pantau.tables import narrative
from pantau.tables.columns import Table, unit_kind


def _start(start: object) -> pd.Timestamp | None:
    """A period's first day as a timestamp (it sorts as a date), or None."""
    return None if pd.isna(start) else pd.Timestamp(start)


def overview_table(to_date: pd.DataFrame, lang: str) -> Table:
    """One row per indicator: achievement, trend, and the planned and actual it compares (to
    date, the regions that reported: like with like) in their units."""
    t = lambda key: i18n.t(key, lang)
    rows = to_date.itertuples(index=False)
    data = pd.DataFrame(
        [
            {
                t("col.program"): r.program_code,
                t("col.indicator"): getattr(r, f"name_{lang}"),
                t("col.status"): i18n.status(r.status, lang),
                t("col.achievement"): r.achievement,
                t("col.trend"): _trend(r.trend),
                t("col.latest_period"): _start(r.latest_period),
                t("col.planned_to_date"): r.planned_to_date,
                t("col.actual_to_date"): r.actual_to_date,
                t("col.reported"): narrative.reported_cell(r, lang),
            }
            for r in rows
        ],
        columns=[t(k) for k in OVERVIEW_COLUMNS],
    )
    units = [unit_kind(u) for u in to_date["unit"]]
    kinds = {
        t("col.achievement"): "percent",
        t("col.trend"): "trend",
        t("col.latest_period"): [f"period:{f}" for f in to_date["frequency"]],
        t("col.planned_to_date"): units,
        t("col.actual_to_date"): units,
    }
    return Table(data, kinds, lang)


OVERVIEW_COLUMNS = (
    "col.program",
    "col.indicator",
    "col.status",
    "col.achievement",
    "col.trend",
    "col.latest_period",
    "col.planned_to_date",
    "col.actual_to_date",
    "col.reported",
)


def _trend(values: object) -> list[float]:
    """The trend's numbers, periods without an achievement (no target) left out.

    The query gives a list with NULLs, which arrives as a list with None, a numpy array (with
    NaN) or a masked array; an indicator without data gives NULL (None, NaN or NA).
    """
    if values is None or np.ndim(values) == 0:
        return []
    if isinstance(values, np.ma.MaskedArray):
        values = values.compressed()
    numbers = []
    for value in values:
        try:
            number = float(value)
        except (TypeError, ValueError):  # None, pd.NA, text
            continue
        if math.isfinite(number):
            numbers.append(number)
    return numbers


def series_table(series: pd.DataFrame, unit: str, grain: str, lang: str, whole: str) -> Table:
    """The explorer's numbers per region (whole: the name of the combined series) and period."""
    t = lambda key: i18n.t(key, lang)
    data = pd.DataFrame(
        {
            t("col.region"): series["series_name"].replace("*", whole),
            t("col.period"): pd.to_datetime(series["period"]),
            t("col.planned"): series["planned"],
            t("col.actual"): series["actual"],
            t("col.achievement_period"): series["achievement"],
            t("col.cum_planned"): series["cum_planned"],
            t("col.cum_actual"): series["cum_actual"],
            t("col.cum_achievement"): series["cum_achievement"],
            t("col.status"): [i18n.status(s, lang) for s in series["status"]],
            t("col.reported"): [
                i18n.of(n, m, lang)
                for n, m in zip(series["regions_reported"], series["regions_expected"], strict=True)
            ],
        }
    ).reset_index(drop=True)
    value = unit_kind(unit)
    kinds = {t("col.period"): f"period:{grain}", t("col.planned"): value, t("col.actual"): value}
    kinds |= {t("col.achievement_period"): "percent", t("col.cum_planned"): value}
    kinds |= {t("col.cum_actual"): value, t("col.cum_achievement"): "percent"}
    return Table(data, kinds, lang)
