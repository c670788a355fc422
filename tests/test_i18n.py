"""Translations and locale formatting."""

import ast
import datetime as dt
import re

import pytest

from pantau import i18n
from pantau.i18n.texts import TEXTS
from pantau.settings import PROJECT_DIR

SOURCES = [
    *PROJECT_DIR.glob("pantau/**/*.py"),
    *PROJECT_DIR.glob("ui/*.py"),
    *PROJECT_DIR.glob("pages/*.py"),
    PROJECT_DIR / "dashboard.py",
]


def forms(text: str | dict) -> list[str]:
    """A text's plural forms ({"one": ..., "other": ...}), or the text itself."""
    return list(text.values()) if isinstance(text, dict) else [text]


def test_every_text_exists_in_both_languages():
    for key, entry in TEXTS.items():
        assert set(entry) == set(i18n.LANGUAGES), key
        for lang in i18n.LANGUAGES:
            assert all(isinstance(f, str) and f.strip() for f in forms(entry[lang])), key
            if isinstance(entry[lang], dict):
                assert "other" in entry[lang] and set(entry[lang]) <= {"one", "other"}, key


def test_both_languages_use_the_same_placeholders():
    # a period number may be written in Roman numerals in one language and digits in the other
    names = lambda text: set(re.findall(r"\{(\w+)\}", text)) - {"n", "roman"}
    for key, entry in TEXTS.items():
        found = {lang: [names(f) for f in forms(entry[lang])] for lang in i18n.LANGUAGES}
        assert all(f == found["id"][0] for lang in found for f in found[lang]), key


def _literal_keys() -> set[str]:
    """Every string literal passed as the first argument of t(), tr() or an error."""
    keys = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    if name in {"t", "tr", "DatabaseUnavailable", "QueryFailed"}:
                        keys.add(first.value)
    return keys


def test_every_key_used_in_code_is_in_the_table():
    missing = _literal_keys() - set(TEXTS)
    assert not missing


def test_a_missing_key_is_visible_not_a_crash():
    assert i18n.t("no.such.key") == "[no.such.key]"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("id", "1.234.567,8"), ("en", "1,234,567.8")],
)
def test_numbers_follow_the_locale(lang, expected):
    assert i18n.number(1234567.8, lang, 1) == expected


@pytest.mark.parametrize(
    ("amount", "lang", "expected"),
    [
        (1.2e9, "id", "Rp\u00a01,2\u00a0M"),
        (3.4e12, "id", "Rp\u00a03,4\u00a0T"),
        (1.2e9, "en", "IDR\u00a01.2\u00a0bn"),
        (3.4e12, "en", "IDR\u00a03.4\u00a0tn"),
    ],
)
def test_money_as_people_write_it(amount, lang, expected):
    assert i18n.money(amount, lang) == expected


def test_percent_and_missing_values():
    assert i18n.percent(96.25, "id") == "96,2\u00a0%"  # half to even, as Babel rounds
    assert i18n.percent(96.25, "en") == "96.2%"
    assert i18n.percent(None) == "–"
    assert i18n.money(float("nan")) == "–"


@pytest.mark.parametrize(
    ("grain", "lang", "expected"),
    [
        ("month", "id", "Sep 2026"),
        ("quarter", "id", "Triwulan III 2026"),
        ("quarter", "en", "Q3 2026"),
        ("half", "id", "Semester II 2026"),
        ("year", "en", "2026"),
    ],
)
def test_period_labels(grain, lang, expected):
    assert i18n.period_label(dt.date(2026, 9, 1), grain, lang) == expected


@pytest.mark.parametrize(
    ("key", "params", "lang", "expected"),
    [
        ("upload.confirm", {"n": 1}, "en", "Save 1 row"),
        ("upload.confirm", {"n": 2}, "en", "Save 2 rows"),
        ("upload.confirm", {"n": 0}, "en", "Save 0 rows"),
        ("upload.confirm", {"n": 1}, "id", "Simpan 1 baris"),
        ("upload.confirm", {"n": 5}, "id", "Simpan 5 baris"),
        (
            "upload.warnings",
            {"n": 1},
            "en",
            "1 warning: check this value; the upload can still be saved.",
        ),
        (
            "upload.notice.total_rows",
            {"count": 1, "rows": "16"},
            "en",
            "1 total row skipped: row 16.",
        ),
        (
            "upload.notice.total_rows",
            {"count": 3, "rows": "2, 4, 5"},
            "en",
            "3 total rows skipped: rows 2, 4, 5.",
        ),
        ("budget.quadrant_count", {"label": "A", "n": 1}, "en", "A: 1 region"),
        ("budget.quadrant_count", {"label": "A", "n": 1}, "id", "A: 1 wilayah"),
    ],
)
def test_plural_forms_follow_the_count(key, params, lang, expected):
    assert i18n.t(key, lang, **params) == expected


def test_the_rejection_message_counts_its_errors():
    one = i18n.t("upload.rejected", "en", n=1, file="a.csv")
    assert "it has 1 error." in one
    assert "it has 2 errors." in i18n.t("upload.rejected", "en", n=2, file="a.csv")
    assert "ada 1 kesalahan" in i18n.t("upload.rejected", "id", n=1, file="a.csv")


# texts whose {n} is a fixed number above one (six periods of trend, the heatmap's columns)
FIXED_COUNTS = {
    "projection.sentence_stock",
    "projection.sentence_flow",
    "projection.method_stock",
    "projection.method_flow",
    "regions.heatmap_caption",
}


def test_every_english_count_of_things_has_plural_forms():
    # "{n} rows", "{count} more errors": a plain text would say "1 rows" for a count of 1
    counted = re.compile(r"\{(?:n|count)\} (?:[a-z]+ )?[a-z]+s\b")
    plain = {
        key
        for key, entry in TEXTS.items()
        if isinstance(entry["en"], str) and counted.search(entry["en"])
    }
    assert plain - FIXED_COUNTS == set()
