"""Smoke: every page of dashboard.py's navigation runs in every language and shows its title."""

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pantau import i18n
from tests.support.helpers import DASHBOARD

PAGE_CALLS = {"Page", "PageSpec"}  # st.Page(...), or ui.navigation's PageSpec that makes one


def _is_page_entry(node: ast.AST) -> bool:
    """Whether node is an entry of the navigation: st.Page(...) or PageSpec(...)."""
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    return name in PAGE_CALLS


def navigation_pages() -> list[str]:
    """Every page file of dashboard.py's navigation entries (hidden ones too), in their order."""
    tree = ast.parse(Path(DASHBOARD).read_text(encoding="utf-8"))
    pages = [
        node.args[0].value
        for node in ast.walk(tree)
        if _is_page_entry(node) and node.args and isinstance(node.args[0], ast.Constant)
    ]
    assert pages, "no st.Page('pages/...') or PageSpec('pages/...') found in dashboard.py"
    return list(dict.fromkeys(pages))


def title_key(page: str) -> str | None:
    """The text key of the page's first st.title(tr("...")), or None if the title is data."""
    tree = ast.parse((Path(DASHBOARD).parent / page).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        is_title = isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "title"
        if is_title and node.args and isinstance(node.args[0], ast.Call):
            inner = node.args[0]
            if getattr(inner.func, "id", None) == "tr" and isinstance(inner.args[0], ast.Constant):
                return inner.args[0].value
    return None


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("page", navigation_pages())
def test_every_page_runs_and_shows_its_title(app_db, page, lang):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    at.switch_page(page).run()
    assert not at.exception, f"{page} ({lang}): {at.exception}"
    assert at.title, f"{page} ({lang}) shows no title"
    title = at.title[0].value
    assert title.strip() and not title.startswith("["), f"{page} ({lang}): {title!r}"
    key = title_key(page)
    if key is not None:
        assert title == i18n.t(key, lang)


def test_the_page_list_is_read_from_the_navigation():
    pages = navigation_pages()
    assert pages[0] == "pages/overview.py"  # the default page
    assert {"pages/upload.py", "pages/present.py"} <= set(pages)  # hidden pages count too
    assert all((Path(DASHBOARD).parent / page).is_file() for page in pages)
