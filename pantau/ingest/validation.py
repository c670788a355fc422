"""A data sheet's rows -> clean observations, with every invalid cell reported.

All or nothing: the caller writes nothing if any error was logged. Rows left out before any
check: fully blank rows (silently); TOTAL/JUMLAH rows (a notice names them); the signature
or footer block below the data (a notice names them; the rule is in footer.py); rows with no
planned, actual, partner or note, such as a template row with its codes filled in or a row
that only has its number (a notice names them: storing them would only blank stored values).
The observations returned are the rows without errors (the whole sheet when it is clean).

Speed: keys and periods repeat, so each distinct cell is parsed once (cells.Factored) and the
result spread over the rows; numbers are parsed a column at a time; errors are built only for
the rows a mask selects.
"""

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pantau.ingest import checks
from pantau.ingest.cells import Factored, cell_text, constant_text, free_text, key_text
from pantau.ingest.footer import footer_rows
from pantau.ingest.headers import HeaderMatch
from pantau.ingest.keys import Keys, fits_frequency, match_keys
from pantau.ingest.numbers import Numbers, decimal_style, parse_numbers, split_cells
from pantau.ingest.periods import join_period
from pantau.ingest.problems import ProblemLog, RowLog
from pantau.ingest.results import Catalog, RawSheet, empty_observations

TOTAL_WORDS = re.compile(r"(?:grand |sub ?)?(?:total|jumlah)(?: .*)?|nasional|rekapitulasi")
LISTED_ROWS = 20  # a notice names at most this many rows, then "…"


@dataclass
class Fields:
    """The cells of each meaning, one entry per row read (positional index 0..n-1)."""

    rows: np.ndarray  # Excel row numbers
    raw: pd.DataFrame  # every cell of the rows, columns as in the sheet
    cells: dict[str, pd.Series]  # meaning -> raw cells (a joined period is text)
    headers: dict[str, str]  # meaning -> header as written
    region_header: np.ndarray  # per row: the header of the region column it was read from
    region_columns: list[tuple[str, pd.Series]]  # (header, cells), most specific first


def read_observations(
    sheet: RawSheet, header: HeaderMatch, catalog: Catalog, today: dt.date, log: ProblemLog
) -> pd.DataFrame:
    """The sheet's rows as observations (those without errors); every problem goes to log."""
    body = sheet.cells.iloc[header.row + 1 :]
    fields = extract(body[body.notna().any(axis=1).to_numpy()], header)
    report = RowLog(log, sheet.name, fields.rows)
    text_only = sheet.facts.get("text_only", False)
    split = {
        m: split_cells(fields.cells[m], text_only)
        for m in ("planned", "actual")
        if m in fields.cells
    }
    style = decimal_style(list(split.values()), sheet.facts.get("separator"))
    numbers = {m: parse_numbers(cells, style) for m, cells in split.items()}
    texts = {m: free_text(fields.cells[m]) for m in ("partner", "note") if m in fields.cells}
    keys = match_keys(fields.cells, fields.region_columns, catalog)
    active = ~_skipped(fields, keys, numbers, texts, report)
    if not active.any():
        log.error(sheet.name, "upload.error.no_data_rows", row=header.row + 1)
        return empty_observations()
    failed = _check_keys(fields, keys, active, report)
    failed |= checks.check_values(fields, numbers, keys.unit, active, report)
    failed |= checks.check_duplicates(keys, active & ~failed, report)
    clean = active & ~failed
    frame = _frame(sheet.name, fields, keys, numbers, texts)
    checks.warn(fields, frame, keys.unit, clean, today, report)
    return frame[clean].reset_index(drop=True)


def extract(body: pd.DataFrame, header: HeaderMatch) -> Fields:
    """Pick each meaning's cells from the rows below the header."""
    body = body.reset_index(names="index")
    rows = body.pop("index").to_numpy() + 1
    cells = {m: body[cols[0]] for m, cols in header.columns.items() if m != "region"}
    headers = {m: header.header(m) for m in (*header.columns, "period")}
    if header.period_parts:
        cells["period"] = _joined_period(body, header)
    region_cols = header.columns["region"]
    region = body[region_cols[-1]]
    source = np.full(len(body), header.names[region_cols[-1]], dtype=object)
    for column in reversed(region_cols[:-1]):  # the most specific filled-in column wins
        filled = Factored.of(body[column]).apply(key_text).astype(bool)
        region = region.where(~filled, body[column])
        source[filled] = header.names[column]
    cells["region"] = region
    columns = [(header.names[c], body[c]) for c in region_cols]
    return Fields(rows, body, cells, headers, source, columns)


def _joined_period(body: pd.DataFrame, header: HeaderMatch) -> pd.Series:
    """One period text per row from a month/quarter/half column and a year column."""
    sub, year = (Factored.of(body[c]).apply(cell_text) for c in header.period_parts)
    pairs = pd.Series(list(zip(sub, year, strict=True)), dtype=object)
    joined = Factored.of(pairs).apply(lambda p: join_period(*p, header.period_kind))
    return pd.Series(joined, dtype=object)


