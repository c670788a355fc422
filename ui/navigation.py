"""The pages of the app as specs: what runs, its title, icon and address, and what it needs."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import streamlit as st
from streamlit.navigation.page import StreamlitPage


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation, titled in the chosen language."""

    source: str | Callable[[], None]
    title: str
    icon: str | None  # a Material icon's name
    url_path: str
    default: bool = False
    hidden: bool = False
    needs_data: bool = True  # False: the page runs on a database with no observations too

    def page(self) -> StreamlitPage:
        """The Streamlit page this spec describes."""
        return st.Page(
            self.source,
            title=self.title,
            icon=f":material/{self.icon}:" if self.icon else None,
            url_path=self.url_path,
            default=self.default,
            visibility="hidden" if self.hidden else "visible",
        )


def navigate(specs: Sequence[PageSpec]) -> tuple[StreamlitPage, PageSpec]:
    """Register the pages and return the one to run, with its spec."""
    pages = [spec.page() for spec in specs]
    page = st.navigation(pages)
    return page, specs[pages.index(page)]  # st.navigation returns one of the pages given
