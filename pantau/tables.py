"""Tables as a person reads them: translated headers, values written for their units."""

import pandas as pd

from pantau import i18n
from pantau.status import SYMBOLS


def status_text(status: str, lang: str) -> str:
    """A status in words with its symbol."""
    return f"{SYMBOLS[status]} {i18n.t(f'status.{status}', lang)}"


def _reported(n: object, total: object, lang: str) -> str:
    """'36 of 38', or a dash when nothing was reported."""
    if pd.isna(n) or pd.isna(total):
        return "–"
    return i18n.t("reported.of", lang, n=int(n), total=int(total))


def overview_table(to_date: pd.DataFrame, lang: str, formatted: bool = True) -> pd.DataFrame:
    """One row per indicator; formatted for the screen, or raw numbers for a download."""
    t = lambda key: i18n.t(key, lang)
    show = (lambda v, u: i18n.value(v, u, lang)) if formatted else (lambda v, u: v)
    rows = to_date.itertuples(index=False)
    table = pd.DataFrame(
        [
            {
                t("col.program"): r.program_code,
                t("col.indicator"): getattr(r, f"name_{lang}"),
                t("col.status"): status_text(r.status, lang),
                t("col.achievement"): i18n.percent(r.achievement, lang)
                if formatted
                else r.achievement,
                t("col.trend"): _trend(r.trend),
                t("col.latest_period"): _period(r.latest_period, r.frequency, lang),
                t("col.latest_planned"): show(r.latest_planned, r.unit),
                t("col.latest_actual"): show(r.latest_actual, r.unit),
                t("col.reported"): _reported(r.regions_reported, r.regions_expected, lang),
            }
            for r in rows
        ]
    )
    return table


def _trend(values: object) -> list[float]:
    """The trend's numbers; an indicator with no data at all has none (NULL, not a list)."""
    if values is None or values is pd.NA or isinstance(values, float):
        return []
    return [float(x) for x in values if pd.notna(x)]


def _period(start: object, frequency: str, lang: str) -> str:
    """A period label, or a dash when there is none."""
    return "–" if pd.isna(start) else i18n.period_label(pd.Timestamp(start).date(), frequency, lang)


def series_table(
    series: pd.DataFrame, unit: str, grain: str, lang: str, whole: str, formatted: bool = True
) -> pd.DataFrame:
    """The explorer's numbers per region (whole: the name of the combined series) and period."""
    t = lambda key: i18n.t(key, lang)
    value = (lambda v: i18n.value(v, unit, lang)) if formatted else (lambda v: v)
    pct = (lambda v: i18n.percent(v, lang)) if formatted else (lambda v: round(v, 1))
    return pd.DataFrame(
        {
            t("col.region"): series["series_name"].replace("*", whole),
            t("col.period"): [_period(p, grain, lang) for p in series["period"]],
            t("col.planned"): series["planned"].map(value),
            t("col.actual"): series["actual"].map(value),
            t("col.achievement_period"): series["achievement"].map(pct),
            t("col.cum_planned"): series["cum_planned"].map(value),
            t("col.cum_actual"): series["cum_actual"].map(value),
            t("col.cum_achievement"): series["cum_achievement"].map(pct),
            t("col.status"): [status_text(s, lang) for s in series["status"]],
            t("col.reported"): [
                _reported(n, m, lang)
                for n, m in zip(series["regions_reported"], series["regions_expected"], strict=True)
            ],
        }
    )
