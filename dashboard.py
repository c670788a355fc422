"""Pantau: the entry point. Page config, navigation, the shared filters, then the page."""

import streamlit as st

from ui import data, filters, url_state, widgets
from ui.context import connection, tr

st.set_page_config(page_title="Pantau", page_icon=":material/monitoring:", layout="wide")
url_state.begin_run()

# url_path differs from each file's stem: see docs/architecture.md (legacy pages/ mode)
page = st.navigation(
    [
        st.Page("pages/overview.py", title=tr("page.overview"), icon=":material/dashboard:",
                url_path="ringkasan", default=True),
        st.Page("pages/indicator.py", title=tr("page.indicator"), icon=":material/monitoring:",
                url_path="indikator"),
        st.Page("pages/regions.py", title=tr("page.regions"), icon=":material/map:",
                url_path="wilayah"),
        st.Page("pages/budget.py", title=tr("page.budget"), icon=":material/payments:",
                url_path="anggaran"),
        st.Page("pages/program.py", title=tr("page.program"), icon=":material/account_tree:",
                url_path="rantai-hasil"),
        st.Page("pages/quality.py", title=tr("page.quality"), icon=":material/fact_check:",
                url_path="kualitas-data"),
        st.Page("pages/upload.py", title=tr("page.upload"), icon=":material/upload_file:",
                url_path="unggah"),
    ]
)  # fmt: skip

connection()
summary = data.summary(data.db_path())
with st.sidebar:
    st.markdown(f"**{tr('app.title')}** · {tr('app.tagline')}")
filters.sidebar()
widgets.sample_banner(summary)
try:
    page.run()
finally:
    url_state.write()
