"""Unggah Data: read a district's spreadsheet, show every problem, preview, commit, roll back."""

import datetime as dt

import streamlit as st

from pantau import settings
from pantau.errors import PantauError
from pantau.store import uploads
from ui import data, data_version, upload_views, url_state
from ui.context import connection, lang, tr

st.title(tr("upload.title"))
st.write(tr("upload.intro"))
catalogue = data.catalog_snapshot()
upload_views.template_download(catalogue)

url_state.keep("uploader")
who = st.text_input(tr("upload.who"), key="uploader", placeholder=tr("upload.who_placeholder"))
who = who.strip()
# a new key after each commit empties the file picker
picker = f"upload_file_{st.session_state.get('uploads_done', 0)}"
# the browser refuses a larger file before sending it (serve.py sets the server's limit too)
file = st.file_uploader(
    tr("upload.file"),
    type=["xlsx", "xls", "csv"],
    key=picker,
    max_upload_size=settings.max_upload_mb(),
)
st.caption(tr("upload.limit", limit=upload_views.limit_text()))
if file is not None:
    content = file.getvalue()
    fingerprint = uploads.sha256(content)
    parsed = data.parsed_upload(file.name, fingerprint, content, dt.date.today())
    upload_views.notices(parsed.notices)
    if parsed.errors:
        upload_views.errors(parsed.errors, file.name)
    else:
        upload_views.warnings(parsed.warnings)
        preview = data.upload_preview(fingerprint, parsed, content)
        upload_views.preview(preview)
        if preview.changes_anything and st.button(
            tr("upload.confirm", n=preview.counts["new"] + preview.counts["changed"]),
            type="primary",
            disabled=not who,
            help=None if who else tr("upload.who_needed"),
        ):
            try:
                upload_id, _ = uploads.commit(
                    connection(), parsed.observations, parsed.catalog, file.name, content, who
                )
            except PantauError as e:  # the database refused: rolled back, nothing saved
                st.error(e.message(lang()), icon=":material/block:")
            else:
                data_version.begin_run()  # the rest of this run reads the new data
                st.session_state["uploads_done"] = st.session_state.get("uploads_done", 0) + 1
                st.session_state["upload_message"] = tr("upload.committed", upload_id=upload_id)
                st.rerun()

if message := st.session_state.pop("upload_message", None):
    st.success(message, icon=":material/check_circle:")

st.divider()
st.subheader(tr("upload.history"))
history = uploads.history(connection())
upload_views.history_table(history)
committed = history.query("kind == 'upload' and status == 'committed'")
if len(committed):
    with st.form("rollback"):
        choice = st.selectbox(
            tr("upload.rollback_choose"),
            committed["id"].tolist(),
            format_func=lambda i: upload_views.upload_label(committed.set_index("id").loc[i]),
        )
        sure = st.checkbox(tr("upload.rollback_sure"))
        clicked = st.form_submit_button(tr("upload.rollback"))
    if clicked and not who:
        st.warning(tr("upload.who_needed"))
    elif clicked and not sure:
        st.warning(tr("upload.rollback_tick"))
    elif clicked:
        try:
            rollback_id = uploads.rollback(connection(), int(choice), who)
        except PantauError as e:
            st.error(e.message(lang()), icon=":material/block:")
        else:
            data_version.begin_run()
            st.session_state["upload_message"] = tr(
                "upload.rolled_back", upload_id=choice, rollback_id=rollback_id
            )
            st.rerun()
