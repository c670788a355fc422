"""Optional catalogue sheets (programs, indicators, regions) -> validated catalogue frames.

A sheet is a catalogue sheet when its name says so (``programs``/``program``,
``indicators``/``indikator``, ``regions``/``wilayah``, any case) *and* one of its first rows
has a ``code`` (or ``kode``) column. A sheet named "Indikator" that holds the monitoring
table instead (indicator, region, period columns, no code column) is read as data.
Columns are those of data/catalog/*.csv, matched like data headers ("Name ID" = name_id).
"""

import re

import numpy as np
import pandas as pd

from pantau.i18n import N_
from pantau.ingest.cells import cell_text
from pantau.ingest.headers import HEADER_SEARCH_ROWS, header_texts, normalise_header
from pantau.ingest.numbers import implausible, parse_numbers, split_cells
from pantau.ingest.periods import FIRST_YEAR, LAST_YEAR
from pantau.ingest.problems import ProblemLog, RowLog
from pantau.ingest.results import CATALOG_COLUMNS, Catalog, RawSheet

SHEET_NAMES = {
    "programs": "programs",
    "program": "programs",
    "programmes": "programs",
    "programme": "programs",
    "indicators": "indicators",
    "indikator": "indicators",
    "regions": "regions",
    "region": "regions",
    "wilayah": "regions",
}
EXTRA_HEADERS = {
    "kode": "code",
    "nama": "name",
    "kodeprogram": "program_code",
    "kodeinduk": "parent_code",
    "induk": "parent_code",
}
REQUIRED = {
    "programs": ("code", "name_id", "name_en"),
    "indicators": CATALOG_COLUMNS["indicators"][:10],
    "regions": ("code", "name", "level"),
}
ALLOWED = {
    "level": ("input", "output", "outcome", "impact"),
    "direction": ("up", "down"),
    "temporal": ("flow", "stock"),
    "region_agg": ("sum", "mean"),
    "frequency": ("month", "quarter", "half", "year"),
}
# Kemendagri levels and the shape of their codes: 34, 34.04, 34.04.01, 34.04.01.2001
REGION_LEVELS = {
    "provinsi": re.compile(r"\d{2}"),
    "kabupaten_kota": re.compile(r"\d{2}\.\d{2}"),
    "kecamatan": re.compile(r"\d{2}\.\d{2}\.\d{2}"),
    "desa_kelurahan": re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}"),
}


def catalog_table(sheet: RawSheet) -> tuple[str, int] | None:
    """(table, header row index) if the sheet is a catalogue sheet, else None."""
    table = SHEET_NAMES.get(re.sub(r"[\W_]+", "", sheet.name.casefold()))
    if table is None:
        return None
    for index in range(min(HEADER_SEARCH_ROWS, len(sheet.cells))):
        names = header_texts(sheet.cells.iloc[index])
        if {"code", "kode"} & {normalise_header(t) for t in names.values()}:
            return table, index
    return None


def read_catalog_sheet(
    sheet: RawSheet, table: str, header_row: int, known: Catalog, log: ProblemLog
) -> pd.DataFrame | None:
    """The valid rows as a frame with the CSV columns; None if a required column is missing."""
    headers = _columns(header_texts(sheet.cells.iloc[header_row]), table)
    missing = [c for c in REQUIRED[table] if c not in headers]
    for column in missing:
        log.error(
            sheet.name,
            N_("upload.error.missing_column"),
            header_row + 1,
            column=column,
            accepted=column,
        )
    if missing:
        return None
    body = sheet.cells.iloc[header_row + 1 :]
    body = body[body.notna().any(axis=1).to_numpy()]
    raw = pd.DataFrame(
        {
            c: body[i] if i is not None else None
            for c, (i, _) in _all_columns(headers, table).items()
        },
        index=body.index,
    )
    check = _Check(RowLog(log, sheet.name, body.index.to_numpy() + 1), raw, headers, table)
    check.common(table)
    typed = TYPED[table](check, known)
    return typed[~check.bad].reset_index(drop=True)


def _columns(names: dict[int, str], table: str) -> dict[str, tuple[int, str]]:
    """Catalogue column -> (sheet column, header as written), for the headers recognised."""
    accepted = {normalise_header(c): c for c in CATALOG_COLUMNS[table]} | EXTRA_HEADERS
    found: dict[str, tuple[int, str]] = {}
    for index, text in names.items():
        column = accepted.get(normalise_header(text))
        if column in CATALOG_COLUMNS[table] and column not in found:
            found[column] = (index, text)
    return found


def _all_columns(headers: dict, table: str) -> dict[str, tuple[int | None, str]]:
    """Every catalogue column, with None for those the sheet leaves out."""
    return {c: headers.get(c, (None, c)) for c in CATALOG_COLUMNS[table]}


