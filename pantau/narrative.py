"""Sentences a manager can read out: generated from metric rows, in either language."""

import pandas as pd

from pantau import i18n


def projection_sentence(row: pd.Series, unit: str, grain: str, n: int, lang: str) -> str:
    """'On the trend of the last 6 periods, the actual is projected at ... by ...: likely met.'"""
    value = row["projected_cum_actual"] if row["temporal"] == "flow" else row["projected_actual"]
    return i18n.t(
        f"projection.sentence_{row['temporal']}",
        lang,
        n=n,
        value=i18n.value(value, unit, lang),
        period=i18n.period_label(pd.Timestamp(row["period"]).date(), grain, lang),
        achievement=i18n.percent(row["projected_achievement"], lang),
        verdict=i18n.t(f"projection.verdict.{row['projected_status']}", lang),
    )
