"""The message catalogs: complete in every language, in step with the code, compiled, and
looked up the way t() promises (plural forms, a missing key, a language added by a catalog)."""

import io
import re
import shutil

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.plurals import get_plural

from pantau import errors, i18n
from pantau.i18n import translate
from pantau.settings import PROJECT_DIR
from tests.support.catalogs import catalog, fields, po_path, texts
from tools import translator_notes


def error_classes() -> set[str]:
    """PantauError and every error under it: each takes a key as its first argument."""
    found, todo = set(), [errors.PantauError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


# as `make translations` extracts: N_(key, key) marks a text with plural forms
KEYWORDS = {"t": None, "tr": None, "N_": {None: None, 2: (1, 2)}} | dict.fromkeys(error_classes())


def extracted() -> dict[str, bool]:
    """Every key the code uses -> whether it is marked as a text with plural forms."""
    found: dict[str, bool] = {}
    results = [
        (message for _, _, message, _, _ in extract_from_dir(PROJECT_DIR / where, **options))
        for where in ("pantau", "ui", "pages")
        for options in [{"method_map": [("**.py", "python")], "keywords": KEYWORDS}]
    ]
    results.append(
        message
        for _, message, _, _ in extract_from_file("python", PROJECT_DIR / "dashboard.py", KEYWORDS)
    )
    for messages in results:
        for message in messages:
            key = message if isinstance(message, str) else message[0]
            found[key] = found.get(key, False) or not isinstance(message, str)
    return found


def plural_keys(lang: str) -> set[str]:
    """The keys whose text in lang has plural forms."""
    return {m.id[0] for m in catalog(lang) if m.id and not isinstance(m.id, str)}


# --- complete in every language -----------------------------------------------------------


def test_the_languages_are_the_catalogs():
    assert i18n.LANGUAGES == ("id", "en")
    assert {p.parts[-3] for p in translate.LOCALE_DIR.glob("*/LC_MESSAGES/*.po")} == {"id", "en"}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_key_is_translated_in_every_language(lang):
    keys = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(lang) if m.id}
    assert keys == set(texts())
    for key, entry in texts().items():
        assert lang in entry, key
        assert all(form.strip() for form in entry[lang]), key
    assert not [m.id for m in catalog(lang) if m.fuzzy and m.id], "fuzzy texts are not shown"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_plural_texts_have_every_form_of_their_language(lang):
    nplurals, rule = get_plural(lang)
    assert catalog(lang).plural_forms == f"nplurals={nplurals}; plural={rule};"
    assert {"id": 1, "en": 2}[lang] == nplurals
    for message in catalog(lang):
        if message.id and not isinstance(message.id, str):
            assert message.id[0] == message.id[1], message.id  # msgid_plural is the same key
            assert len(message.string) == nplurals, message.id
    assert plural_keys(lang) == plural_keys(i18n.DEFAULT_LANGUAGE)


def test_every_language_uses_the_same_placeholders():
    # a period number may be written in Roman numerals in one language and digits in the other
    names = lambda text: fields(text) - {"n", "roman"}
    for key, entry in texts().items():
        found = [names(form) for lang in i18n.LANGUAGES for form in entry[lang]]
        assert all(f == found[0] for f in found), key


# --- in step with the code ----------------------------------------------------------------


def test_every_key_the_code_uses_is_in_the_catalogs():
    missing = set(extracted()) - set(texts())
    assert missing == set(), "add these to the catalogs: make translations, then translate"


def test_every_key_in_the_catalogs_is_used():
    unused = set(texts()) - set(extracted())
    assert unused == set(), "no code looks these up (make translations drops them)"


def test_texts_with_plural_forms_are_marked_as_such_in_the_code():
    marked = {key for key, plural in extracted().items() if plural}
    assert marked == plural_keys(i18n.DEFAULT_LANGUAGE), "N_(key, key) in pantau/i18n/keys.py"


def test_the_extraction_finds_keys_where_the_code_spells_them_out(tmp_path):
    (tmp_path / "probe.py").write_text(
        'i18n.t("a.one", lang)\ntr(N_("a.two") if x else N_("a.three"))\n'
        'raise QueryFailed("a.four", name=n)\nN_("a.five", "a.five")\nt(f"a.{dynamic}")\n'
    )
    method_map = [("**.py", "python")]
    found = {m for _, _, m, _, _ in extract_from_dir(tmp_path, method_map, keywords=KEYWORDS)}
    assert found == {"a.one", "a.two", "a.three", "a.four", "a.five", ("a.five", "a.five")}


