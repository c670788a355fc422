"""Reading and validating uploaded monitoring spreadsheets (no database, no Streamlit).

``parse_upload(file_name, content, catalog, today)`` turns the bytes of an .xlsx, .xls or
.csv into clean observation rows, optional catalogue entries, and problems that each carry
a translation key (pantau/i18n/locale, docs/translations.md); ``problems_frame`` lays
problems out as a table.
"""

from pantau.ingest.report import problems_frame
from pantau.ingest.results import Catalog, ParsedUpload, Problem
from pantau.ingest.upload import DEFAULT_MAX_BYTES, parse_upload

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Catalog",
    "ParsedUpload",
    "Problem",
    "parse_upload",
    "problems_frame",
]
