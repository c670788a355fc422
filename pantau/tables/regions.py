"""Regional tables: the ranking and the priority list as a person reads them."""

import pandas as pd

from pantau import i18n
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
    frame: pd.DataFrame, need_unit: str, frequencies: tuple[str, str], lang: str,
    formatted: bool = True,
) -> pd.DataFrame:  # fmt: skip
    """The priority list as text (formatted) or raw numbers."""
    return pick(priority_view(frame, need_unit, frequencies, lang), formatted)
