"""Single cells and whole columns as text: Excel gives floats, dates and strings; CSV gives text."""

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_SPACES = re.compile(r"\s+")
NOTHING = ("", "-", "–", "—")  # a cell holding only one of these is blank


def cell_text(value: object) -> str | None:
    """A cell as a person reads it (2025.0 -> "2025", a date -> "2025-03-01"); blank -> None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        # Excel stores every number as a float: a whole one is shown without ".0"
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def key_text(value: object) -> str | None:
    """A cell reduced for matching: text, case-folded, outer spaces cut, inner runs made one."""
    text = cell_text(value)
    return None if text is None else _SPACES.sub(" ", text.strip()).casefold()


@dataclass
class Factored:
    """A column as codes into its distinct values: work once per value, then spread to rows."""

    codes: np.ndarray  # per row: index into uniques, -1 for a missing cell
    uniques: list

    @classmethod
    def of(cls, column: pd.Series) -> "Factored":
        """Factorise a column (missing cells get code -1)."""
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        return cls(codes, list(uniques))

    def spread(self, per_unique: list, fill: object = None, dtype: object = object) -> np.ndarray:
        """One value per row from one value per distinct cell; fill for missing cells."""
        table = np.empty(len(per_unique) + 1, dtype=dtype)
        table[: len(per_unique)] = per_unique
        table[-1] = fill
        return table[self.codes]

    def spread_text(self, per_unique: list[str | None]) -> pd.Series:
        """Like spread, for text: built by Arrow, as a pandas str column, NA for missing."""
        table = pa.array([*per_unique, None], type=pa.string())
        index = np.where(self.codes < 0, len(per_unique), self.codes)
        return pd.Series(pc.take(table, pa.array(index)), dtype="str")

    def apply(
        self, convert: Callable[[object], object], fill: object = None, dtype: object = object
    ) -> np.ndarray:
        """convert applied once per distinct value, spread over the rows."""
        return self.spread([convert(u) for u in self.uniques], fill, dtype)


def constant_text(value: str | None, length: int) -> pd.Series:
    """A str column holding one value (or NA) in every row."""
    return Factored(np.zeros(length, dtype="int64"), [value]).spread_text([value])


def free_text(column: pd.Series) -> pd.Series:
    """A note or partner column as text, kept as written ("=1+1" stays text) except outer
    spaces; blank, or a lone dash (what people type for "nothing"), -> NA."""
    filled = column.notna()
    if not column[filled].map(type).eq(str).all():  # numbers, dates: as people read them
        column = column.map(cell_text, na_action="ignore")
    text = pc.utf8_trim_whitespace(pa.array(column, type=pa.string(), from_pandas=True))
    nothing = pc.fill_null(pc.is_in(text, pa.array(NOTHING)), False)
    return pd.Series(pc.if_else(nothing, None, text), dtype="str")
