"""Translation: every user-facing text, looked up by key in the reader's language."""

from babel import Locale

from pantau.i18n.texts import TEXTS

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for key in lang, with {params} filled in; a missing key shows as [key].

    A text may be plural forms, {"one": ..., "other": ...}: the count n (else count) picks
    one by the language's CLDR rule (Babel); Indonesian has only "other".
    """
    entry = TEXTS.get(key)
    if entry is None:
        return f"[{key}]"
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if isinstance(text, dict):
        count = params.get("n", params.get("count"))
        form = Locale.parse(lang).plural_form(abs(count)) if count is not None else "other"
        text = text.get(form, text["other"])
    return text.format(**params) if params else text
