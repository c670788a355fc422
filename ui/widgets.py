"""Small pieces of UI shared by pages: banners, empty states, status labels, downloads."""

import pandas as pd
import streamlit as st

from pantau import export
from pantau.status import SYMBOLS
from ui.context import tr


def status_label(status: str) -> str:
    """A status in words with its symbol, so it never depends on colour alone."""
    return f"{SYMBOLS[status]} {tr(f'status.{status}')}"


def sample_banner(summary: dict) -> None:
    """Say plainly, on every page, when the numbers are generated sample data."""
    if summary.get("sample_built_on"):
        st.info(
            tr("sample.banner", built_on=summary["sample_built_on"]),
            icon=":material/science:",
        )


def stop_if_empty(summary: dict, db_path: str) -> None:
    """A friendly empty state, instead of empty charts, when there are no observations."""
    if not summary.get("reports"):
        st.subheader(tr("empty.title"))
        st.write(tr("empty.body", path=db_path))
        st.page_link("pages/upload.py", label=tr("page.upload"), icon=":material/upload_file:")
        st.stop()


def downloads(table: pd.DataFrame, name: str) -> None:
    """CSV and Excel download buttons for a table."""
    left, right, _ = st.columns([1, 1, 4])
    left.download_button(
        tr("download.csv"), export.csv_bytes(table), f"{name}.csv", "text/csv",
        icon=":material/download:", on_click="ignore",
    )  # fmt: skip
    right.download_button(
        tr("download.xlsx"), export.xlsx_bytes(table, name), f"{name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:", on_click="ignore",
    )  # fmt: skip
