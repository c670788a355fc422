"""The pickers pages share, each kept in the URL so a view can be bookmarked or sent."""

import streamlit as st

from ui import url_state


def indicator(label: str, names: dict[str, str], key: str, where=st, **options) -> str:
    """Pick an indicator, shown as 'code — name'; the first one unless the URL says another."""
    codes = list(names)
    url_state.bind(key, codes[0], codes)
    return where.selectbox(
        label, codes, key=key, format_func=lambda c: f"{c} — {names[c]}", **options
    )


def segments(label: str, labels: dict[str, str], key: str, where=st, **options) -> str:
    """Pick one of a few options side by side; the first one unless the URL or person chose."""
    choices = list(labels)
    url_state.bind(key, choices[0], choices)
    chosen = where.segmented_control(label, choices, key=key, format_func=labels.get, **options)
    return chosen or choices[0]  # a segmented control can be cleared: fall back to the first
