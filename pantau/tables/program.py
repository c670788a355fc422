"""The logframe as people read it: level headings, indicator cards (HTML) and the logframe table."""

import html

import pandas as pd

from pantau import i18n
from pantau.i18n.palette import COLOURS
from pantau.tables.columns import Table, pick, unit_kind

ARROW_HTML = "<div style='font-size:2rem;text-align:center;color:#888;padding-top:0.2rem'>➜</div>"


def facts_line(facts: pd.Series, indicators: int, lang: str) -> str:
    """'Owner · 2021-2026 · 4 indicators' for the chosen programme."""
    year = lambda d: "…" if pd.isna(d) else str(pd.Timestamp(d).year)
    return i18n.t(
        "program.facts",
        lang,
        owner=facts["owner"] if isinstance(facts["owner"], str) else "–",
        start=year(facts["start_date"]),
        end=year(facts["end_date"]),
        n=indicators,
    )


def _baseline(row: pd.Series, lang: str) -> str:
    """'1,2 % (2020)', or a dash when the indicator has no baseline."""
    if pd.isna(row["baseline_value"]):
        return "–"
    year = "" if pd.isna(row["baseline_year"]) else f" ({int(row['baseline_year'])})"
    return i18n.value(row["baseline_value"], row["unit"], lang) + year


def card_facts(row: pd.Series, lang: str) -> list[tuple[str, str]]:
    """The numbers of one logframe card, each as (label, value) written for its unit."""
    t = lambda key: i18n.t(key, lang)
    show = lambda v: i18n.value(v, row["unit"], lang)
    return [
        (t("program.baseline"), _baseline(row, lang)),
        (t("program.target_to_date"), show(row["planned_to_date"])),
        (t("program.actual_to_date"), show(row["actual_to_date"])),
        (t("program.latest_actual"), show(row["latest_actual"])),
        (t("program.achievement"), i18n.percent(row["achievement"], lang)),
        (t("program.progress"), i18n.percent(row["progress"], lang)),
    ]


def level_html(level: str, indicators: int, lang: str) -> str:
    """The heading of one column of the chain: the level and how many indicators it has."""
    return (
        "<div style='background:#f0f2f6;border-radius:6px;padding:0.4rem 0.6rem;"
        f"margin-bottom:0.6rem'><b>{html.escape(i18n.t(f'level.{level}', lang))}</b><br>"
        "<span style='font-size:0.85rem;color:#555'>"
        f"{html.escape(i18n.t('program.level_count', lang, n=indicators))}</span></div>"
    )


def _fact(label: str, value: str) -> str:
    """One line of a card: the label left, the number right."""
    return (
        "<div style='display:flex;justify-content:space-between;gap:0.5rem;"
        "border-top:1px solid #eee;padding:2px 0'>"
        f"<span style='color:#555'>{html.escape(label)}</span>"
        f"<span style='font-weight:600;white-space:nowrap'>{html.escape(value)}</span></div>"
    )


def card_html(row: pd.Series, lang: str) -> str:
    """One indicator as a card: name, numbers, and its status in colour, symbol and words."""
    colour = COLOURS[row["status"]]
    facts = "".join(_fact(label, value) for label, value in card_facts(row, lang))
    about = i18n.t(
        "program.card_about",
        lang,
        direction=i18n.t(f"direction.{row['direction']}", lang),
        period=i18n.period(row["latest_period"], row["frequency"], lang),
    )
    return (
        f"<div style='border:1px solid #ddd;border-left:8px solid {colour};border-radius:6px;"
        "padding:0.5rem 0.7rem;margin-bottom:0.8rem;background:#fff;font-size:0.9rem'>"
        f"<div style='font-size:0.8rem;color:#666'>{html.escape(row['indicator_code'])}</div>"
        f"<div style='font-weight:700;line-height:1.25'>{html.escape(row[f'name_{lang}'])}</div>"
        f"<div style='font-size:0.8rem;color:#666;margin-bottom:0.3rem'>{html.escape(about)}</div>"
        f"{facts}<div style='color:{colour};font-weight:700;margin-top:0.3rem'>"
        f"{html.escape(i18n.status(row['status'], lang))}</div></div>"
    )


LOGFRAME_COLUMNS = (
    i18n.N_("program.col.level"),
    i18n.N_("program.col.code"),
    i18n.N_("col.indicator"),
    i18n.N_("col.unit"),
    i18n.N_("program.col.baseline"),
    i18n.N_("program.col.baseline_year"),
    i18n.N_("program.target_to_date"),
    i18n.N_("program.actual_to_date"),
    i18n.N_("col.latest_period"),
    i18n.N_("col.latest_actual"),
    i18n.N_("col.achievement"),
    i18n.N_("program.progress"),
    i18n.N_("col.status"),
)


IN_UNITS = (
    i18n.N_("program.col.baseline"),
    i18n.N_("program.target_to_date"),
    i18n.N_("program.actual_to_date"),
    i18n.N_("col.latest_actual"),
)


def logframe_view(frame: pd.DataFrame, lang: str) -> Table:
    """The logframe as a table: raw numbers, each in its indicator's unit (pantau.columns)."""
    t = lambda key: i18n.t(key, lang)
    rows = frame.itertuples(index=False)
    data = pd.DataFrame(
        [
            [
                t(f"level.{r.level}"),
                r.indicator_code,
                getattr(r, f"name_{lang}"),
                t(f"unit.{r.unit}"),
                r.baseline_value,
                r.baseline_year,
                r.planned_to_date,
                r.actual_to_date,
                None if pd.isna(r.latest_period) else pd.Timestamp(r.latest_period),
                r.latest_actual,
                r.achievement,
                r.progress,
                i18n.status(r.status, lang),
            ]
            for r in rows
        ],
        columns=[t(k) for k in LOGFRAME_COLUMNS],
    )
    units = [unit_kind(u) for u in frame["unit"]]
    kinds = {t(k): units for k in IN_UNITS}
    kinds |= {t("program.col.baseline_year"): "year", t("col.achievement"): "percent"}
    kinds |= {t("program.progress"): "percent"}
    kinds[t("col.latest_period")] = [f"period:{f}" for f in frame["frequency"]]
    return Table(data, kinds, lang)


def logframe_table(frame: pd.DataFrame, lang: str, formatted: bool = True) -> pd.DataFrame:
    """The logframe as text (formatted) or raw numbers."""
    return pick(logframe_view(frame, lang), formatted)
