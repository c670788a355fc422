"""Pantau: the entry point. Page config, navigation, the shared filters, then the page."""

import streamlit as st

from pantau import i18n
from pantau.errors import PantauError
from ui import data, data_version, filters, url_state, widgets
from ui.context import connection, lang, tr
from ui.navigation import PageSpec, navigate

st.set_page_config(page_title="Pantau", page_icon=":material/monitoring:", layout="wide")
url_state.begin_run()
st.session_state["_charts_drawn"] = 0  # ui.exports numbers the charts of each run
url_state.bind("lang", i18n.DEFAULT_LANGUAGE, i18n.LANGUAGES)  # before any text is chosen

# url_path differs from each file's stem: see docs/architecture.md (legacy pages/ mode)
PAGES = [
    PageSpec("pages/overview.py", tr("page.overview"), "dashboard", "beranda", default=True),
    # Streamlit serves the default page at / only: its own address must still open it (then
    # the overview itself says whether the database is empty)
    PageSpec(
        url_state.open_overview,
        tr("page.overview"),
        None,
        "ringkasan",
        hidden=True,
        needs_data=False,
    ),
    PageSpec("pages/indicator.py", tr("page.indicator"), "monitoring", "indikator"),
    PageSpec("pages/regions.py", tr("page.regions"), "map", "wilayah"),
    PageSpec("pages/budget.py", tr("page.budget"), "payments", "anggaran"),
    PageSpec("pages/program.py", tr("page.program"), "account_tree", "rantai-hasil"),
    PageSpec("pages/quality.py", tr("page.quality"), "fact_check", "kualitas-data"),
    # where the first data comes in, so it must work on an empty database
    PageSpec("pages/upload.py", tr("page.upload"), "upload_file", "unggah", needs_data=False),
    PageSpec("pages/present.py", tr("page.present"), "slideshow", "presentasi", hidden=True),
]
page, spec = navigate(PAGES)

connection()  # first: it clears the cached reads if the database is another one than before
data_version.begin_run()  # every cached read of this run is keyed on it
try:
    summary = data.summary()
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
    if spec.needs_data:
        widgets.stop_if_empty(summary)  # a friendly empty state instead of empty charts
    page.run()
except (
    data_version.DataChangedError
):  # a write landed mid-run: draw it all again, from the new data
    st.rerun()
except PantauError as e:  # the project's own errors carry a message a person can act on
    st.error(e.message(lang()), icon=":material/error:")
finally:
    url_state.write()
