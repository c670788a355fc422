"""Translation and locale formatting: every user-facing text and number goes through here."""

import datetime as dt
import math

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

from pantau.texts import TEXTS

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
ROMAN = ("I", "II", "III", "IV")


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for key in lang, with {params} filled in; a missing key shows as [key].

    A text may be plural forms, {"one": ..., "other": ...}: the count n (else count) picks
    one by the language's CLDR rule (Babel); Indonesian has only "other".
    """
    entry = TEXTS.get(key)
    if entry is None:
        return f"[{key}]"
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if isinstance(text, dict):
        count = params.get("n", params.get("count"))
        form = Locale.parse(lang).plural_form(abs(count)) if count is not None else "other"
        text = text.get(form, text["other"])
    return text.format(**params) if params else text


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
