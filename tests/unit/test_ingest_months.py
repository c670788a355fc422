"""Month spellings used in Indonesian offices, older official ones included (ingest/periods)."""

import datetime as dt

import pytest

from pantau.ingest.periods import parse_period

# every spelling in common use, per month: full, abbreviated, the pre-1972 official spelling
# (Djanuari, Pebruari, Djuni, Djuli, Nopember) and English
SPELLINGS = {
    1: ("Januari", "Jan", "Djanuari", "January"),
    2: ("Februari", "Pebruari", "Feb", "Peb", "February"),
    3: ("Maret", "Mar", "March"),
    4: ("April", "Apr"),
    5: ("Mei", "May"),
    6: ("Juni", "Djuni", "Jun", "June"),
    7: ("Juli", "Djuli", "Jul", "July"),
    8: ("Agustus", "Agt", "Ags", "Agu", "Aug", "August"),
    9: ("September", "Sept", "Sep"),
    10: ("Oktober", "Okt", "Oct", "October"),
    11: ("November", "Nopember", "Nov", "Nop"),
    12: ("Desember", "Des", "Dec", "December"),
}


def forms(name: str) -> list[str]:
    """The ways one spelling is written around a year: cases, a dot, 'Bulan', mmm-yy."""
    return [
        f"{name} 2025",
        f"{name.upper()} 2025",
        f"{name.lower()} 2025",
        f"{name}. 2025",
        f"Bulan {name} 2025",
        f"Bulan {name} Tahun 2025",
        f"{name}-25",
        f"{name}, 2025",
        f"15 {name} 2025",
    ]


@pytest.mark.parametrize("month", sorted(SPELLINGS))
def test_every_spelling_of_the_month_is_read(month):
    cells = [cell for name in SPELLINGS[month] for cell in forms(name)]
    found = {cell: parse_period(cell) for cell in cells}
    wrong = {c: p for c, p in found.items() if p != (dt.date(2025, month, 1), "month")}
    assert wrong == {}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("03/2025", dt.date(2025, 3, 1)),
        ("3/2025", dt.date(2025, 3, 1)),
        ("Mar-99", dt.date(2099, 3, 1)),  # two digits after a month name: always 20xx
        ("Mar '25", dt.date(2025, 3, 1)),
        ("Maret2025", dt.date(2025, 3, 1)),
    ],
)
def test_numeric_and_two_digit_year_forms(cell, expected):
    assert parse_period(cell) == (expected, "month")


@pytest.mark.parametrize(
    "cell",
    [
        "03/25",  # no month name: a day and a month as much as a month and a year
        "Triwulan I 25",
        "Semester 1 25",
        "Maretan 2025",
        "Bulan 2025",
        "Mart 2025",
    ],
)
def test_ambiguous_or_unknown_forms_are_refused(cell):
    assert parse_period(cell) is None
