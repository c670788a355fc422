"""Pantau: the entry point. Page config, navigation, the shared filters, then the page."""

import streamlit as st

from pantau import i18n
from pantau.errors import PantauError
from ui import data, filters, url_state, widgets
from ui.context import connection, lang, tr

st.set_page_config(page_title="Pantau", page_icon=":material/monitoring:", layout="wide")
url_state.begin_run()
st.session_state["_charts_drawn"] = 0  # ui.exports numbers the charts of each run
url_state.bind("lang", i18n.DEFAULT_LANGUAGE, i18n.LANGUAGES)  # before any text is chosen

# url_path differs from each file's stem: see docs/architecture.md (legacy pages/ mode)
page = st.navigation(
    [
        st.Page("pages/overview.py", title=tr("page.overview"), icon=":material/dashboard:",
                url_path="beranda", default=True),
        # Streamlit serves the default page at / only: its own address must still open it
        st.Page(url_state.open_overview, title=tr("page.overview"), url_path="ringkasan",
                visibility="hidden"),
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
        st.Page("pages/present.py", title=tr("page.present"), icon=":material/slideshow:",
                url_path="presentasi", visibility="hidden"),
    ]
)  # fmt: skip

connection()
summary = data.summary(data.db_path())
with st.sidebar:
    st.markdown(f"**{tr('app.title')}** · {tr('app.tagline')}")
    st.segmented_control(
        tr("app.language"),
        i18n.LANGUAGES,
        key="lang",
        format_func={c: tr(f"language.{c}") for c in i18n.LANGUAGES}.get,
    )
filters.sidebar()
with st.sidebar:
    st.page_link("pages/present.py", label=tr("present.start"), icon=":material/slideshow:")
widgets.sample_banner(summary)
try:
    page.run()
except PantauError as e:  # the project's own errors carry a message a person can act on
    st.error(e.message(lang()), icon=":material/error:")
finally:
    url_state.write()
