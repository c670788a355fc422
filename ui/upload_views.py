"""How the upload page shows problems, the preview and the history."""

import pandas as pd
import streamlit as st

from pantau import i18n, ingest, settings
from pantau.export import template
from pantau.ingest.reading import size_text
from pantau.store.uploads import Preview
from ui.context import lang, tr
from ui.widgets import downloads


def limit_text() -> str:
    """The upload limit as the page states it ("50 MB"), from $PANTAU_MAX_UPLOAD_MB."""
    return size_text(settings.max_upload_bytes(), up=False)


def notices(problems: list) -> None:
    """Informational notes: which sheet was read, what was skipped or ignored."""
    for p in problems:
        text = i18n.t(p.key, lang(), **p.params)
        st.info(f"**{p.sheet}** · {text}" if p.sheet else text, icon=":material/info:")


def errors(problems: list, file_name: str) -> None:
    """Every error as a table the sender can download and fix from; nothing was written."""
    st.error(tr("upload.rejected", n=len(problems), file=file_name), icon=":material/block:")
    table = ingest.problems_frame(problems, lang())
    st.dataframe(table, hide_index=True)
    downloads(table, "pantau-kesalahan-unggahan")


def warnings(problems: list) -> None:
    """Warnings that do not stop the upload."""
    if problems:
        st.warning(tr("upload.warnings", n=len(problems)), icon=":material/warning:")
        st.dataframe(ingest.problems_frame(problems, lang()), hide_index=True)


def preview(result: Preview) -> None:
    """Counts of new, changed and unchanged rows, and each change as old -> new."""
    st.subheader(tr("upload.preview"))
    cols = st.columns(4)
    for col, kind in zip(cols, ("new", "changed", "unchanged"), strict=False):
        col.metric(tr(f"upload.count.{kind}"), i18n.number(result.counts[kind], lang()))
    cols[3].metric(tr("upload.count.catalog"), i18n.number(result.catalog_rows, lang()))
    if len(result.same_file):
        first = result.same_file.iloc[0]
        st.info(
            tr("upload.same_file", upload_id=int(first["id"]), when=str(first["uploaded_at"])[:16])
        )
    if not result.changes_anything:
        st.success(tr("upload.nothing_changes"), icon=":material/check:")
    if len(result.no_target):
        st.warning(tr("upload.no_target", n=len(result.no_target)), icon=":material/warning:")
        st.dataframe(_keys(result.no_target), hide_index=True)
    if len(result.stock_drops):
        st.warning(tr("upload.stock_drops", n=len(result.stock_drops)), icon=":material/warning:")
        st.dataframe(_drops(result.stock_drops), hide_index=True)
    changed = result.changes.query("change == 'changed'")
    if len(changed):
        st.markdown(f"**{tr('upload.changed_rows')}**")
        st.dataframe(_changed(changed), hide_index=True)


def _changed(changed: pd.DataFrame) -> pd.DataFrame:
    """Changed cells as 'old -> new' for planned and actual."""
    show = lambda v: i18n.number(v, lang(), 0 if pd.isna(v) or float(v).is_integer() else 2)
    arrow = lambda old, new: f"{show(old)} → {show(new)}"
    return pd.DataFrame(
        {
            tr("upload.col.line"): changed["row"],
            tr("col.indicator"): changed["indicator_code"],
            tr("col.region"): changed["region_code"],
            tr("col.period"): changed["period_start"].dt.strftime("%Y-%m"),
            tr("col.planned"): [
                arrow(o, n) for o, n in zip(changed["old_planned"], changed["planned"], strict=True)
            ],
            tr("col.actual"): [
                arrow(o, n) for o, n in zip(changed["old_actual"], changed["actual"], strict=True)
            ],
        }
    )


def _keys(rows: pd.DataFrame) -> pd.DataFrame:
    """The file row, indicator, region and period of some incoming rows."""
    return pd.DataFrame(
        {
            tr("upload.col.line"): rows["row"],
            tr("col.indicator"): rows["indicator_code"],
            tr("col.region"): rows["region_code"],
            tr("col.period"): rows["period_start"].dt.strftime("%Y-%m"),
        }
    )


def _drops(drops: pd.DataFrame) -> pd.DataFrame:
    """Stock values that fell by more than half."""
    return pd.DataFrame(
        {
            tr("upload.col.line"): drops["row"],
            tr("col.indicator"): drops["indicator_code"],
            tr("col.region"): drops["region_code"],
            tr("col.period"): drops["period_start"].dt.strftime("%Y-%m"),
            tr("upload.col.previous"): drops["previous_actual"],
            tr("col.actual"): drops["actual"],
        }
    )


def upload_label(row: pd.Series) -> str:
    """'#3 · jabar.xlsx · 2026-11-27 10:04 · ani' for choosing an upload."""
    return (
        f"#{row.name} · {row['file_name']} · {str(row['uploaded_at'])[:16]} · {row['uploaded_by']}"
    )


def history_table(history: pd.DataFrame) -> None:
    """Every upload and roll back, newest first."""
    if history.empty:
        st.caption(tr("upload.no_history"))
        return
    status = lambda r: tr(f"upload.status.{r['kind']}_{r['status']}")
    st.dataframe(
        pd.DataFrame(
            {
                "#": history["id"],
                tr("upload.col.file"): history["file_name"],
                tr("upload.col.who"): history["uploaded_by"],
                tr("upload.col.when"): history["uploaded_at"].dt.strftime("%Y-%m-%d %H:%M"),
                tr("upload.count.new"): history["rows_inserted"],
                tr("upload.count.changed"): history["rows_updated"],
                tr("upload.count.unchanged"): history["rows_unchanged"],
                tr("col.status"): history.apply(status, axis=1),
            }
        ),
        hide_index=True,
    )


def template_download(catalogue: ingest.Catalog) -> None:
    """The template for one province (its regencies and districts) or for every regency."""
    regions = catalogue.regions
    provinces = regions[regions["level"] == "provinsi"]
    names = dict(zip(provinces["code"], provinces["name"], strict=True))
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    province = left.selectbox(
        tr("upload.template_region"),
        [None, *names],
        format_func=lambda code: names.get(code) or tr("upload.template_all"),
        key="template_province",
        help=tr("upload.template_region_help"),
    )
    chosen = template.template_regions(regions, province)
    right.download_button(
        tr("upload.template"),
        template.template_xlsx(catalogue.indicators, chosen),
        f"pantau-template-{province or 'nasional'}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table_view:",
        on_click="ignore",
    )
