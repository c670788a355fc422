"""Keeps the chosen filters in the URL, so a view can be bookmarked or sent."""

from collections.abc import Sequence

import streamlit as st

_DEFAULTS = "_url_defaults"


def begin_run() -> None:
    """Forget which keys the previous run bound; each run binds its own."""
    st.session_state[_DEFAULTS] = {}


def bind(key: str, default: object, valid: Sequence[object], many: bool = False) -> None:
    """Seed session_state[key] from the URL on first use, falling back to default if invalid."""
    st.session_state[_DEFAULTS][key] = default
    if key in st.session_state:
        value = st.session_state[key]
    elif _kept(key) in st.session_state:  # a page's widget, back after a visit elsewhere
        value = st.session_state[_kept(key)]
    elif many:
        value = st.query_params.get_all(key)
    else:
        value = st.query_params.get(key, default)
    st.session_state[key] = _valid(value, default, valid, many)


def _kept(key: str) -> str:
    """Where a value is kept while its widget is not drawn (Streamlit drops widget state then)."""
    return f"_kept_{key}"


def keep(key: str, default: object = "") -> None:
    """Restore a widget's value kept from an earlier visit to its page (not put in the URL)."""
    if key not in st.session_state:
        st.session_state[key] = st.session_state.get(_kept(key), default)
    st.session_state.setdefault("_kept_keys", set()).add(key)


def _valid(value: object, default: object, valid: Sequence[object], many: bool) -> object:
    """The value if every part of it is a valid choice, else the default."""
    if many:
        return [v for v in value if v in valid] if isinstance(value, list) else default
    return value if value in valid else default


def write() -> None:
    """Put every bound key that differs from its default in the URL, and drop the rest."""
    defaults = st.session_state.get(_DEFAULTS, {})
    for key in [*defaults, *st.session_state.get("_kept_keys", ())]:
        if key in st.session_state:
            st.session_state[_kept(key)] = st.session_state[key]
    wanted = {
        key: st.session_state[key]
        for key, default in defaults.items()
        if key in st.session_state and st.session_state[key] != default
    }
    for key in list(st.query_params):
        if key not in wanted:
            del st.query_params[key]
    for key, value in wanted.items():
        text = [str(v) for v in value] if isinstance(value, list) else str(value)
        if st.query_params.get_all(key) != (text if isinstance(text, list) else [text]):
            st.query_params[key] = text


def open_overview() -> None:
    """The overview's own address (/ringkasan) opens the overview, which Streamlit serves at /."""
    st.switch_page("pages/overview.py", query_params=st.query_params.to_dict())
