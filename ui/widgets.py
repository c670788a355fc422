"""Small pieces of UI shared by pages: banners, empty states, status labels, tables, downloads."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.export import spreadsheets
from pantau.i18n.palette import SYMBOLS
from pantau.tables.columns import MISSING, Table
from ui import data, filters
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
        st.write(tr("empty.body"))
        st.page_link("pages/upload.py", label=tr("page.upload"), icon=":material/upload_file:")
        st.stop()


def dataframe(table: Table, colours: dict[str, list[str]] | None = None, **options) -> None:
    """A table whose numbers sort as numbers and read in the locale; colours: CSS per row."""
    styler = table.styler()
    for column, css in (colours or {}).items():
        styler = styler.apply(lambda _, css=css: css, subset=[column])
    st.dataframe(styler, hide_index=True, placeholder=MISSING, **options)


def download_scope(program: str | None = None) -> spreadsheets.Scope:
    """What the sidebar filters cover (program: the page's own choice of programme)."""
    chosen, db = filters.current(), data.db_path()
    code = program or chosen.program
    programs = data.programs(db).set_index("code")[f"name_{lang()}"]
    regions = data.regions(db).set_index("code")["name"]
    summary = data.summary(db)
    return spreadsheets.Scope(
        program=code, program_name=programs.get(code), region=regions.get(chosen.region),
        as_of=chosen.as_of, latest=summary.get("latest_period"), made=dt.datetime.now(),
        sample_built_on=summary.get("sample_built_on"),
    )  # fmt: skip


def downloads(table: Table | pd.DataFrame, name: str, program: str | None = None) -> None:
    """CSV and Excel buttons; a filtered Table's file names and Excel header say its scope.

    A plain DataFrame (the errors of an upload) does not depend on the filters: no scope.
    """
    scope = download_scope(program) if isinstance(table, Table) else None
    base = spreadsheets.file_name(name, scope, lang())
    left, right, _ = st.columns([1, 1, 4])
    left.download_button(
        tr("download.csv"),
        lambda: spreadsheets.csv_bytes(table, lang()),
        f"{base}.csv",
        "text/csv",
        icon=":material/download:",
        on_click="ignore",
    )
    right.download_button(
        tr("download.xlsx"), lambda: spreadsheets.xlsx_bytes(table, name, scope, lang()),
        f"{base}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
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
