"""Regional tables: the ranking and the priority list as a person reads them."""

import pandas as pd

from pantau import i18n
from pantau.analysis.regions import ALL_REGENCIES, HEATMAP_PERIODS
from pantau.settings import StatusThresholds
from pantau.tables.columns import Table, pick, unit_kind


def _start(start: object) -> pd.Timestamp | None:
    """A period's first day as a timestamp (it sorts as a date), or None."""
    return None if pd.isna(start) else pd.Timestamp(start)


def ranking_view(ranking: pd.DataFrame, unit: str, lang: str) -> Table:
    """The ranking as a person reads it: raw numbers and each column's kind."""
    t = lambda key: i18n.t(key, lang)
    data = pd.DataFrame(
        {
            t("regions.col.position"): ranking["position"],
            t("col.region"): ranking["region_name"],
            t("col.planned"): ranking["planned"],
            t("col.actual"): ranking["actual"],
            t("col.achievement_period"): ranking["achievement"],
            t("col.status"): [i18n.status(s, lang) for s in ranking["status"]],
        }
    ).reset_index(drop=True)
    kinds = {t("regions.col.position"): "count", t("col.achievement_period"): "percent"}
    kinds |= {t("col.planned"): unit_kind(unit), t("col.actual"): unit_kind(unit)}
    return Table(data, kinds, lang)


def ranking_table(
    ranking: pd.DataFrame, unit: str, lang: str, formatted: bool = True
) -> pd.DataFrame:
    """The ranking as text (formatted) or raw numbers."""
    return pick(ranking_view(ranking, unit, lang), formatted)


def priority_view(
    frame: pd.DataFrame, need_unit: str, frequencies: tuple[str, str], lang: str
) -> Table:
    """The priority list with every part of the score; frequencies: (need's, indicator's)."""
    t = lambda key: i18n.t(key, lang)
    data = pd.DataFrame(
        {
            t("regions.col.priority"): frame["priority"],
            t("col.region"): frame["region_name"],
            t("regions.col.score"): frame["score"],
            t("regions.col.need"): frame["need_value"],
            t("regions.col.need_rank"): frame["need_rank"],
            t("regions.col.need_percentile"): frame["need_percentile"],
            t("col.achievement_period"): frame["achievement"],
            t("regions.col.shortfall"): frame["shortfall"],
            t("regions.col.quadrant"): [
                "–" if pd.isna(q) else t(f"regions.quadrant.{q}") for q in frame["quadrant"]
            ],
            t("regions.col.need_period"): [_start(p) for p in frame["need_period"]],
            t("regions.col.coverage_period"): [_start(p) for p in frame["achievement_period"]],
        }
    ).reset_index(drop=True)
    kinds = {
        t("regions.col.priority"): "count",
        t("regions.col.score"): "score",
        t("regions.col.need"): unit_kind(need_unit),
        t("regions.col.need_rank"): [
            "count" if pd.isna(m) else f"of:{int(m)}" for m in frame["need_regions"]
        ],
        t("regions.col.need_percentile"): "decimal",
        t("col.achievement_period"): "percent",
        t("regions.col.shortfall"): "decimal",
        t("regions.col.need_period"): f"period:{frequencies[0]}",
        t("regions.col.coverage_period"): f"period:{frequencies[1]}",
    }
    return Table(data, kinds, lang)


def priority_table(
    frame: pd.DataFrame,
    need_unit: str,
    frequencies: tuple[str, str],
    lang: str,
    formatted: bool = True,
) -> pd.DataFrame:
    """The priority list as text (formatted) or raw numbers."""
    return pick(priority_view(frame, need_unit, frequencies, lang), formatted)


def level_text(parent: str | None, parent_name: str | None, lang: str) -> str:
    """'provinsi', 'kabupaten/kota Jawa Barat' when drilled into a province, or 'kabupaten/kota
    se-Indonesia' for every regency of the country."""
    if parent is None:
        return i18n.t("regions.level.provinces", lang)
    if parent == ALL_REGENCIES:
        return i18n.t("regions.level.all_regencies", lang)
    return i18n.t("regions.level.regencies", lang, parent=parent_name)


def heatmap_caption(period: str, thresholds: StatusThresholds, lang: str) -> str:
    """What the heatmap shows: how many periods up to which, and the status bands."""
    return i18n.t(
        "regions.heatmap_caption",
        lang,
        n=HEATMAP_PERIODS,
        period=period,
        on_track=i18n.number(thresholds.on_track, lang),
        at_risk=i18n.number(thresholds.at_risk, lang),
    )


def scatter_titles(need: str, need_unit: str, indicator: str, lang: str) -> tuple[str, str]:
    """The need-against-coverage chart's title and its need axis."""
    return (
        i18n.t("regions.scatter_title", lang, need=need, indicator=indicator),
        i18n.t("regions.need_axis", lang, need=need, unit=i18n.t(f"unit.{need_unit}", lang)),
    )


def _earlier(n: int, lang: str) -> str:
    """'(3 periods earlier)' when a region's latest figure is older than the one shown."""
    return i18n.t("regions.earlier", lang, n=n) if n else ""


def scatter_caption(
    facts: dict,
    names: tuple[str, str],
    frequencies: tuple[str, str],
    period: str,
    on_track: float,
    lang: str,
) -> str:
    """Which periods the need and the coverage come from, and how many regions are under-served.

    names and frequencies: (need, indicator).
    """
    text = i18n.t(
        "regions.scatter_caption",
        lang,
        need=names[0],
        indicator=names[1],
        need_period=i18n.period_label(facts["need_period"], frequencies[0], lang),
        need_earlier=_earlier(facts["need_earlier"], lang),
        period=period,
        coverage_period=i18n.period_label(facts["coverage_period"], frequencies[1], lang),
        coverage_earlier=_earlier(facts["coverage_earlier"], lang),
        on_track=i18n.number(on_track, lang),
        under=facts["under_served"],
    )
    if facts["not_drawn"]:
        text += " " + i18n.t("regions.not_drawn", lang, n=facts["not_drawn"])
    return text
