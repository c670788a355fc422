"""Numbers as Indonesian and English spreadsheets write them, parsed a whole column at a time.

Read: plain numbers (and Excel number cells), ``1.234.567`` (dots group thousands),
``12,5`` and ``1.234,5`` (decimal comma), ``1,234,567.8`` (English), ``Rp 1.500.000``,
``Rp1.500.000,-``, ``85%`` (-> 85), spaces and non-breaking spaces anywhere. A blank, ``-``,
an en or em dash is missing (NaN), never 0.

One form is ambiguous: ``1.234`` (and ``1,234``). The file decides: a semicolon CSV (from an
Indonesian-locale Excel) or a file with any Indonesian-only number (``12,5``, ``1.234,5``,
``1.234.567``) is read the Indonesian way, so ``1.234`` = 1234 and ``1,234`` = 1.234. A file
whose text numbers include English-only forms (``12.5``, ``1,234.5``, ``1,234,567``) and no
Indonesian-only ones is read the English way. With no evidence either way: Indonesian.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pantau.ingest.cells import NOTHING, cell_text

_INT = r"[+-]?\d+"
_DOT_GROUPS = r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+"  # 1.234  1.234.567 (a leading 0 never groups)
_DOT_GROUPS_2 = r"[+-]?[1-9]\d{0,2}(?:\.\d{3}){2,}"
_COMMA_DECIMAL = r"[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+),\d+"  # 12,5  1.234,5
_COMMA_GROUPS = r"[+-]?[1-9]\d{0,2}(?:,\d{3})+"  # 1,234  1,234,567
_COMMA_GROUPS_DECIMAL = r"[+-]?[1-9]\d{0,2}(?:,\d{3})+\.\d+"  # 1,234.5
_COMMA_GROUPS_2 = r"[+-]?[1-9]\d{0,2}(?:,\d{3}){2,}"
_DOT_DECIMAL = r"[+-]?\d*\.\d+(?:[eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+"  # 12.5  1.5E+06

INDONESIAN_ONLY = (
    rf"{_DOT_GROUPS_2}|[+-]?[1-9]\d{{0,2}}(?:\.\d{{3}})+,\d+|[+-]?\d+,(?:\d{{1,2}}|\d{{4,}})"
)
ENGLISH_ONLY = rf"{_COMMA_GROUPS_2}|{_COMMA_GROUPS_DECIMAL}|[+-]?\d+\.(?:\d{{1,2}}|\d{{4,}})"

_drop_dots = lambda a: pc.replace_substring(a, ".", "")
_drop_commas = lambda a: pc.replace_substring(a, ",", "")
_comma_to_point = lambda a: pc.replace_substring(_drop_dots(a), ",", ".")
_as_is = lambda a: a

# (pattern, how to make it a float literal), first match wins
RULES = {
    "comma": (
        (_INT, _as_is),
        (_DOT_GROUPS, _drop_dots),
        (_COMMA_DECIMAL, _comma_to_point),
        (f"{_COMMA_GROUPS_2}|{_COMMA_GROUPS_DECIMAL}", _drop_commas),
        (_DOT_DECIMAL, _as_is),
    ),
    "dot": (
        (_INT, _as_is),
        (f"{_COMMA_GROUPS}|{_COMMA_GROUPS_DECIMAL}", _drop_commas),
        (_DOT_GROUPS_2, _drop_dots),
        (_DOT_DECIMAL, _as_is),
        (_COMMA_DECIMAL, _comma_to_point),
    ),
}
_CLEAN = (
    ("[\\s\u00a0\u2007\u2009\u202f]+", ""),  # spaces, also non-breaking and thin ones
    ("\u2212", "-"),  # a typographic minus
    (r"^(?i:rp|idr)\.?", ""),  # Rp 1.500.000, IDR 2,500
    (r"[.,]-+$", ""),  # Rp1.500.000,- (nothing after the comma)
)


# no figure a programme reports comes near this (the whole national budget is about Rp 4 x
# 10^15); above it, or infinite ("9e999"), a value is a typing or export error, never stored
LARGEST = 1e16


def implausible(values: np.ndarray) -> np.ndarray:
    """Which values are infinite or larger than LARGEST (blanks are not)."""
    with np.errstate(invalid="ignore"):
        return ~np.isnan(values) & ~(np.abs(values) <= LARGEST)


@dataclass
class Numbers:
    """A parsed column, one entry per row: the value (NaN = blank), whether the cell was
    blank, not a number, or written with a % sign."""

    values: np.ndarray
    blank: np.ndarray
    bad: np.ndarray
    percent: np.ndarray


@dataclass
class Cells:
    """A planned/actual column split once: Excel number cells, and the rest as cleaned text."""

    numbers: np.ndarray  # float where the cell is a number, NaN elsewhere
    text: pa.Array  # string where the cell is text (spaces, Rp, ",-" removed), null elsewhere


def _full(array: pa.Array, pattern: str) -> pa.Array:
    """Where the whole text matches pattern (false for nulls)."""
    return pc.fill_null(pc.match_substring_regex(array, f"^(?:{pattern})$"), False)


def _any(mask: pa.Array) -> bool:
    """True if any entry of a boolean array is true."""
    return bool(pc.any(mask).as_py())


def split_cells(column: pd.Series, text_only: bool = False) -> Cells:
    """Number cells as floats and text cells cleaned; text_only (CSV) skips the type test."""
    if text_only:
        text = pa.array(column, type=pa.string(), from_pandas=True)
        return Cells(np.full(len(column), np.nan), _clean(text))
    kinds = column.map(type)
    is_number = kinds.isin([float, int]).to_numpy()  # bool is its own type: TRUE stays text
    numbers = column.where(is_number).to_numpy(dtype="float64", na_value=np.nan)
    others = column.where(~is_number)
    if not kinds[others.notna()].eq(str).all():  # dates, booleans: as people read them
        others = others.map(cell_text, na_action="ignore")
    return Cells(numbers, _clean(pa.array(others, type=pa.string(), from_pandas=True)))


def _clean(text: pa.Array) -> pa.Array:
    """Spaces, currency and trailing dashes removed (only looked for when present)."""
    if _any(_full(text, r".*[^0-9.,+\-].*")):
        for pattern, replacement in _CLEAN:
            text = pc.replace_substring_regex(text, pattern, replacement)
    return text


def decimal_style(columns: list[Cells], separator: str | None) -> str:
    """ "comma" (Indonesian) or "dot" (English) for the file, by the rule in the docstring."""
    if separator == ";":
        return "comma"
    indonesian = any(_any(_full(c.text, INDONESIAN_ONLY)) for c in columns)
    english = any(_any(_full(c.text, ENGLISH_ONLY)) for c in columns)
    return "dot" if english and not indonesian else "comma"


def parse_numbers(cells: Cells, style: str) -> Numbers:
    """Every cell of a planned/actual column as a float, by the rules of the module docstring."""
    text = cells.text
    percent = pc.fill_null(pc.ends_with(text, "%"), False)
    if _any(percent):
        text = pc.replace_substring_regex(text, "%$", "")
    blank = pc.or_kleene(pc.is_null(text), pc.is_in(text, pa.array(NOTHING)))
    literal, done = pa.nulls(len(text), pa.string()), blank
    for pattern, convert in RULES[style]:
        hit = pc.and_(_full(text, pattern), pc.invert(done))
        if _any(hit):
            literal = pc.if_else(hit, convert(text), literal)
            done = pc.or_(done, hit)
    parsed = pc.cast(literal, pa.float64()).to_numpy(zero_copy_only=False)
    bad = ~done.to_numpy(zero_copy_only=False)  # text that no rule could read
    numbers = cells.numbers
    blank_cell = blank.to_numpy(zero_copy_only=False) & np.isnan(numbers)
    values = np.where(np.isnan(numbers), parsed, numbers)
    return Numbers(values, blank_cell, bad, percent.to_numpy(zero_copy_only=False) & ~bad)
