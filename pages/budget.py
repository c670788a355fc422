"""Placeholder while the page is built (issue 4)."""

import streamlit as st

st.title("budget")
