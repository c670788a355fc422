"""The code's shape and its documentation: settings, pages and layer rules kept as written."""

import ast
import re
from pathlib import Path

import pytest

from pantau import i18n, settings

ROOT = Path(settings.PROJECT_DIR)
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
APP_CODE = [
    *sorted((ROOT / "pantau").rglob("*.py")),
    *sorted((ROOT / "ui").glob("*.py")),
    *sorted((ROOT / "pages").glob("*.py")),
    ROOT / "dashboard.py",
    ROOT / "serve.py",
]
# pantau/'s packages from the bottom up: a module imports only from packages below its own
LAYERS = {
    "i18n": 0,
    "errors": 1,
    "settings": 2,
    "store": 3,
    "ingest": 3,
    "analysis": 4,
    "tables": 5,
    "charts": 6,
    "export": 7,
}


def tree(path: Path) -> ast.Module:
    """The parsed module at path."""
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported(path: Path) -> set[str]:
    """Every module path imports, as dotted names ('pantau.store.db', 'streamlit')."""
    names = set()
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def rel(path: Path) -> str:
    """path relative to the project, with forward slashes."""
    return path.relative_to(ROOT).as_posix()


def environment_reads(path: Path) -> list[int]:
    """The lines of path that read the environment (os.environ, os.getenv)."""
    lines = []
    for node in ast.walk(tree(path)):
        is_environ = isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}
        if is_environ and isinstance(node.value, ast.Name) and node.value.id == "os":
            lines.append(node.lineno)
    return sorted(lines)


def setting_names() -> set[str]:
    """Every PANTAU_* variable settings.py reads."""
    text = (ROOT / "pantau" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'"(PANTAU_[A-Z_]+)"', text))


def test_settings_are_read_in_settings_py_only():
    readers = {
        rel(path): lines
        for path in APP_CODE
        if path.name != "settings.py" and (lines := environment_reads(path))
    }
    assert readers == {}


def test_the_environment_reader_finds_a_read(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\n\nX = os.environ.get('A')\nY = os.getenv('B')\n")
    assert environment_reads(probe) == [3, 4]


def test_settings_py_reads_the_known_settings():
    assert setting_names() >= {
        "PANTAU_DB",
        "PANTAU_SAMPLE_DATA",
        "PANTAU_ON_TRACK",
        "PANTAU_AT_RISK",
        "PANTAU_MAX_UPLOAD_MB",
        "PANTAU_REPORT_GRACE_DAYS",
    }


@pytest.mark.parametrize("name", sorted(setting_names()))
def test_every_setting_is_in_the_readme_table(name):
    rows = [line for line in README.splitlines() if line.startswith("|") and f"`{name}`" in line]
    assert rows, f"{name} is read by pantau/settings.py but not in the README's settings table"


def navigation_pages() -> list[tuple[str, str]]:
    """(page file, title key) of every PageSpec in dashboard.py that runs a page file."""
    pages = []
    for node in ast.walk(tree(ROOT / "dashboard.py")):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "PageSpec":
            source, title = node.args[0], node.args[1]
            if isinstance(source, ast.Constant) and isinstance(title, ast.Call):
                pages.append((source.value, title.args[0].value))
    return pages


def test_every_page_file_is_in_the_navigation():
    files = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert {page for page, _ in navigation_pages()} == files


@pytest.mark.parametrize(("page", "key"), navigation_pages())
def test_every_page_is_in_the_readme(page, key):
    title = i18n.t(key, "id")
    assert f"**{title}**" in README, f"{page} ({title}) is not described under the README's Pages"


def layer_problems(where: str, names: set[str]) -> list[str]:
    """What breaks a layer rule when the file at where imports names."""
    problems = []
    if where.startswith("pantau/"):
        if any(n.split(".")[0] == "streamlit" for n in names):
            problems.append("pantau/ imports streamlit")
        own = where.split("/")[1].removesuffix(".py")
        packages = {n.split(".")[1] for n in names if n.startswith("pantau.")}
        upward = sorted(p for p in packages & set(LAYERS) - {own} if LAYERS[p] >= LAYERS[own])
        problems += [f"{where} imports pantau.{p}, which is not below {own}" for p in upward]
    if where.startswith("pages/"):
        if "duckdb" in names:
            problems.append(f"{where} imports duckdb: the database is reached through ui/")
        if names & {"pantau.store.queries", "pantau.store.db"}:
            problems.append(f"{where} runs queries itself")
    return problems


@pytest.mark.parametrize("path", APP_CODE, ids=rel)
def test_layer_rules(path):
    assert layer_problems(rel(path), imported(path)) == []


def test_the_layer_rules_catch_what_they_forbid():
    assert layer_problems("pantau/store/db.py", {"pantau.charts.style", "pantau.errors"}) == [
        "pantau/store/db.py imports pantau.charts, which is not below store"
    ]
    assert layer_problems("pantau/store/db.py", {"pantau.ingest"}) != []  # same floor
    assert layer_problems("pantau/tables/x.py", {"streamlit"}) == ["pantau/ imports streamlit"]
    assert len(layer_problems("pages/x.py", {"duckdb", "pantau.store.queries"})) == 2
    assert layer_problems("pantau/charts/x.py", {"pantau.tables", "pantau.i18n"}) == []


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")), ids=rel)
def test_pages_hold_no_sql_and_stay_short(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\b(select|insert|update|delete)\b.+\bfrom\b", text, re.IGNORECASE)
    assert len(text.splitlines()) <= 100, f"{rel(path)} is longer than 100 lines"


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.sql")), ids=rel)
def test_every_query_says_its_grain_on_the_first_line(path):
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith("-- "), f"{rel(path)}: the first line is not a comment"
    writes = re.search(r"^\s*(insert|update|delete|create)\b", text, re.IGNORECASE | re.MULTILINE)
    if not writes:  # a question: its first line says what one row of the answer is
        assert first.startswith("-- one row"), f"{rel(path)}: {first!r}"


def test_docs_name_files_that_exist():
    named = set(re.findall(r"`((?:pantau|ui|pages|queries|tests|benchmarks)/[\w/.-]+)`", DOCS))
    named |= set(re.findall(r"`((?:pantau|ui|pages|queries|tests)/[\w/.-]+)`", README))
    missing = sorted(n for n in named if not (ROOT / n.split("::")[0]).exists())
    assert missing == []
