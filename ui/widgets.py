"""Small pieces of UI shared by pages: banners, empty states, status labels, downloads."""

import pandas as pd
import streamlit as st

from pantau import export, i18n
from pantau.status import SYMBOLS
from ui import data
from ui.context import lang, thresholds, tr


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


def status_legend() -> str:
    """What each status means, with the thresholds in force."""
    limits = thresholds()
    return tr(
        "status.legend",
        on_track=i18n.number(limits.on_track, lang()),
        at_risk=i18n.number(limits.at_risk, lang()),
    )


def scope(chosen) -> None:
    """One line saying what the page shows: programme, region and period."""
    programs = data.programs(data.db_path()).set_index("code")[f"name_{lang()}"]
    regions = data.regions(data.db_path()).set_index("code")["name"]
    st.caption(
        tr(
            "scope.line",
            program=programs.get(chosen.program, tr("filter.all_programs")),
            region=regions.get(chosen.region, tr("filter.national")),
            as_of=i18n.period_label(chosen.as_of, "month", lang())
            if chosen.as_of
            else tr("filter.latest"),
        )
    )