class _Check:
    """The cells of a catalogue sheet as text, and the errors found in them so far."""

    def __init__(self, report: RowLog, raw: pd.DataFrame, headers: dict, table: str) -> None:
        self.report, self.raw, self.headers = report, raw, headers
        self.text = raw.map(lambda v: (cell_text(v) or "").strip() or None)
        if table == "regions":  # a code Excel made a number keeps two digits after the dot
            for column in ("code", "parent_code"):
                self.text[column] = raw[column].map(_region_code)
        self.bad = np.zeros(len(raw), dtype=bool)

    def error(self, mask: pd.Series, column: str, key: str, **params: object) -> None:
        """An error for each masked row not already in error (one reason per row is enough)."""
        mask = np.asarray(pd.Series(mask).fillna(False), dtype=bool) & ~self.bad
        header = self.headers.get(column, (None, column))[1]
        self.report.add("errors", mask, header, self.raw[column], key, **params)
        self.bad |= mask

    def allowed(self, column: str, allowed: tuple[str, ...]) -> pd.Series:
        """The column case-folded, with an error where a value is not one of allowed."""
        value = self.text[column].str.casefold()
        self.error(
            value.notna() & ~value.isin(allowed),
            column,
            N_("upload.error.not_allowed"),
            allowed=", ".join(allowed),
        )
        return value

    def common(self, table: str) -> None:
        """Blank required cells and repeated codes."""
        for column in REQUIRED[table]:
            self.error(self.text[column].isna(), column, N_("upload.error.blank_required"))
        code = self.text["code"]
        first = pd.Series(self.report.rows, index=code.index).groupby(code).transform("first")
        self.error(
            code.notna() & code.duplicated(),
            "code",
            N_("upload.error.duplicate_code"),
            first_row=first.fillna(0).to_numpy(),
        )


def _programs(check: _Check, known: Catalog) -> pd.DataFrame:
    """Programme rows: readable dates, the end not before the start."""
    out = check.text.astype("str")
    for column in ("start_date", "end_date"):
        out[column] = _dates(check.raw[column])
        check.error(
            check.raw[column].notna() & out[column].isna(), column, N_("upload.error.bad_date")
        )
    check.error(
        out["end_date"] < out["start_date"], "end_date", N_("upload.error.end_before_start")
    )
    return out


def _indicators(check: _Check, known: Catalog) -> pd.DataFrame:
    """Indicator rows: allowed values, a known programme, a numeric baseline and its year."""
    out, text = check.text.astype("str"), check.text
    for column, allowed in ALLOWED.items():
        out[column] = check.allowed(column, allowed)
    unknown = text["program_code"].notna() & ~text["program_code"].isin(known.programs["code"])
    check.error(unknown, "program_code", N_("upload.error.unknown_program"))
    numbers = parse_numbers(split_cells(check.raw["baseline_value"].astype(object)), "comma")
    check.error(numbers.bad, "baseline_value", N_("upload.error.not_a_number"))
    huge = implausible(numbers.values) & ~numbers.bad
    check.error(huge, "baseline_value", N_("upload.error.implausible"))
    out["baseline_value"] = numbers.values
    year = pd.to_numeric(text["baseline_year"], errors="coerce")
    wrong = text["baseline_year"].notna() & ~year.between(FIRST_YEAR, LAST_YEAR)
    check.error(wrong | (year % 1 > 0), "baseline_year", N_("upload.error.bad_year"))
    out["baseline_year"] = year.astype("Int64")
    return out


def _regions(check: _Check, known: Catalog) -> pd.DataFrame:
    """Region rows: a Kemendagri level, a code shaped for it, a parent that exists."""
    out, text = check.text.astype("str"), check.text
    out["level"] = check.allowed("level", tuple(REGION_LEVELS))
    shape = pd.Series(map(_code_fits_level, text["code"], out["level"]), index=text.index)
    check.error(text["code"].notna() & ~shape, "code", N_("upload.error.bad_region_code"))
    parents = set(known.regions["code"]) | set(text["code"].dropna())
    unknown = text["parent_code"].notna() & ~text["parent_code"].isin(parents)
    check.error(unknown, "parent_code", N_("upload.error.unknown_parent"))
    return out


TYPED = {"programs": _programs, "indicators": _indicators, "regions": _regions}


def _region_code(value: object) -> str | None:
    """A region code as text; a code Excel made a number keeps two digits after the dot."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}"
    text = cell_text(value)
    return text.strip() if text else None


def _code_fits_level(code: str | None, level: str | None) -> bool:
    """True when a region code has the Kemendagri shape of its level (34.04 for a regency)."""
    pattern = REGION_LEVELS.get(level or "")
    return bool(pattern and code and pattern.fullmatch(code))


def _dates(column: pd.Series) -> pd.Series:
    """Dates from Excel date cells or text (2021-01-01, 01/01/2021); NaT where unreadable."""
    text = column.map(cell_text)
    iso = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(text, format="%d/%m/%Y", errors="coerce")
    return iso.fillna(dmy).astype("datetime64[us]")


def merge(known: Catalog, added: dict[str, pd.DataFrame]) -> Catalog:
    """The catalogue with the workbook's own entries added (or replacing ones of equal code)."""
    tables = {}
    for table in CATALOG_COLUMNS:
        current = getattr(known, table)
        if table in added:
            new = added[table]
            current = pd.concat([current[~current["code"].isin(new["code"])], new.astype(object)])
        tables[table] = current.reset_index(drop=True)
    return Catalog(**tables)
