"""The message catalogs as the tests read them: each language's .po, its texts by key."""

import string
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from pantau.i18n.translate import DOMAIN, LANGUAGES, LOCALE_DIR


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Where lang's catalog is."""
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalog(lang: str) -> Catalog:
    """lang's catalog as its .po says (read once per session; do not change it)."""
    with po_path(lang).open("rb") as file:
        return read_po(file)


def forms(string_: str | tuple[str, ...]) -> tuple[str, ...]:
    """A message's text as a tuple: its plural forms, or the one text."""
    return tuple(string_) if isinstance(string_, (tuple, list)) else (string_,)


@cache
def texts() -> dict[str, dict[str, tuple[str, ...]]]:
    """key -> language -> the text's forms, for every key of every catalog."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in LANGUAGES:
        for message in catalog(lang):
            if message.id:
                key = message.id if isinstance(message.id, str) else message.id[0]
                found.setdefault(key, {})[lang] = forms(message.string)
    return found


def fields(text: str) -> set[str]:
    """The {placeholders} of a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