def test_make_translations_extracts_with_the_same_keywords():
    makefile = (PROJECT_DIR / "Makefile").read_text(encoding="utf-8")
    block = re.search(r"^KEYWORDS :=((?:.*\\\n)*.*)$", makefile, re.MULTILINE)
    assert block, "the Makefile's KEYWORDS"
    assert set(re.findall(r"-k (\S+)", block.group(1))) == {
        "t",
        "tr",
        "N_",
        "N_:1,2,2t",
        *error_classes(),
    }


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_committed_mo_holds_exactly_what_the_po_says(lang):
    fresh = io.BytesIO()
    write_mo(fresh, catalog(lang))
    fresh.seek(0)
    with po_path(lang).with_suffix(".mo").open("rb") as file:
        committed = read_mo(file)
    messages = lambda c: {m.id if isinstance(m.id, str) else tuple(m.id): m.string for m in c}
    assert messages(committed) == messages(read_mo(fresh)), "run make translations"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_text_carries_the_other_languages_for_its_translator(lang):
    every = {other: catalog(other) for other in i18n.LANGUAGES}
    words = lambda lines: " ".join(lines).split()
    for message in catalog(lang):
        if message.id:
            key = message.id if isinstance(message.id, str) else message.id[0]
            notes = translator_notes.notes(key, lang, every)
            assert words(message.auto_comments) == words(notes), key
    text = po_path(lang).read_text(encoding="utf-8")
    entries = len([m for m in catalog(lang) if m.id])
    assert text.count("\n#, python-brace-format\n") == entries  # Babel drops it when reading


# --- looked up as t() promises ------------------------------------------------------------


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
        m.id for m in catalog("en") if isinstance(m.id, str) and m.id and counted.search(m.string)
    }
    assert plain - FIXED_COUNTS == set()


def test_a_missing_key_is_visible_not_a_crash():
    assert i18n.t("no.such.key") == "[no.such.key]"
    assert i18n.t("no.such.key", "en", n=2, name="x") == "[no.such.key]"


def test_a_language_without_a_catalog_reads_indonesian():
    assert i18n.t("app.tagline", "fr") == i18n.t("app.tagline", "id")
    assert i18n.t("upload.confirm", "fr", n=1) == "Simpan 1 baris"


def test_a_third_language_needs_only_its_catalog(tmp_path, monkeypatch):
    for lang in i18n.LANGUAGES:
        (tmp_path / lang / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(po_path(lang).with_suffix(".mo"), tmp_path / lang / "LC_MESSAGES")
    french = Catalog(locale="fr", domain="pantau")
    french.add("app.tagline", "Prévu et réalisé des programmes de protection sociale")
    french.add("language.fr", "Français")
    lines = ("Enregistrer {n} ligne", "Enregistrer {n} de lignes", "Enregistrer {n} lignes")
    french.add(("upload.confirm", "upload.confirm"), lines)  # French has three forms
    french.add(("upload.warnings", "upload.warnings"), ("", "", ""))  # not translated yet
    (tmp_path / "fr" / "LC_MESSAGES").mkdir(parents=True)
    with (tmp_path / "fr" / "LC_MESSAGES" / "pantau.mo").open("wb") as file:
        write_mo(file, french)
    monkeypatch.setattr(translate, "LOCALE_DIR", tmp_path)

    assert translate.languages() == ("id", "en", "fr")
    assert i18n.t("language.fr", "fr") == "Français"
    assert i18n.t("upload.confirm", "fr", n=1) == "Enregistrer 1 ligne"
    assert i18n.t("upload.confirm", "fr", n=0) == "Enregistrer 0 ligne"  # French: 0 is one
    assert i18n.t("upload.confirm", "fr", n=3) == "Enregistrer 3 lignes"
    assert i18n.t("upload.confirm", "fr", n=1_000_000) == "Enregistrer 1000000 de lignes"
    assert i18n.t("app.title", "fr") == "Pantau"  # not translated yet: the Indonesian text
    assert i18n.t("upload.warnings", "fr", n=2) == i18n.t("upload.warnings", "id", n=2)
    assert i18n.t("no.such.key", "fr") == "[no.such.key]"
