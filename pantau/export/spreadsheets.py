"""Tables as files to take away: CSV for a locale's Excel, XLSX with number formats and scope.

A CSV in Indonesian uses ";" between fields and a decimal comma, as an Indonesian-locale Excel
expects when the file is opened by a double click; in English "," and ".". It has no title
lines (they break every import): its scope is in its file name. An XLSX says its scope in a
block of lines above the table. Text that a spreadsheet would run as a formula stays text.
"""

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd
import xlsxwriter
from babel.dates import format_datetime

from pantau import i18n
from pantau.tables.columns import DIGITS, Table, as_table, file_rows

# a leading TAB, CR or LF is how a formula hides from a naive check: defuse those too
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
SEPARATORS = {"id": (";", ","), "en": (",", ".")}  # (field separator, decimal mark)


@dataclass(frozen=True)
class Scope:
    """What a download covers: programme, region, data up to, when it was made, sample data."""

    program: str | None = None  # a programme code; None: every programme
    program_name: str | None = None
    region: str | None = None  # a region's name; None: the whole country
    as_of: dt.date | None = None  # None: the latest data
    latest: dt.date | None = None  # the newest month with data, said when as_of is None
    made: dt.datetime | None = None
    sample_built_on: str | None = None  # set when the numbers are generated sample data


