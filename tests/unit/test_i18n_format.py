"""Locale formatting: numbers, money, percentages and period labels in both languages."""

import datetime as dt

import pytest

from pantau import i18n


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
