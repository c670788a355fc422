"""Budget tables and captions: absorption, cost per beneficiary, quadrants as people read them."""

from collections.abc import Sequence

import pandas as pd

from pantau import i18n
from pantau.analysis.budget import QUADRANT_SYMBOLS
from pantau.tables.columns import Table, pick, text


def range_label(start: object, end_month: object, lang: str) -> str:
    """The months a year-to-date figure covers, as 'Jan' to 'Sep 2026' joined by a dash."""
    if pd.isna(start) or pd.isna(end_month):
        return "–"
    first, last = pd.Timestamp(start).date(), pd.Timestamp(end_month).date()
    head = i18n.period_label(first, "month", lang)
    if first.year == last.year:
        head = head.rsplit(" ", 1)[0]
    return f"{head} – {i18n.period_label(last, 'month', lang)}"


def quadrant_text(quadrant: str, lang: str) -> str:
    """A quadrant in words with its symbol, so it never depends on colour alone."""
    return f"{QUADRANT_SYMBOLS[quadrant]} {i18n.t(f'budget.quadrant.{quadrant}', lang)}"


# tables as a person reads them: raw numbers and each column's kind (pantau.columns)


def absorption_view(rows: pd.DataFrame, lang: str, whole: str) -> Table:
    """Absorption by region, the chosen regions together (whole) first."""
    t = lambda key, **p: i18n.t(key, lang, **p)
    data = pd.DataFrame(
        {
            t("col.region"): rows["series_name"].replace("*", whole),
            t("budget.col.planned_year"): rows["planned_year"],
            t("budget.col.planned_to_date"): rows["planned_to_date"],
            t("budget.col.actual_to_date"): rows["actual_to_date"],
            t("budget.absorption"): rows["absorption"],
            t("col.status"): [i18n.status(s, lang) for s in rows["status"]],
            t("budget.col.reports"): [
                i18n.of(n, m, lang)
                for n, m in zip(rows["reports"], rows["reports_due"], strict=True)
            ],
        }
    ).reset_index(drop=True)
    money = ("budget.col.planned_year", "budget.col.planned_to_date", "budget.col.actual_to_date")
    kinds = {t(k): "money" for k in money} | {t("budget.absorption"): "percent"}
    return Table(data, kinds, lang)


def absorption_table(rows: pd.DataFrame, lang: str, whole: str, formatted: bool = True):
    """The absorption table as text (formatted) or raw numbers."""
    return pick(absorption_view(rows, lang, whole), formatted)


def signed_percent(value: object, lang: str) -> str:
    """A change in per cent with its sign (a true minus sign when negative): '+5,2 %'."""
    return text(value, "signed_percent", lang)


def cost_view(rows: pd.DataFrame, lang: str, whole: str) -> Table:
    """Cost per beneficiary by region: money, beneficiaries, planned and actual cost."""
    t = lambda key: i18n.t(key, lang)
    data = pd.DataFrame(
        {
            t("col.region"): rows["series_name"].replace("*", whole),
            t("budget.col.money_actual"): rows["money_actual"],
            t("budget.col.output_planned"): rows["output_planned"],
            t("budget.col.output_actual"): rows["output_actual"],
            t("budget.col.planned_cost"): rows["planned_cost"],
            t("budget.col.actual_cost"): rows["actual_cost"],
            t("budget.col.cost_difference"): rows["cost_difference_pct"],
            t("budget.col.money_reports"): [
                i18n.of(n, m, lang)
                for n, m in zip(rows["money_reports"], rows["money_due"], strict=True)
            ],
            t("budget.col.output_reports"): [
                i18n.of(n, m, lang)
                for n, m in zip(rows["output_reports"], rows["output_due"], strict=True)
            ],
        }
    ).reset_index(drop=True)
    kinds = {t(f"budget.col.{k}"): "money" for k in ("money_actual", "planned_cost", "actual_cost")}
    kinds |= {t(f"budget.col.{k}"): "count" for k in ("output_planned", "output_actual")}
    kinds |= {t("budget.col.cost_difference"): "signed_percent"}
    return Table(data, kinds, lang)


