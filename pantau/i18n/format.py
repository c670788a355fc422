"""Every value as the locale writes it: numbers, percentages, money, periods."""

import datetime as dt
import math

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

from pantau.i18n.palette import SYMBOLS
from pantau.i18n.translate import DEFAULT_LANGUAGE, t

ROMAN = ("I", "II", "III", "IV")


def _missing(value: object) -> bool:
    """True for None and NaN (pandas and numpy missing values included)."""
    if value is None:
        return True
    try:
        return math.isnan(value)  # type: ignore[arg-type]
    except TypeError:
        return False


def number(value: object, lang: str = DEFAULT_LANGUAGE, digits: int = 0) -> str:
    """A number as the locale writes it: 1.234.567,8 (id) or 1,234,567.8 (en)."""
    if _missing(value):
        return "–"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=lang)


def percent(value: object, lang: str = DEFAULT_LANGUAGE, digits: int = 1) -> str:
    """A percentage already scaled to 100: 96,2 % (id) or 96.2% (en)."""
    if _missing(value):
        return "–"
    sep = "\u00a0" if lang == "id" else ""
    return f"{number(value, lang, digits)}{sep}%"


def compact(value: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """A large number shortened: 18,7 jt (id) or 18.7M (en)."""
    if _missing(value):
        return "–"
    return format_compact_decimal(value, locale=lang, fraction_digits=1)


def money(value: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """Rupiah as people write them: Rp 1,2 M (id) or IDR 1.2 bn (en)."""
    if _missing(value):
        return "–"
    if lang == "id":
        return f"Rp\u00a0{compact(value, lang)}"
    scaled = [(1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")]
    for size, word in scaled:
        if abs(value) >= size:  # type: ignore[operator]
            return f"IDR\u00a0{number(value / size, lang, 1)}\u00a0{word}"  # type: ignore[operator]
    return f"IDR\u00a0{number(value, lang)}"


def period_label(
    start: dt.date, grain: str, lang: str = DEFAULT_LANGUAGE, short: bool = False
) -> str:
    """A period as a manager says it: Sep 2026, Triwulan III 2026, Semester I 2026, 2026;
    short, as reports write it on an axis: Tw III 2026, Sem I 2026 (en: Q3, H1)."""
    if grain == "month":
        return format_date(start, "MMM yyyy", locale=lang)
    if grain in ("quarter", "half"):
        n = (start.month - 1) // (3 if grain == "quarter" else 6) + 1
        key = f"period.{grain}_short" if short else f"period.{grain}"
        return t(key, lang, n=n, roman=ROMAN[n - 1], year=start.year)
    return str(start.year)


def short_period_label(start: dt.date, grain: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A period as reports write it on an axis: Jan 2026, Tw I 2026, Sem II 2026 (en: Q1, H2)."""
    return period_label(start, grain, lang, short=True)


def value(amount: object, unit: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A measured value written for its unit: money compact, rates with one decimal."""
    if unit == "rupiah":
        return money(amount, lang)
    if unit == "persen":
        return percent(amount, lang)
    if unit == "indeks":
        return number(amount, lang, 2)
    return number(amount, lang)


def status(status: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A status in words with its symbol: '● Sesuai target'."""
    return f"{SYMBOLS[status]} {t(f'status.{status}', lang)}"


def of(n: object, total: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """'36 dari 38' (id) or '36 of 38' (en), or a dash when either is missing."""
    if pd.isna(n) or pd.isna(total):
        return "–"
    return t("reported.of", lang, n=int(n), total=int(total))


def period(start: object, grain: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A period's label from its first day (period_label), or a dash when there is none."""
    if pd.isna(start):
        return "–"
    return period_label(pd.Timestamp(start).date(), grain, lang)


def date(day: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """A day as the locale writes it: 30 Nov 2024, or a dash when there is none."""
    if pd.isna(day):
        return "–"
    return format_date(pd.Timestamp(day).date(), "d MMM yyyy", locale=lang)