def _skipped(
    fields: Fields, keys: Keys, numbers: dict[str, Numbers], texts: dict, report: RowLog
) -> np.ndarray:
    """Rows not to read: TOTAL rows, the footer block under the data (signatures, notes) and
    rows without any value (each kind noticed)."""
    totals = _total_rows(fields, keys)
    footer = footer_rows(fields.raw, fields.cells, keys, numbers, totals)
    empty = np.ones(len(fields.rows), dtype=bool)
    for number in numbers.values():
        empty &= number.blank
    for text in texts.values():
        empty &= text.isna().to_numpy()
    empty &= ~totals & ~footer
    for mask, key in (
        (totals, "upload.notice.total_rows"),
        (footer, "upload.notice.footer_rows"),
        (empty, "upload.notice.empty_value_rows"),
    ):
        rows = fields.rows[mask]
        if len(rows):
            listed = ", ".join(str(r) for r in rows[:LISTED_ROWS])
            listed += ", …" if len(rows) > LISTED_ROWS else ""
            report.log.notice(report.sheet, key, count=len(rows), rows=listed)
    return totals | footer | empty


def _total_rows(fields: Fields, keys: Keys) -> np.ndarray:
    """TOTAL/JUMLAH rows: an unknown indicator or region cell, or the first cell, says so."""
    total = np.zeros(len(fields.rows), dtype=bool)
    unknown = {"indicator": pd.isna(keys.indicator), "region": pd.isna(keys.region)}
    candidates = np.flatnonzero(unknown["indicator"] | unknown["region"])
    first = _first_cells(fields.raw, candidates)
    for pos in candidates:
        cells = [fields.cells[m].iloc[pos] for m in unknown if unknown[m][pos]]
        known = [fields.cells[m].iloc[pos] for m in unknown if not unknown[m][pos]]
        if all(first[pos] is not k for k in known):  # a known code is never a total word
            cells.append(first[pos])
        total[pos] = any(TOTAL_WORDS.fullmatch(key_text(c) or "") for c in cells)
    return total


def _first_cells(raw: pd.DataFrame, positions: np.ndarray) -> dict[int, object]:
    """The leftmost filled cell of the rows at positions (a merged JUMLAH label sits there)."""
    cells = raw.iloc[positions].to_numpy()
    leftmost = pd.notna(cells).argmax(axis=1)
    return dict(zip(positions, cells[np.arange(len(positions)), leftmost], strict=True))


def _check_keys(fields: Fields, keys: Keys, active: np.ndarray, report: RowLog) -> np.ndarray:
    """Errors for blank or unknown keys, unreadable periods, periods that misfit."""
    failed = np.zeros(len(fields.rows), dtype=bool)
    unknown = {"indicator": pd.isna(keys.indicator), "region": pd.isna(keys.region)}
    for meaning in ("indicator", "region", "period"):
        blank = keys.blank[meaning] & active
        problems = [(blank, "upload.error.blank_required")]
        if meaning == "region":
            _region_errors(fields, keys, unknown[meaning] & ~blank & active, report)
            failed |= unknown[meaning] & ~blank & active
        elif meaning in unknown:
            problems.append((unknown[meaning] & ~blank & active, f"upload.error.unknown_{meaning}"))
        else:
            unread = np.isnat(keys.start) & ~blank & active
            problems.append((unread, "upload.error.bad_period"))
        for mask, key in problems:
            _log(report, fields, mask, meaning, key)
            failed |= mask
    misfit = active & ~np.isnat(keys.start) & ~fits_frequency(keys)
    for frequency in set(keys.frequency[misfit]):
        mask = misfit & (keys.frequency == frequency)
        _log(report, fields, mask, "period", f"upload.error.period_not_{frequency}")
    return failed | misfit


def _region_errors(fields: Fields, keys: Keys, unknown: np.ndarray, report: RowLog) -> None:
    """Errors for region cells that name no region, one or several too many, or the wrong one."""
    why = np.array([m.problem or "upload.error.unknown_region" for m in keys.region_match])
    for key in dict.fromkeys(why[unknown]):
        mask = unknown & (why == key)
        names = {name for m in keys.region_match[mask] for name, _ in m.params}
        params = {
            name: np.array([dict(m.params).get(name) for m in keys.region_match], dtype=object)
            for name in names
        }
        _log(report, fields, mask, "region", key, **params)


def _log(
    report: RowLog, fields: Fields, mask: np.ndarray, meaning: str, key: str, **params: object
) -> None:
    """Errors for the masked rows of a meaning's column (regions: under each row's header)."""
    if meaning != "region":
        report.add("errors", mask, fields.headers[meaning], fields.cells[meaning], key)
        return
    for header in dict.fromkeys(fields.region_header[mask]):
        part = mask & (fields.region_header == header)
        report.add("errors", part, header, fields.cells["region"], key, **params)


def _frame(
    sheet: str, fields: Fields, keys: Keys, numbers: dict[str, Numbers], texts: dict[str, pd.Series]
) -> pd.DataFrame:
    """Every row read, in the columns and dtypes of the public API."""
    n = len(fields.rows)
    missing = np.full(n, np.nan)
    nothing = constant_text(None, n)
    return pd.DataFrame(
        {
            "indicator_code": keys.text["indicator"],
            "region_code": keys.text["region"],
            "period_start": keys.start,
            "planned": numbers["planned"].values if "planned" in numbers else missing,
            "actual": numbers["actual"].values if "actual" in numbers else missing,
            "partner": texts.get("partner", nothing),
            "note": texts.get("note", nothing),
            "sheet": constant_text(sheet, n),
            "row": fields.rows.astype("int64"),
        }
    )
