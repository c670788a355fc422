"""Problems as a table a person reads on screen or downloads as a spreadsheet."""

import pandas as pd

from pantau import i18n
from pantau.ingest.results import Problem

COLUMNS = ("sheet", "row", "column", "value", "message")


def message(problem: Problem, lang: str = i18n.DEFAULT_LANGUAGE) -> str:
    """The problem's message in lang (plural forms chosen by i18n.t)."""
    return i18n.t(problem.key, lang, **problem.params)


def problems_frame(problems: list[Problem], lang: str = i18n.DEFAULT_LANGUAGE) -> pd.DataFrame:
    """One row per problem: sheet, row, column, value, message, headed in lang."""
    frame = pd.DataFrame(
        {
            "sheet": pd.Series([p.sheet for p in problems], dtype="str"),
            "row": pd.Series([p.row for p in problems], dtype="Int64"),
            "column": pd.Series([p.column for p in problems], dtype="str"),
            "value": pd.Series([p.value for p in problems], dtype="str"),
            "message": pd.Series([message(p, lang) for p in problems], dtype="str"),
        }
    )
    headings = {
        c: message(Problem("", None, None, None, f"upload.col.{c}", {}), lang) for c in COLUMNS
    }
    return frame.rename(columns=headings)
