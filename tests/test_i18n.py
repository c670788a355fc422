"""Translations and locale formatting."""

import ast
import datetime as dt
import re

import pytest

from pantau import i18n
from pantau.settings import PROJECT_DIR
from pantau.texts import TEXTS

SOURCES = [
    *PROJECT_DIR.glob("pantau/*.py"),
    *PROJECT_DIR.glob("ui/*.py"),
    *PROJECT_DIR.glob("pages/*.py"),
    PROJECT_DIR / "dashboard.py",
]


def test_every_text_exists_in_both_languages():
    for key, entry in TEXTS.items():
        assert set(entry) == set(i18n.LANGUAGES), key
        assert all(entry[lang].strip() for lang in i18n.LANGUAGES), key


def test_both_languages_use_the_same_placeholders():
    # a period number may be written in Roman numerals in one language and digits in the other
    same = lambda text: set(re.findall(r"\{(\w+)\}", text)) - {"n", "roman"}
    for key, entry in TEXTS.items():
        assert same(entry["id"]) == same(entry["en"]), key


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
