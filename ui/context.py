"""The database connection, the language and the settings of the running app."""

import contextlib
import importlib

import duckdb
import streamlit as st

from pantau import i18n, settings
from pantau.errors import PantauError
from pantau.store import db


@st.cache_resource(show_spinner=False)
def _connection(path: str, with_sample: bool) -> duckdb.DuckDBPyConnection:
    """One connection per process and database file; callers take a cursor per query."""
    return db.open_database(path, with_sample=with_sample)


# The database path these caches were filled from. The cached readers of ui/data*.py take only
# their real arguments, so their cache keys do not name the database: when another database is
# opened (tests point PANTAU_DB at different files), every cached answer belongs to the old one.
_cached_for: list[str] = []


def _forget_other_database(path: str) -> None:
    """Clear st.cache_data if the caches were filled from another database than path."""
    if _cached_for != [path]:
        st.cache_data.clear()
        _cached_for[:] = [path]


def connection() -> duckdb.DuckDBPyConnection:
    """The database connection, or a clear message and a stop if it cannot be opened.

    dashboard.py calls it first in every run, before any cached reader is asked.
    """
    path = settings.database_path()
    _forget_other_database(str(path))
    try:
        return _connection(str(path), settings.load_sample_data())
    except PantauError as e:
        st.error(e.message(lang()), icon=":material/error:")
        st.stop()


# what the pages import besides Streamlit, heaviest first (python -X importtime: about 1 s)
PRELOADED = (
    "pandas",
    "plotly.graph_objects",
    "pantau.export.deck",
    "pantau.export.spreadsheets",
    "pantau.export.html_report",
    "pantau.analysis.metrics",
    "pantau.charts.maps",
)


def prepare() -> None:
    """Before the server listens (serve.py): import what the pages use and open the database
    (migrations, the sample on a new file), so the first visitor waits for neither. A database
    that cannot be opened is left for the first page to explain."""
    for name in PRELOADED:
        importlib.import_module(name)
    with contextlib.suppress(PantauError):
        _connection(str(settings.database_path()), settings.load_sample_data())


def lang() -> str:
    """The language the person chose (Bahasa Indonesia unless they chose English)."""
    chosen = st.session_state.get("lang", i18n.DEFAULT_LANGUAGE)
    return chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def tr(key: str, **params: object) -> str:
    """The text for key in the chosen language."""
    return i18n.t(key, lang(), **params)


def thresholds() -> settings.StatusThresholds:
    """The status thresholds in force."""
    return settings.status_thresholds()
