"""Sentences a manager can read out: generated from metric rows, in either language."""

import datetime as dt

import pandas as pd

from pantau import i18n


def projection_sentence(row: pd.Series, unit: str, grain: str, n: int, lang: str) -> str:
    """'On the trend of the last 6 periods, the actual is projected at ... by ...: likely met.'"""
    flow = row["temporal"] == "flow"
    value = row["projected_cum_actual"] if flow else row["projected_actual"]
    sentence = i18n.t(
        f"projection.sentence_{row['temporal']}",
        lang,
        n=n,
        value=i18n.value(value, unit, lang),
        planned=i18n.value(row["cum_planned"] if flow else row["planned"], unit, lang),
        period=i18n.period_label(pd.Timestamp(row["period"]).date(), grain, lang),
        achievement=i18n.percent(row["projected_achievement"], lang),
        verdict=i18n.t(f"projection.verdict.{row['projected_status']}", lang),
    )
    missing = row["regions_reported"] < row["regions_expected"]
    if not (missing or (flow and row["planned_not_reported"] > 0)):
        return sentence
    reported = i18n.t(
        "reported.of", lang, n=int(row["regions_reported"]), total=int(row["regions_expected"])
    )
    return f"{sentence} {i18n.t('projection.not_reported', lang, reported=reported)}"


def achievement_sentence(
    indicator: str,
    region: str | None,
    achievement: float | None,
    previous: float | None,
    period: dt.date,
    grain: str,
    lang: str,
) -> str:
    """'Realisasi X di Jawa Barat mencapai 96,2 % dari target per Triwulan III 2026, naik 3,1
    poin dari triwulan sebelumnya.' The change is between the rounded figures people read."""
    where = (
        i18n.t("export.where_region", lang, region=region)
        if region
        else i18n.t("export.where_national", lang)
    )
    label = i18n.period_label(period, grain, lang)
    if achievement is None or pd.isna(achievement):
        return i18n.t(
            "export.sentence_no_achievement", lang, indicator=indicator, where=where, period=label
        )
    return i18n.t(
        "export.sentence",
        lang,
        indicator=indicator,
        where=where,
        achievement=i18n.percent(achievement, lang),
        period=label,
        change=_change(achievement, previous, grain, lang),
    )


def _change(achievement: float, previous: float | None, grain: str, lang: str) -> str:
    """', naik 3,1 poin dari triwulan sebelumnya' (empty without a previous achievement)."""
    if previous is None or pd.isna(previous):
        return ""
    points = round(round(float(achievement), 1) - round(float(previous), 1), 1)
    direction = "up" if points > 0 else "down" if points < 0 else "same"
    return i18n.t(
        f"export.change_{direction}",
        lang,
        points=i18n.number(abs(points), lang, 1),
        previous=i18n.t(f"export.previous.{grain}", lang),
    )


def reported_text(n: object, total: object, national: bool, lang: str) -> str:
    """'35 dari 38 provinsi melapor' (the nation) or '1 dari 1 wilayah melapor'."""
    if pd.isna(n) or pd.isna(total):
        return "–"
    key = i18n.N_("reported.provinces") if national else i18n.N_("reported.regions")
    return i18n.t(key, lang, n=int(n), total=int(total))


def parts_text(row: object, lang: str) -> str | None:
    """'dari 27 kab/kota, 25 melapor' for a figure rolled up from its parts, else None."""
    parts, level = getattr(row, "parts", None), getattr(row, "parts_level", None)
    if parts is None or pd.isna(parts) or not isinstance(level, str):
        return None
    reported = getattr(row, "parts_reported", 0)
    n = 0 if pd.isna(reported) else int(reported)
    return i18n.t(f"reported.parts.{level}", lang, n=n, total=int(parts))


def reported_cell(row: object, lang: str) -> str:
    """How many reported: of the parts a figure is rolled up from, else of the regions."""
    return parts_text(row, lang) or i18n.of(row.regions_reported, row.regions_expected, lang)


def unweighted_note(to_date: pd.DataFrame, lang: str) -> str | None:
    """Which rates are a plain mean over several regions (no denominator in the catalogue)."""
    if "unweighted" not in to_date:
        return None
    several = (to_date["regions_expected"] > 1) | to_date["parts"].notna()
    plain = to_date[to_date["unweighted"].fillna(False).astype(bool) & several]
    if plain.empty:
        return None
    names = ", ".join(plain[f"name_{lang}"])
    return i18n.t("note.unweighted", lang, indicators=names)


def to_date_pair(row: pd.Series, national: bool, lang: str) -> str:
    """The pair behind an achievement, like with like, how many reported, and the year's plan."""
    if pd.isna(row["latest_period"]):
        return ""
    period = pd.Timestamp(row["latest_period"])
    unit = row["unit"]
    pair = i18n.t(
        f"pair.to_date_{row['temporal']}",
        lang,
        period=i18n.period_label(period.date(), row["frequency"], lang),
        actual=i18n.value(row["actual_to_date"], unit, lang),
        planned=i18n.value(row["planned_to_date"], unit, lang),
        reported=parts_text(row, lang)
        or reported_text(row["regions_reported"], row["regions_expected"], national, lang),
    )
    if pd.isna(row["planned_year"]):
        return pair
    plan = i18n.t(
        "pair.year_plan",
        lang,
        year=period.year,
        planned_year=i18n.value(row["planned_year"], unit, lang),
    )
    return f"{pair} {plan}"


def indicator_facts(indicator: pd.Series, lang: str) -> str:
    """What kind of indicator it is: level, unit, direction, flow or stock, frequency."""
    kinds = ("level", "unit", "direction", "temporal", "frequency")
    words = {kind: i18n.t(f"{kind}.{indicator[kind]}", lang) for kind in kinds}
    return i18n.t("explorer.facts", lang, **words)
