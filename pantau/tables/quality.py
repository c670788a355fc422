"""Data-quality tables and labels: completeness, missing reports and suspect values as read."""

import datetime as dt
from urllib.parse import urlencode

import pandas as pd

from pantau import i18n
from pantau.analysis.quality import FLOW_HISTORY, SuspectRules, cells
from pantau.tables.columns import Table, pick, unit_kind

EXPLORER = "indikator"  # the url_path of the indicator explorer (dashboard.py)


def rules_text(rules: SuspectRules, lang: str) -> str:
    """The checks in words, with the thresholds in force."""
    return i18n.t(
        "quality.rules",
        lang,
        stock_jump=i18n.percent(100 * rules.stock_jump, lang, 0),
        flow_spike=i18n.number(rules.flow_spike, lang, 1),
        flow_history=FLOW_HISTORY,
        above_planned=i18n.number(rules.above_planned, lang, 1),
    )


def explorer_link(indicator: str, region: str) -> str:
    """A relative link to the indicator explorer showing this indicator in this region."""
    return f"{EXPLORER}?{urlencode({'indicator': indicator, 'region': region})}"


def region_labels(rows: pd.DataFrame) -> pd.Series:
    """Each row's region name (region_name, region_level), a regency indented under its
    province."""
    names = rows["region_name"]
    return names.where(rows["region_level"].eq("provinsi"), "↳ " + names)


def completeness_view(report: pd.DataFrame, grain: str, lang: str) -> Table:
    """Each region x period cell as a row: raw numbers and each column's kind."""
    t = lambda key: i18n.t(key, lang)
    shown = cells(report)
    data = pd.DataFrame(
        {
            t("col.region"): region_labels(shown),
            t("col.period"): pd.to_datetime(shown["period"]),
            t("quality.col.expected"): shown["expected"],
            t("quality.col.received"): shown["received"],
            t("quality.col.missing"): shown["missing"],
            t("quality.col.completeness"): shown["completeness"],
        }
    )
    kinds = {t(f"quality.col.{k}"): "count" for k in ("expected", "received", "missing")}
    kinds |= {t("col.period"): f"period:{grain}", t("quality.col.completeness"): "percent"}
    return Table(data, kinds, lang)


def completeness_table(
    report: pd.DataFrame, grain: str, lang: str, formatted: bool = True
) -> pd.DataFrame:
    """The completeness cells as text (formatted) or raw numbers."""
    return pick(completeness_view(report, grain, lang), formatted)


MISSING_COLUMNS = (
    "col.indicator",
    "col.region",
    "col.period",
    "quality.col.due_date",
    "quality.col.days_overdue",
    "quality.col.note",
)


def missing_view(missing: pd.DataFrame, lang: str) -> Table:
    """The missing reports, most overdue first: raw dates and days, each column's kind."""
    t = lambda key: i18n.t(key, lang)
    # column by column: a national list at district level holds 100,000s of rows
    notes = missing["note"]
    data = pd.DataFrame(
        {
            t("col.indicator"): missing["indicator_code"] + " — " + missing[f"name_{lang}"],
            t("col.region"): region_labels(missing),
            t("col.period"): pd.to_datetime(missing["period_start"]),
            t("quality.col.due_date"): pd.to_datetime(missing["due_date"]),
            t("quality.col.days_overdue"): missing["days_overdue"],
            t("quality.col.note"): notes.where(notes.map(lambda v: isinstance(v, str)), ""),
        },
        columns=[t(k) for k in MISSING_COLUMNS],
    ).reset_index(drop=True)
    kinds = {
        t("col.period"): [f"period:{f}" for f in missing["frequency"]],
        t("quality.col.due_date"): "date",
        t("quality.col.days_overdue"): "overdue",
    }
    return Table(data, kinds, lang)


def missing_table(missing: pd.DataFrame, lang: str, formatted: bool = True) -> pd.DataFrame:
    """The missing reports as text (formatted) or raw values."""
    return pick(missing_view(missing, lang), formatted)


def reason(row, lang: str) -> str:
    """Why a value looks wrong, in words, with the numbers it was compared with."""
    show = lambda v: i18n.value(v, row.unit, lang)
    params = {
        "value": show(row.value),
        "reference": show(row.reference),
        "ratio": i18n.number(row.ratio, lang, 1),
        "change": ("+" if (row.change_pct or 0) > 0 else "") + i18n.percent(row.change_pct, lang),
        "field": i18n.t(f"quality.field.{row.field}", lang),
    }
    return i18n.t(f"quality.rule.{row.rule}", lang, **params)


SUSPECT_COLUMNS = (
    "quality.col.look",
    "col.indicator",
    "col.region",
    "col.period",
    "quality.col.value",
    "quality.col.reason",
)


def suspect_view(suspect: pd.DataFrame, lang: str) -> Table:
    """The suspect values with why, each linked to the explorer for its indicator and region."""
    t = lambda key: i18n.t(key, lang)
    rows = suspect.assign(label=region_labels(suspect)).itertuples(index=False)
    data = pd.DataFrame(
        [
            {
                t("col.indicator"): f"{r.indicator_code} — {getattr(r, f'name_{lang}')}",
                t("col.region"): r.label,
                t("col.period"): pd.Timestamp(r.period_start),
                t("quality.col.value"): r.value,
                t("quality.col.reason"): reason(r, lang),
                t("quality.col.look"): explorer_link(r.indicator_code, r.region_code),
            }
            for r in rows
        ],
        columns=[t(k) for k in SUSPECT_COLUMNS],
    )
    kinds = {
        t("col.period"): [f"period:{f}" for f in suspect["frequency"]],
        t("quality.col.value"): [unit_kind(u) for u in suspect["unit"]],
    }
    return Table(data, kinds, lang)


def suspect_table(suspect: pd.DataFrame, lang: str, formatted: bool = True) -> pd.DataFrame:
    """The suspect values as text (formatted) or raw values."""
    return pick(suspect_view(suspect, lang), formatted)


def grain_word(grain: str, lang: str) -> str:
    """The grain as a word inside a sentence ('triwulan')."""
    return i18n.t(f"quality.grain.{grain}", lang).lower()


def heatmap_title(grain: str, lang: str) -> str:
    """The completeness heatmap's title."""
    return i18n.t("quality.heatmap_title", lang, grain=grain_word(grain, lang))


def completeness_method(grain: str, lang: str) -> str:
    """How expected and received reports are counted, below the heatmap."""
    return i18n.t("quality.completeness_method", lang, grain=grain_word(grain, lang))


HEADLINE_KEYS = {
    "provinsi": i18n.N_("quality.headline"),
    "kabupaten_kota": i18n.N_("quality.headline_regencies"),
    "kecamatan": i18n.N_("quality.headline_districts"),
}


def completeness_help(row: pd.Series, lang: str) -> str:
    """Reports received of those expected, for one region level."""
    return i18n.t(
        "quality.received_help",
        lang,
        received=i18n.number(row["received"], lang),
        expected=i18n.number(row["expected"], lang),
    )


def completeness_headline(row: pd.Series, level: str, first: str, last: str, lang: str) -> str:
    """One region level's completeness in a sentence, over the periods first to last."""
    return i18n.t(
        HEADLINE_KEYS[level],
        lang,
        pct=i18n.percent(row["completeness"], lang),
        received=i18n.number(row["received"], lang),
        expected=i18n.number(row["expected"], lang),
        first=first,
        last=last,
    )


def overdue_help(grace: int, today: dt.date, lang: str) -> str:
    """When a report counts as overdue."""
    return i18n.t("quality.overdue_help", lang, grace=grace, today=i18n.date(today, lang))
