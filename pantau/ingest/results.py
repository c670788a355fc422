"""What an upload turns into: clean rows, or problems that each name a sheet, row, column and value.

Problems are not rendered strings: each carries a translation key and the values for its
placeholders, so the page can show it in either language (the catalogs of pantau/i18n/locale).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

CATALOG_COLUMNS: dict[str, tuple[str, ...]] = {
    "programs": ("code", "name_id", "name_en", "sector", "start_date", "end_date", "owner"),
    "indicators": (
        "code",
        "program_code",
        "name_id",
        "name_en",
        "level",
        "unit",
        "direction",
        "temporal",
        "region_agg",
        "frequency",
        "baseline_value",
        "baseline_year",
    ),
    "regions": ("code", "name", "level", "parent_code"),
}


@dataclass(frozen=True)
class Problem:
    """One error, warning or notice about an uploaded file."""

    sheet: str  # sheet name; "CSV" for a CSV file; "" for a problem with the whole file
    row: int | None  # the row as Excel numbers it (1-based, title rows counted)
    column: str | None  # the header as written, or the expected name of a missing column
    value: str | None  # the offending cell as text
    key: str  # translation key, "upload.…"
    params: dict = field(default_factory=dict)  # values for the message's {placeholders}


@dataclass
class RawSheet:
    """One sheet as raw cells: column labels 0..n-1, Excel row number = index + 1."""

    name: str
    cells: pd.DataFrame
    hidden: bool = False
    facts: dict = field(default_factory=dict)  # how it was read (CSV separator, encoding)


@dataclass(frozen=True)
class Catalog:
    """The catalogue an upload is checked against (columns exactly as data/catalog/*.csv)."""

    programs: pd.DataFrame
    indicators: pd.DataFrame
    regions: pd.DataFrame

    @classmethod
    def from_folder(cls, folder: Path) -> Catalog:
        """Read programs.csv, indicators.csv and regions.csv, codes kept as text."""
        codes = {"code": str, "program_code": str, "parent_code": str}
        return cls(*(pd.read_csv(folder / f"{n}.csv", dtype=codes) for n in CATALOG_COLUMNS))


@dataclass
class ParsedUpload:
    """The rows of an upload ready to store, and every problem found on the way."""

    observations: pd.DataFrame
    errors: list[Problem]
    warnings: list[Problem]
    notices: list[Problem]
    catalog: dict[str, pd.DataFrame]

    @property
    def ok(self) -> bool:
        """True when nothing blocks writing the upload."""
        return not self.errors


def empty_observations() -> pd.DataFrame:
    """An observations frame with no rows and the right dtypes."""
    return pd.DataFrame(
        {
            "indicator_code": pd.Series(dtype="str"),
            "region_code": pd.Series(dtype="str"),
            "period_start": pd.Series(dtype="datetime64[us]"),
            "planned": pd.Series(dtype="float64"),
            "actual": pd.Series(dtype="float64"),
            "partner": pd.Series(dtype="str"),
            "note": pd.Series(dtype="str"),
            "sheet": pd.Series(dtype="str"),
            "row": pd.Series(dtype="int64"),
        }
    )
