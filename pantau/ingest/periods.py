"""Periods as people write them -> (first day, grain), and whether a period fits an indicator.

Read: ``2025``, ``2025-03``, ``2025-03-01``, an Excel date, ``Mar 2025``, ``Maret 2025``,
``Mar-25``, ``01/03/2025``, ``2025-Q1``, ``Q1 2025``, ``Triwulan I 2025``, ``TW 1 2025``,
``2025-H1``, ``Semester I 2025``, ``S1 2025``, a year typed as the number 2025; a word
"tahun" or "bulan" in between is ignored ("Triwulan I Tahun 2025", "Bulan Maret 2025").
Month names in any case, with or without a dot: Indonesian and English, full or abbreviated,
and the older official spellings still found in office templates (Djanuari, Pebruari, Djuni,
Djuli, Nopember); see MONTHS. A date counts as its month (its day is ignored); a slash or dot
date is read day first, as Indonesian Excel writes it (01/03/2025 is 1 March 2025).

Two-digit years are read only after a month name, as 20xx: ``Mar-25`` is what a CSV export
writes for a date cell in Excel's mmm-yy format, and a monitoring report is never about 1925.
Anywhere else (``03/25``, ``Triwulan I 25``) a two-digit year is refused as unreadable:
without a month name, ``03/25`` could as well be a day and a month.

Fit rule: the period's grain must equal the indicator's frequency, with one exception: a
month (written as a month or as a date) that is the *first* month of a quarter, half or year
stands for that period: ``2025-04`` or the date 1 April 2025 is accepted as Triwulan II 2025
for a quarterly indicator, but ``Maret 2025`` is refused (it might mean the quarter ending in
March). A quarter is never accepted for a half-yearly indicator, nor a year for a monthly one.
"""

import datetime as dt
import re

import pandas as pd

from pantau.ingest.cells import key_text

Period = tuple[dt.date, str]  # (first day, "month" | "quarter" | "half" | "year")

GRAIN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
FIRST_YEAR, LAST_YEAR = 1900, 2100

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "djanuari", "jan", "djan", "january"),
            ("februari", "pebruari", "feb", "peb", "febr", "pebr", "february"),
            ("maret", "mar", "march"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "djuni", "jun", "june"),
            ("juli", "djuli", "jul", "july"),
            ("agustus", "agu", "agt", "ags", "agst", "agus", "agust", "aug", "august"),
            ("september", "sep", "sept", "sept"),
            ("oktober", "okt", "oct", "october"),
            ("november", "nopember", "nov", "nop"),
            ("desember", "des", "dec", "december"),
        ),
        start=1,
    )
    for name in names
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_Y = r"(?P<y>\d{4})"
_Q = (
    r"(?:q|tw|trw|triwulan|kuartal|kwartal|quarter)\.?\s*(?:ke\s*-?\s*)?-?\s*(?P<n>iv|i{1,3}|[1-4])"
)
_H = r"(?:h|s|smt|sem|semester|half)\.?\s*(?:ke\s*-?\s*)?-?\s*(?P<n>ii|i|[12])"
_SEP = r"[\s\-/.,']*"  # "Mar 2025", "Mar-25", "Maret, 2025", "Mar '25"
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("year", rf"(?:ta\.?\s*|fy\s*)?{_Y}(?:\.0+)?"),
        ("month", rf"{_Y}[-/.](?P<m>\d{{1,2}})"),
        ("month", rf"{_Y}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}"),
        ("month", rf"(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.]{_Y}{_TIME}"),
        ("month", rf"(?P<m>\d{{1,2}})[-/.]{_Y}"),
        ("month", rf"(?:(?P<d>\d{{1,2}}){_SEP})?(?P<name>[a-z]+){_SEP}(?P<y>\d{{4}}|\d{{2}})"),
        ("month", rf"{_Y}{_SEP}(?P<name>[a-z]+)"),
        ("quarter", rf"{_Q}{_SEP}{_Y}"),
        ("quarter", rf"{_Y}{_SEP}{_Q}"),
        ("half", rf"{_H}{_SEP}{_Y}"),
        ("half", rf"{_Y}{_SEP}{_H}"),
    )
)
# words people put before a year or a month name; "Bulan 2025" names no month and stays unread
_FILLER = re.compile(r"\b(?:tahun|th\.?)(?=\s)|\b(?:bulan|bln\.?)(?=\s+[a-z])")


def parse_period(value: object) -> Period | None:
    """The first day and grain of a period cell, or None if it cannot be read."""
    if isinstance(value, dt.date):  # an Excel date cell (datetime is a date too)
        return _month(value.year, value.month)
    if isinstance(value, int | float) and not isinstance(value, bool):
        whole = float(value).is_integer() and FIRST_YEAR <= value <= LAST_YEAR
        return (dt.date(int(value), 1, 1), "year") if whole else None
    text = key_text(value)
    if text is None:
        return None
    text = " ".join(_FILLER.sub(" ", text).split())
    for kind, pattern in PATTERNS:
        found = pattern.fullmatch(text)
        period = _build(kind, found.groupdict()) if found else None
        if period:
            return period
    return None


def _build(kind: str, parts: dict[str, str | None]) -> Period | None:
    """A period from the named parts of a matched pattern; None if they are out of range."""
    year = int(parts["y"])
    year = year + 2000 if year < 100 else year  # "Mar-25" as Excel exports mmm-yy
    if kind == "year":
        return _year(year, 1, "year")
    if kind in ("quarter", "half"):
        number = ROMAN.get(parts["n"]) or int(parts["n"])
        return _year(year, (number - 1) * GRAIN_MONTHS[kind] + 1, kind)
    month = MONTHS.get(parts["name"]) if parts.get("name") else int(parts["m"])
    if month is None or (parts.get("d") and not 1 <= int(parts["d"]) <= 31):
        return None
    return _month(year, month)


def _month(year: int, month: int) -> Period | None:
    """A month period, or None for a month or year out of range."""
    return _year(year, month, "month") if 1 <= month <= 12 else None


def _year(year: int, month: int, grain: str) -> Period | None:
    """A period starting on the first of the month, within the years Pantau accepts."""
    return (dt.date(year, month, 1), grain) if FIRST_YEAR <= year <= LAST_YEAR else None


def fits_frequency(start: pd.Series, grain: pd.Series, frequency: pd.Series) -> pd.Series:
    """Per row: does the period (first day, grain) fit the indicator's frequency? (module rule)"""
    step = frequency.map(GRAIN_MONTHS)
    first_month = (pd.to_datetime(start).dt.month - 1) % step == 0
    return (grain == frequency) | ((grain == "month") & first_month.fillna(False).astype(bool))


def join_period(sub: str | None, year: str | None, kind: str) -> str | None:
    """One period text from a month/quarter/half column and a year column."""
    if sub is None or year is None:
        return sub or year
    if re.search(r"\d{4}", sub):
        return sub  # the month column already names its year ("Maret 2025", a date)
    if kind == "period_month" and sub.strip().isdigit():
        return f"{year}-{int(sub):02d}"
    if kind != "period_month" and sub.strip().casefold() in ("1", "2", "3", "4", *ROMAN):
        return f"{'triwulan' if kind == 'period_quarter' else 'semester'} {sub} {year}"
    return f"{sub} {year}"
