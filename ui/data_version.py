"""Cached reads keyed on the data version, so a write retires every older answer at once.

Each run reads the version once, first (dashboard.py). A cached reader is keyed on it as well as
on its own arguments, and checks it again after reading: if a write landed meanwhile, the answer
may mix two states of the data, so it is not kept and the run starts again (DataChanged).
"""

import functools
from collections.abc import Callable

import streamlit as st

from pantau.store import uploads
from ui.context import connection

CACHE = {"ttl": 3600, "max_entries": 256, "show_spinner": False}
_KEY = "_data_version"


class DataChangedError(Exception):
    """A write landed while this run was reading."""


def begin_run() -> int:
    """Read the data version for this run (and after a write, for the rest of it)."""
    st.session_state[_KEY] = uploads.data_version(connection())
    return st.session_state[_KEY]


def of_run() -> int:
    """The data version this run reads at."""
    if _KEY not in st.session_state:  # a callback before the first run
        return begin_run()
    return st.session_state[_KEY]


def cached(func: Callable | None = None, **options) -> Callable:
    """st.cache_data keyed on the data version too; options replace CACHE's."""

    def decorate(read: Callable) -> Callable:
        # wraps: Streamlit names the cache after read's module, name and source, not this one
        @st.cache_data(**(CACHE | options))
        @functools.wraps(read)
        def at_version(*args, data_version: int, **kwargs):
            answer = read(*args, **kwargs)
            if uploads.data_version(connection()) != data_version:
                raise DataChangedError
            return answer

        @functools.wraps(read)
        def reader(*args, **kwargs):
            return at_version(*args, data_version=of_run(), **kwargs)

        return reader

    return decorate(func) if func is not None else decorate


@st.cache_resource(max_entries=64, ttl=3600, show_spinner=False)
def _drawn(name: str, _build: Callable, args: tuple, kwargs: dict):
    """The figure _build(*args, **kwargs), kept as it is (never copied: nothing changes it)."""
    return _build(*args, **kwargs)


def drawn(build: Callable, *args, **kwargs):
    """build(*args, **kwargs), built once per arguments: Plotly takes 100-300 ms to build a
    large chart, and a rerun (a click elsewhere on the page) would build it again. The
    arguments are the chart's data, so a new data version gives new arguments."""
    return _drawn(f"{build.__module__}.{build.__qualname__}", build, args, kwargs)
