"""Column kinds: a table keeps raw numbers, and each column says how it is written.

A kind is a word (money, percent, count...) or a word and a parameter (period:quarter,
of:38). One kind serves a whole column, or a list gives one kind per row, for columns such as
"latest actual" whose rows are in different units. The screen (a pandas Styler), the CSV and
the XLSX all write a value from its kind, so a table sorts by numbers and reads like text.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from pandas.io.formats.style import Styler

from pantau import i18n

MISSING = "–"  # what a missing value shows as, on the screen and in st.dataframe's placeholder
DIGITS = {"money": 0, "count": 0, "percent": 1, "signed_percent": 1, "decimal": 2, "score": 3}
NOT_IN_FILES = ("trend",)  # small charts: on the screen only
NUMBERS = (*DIGITS, "year", "of", "overdue")


@dataclass(frozen=True)
class Table:
    """A table's raw values, the kind of each column (text when absent) and its language."""

    data: pd.DataFrame
    kinds: dict[str, str | Sequence[str]] = field(default_factory=dict)
    lang: str = i18n.DEFAULT_LANGUAGE

    def __post_init__(self) -> None:
        # a number column of None (an empty query, an itertuples row) is a number column still
        for column in self.kinds:
            values = self.data[column]
            numbers = all(k.split(":")[0] in NUMBERS for k in self.column_kinds(column))
            if numbers and not pd.api.types.is_numeric_dtype(values):
                self.data[column] = pd.to_numeric(values, errors="coerce").astype("float64")

    def column_kinds(self, column: str) -> list[str]:
        """One kind per row of a column."""
        kind = self.kinds.get(column, "text")
        return [kind] * len(self.data) if isinstance(kind, str) else list(kind)

    def head(self, n: int) -> "Table":
        """The first n rows, each column keeping its kinds."""
        kinds = {c: k if isinstance(k, str) else list(k)[:n] for c, k in self.kinds.items()}
        return Table(self.data.head(n).reset_index(drop=True), kinds, self.lang)

    def styler(self) -> Styler:
        """The table for st.dataframe: the numbers stay numbers, the display is formatted."""
        return styled(self)

    def shown(self) -> pd.DataFrame:
        """Every value as the screen writes it (text), for reading and for tests."""
        data = self.data.copy()
        for column in self.kinds:
            kinds = self.column_kinds(column)
            data[column] = [text(v, k, self.lang) for v, k in zip(data[column], kinds, strict=True)]
        return data


def unit_kind(unit: str) -> str:
    """The kind of a measured value in its unit: money, a percentage, an index or a count."""
    return {"rupiah": "money", "persen": "percent", "indeks": "decimal"}.get(unit, "count")


def missing(value: object) -> bool:
    """True for None, NaN, NaT and pd.NA (never for a list or an array)."""
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def _signed(value: float, lang: str) -> str:
    """A change in per cent with its sign (a true minus sign when negative): '+5,2 %'."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + i18n.percent(abs(value), lang)


def _overdue(value: object, lang: str) -> str:
    """'45' days late, or 'not yet due' while the report is within its grace."""
    days = int(value)
    return i18n.number(days, lang) if days > 0 else i18n.t("quality.not_yet_due", lang)


WRITERS: dict[str, Callable[[object, str, str], str]] = {
    "money": lambda v, _, lang: i18n.money(v, lang),
    "percent": lambda v, _, lang: i18n.percent(v, lang),
    "signed_percent": lambda v, _, lang: _signed(v, lang),
    "count": lambda v, _, lang: i18n.number(v, lang),
    "decimal": lambda v, _, lang: i18n.number(v, lang, 2),
    "score": lambda v, _, lang: i18n.number(v, lang, 3),
    "year": lambda v, _, lang: str(int(v)),
    "date": lambda v, _, lang: i18n.date(v, lang),
    "period": lambda v, grain, lang: i18n.period(v, grain, lang),
    "of": lambda v, total, lang: i18n.t("reported.of", lang, n=int(v), total=total),
    "overdue": lambda v, _, lang: _overdue(v, lang),
}


def text(value: object, kind: str, lang: str) -> str:
    """A value as the screen writes it; a missing value is a dash."""
    name, _, arg = kind.partition(":")
    if name in NOT_IN_FILES:
        return value  # type: ignore[return-value]  # the chart column draws the list itself
    if missing(value):
        return MISSING
    writer = WRITERS.get(name)
    return writer(value, arg, lang) if writer else str(value)


def styled(table: Table) -> Styler:
    """A Styler that writes each cell from its kind; the data underneath stays numeric."""
    styler = table.data.style
    for column in table.kinds:
        kinds = pd.Series(table.column_kinds(column), index=table.data.index)
        if kinds.str.startswith(NOT_IN_FILES).all():
            continue
        for kind, rows in kinds.groupby(kinds).groups.items():
            styler = styler.format(
                lambda v, k=kind: text(v, k, table.lang), subset=pd.IndexSlice[rows, [column]]
            )
    return styler


def file_value(value: object, kind: str, lang: str) -> object:
    """A value as a file stores it: rounded numbers, dates as dates, periods in words."""
    name, _, arg = kind.partition(":")
    if missing(value):
        return None
    if name in DIGITS:
        number = round(float(value), DIGITS[name])
        return int(number) if DIGITS[name] == 0 and math.isfinite(number) else number
    if name in ("year", "of", "overdue"):
        return int(value)
    if name == "date":
        return pd.Timestamp(value).date()
    if name == "period":
        return i18n.period(value, arg, lang)  # a quarter has no date format: write it in words
    return value


def file_rows(table: Table) -> tuple[list[str], list[list[tuple[object, str]]]]:
    """The header and every row as (value, kind) pairs, chart columns left out."""
    columns = [c for c in table.data.columns if table.kinds.get(c) not in NOT_IN_FILES]
    kinds = {c: table.column_kinds(c) for c in columns}
    rows = []
    for i in range(len(table.data)):
        row = []
        for c in columns:
            kind = kinds[c][i]
            row.append((file_value(table.data[c].iloc[i], kind, table.lang), kind))
        rows.append(row)
    return [str(c) for c in columns], rows


def as_table(table: "Table | pd.DataFrame", lang: str = i18n.DEFAULT_LANGUAGE) -> Table:
    """A Table as it is, or a plain DataFrame as a table of text and raw numbers."""
    if isinstance(table, Table):
        return table
    kinds = {c: "date" for c in table.columns if pd.api.types.is_datetime64_any_dtype(table[c])}
    return Table(table, kinds, lang)


def pick(table: Table, formatted: bool) -> pd.DataFrame:
    """The table as text the screen shows (formatted) or its raw values."""
    return table.shown() if formatted else table.data
