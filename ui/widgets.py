"""Small pieces of UI shared by pages: banners, empty states, status labels, tables, downloads."""

import datetime as dt

import pandas as pd
import streamlit as st

from pantau import i18n
from pantau.export import spreadsheets
from pantau.i18n.palette import COLOURS, SYMBOLS
from pantau.tables.columns import MISSING, Table
from ui import data, filters
from ui.context import lang, thresholds, tr

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHOWN_ROWS = 1_000  # rows a table draws; more do not help a reader and strain the browser


def program_names() -> pd.Series:
    """Programme names in the chosen language, by code."""
    return data.programs().set_index("code")[f"name_{lang()}"]


def region_names() -> pd.Series:
    """Region names by code."""
    return data.regions().set_index("code")["name"]


def region_name(code: str | None) -> str:
    """The region's name, or the whole country's when code is None."""
    return region_names().get(code, tr("filter.national"))


def status_label(status: str) -> str:
    """A status in words with its symbol, so it never depends on colour alone."""
    return f"{SYMBOLS[status]} {tr(f'status.{status}')}"


# a status card's box and count, on a screen and (larger) on a projector
_CARD_STYLES = {
    False: ("border-left:6px solid {colour};padding-left:0.6rem", "font-size:2rem"),
    True: (
        "border-left:10px solid {colour};padding-left:1rem;font-size:1.4rem",
        "font-size:3.5rem;font-weight:700",
    ),
}


def status_cards(counts: dict[str, int], projector: bool = False) -> None:
    """One card per status, side by side: its colour, its name and how many indicators have it."""
    box, number = _CARD_STYLES[projector]
    for column, (status, n) in zip(st.columns(len(counts)), counts.items(), strict=True):
        column.markdown(
            f"<div style='{box.format(colour=COLOURS[status])}'>{status_label(status)}<br>"
            f"<span style='{number}'>{n}</span></div>",
            unsafe_allow_html=True,
        )


def status_colours(statuses) -> list[str]:
    """The CSS that colours each row's status cell in its status colour."""
    return [f"color:{COLOURS[s]};font-weight:600" for s in statuses]


def sample_banner(summary: dict) -> None:
    """Say plainly, on every page, when the numbers are generated sample data."""
    if summary.get("sample_built_on"):
        st.info(
            tr("sample.banner", built_on=summary["sample_built_on"]),
            icon=":material/science:",
        )


def stop_if_empty(summary: dict) -> None:
    """A friendly empty state, instead of empty charts, when there are no observations."""
    if not summary.get("reported_periods"):
        st.subheader(tr("empty.title"))
        st.write(tr("empty.body"))
        st.page_link("pages/upload.py", label=tr("page.upload"), icon=":material/upload_file:")
        st.stop()


def dataframe(table: Table, colours: dict[str, list[str]] | None = None, **options) -> None:
    """A table whose numbers sort as numbers and read in the locale; colours: CSS per row.

    At most SHOWN_ROWS rows are drawn (a national list of missing district reports can have a
    hundred thousand), saying so; the downloads beside a table hold every row."""
    total = len(table.data)
    if total > SHOWN_ROWS:
        table = table.head(SHOWN_ROWS)
        colours = {c: css[:SHOWN_ROWS] for c, css in (colours or {}).items()}
        shown, all_rows = i18n.number(SHOWN_ROWS, lang()), i18n.number(total, lang())
        st.caption(tr("table.first_rows", shown=shown, total=all_rows))
    styler = table.styler()
    for column, css in (colours or {}).items():
        styler = styler.apply(lambda _, css=css: css, subset=[column])
    st.dataframe(styler, hide_index=True, placeholder=MISSING, **options)


def download_scope(program: str | None = None) -> spreadsheets.Scope:
    """What the sidebar filters cover (program: the page's own choice of programme)."""
    chosen = filters.current()
    code = program or chosen.program
    summary = data.summary()
    return spreadsheets.Scope(
        program=code,
        program_name=program_names().get(code),
        region=region_names().get(chosen.region),
        as_of=chosen.as_of,
        latest=summary.get("latest_period"),
        made=dt.datetime.now(),
        sample_built_on=summary.get("sample_built_on"),
    )


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
        tr("download.xlsx"),
        lambda: spreadsheets.xlsx_bytes(table, name, scope, lang()),
        f"{base}.xlsx",
        XLSX,
        icon=":material/download:",
        on_click="ignore",
    )


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
    st.caption(
        tr(
            "scope.line",
            program=program_names().get(chosen.program, tr("filter.all_programs")),
            region=region_name(chosen.region),
            as_of=i18n.period_label(chosen.as_of, "month", lang())
            if chosen.as_of
            else tr("filter.latest"),
        )
    )
