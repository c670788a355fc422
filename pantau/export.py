"""Tables as files to take away: CSV and XLSX that no spreadsheet turns into formulas."""

import io

import pandas as pd

FORMULA_START = ("=", "+", "-", "@")


def _defuse(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(table: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so Excel shows Indonesian text correctly."""
    safe = table.copy()
    for column in safe.select_dtypes(include=["object", "string"]).columns:
        safe[column] = safe[column].map(_defuse)
    return safe.to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(table: pd.DataFrame, sheet: str = "data") -> bytes:
    """An .xlsx workbook of one sheet; text is always stored as text, never as a formula."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as xl:
        table.to_excel(xl, sheet_name=sheet[:31], index=False)
        worksheet = xl.sheets[sheet[:31]]
        for i, column in enumerate(table.columns):
            width = max(len(str(column)), *(len(str(v)) for v in table[column].head(200)), 8)
            worksheet.set_column(i, i, min(width + 2, 60))
    return buffer.getvalue()
