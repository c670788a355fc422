"""The budget page's formatting (Anggaran): money as Indonesians write it, texts in both
languages."""

import pandas as pd

from pantau import i18n
from pantau.tables import budget as budget_tables
from tests.support import catalogs
from tests.support.budget_case import B

NBSP = "\u00a0"


# --- what a person reads -------------------------------------------------------------------


def test_money_is_written_as_indonesians_write_it():
    assert i18n.money(370 * B, "id") == f"Rp{NBSP}370{NBSP}M"
    assert i18n.money(1.2e12, "id") == f"Rp{NBSP}1,2{NBSP}T"
    assert i18n.money(185e6, "id") == f"Rp{NBSP}185{NBSP}jt"
    assert i18n.money(370 * B, "en") == f"IDR{NBSP}370.0{NBSP}bn"
    assert budget_tables.signed_percent(-7.5, "id") == f"−7,5{NBSP}%"
    assert budget_tables.signed_percent(11.76, "id") == f"+11,8{NBSP}%"
    assert budget_tables.range_label(
        pd.Timestamp("2025-01-01"), pd.Timestamp("2025-03-01"), "id"
    ) == ("Jan – Mar 2025")


def test_every_budget_text_exists_in_both_languages():
    budget_texts = {k: e for k, e in catalogs.texts().items() if k.startswith("budget.")}
    assert budget_texts
    for key, entry in budget_texts.items():
        assert set(entry) == {"id", "en"}, key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


def _fields(forms: tuple[str, ...]) -> list[str]:
    """The {placeholders} of a text (of all its plural forms)."""
    return sorted(set().union(*(catalogs.fields(form) for form in forms)))
