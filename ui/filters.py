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
    region_names = {"": tr("filter.national")} | _region_labels(regions)
    period_names = {p: _period_label(p) for p in ["", *periods]}
    url_state.bind("program", "", list(program_names))
    url_state.bind("region", "", list(region_names))
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
        region=st.session_state.get("region") or None,
        as_of=dt.date.fromisoformat(as_of) if as_of else None,
    )


def _region_labels(regions) -> dict[str, str]:
    """Region names by code, regencies indented under their province."""
    return {
        code: (f"↳ {name}" if parent else name)
        for code, name, parent in zip(
            regions["code"],
            regions["name"],
            regions["parent_code"].notna(),
            strict=True,
        )
    }


def _period_label(iso: str) -> str:
    """'Latest' or a month as the locale writes it."""
    if not iso:
        return tr("filter.latest")
    return i18n.period_label(dt.date.fromisoformat(iso), "month", lang())
