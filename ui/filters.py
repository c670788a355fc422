"""The shared filters in the sidebar: programme, region and period, kept in the URL."""

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from pantau import i18n
from ui import data, url_state
from ui.context import lang, tr


@dataclass(frozen=True)
class Filters:
    """What the person is looking at: a programme (or all), a region (or the nation), a period."""

    program: str | None
    region: str | None
    as_of: dt.date | None

    @property
    def regions(self) -> tuple[str, ...]:
        """The chosen regions as the metrics take them (empty: the whole country)."""
        return (self.region,) if self.region else ()


def sidebar() -> Filters:
    """Draw the shared filters and return what they are set to."""
    programs = data.programs().query("indicators > 0")  # nothing to show otherwise
    regions = data.regions()
    periods = [p.isoformat() for p in data.report_periods()]
    # labels are looked up, not computed, when the widget formats them: the language is fixed
    program_names = {"": tr("filter.all_programs")} | dict(
        zip(programs["code"], programs[f"name_{lang()}"], strict=True)
    )
    region_names = {"": tr("filter.national")} | region_labels(regions)
    period_names = {p: _period_label(p) for p in ["", *periods]}
    url_state.bind("program", "", list(program_names))
    url_state.bind("region", "", list(region_names))
    # a regency's districts are listed only once the regency is chosen: 7,285 do not fit one list
    districts = district_labels(regions, st.session_state.get("region"))
    url_state.bind("district", "", ["", *districts])
    url_state.bind("as_of", "", ["", *periods])
    with st.sidebar:
        st.selectbox(
            tr("filter.program"),
            list(program_names),
            key="program",
            format_func=program_names.get,
        )
        st.selectbox(
            tr("filter.region"),
            list(region_names),
            key="region",
            format_func=region_names.get,
            help=tr("filter.region_help"),
            on_change=lambda: st.session_state.update(district=""),
        )
        if districts:
            district_names = {"": tr("filter.all_districts")} | districts
            st.selectbox(
                tr("filter.district"),
                list(district_names),
                key="district",
                format_func=district_names.get,
            )
        st.selectbox(
            tr("filter.as_of"),
            list(period_names),
            key="as_of",
            format_func=period_names.get,
            help=tr("filter.as_of_help"),
        )
    return current()


def current() -> Filters:
    """The filters as the sidebar set them in this run."""
    as_of = st.session_state.get("as_of") or None
    return Filters(
        program=st.session_state.get("program") or None,
        region=st.session_state.get("district") or st.session_state.get("region") or None,
        as_of=dt.date.fromisoformat(as_of) if as_of else None,
    )


def region_labels(regions) -> dict[str, str]:
    """The provinces, and the regencies with their province's name ("Kabupaten Sleman · DI
    Yogyakarta"), so typing part of a name finds it; districts are left to district_labels."""
    names = dict(zip(regions["code"], regions["name"], strict=True))
    shown = regions[regions["level"].isin(("provinsi", "kabupaten_kota"))]
    return {
        code: f"{name} · {names[parent]}" if isinstance(parent, str) else name
        for code, name, parent in zip(
            shown["code"], shown["name"], shown["parent_code"], strict=True
        )
    }


def district_labels(regions, regency: str | None) -> dict[str, str]:
    """The districts of a regency (none for a province or the nation), by code."""
    if not regency:
        return {}
    inside = regions[(regions["parent_code"] == regency) & (regions["level"] == "kecamatan")]
    return dict(zip(inside["code"], inside["name"], strict=True))


def _period_label(iso: str) -> str:
    """'Latest' or a month as the locale writes it."""
    if not iso:
        return tr("filter.latest")
    return i18n.period_label(dt.date.fromisoformat(iso), "month", lang())
