"""Data quality: how complete the reports are, which are missing, and which values look wrong."""

import datetime as dt
import os
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

import duckdb
import pandas as pd
from babel.dates import format_date

from pantau import i18n, queries
from pantau.columns import Table, pick, unit_kind

GRAINS = ("quarter", "year")  # the completeness matrix's columns
PERIODS_SHOWN = 8  # the last 8 quarters (or years)
GRACE_DAYS = 30  # days after a period ends before its report counts as overdue
EXPLORER = "indikator"  # the url_path of the indicator explorer (dashboard.py)


@dataclass(frozen=True)
class SuspectRules:
    """When a value looks wrong; each threshold is passed to the query as a parameter."""

    stock_jump: float = 0.5  # a stock moving by more than 50 % from the previous report
    flow_spike: float = 3.0  # a flow above 3 x the median of its previous reports ...
    flow_history: int = 4  # ... over the 4 reports before it
    above_planned: float = 3.0  # an actual above 3 x its planned value


def grace_days() -> int:
    """The grace after a period's end before its report is overdue ($PANTAU_REPORT_GRACE_DAYS)."""
    return int(os.environ.get("PANTAU_REPORT_GRACE_DAYS", GRACE_DAYS))


def _scope(program: str | None, region: str | None, as_of: dt.date | None, grain: str) -> dict:
    """The parameters every quality query shares."""
    return {
        "program": program,
        "region": region,
        "as_of": as_of,
        "grain": grain,
        "periods": PERIODS_SHOWN,
    }


def completeness(
    con: duckdb.DuckDBPyConnection,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
) -> pd.DataFrame:
    """Reports expected and received per region and period, and a total row per region level."""
    return queries.run(con, "quality_completeness", **_scope(program, region, as_of, grain))


def cells(report: pd.DataFrame) -> pd.DataFrame:
    """The region x period cells of a completeness report."""
    return report[report["region_code"].notna()].reset_index(drop=True)


def totals(report: pd.DataFrame) -> pd.DataFrame:
    """One row per region level (provinces first): expected, received, completeness."""
    return report[report["region_code"].isna()].set_index("region_level")


def missing_reports(
    con: duckdb.DuckDBPyConnection,
    today: dt.date,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
    grace: int = GRACE_DAYS,
) -> pd.DataFrame:
    """Each expected report not received, with its due date and days overdue at `today`."""
    return queries.run(
        con,
        "quality_missing_reports",
        today=today,
        grace_days=grace,
        **_scope(program, region, as_of, grain),
    )


def suspect_values(
    con: duckdb.DuckDBPyConnection,
    program: str | None = None,
    region: str | None = None,
    as_of: dt.date | None = None,
    grain: str = "quarter",
    rules: SuspectRules = SuspectRules(),
) -> pd.DataFrame:
    """Each value that breaks a rule, with the value it was compared with."""
    return queries.run(
        con, "quality_suspect_values", **asdict(rules), **_scope(program, region, as_of, grain)
    )


def overdue_count(missing: pd.DataFrame) -> int:
    """How many missing reports are past their due date."""
    return int((missing["days_overdue"] > 0).sum())


def rules_text(rules: SuspectRules, lang: str) -> str:
    """The checks in words, with the thresholds in force."""
    return i18n.t(
        "quality.rules",
        lang,
        stock_jump=i18n.percent(100 * rules.stock_jump, lang, 0),
        flow_spike=i18n.number(rules.flow_spike, lang, 1),
        flow_history=rules.flow_history,
        above_planned=i18n.number(rules.above_planned, lang, 1),
    )


def explorer_link(indicator: str, region: str) -> str:
    """A relative link to the indicator explorer showing this indicator in this region."""
    return f"{EXPLORER}?{urlencode({'indicator': indicator, 'region': region})}"


def region_label(name: str, level: str) -> str:
    """A region's name, a regency indented under its province."""
    return name if level == "provinsi" else f"↳ {name}"


def date_label(day: object, lang: str) -> str:
    """A date as the locale writes it: 30 Nov 2024."""
    return "–" if pd.isna(day) else format_date(pd.Timestamp(day).date(), "d MMM yyyy", locale=lang)


def completeness_view(report: pd.DataFrame, grain: str, lang: str) -> Table:
    """Each region x period cell as a row: raw numbers and each column's kind."""
    t = lambda key: i18n.t(key, lang)
    shown = cells(report)
    data = pd.DataFrame(
        {
            t("col.region"): [
                region_label(n, v)
                for n, v in zip(shown["region_name"], shown["region_level"], strict=True)
            ],
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
    "col.indicator", "col.region", "col.period", "quality.col.due_date",
    "quality.col.days_overdue", "quality.col.note",
)  # fmt: skip


def missing_view(missing: pd.DataFrame, lang: str) -> Table:
    """The missing reports, most overdue first: raw dates and days, each column's kind."""
    t = lambda key: i18n.t(key, lang)
    rows = missing.itertuples(index=False)
    data = pd.DataFrame(
        [
            {
                t("col.indicator"): f"{r.indicator_code} — {getattr(r, f'name_{lang}')}",
                t("col.region"): region_label(r.region_name, r.region_level),
                t("col.period"): pd.Timestamp(r.period_start),
                t("quality.col.due_date"): pd.Timestamp(r.due_date),
                t("quality.col.days_overdue"): r.days_overdue,
                t("quality.col.note"): r.note if isinstance(r.note, str) else "",
            }
            for r in rows
        ],
        columns=[t(k) for k in MISSING_COLUMNS],
    )
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
    "quality.col.look", "col.indicator", "col.region", "col.period", "quality.col.value",
    "quality.col.reason",
)  # fmt: skip


def suspect_view(suspect: pd.DataFrame, lang: str) -> Table:
    """The suspect values with why, each linked to the explorer for its indicator and region."""
    t = lambda key: i18n.t(key, lang)
    rows = suspect.itertuples(index=False)
    data = pd.DataFrame(
        [
            {
                t("col.indicator"): f"{r.indicator_code} — {getattr(r, f'name_{lang}')}",
                t("col.region"): region_label(r.region_name, r.region_level),
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