def _defuse(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def slug(text: str) -> str:
    """A file-name part from a name: 'DI Yogyakarta' -> 'di-yogyakarta'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_name(base: str, scope: Scope | None, lang: str) -> str:
    """base-programme-region-YYYY-MM: 'pantau-ringkasan-PKH-jawa-barat-2026-09'."""
    if scope is None:
        return base
    tokens = base.split("-")
    # an indicator code (PKH.KPM) or the programme's own code already names the programme
    named = any("." in token or token == scope.program for token in tokens)
    parts = [base] if named or not scope.program else [base, scope.program]
    parts.append(slug(scope.region) if scope.region else i18n.t("export.file_national", lang))
    when = scope.as_of.strftime("%Y-%m") if scope.as_of else i18n.t("export.file_latest", lang)
    return "-".join([*parts, when])


def header_lines(scope: Scope, lang: str) -> list[str]:
    """The lines above an XLSX table: programme, region, data up to, made on, sample data."""
    t = lambda key, **p: i18n.t(key, lang, **p)
    program = (
        f"{scope.program} — {scope.program_name}" if scope.program else t("filter.all_programs")
    )
    month = lambda d: i18n.period_label(d, "month", lang)
    as_of = month(scope.as_of) if scope.as_of else t("filter.latest")
    if not scope.as_of and scope.latest:
        as_of = t("export.file_latest_period", period=month(scope.latest))
    made = scope.made or dt.datetime.now()
    lines = [
        t("export.file_program", program=program),
        t("export.file_region", region=scope.region or t("filter.national")),
        t("export.file_as_of", as_of=as_of),
        t("export.file_made", when=format_datetime(made, "d MMM yyyy HH:mm", locale=lang)),
    ]
    if scope.sample_built_on:
        lines.append(t("sample.banner", built_on=scope.sample_built_on))
    return lines


def _csv_text(value: object, kind: str, decimal: str) -> str:
    """One CSV field: numbers at their kind's precision with the locale's decimal mark."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        digits = DIGITS.get(kind.split(":")[0])
        text = f"{value:.{digits}f}" if digits is not None else repr(value)
        return text.replace(".", decimal)
    if isinstance(value, pd.Timestamp | dt.datetime):
        stamp = pd.Timestamp(value)
        return stamp.strftime("%Y-%m-%d" if stamp == stamp.normalize() else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(_defuse(str(value)))


def csv_bytes(table: Table | pd.DataFrame, lang: str | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then reads Indonesian text right), CRLF lines."""
    table = as_table(table, lang or i18n.DEFAULT_LANGUAGE)
    separator, decimal = SEPARATORS.get(lang or table.lang, SEPARATORS["en"])
    header, rows = file_rows(table)
    out = io.StringIO()
    # QUOTE_MINIMAL quotes every field holding the separator, a quote, CR or LF
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow([_defuse(h) for h in header])
    for row in rows:
        writer.writerow([_csv_text(_plain(v), k, decimal) for v, k in row])
    return out.getvalue().encode("utf-8-sig")


def _plain(value: object) -> object:
    """numpy scalars as Python numbers, so they are written as numbers."""
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value


def number_formats(lang: str) -> dict[str, str]:
    """Excel number formats per column kind; Excel shows them in the reader's own locale."""
    pct = '0.0" %"' if lang == "id" else '0.0"%"'
    return {
        "money": '"Rp "#,##0' if lang == "id" else '"IDR "#,##0',
        "count": "#,##0",
        "percent": pct,
        "signed_percent": f"+{pct};-{pct};{pct}",
        "decimal": "#,##0.00",
        "score": "0.000",
        "year": "0",
        "of": "#,##0",
        "overdue": "#,##0",
        "date": "yyyy-mm-dd",
    }


def _sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31] or "data"


def _width(value: object) -> int:
    """How many characters a cell needs, roughly."""
    return len(f"{value:,.0f}") + 5 if isinstance(value, int | float) else len(str(value))


def xlsx_bytes(
    table: Table | pd.DataFrame,
    sheet: str = "data",
    scope: Scope | None = None,
    lang: str | None = None,
) -> bytes:
    """One sheet: the scope above the table (when given), number formats, a frozen header."""
    table = as_table(table, lang or i18n.DEFAULT_LANGUAGE)
    lang = lang or table.lang
    header, rows = file_rows(table)
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
    with xlsxwriter.Workbook(buffer, options) as book:
        ws = book.add_worksheet(_sheet_name(sheet))
        top = _write_scope(book, ws, scope, lang)
        head = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        for col, name in enumerate(header):
            ws.write_string(top, col, name, head)
        formats = {k: book.add_format({"num_format": f}) for k, f in number_formats(lang).items()}
        for r, row in enumerate(rows, start=top + 1):
            for col, (value, kind) in enumerate(row):
                _write(ws, r, col, _plain(value), formats.get(kind.split(":")[0]))
        for col, width in enumerate(_widths(header, rows)):
            ws.set_column(col, col, width)
        ws.freeze_panes(top + 1, 0)  # the header stays in view while scrolling
        if header:
            ws.autofilter(top, 0, top + len(rows), len(header) - 1)
    return buffer.getvalue()


def _write_scope(book, ws, scope: Scope | None, lang: str) -> int:
    """The scope's lines at the top of the sheet; the row where the table starts."""
    if scope is None:
        return 0
    bold = book.add_format({"bold": True})
    lines = header_lines(scope, lang)
    for row, line in enumerate(lines):
        ws.write_string(row, 0, line, bold if row == 0 else None)
    return len(lines) + 1  # a blank line between the scope and the table


def _widths(header: list[str], rows: list[list[tuple[object, str]]]) -> list[int]:
    """Column widths: the longest value (of the first 500 rows) or header word, 10 to 60."""
    widths = [max([8, *(min(len(w), 40) for w in h.split())]) for h in header]
    for row in rows[:500]:
        cells = [0 if v is None else _width(v) for v, _ in row]
        widths = [max(w, c) for w, c in zip(widths, cells, strict=True)]
    return [min(w + 2, 60) for w in widths]


def _write(ws, row: int, col: int, value: object, number_format) -> None:
    """One cell: a number, a real date, or text (never a formula); missing stays blank."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        ws.write_blank(row, col, None, number_format)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, number_format)
    elif isinstance(value, dt.date):
        ws.write_datetime(row, col, value, number_format)
    else:
        ws.write_string(row, col, str(value))
