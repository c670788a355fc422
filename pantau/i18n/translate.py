"""Translation: every user-facing text, looked up by key in the reader's language.

The texts are gettext catalogs, pantau/i18n/locale/<lang>/LC_MESSAGES/pantau.po, whose msgid
is the key the code looks up; the compiled pantau.mo beside each is what runs. A language is
added by adding its catalog (docs/translations.md).
"""

from functools import lru_cache
from gettext import NullTranslations
from numbers import Real
from pathlib import Path

from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "pantau"
DEFAULT_LANGUAGE = "id"


def N_(key: str, plural: str | None = None) -> str:
    """Marks a key spelled out where it is not looked up, so `make translations` extracts it;
    N_(key, key) marks a text with plural forms. Returns the key unchanged."""
    return key


def languages(locale_dir: Path | None = None) -> tuple[str, ...]:
    """Every language with a compiled catalog: Indonesian, English, then the rest by code."""
    found = {mo.parts[-3] for mo in (locale_dir or LOCALE_DIR).glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    first = [lang for lang in (DEFAULT_LANGUAGE, "en") if lang in found]
    return (*first, *sorted(found - set(first)))


LANGUAGES = languages()


class _MissingKey(NullTranslations):
    """The last fallback: a key no catalog holds shows as [key], never as the bare key."""

    def gettext(self, message: str) -> str:
        return f"[{message}]"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"[{msgid1}]"


@lru_cache(maxsize=32)  # bounded: a language code may come from a URL
def _catalog(lang: str, locale_dir: Path) -> NullTranslations:
    """lang's compiled texts; what it lacks comes from Indonesian, then shows as [key]."""
    if lang == DEFAULT_LANGUAGE:
        fallback: NullTranslations = _MissingKey()
    else:
        fallback = _catalog(DEFAULT_LANGUAGE, locale_dir)
    if lang not in languages(locale_dir):  # also keeps a code like "../x" out of the path
        return fallback
    with (locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as file:
        texts = Translations(file, domain=DOMAIN)
    texts.add_fallback(fallback)
    return texts


def catalog(lang: str) -> NullTranslations:
    """The translations of lang (a language without a catalog gets Indonesian), cached."""
    return _catalog(lang, LOCALE_DIR)


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for key in lang, with {params} filled in; a missing key shows as [key].

    A text with plural forms is looked up with ngettext: the count n (else count) picks the
    form by the catalog's Plural-Forms (Indonesian has one form); without a whole count, the
    form for 2.
    """
    texts = catalog(lang)
    text = texts.ngettext(key, key, _plural_count(params.get("n", params.get("count"))))
    if text == f"[{key}]":  # no catalog holds plural forms for key: a plain text, or none
        text = texts.gettext(key)
    if text == key:  # an untranslated plural form compiles to its msgid
        return t(key, DEFAULT_LANGUAGE, **params) if lang != DEFAULT_LANGUAGE else f"[{key}]"
    return text.format(**params) if params else text


def _plural_count(count: object) -> int:
    """count as the whole number gettext's plural rule takes (2 for none or a fraction)."""
    if not isinstance(count, Real) or not float(count).is_integer():
        return 2
    return abs(int(count))