def cost_table(rows: pd.DataFrame, lang: str, whole: str, formatted: bool = True):
    """The cost table as text (formatted) or raw numbers."""
    return pick(cost_view(rows, lang, whole), formatted)


def quadrant_view(rows: pd.DataFrame, lang: str, whole: str) -> Table:
    """Each region's absorption, output achievement and quadrant in words."""
    t = lambda key: i18n.t(key, lang)
    data = pd.DataFrame(
        {
            t("col.region"): rows["series_name"].replace("*", whole),
            t("budget.absorption"): rows["absorption"],
            t("budget.col.output_achievement"): rows["output_achievement"],
            t("budget.col.quadrant"): [quadrant_text(q, lang) for q in rows["quadrant"]],
        }
    ).reset_index(drop=True)
    kinds = {t("budget.absorption"): "percent", t("budget.col.output_achievement"): "percent"}
    return Table(data, kinds, lang)


def quadrant_table(rows: pd.DataFrame, lang: str, whole: str, formatted: bool = True):
    """The quadrant table as text (formatted) or raw numbers."""
    return pick(quadrant_view(rows, lang, whole), formatted)


def quadrant_summary(counts: dict[str, int], lang: str, highlight: Sequence[str]) -> str:
    """'■ Money spent without results: 2 regions · ...', the quadrants to watch in bold."""
    parts = []
    for quadrant, n in counts.items():
        if quadrant == "no_data":
            continue
        line = i18n.t("budget.quadrant_count", lang, label=quadrant_text(quadrant, lang), n=n)
        parts.append(f"**{line}**" if quadrant in highlight else line)
    return " · ".join(parts)


def has_points(counts: dict[str, int]) -> bool:
    """Whether any region has both figures, so the quadrant chart has something to draw."""
    return any(n for quadrant, n in counts.items() if quadrant != "no_data")


def headline_caption(total: pd.Series, indicator: str, span: str, lang: str) -> str:
    """What the absorption headline covers: the indicator, the months and the reports in."""
    reports = i18n.of(total["reports"], total["reports_due"], lang)
    return i18n.t("budget.headline_caption", lang, indicator=indicator, range=span, reports=reports)


def cost_caption(cost: pd.Series, pair: pd.Series, output: str, span: str, lang: str) -> str:
    """How cost per beneficiary is counted: the output, the frequencies, the regions included."""
    how = i18n.t(f"budget.cost_how.{pair['output_temporal']}", lang)
    frequencies = i18n.t(
        "budget.cost_frequency",
        lang,
        money_frequency=i18n.t(f"frequency.{pair['frequency']}", lang),
        output_frequency=i18n.t(f"frequency.{pair['output_frequency']}", lang),
    )
    included = i18n.t(
        "budget.cost_included",
        lang,
        n=int(cost["regions_included"]),
        total=int(cost["regions_expected"]),
    )
    main = i18n.t("budget.cost_caption", lang, output=output, how=how, range=span)
    return f"{main} {frequencies} {included}"


def quadrant_caption(
    quad: pd.DataFrame, pair: pd.Series, names: tuple[str, str], line: str, lang: str
) -> str:
    """What the quadrant compares: names (money, output), the on-track line and their periods."""
    return i18n.t(
        "budget.quadrant_caption",
        lang,
        money=names[0],
        output=names[1],
        line=line,
        money_period=i18n.period(quad["money_period"].iloc[0], pair["frequency"], lang),
        output_period=i18n.period(quad["output_period"].iloc[0], pair["output_frequency"], lang),
    )


def quadrant_chart_title(span: str, lang: str) -> str:
    """The quadrant chart's title: what it shows and the months it covers."""
    return f"{i18n.t('budget.quadrant_chart', lang)} · {span}"
