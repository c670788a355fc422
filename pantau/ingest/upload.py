"""parse_upload: uploaded bytes -> observations, catalogue entries and problems.

Which sheet is which: hidden sheets are ignored (templates hide their lookup lists there);
catalogue sheets are recognised as in catalog_sheets; the data sheet is the first other sheet
whose header (within its first 30 rows) names an indicator, a region and a period column.
Only one data sheet is read: any later sheet that also looks like data gets a warning.
A workbook of catalogue sheets only is a valid upload of catalogue entries.
"""

import datetime as dt
from pathlib import PurePath

from pantau.errors import UploadRejected
from pantau.i18n import N_
from pantau.ingest import catalog_sheets
from pantau.ingest.headers import ALIASES, REQUIRED, HeaderMatch, find_header
from pantau.ingest.problems import ProblemLog
from pantau.ingest.reading import read_sheets
from pantau.ingest.results import Catalog, ParsedUpload, RawSheet, empty_observations
from pantau.ingest.validation import read_observations

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
EXTENSIONS = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
}
TABLE_ORDER = ("programs", "indicators", "regions")  # indicators need programs first


def parse_upload(
    file_name: str,
    content: bytes,
    catalog: Catalog,
    today: dt.date,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedUpload:
    """Read and validate an uploaded file; nothing may be written if errors is not empty."""
    log = ProblemLog()
    observations, added = empty_observations(), {}
    try:
        kind, sheets = read_sheets(content, max_bytes)
    except UploadRejected as rejected:
        log.error("", rejected.key, **rejected.params)
        return ParsedUpload(observations, *log.finish(), catalog={})
    _notice_kind(file_name, kind, sheets, log)
    visible = [s for s in sheets if not s.hidden]
    for sheet in sheets:
        if sheet.hidden:
            log.notice(sheet.name, N_("upload.notice.hidden_sheet"))
    tables = {s.name: catalog_sheets.catalog_table(s) for s in visible}
    known, added = _read_catalog(visible, tables, catalog, log)
    data = [s for s in visible if tables[s.name] is None]
    chosen = _choose_data_sheet(data, any(tables.values()), log)
    if chosen:
        observations = read_observations(chosen[0], chosen[1], known, today, log)
    return ParsedUpload(observations, *log.finish(), catalog=added)


def _notice_kind(file_name: str, kind: str, sheets: list[RawSheet], log: ProblemLog) -> None:
    """Say how a CSV was read, and when the content does not match the file name."""
    named = EXTENSIONS.get(PurePath(file_name).suffix.casefold())
    if named and named != kind:
        log.notice("", N_("upload.notice.content_type"), kind=kind.upper())
    if kind == "csv":
        facts = sheets[0].facts
        separator = {"\t": "TAB"}.get(facts["separator"], facts["separator"])
        log.notice("CSV", N_("upload.notice.csv"), separator=separator, encoding=facts["encoding"])


def _read_catalog(sheets: list[RawSheet], tables: dict, catalog: Catalog, log: ProblemLog):
    """The catalogue sheets, validated in dependency order; the catalogue they extend."""
    added = {}
    for table in TABLE_ORDER:
        for sheet in sheets:
            found = tables[sheet.name]
            if found and found[0] == table and table not in added:
                frame = catalog_sheets.read_catalog_sheet(sheet, table, found[1], catalog, log)
                if frame is not None and len(frame):
                    added[table] = frame
                    catalog = catalog_sheets.merge(catalog, {table: frame})
                    log.notice(sheet.name, N_("upload.notice.catalog_sheet"), count=len(frame))
    return catalog, added


def _choose_data_sheet(
    sheets: list[RawSheet], has_catalog: bool, log: ProblemLog
) -> tuple[RawSheet, HeaderMatch] | None:
    """The first sheet with a data header, noticed; errors if none (unless catalogue only)."""
    found = [(sheet, *find_header(sheet.cells)) for sheet in sheets]
    complete = [(sheet, match) for sheet, match, _best in found if match]
    if complete:
        sheet, match = complete[0]
        log.notice(sheet.name, N_("upload.notice.data_sheet"), row=match.row + 1)
        for other, _match in complete[1:]:
            log.warning(other.name, N_("upload.warning.other_data_sheet"), used=sheet.name)
        _check_columns(sheet, match, log)
        return (sheet, match) if _has_values(match) else None
    partial = [(sheet, best) for sheet, _match, best in found if best]
    if partial:
        sheet, best = max(partial, key=lambda pair: len(pair[1].found()))
        _check_columns(sheet, best, log)
    elif not has_catalog:
        log.error("", N_("upload.error.no_data_sheet"))
    return None


def _has_values(match: HeaderMatch) -> bool:
    """A data sheet needs a planned or an actual column."""
    return bool({"planned", "actual"} & match.found())


def _check_columns(sheet: RawSheet, match: HeaderMatch, log: ProblemLog) -> None:
    """An error for each missing required column; a notice for the columns ignored."""
    for meaning in REQUIRED:
        if meaning not in match.found():
            log.error(
                sheet.name,
                N_("upload.error.missing_column"),
                row=match.row + 1,
                column=meaning,
                accepted=_accepted(meaning),
            )
    if not _has_values(match):
        log.error(
            sheet.name,
            N_("upload.error.missing_column"),
            row=match.row + 1,
            column="planned/actual",
            accepted=_accepted("planned") + "; " + _accepted("actual"),
        )
    if match.extra:
        names = ", ".join(match.names[c] for c in match.extra)
        log.notice(sheet.name, N_("upload.notice.extra_columns"), columns=names)


def _accepted(meaning: str) -> str:
    """The accepted headers for a meaning, as a person would type them."""
    return ", ".join(ALIASES[meaning][:6])
