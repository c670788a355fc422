"""Put back each catalog's notes for translators, after `pybabel update` (make translations).

    .venv/bin/python tools/translator_notes.py

`pybabel update` gives every entry of a .po the extracted comments of the template, which has
none, and Babel drops the python-brace-format flag of a msgid without braces (our msgids are
keys). This writes them again on every entry of pantau/i18n/locale/<lang>/LC_MESSAGES/pantau.po:
one `#. en: <text>` line for each other language (`#. en[0]:`, `#. en[1]:` for plural forms)
and `#, python-brace-format`, since t() fills every text's {placeholders} with str.format.
"""

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "pantau" / "i18n" / "locale"
FLAG = "python-brace-format"


def catalogs(locale_dir: Path = LOCALE_DIR) -> dict[str, Catalog]:
    """Every language's catalog, read from its .po."""
    found = {}
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/pantau.po")):
        with po.open("rb") as file:
            found[po.parts[-3]] = read_po(file)
    return found


def notes(key: str, lang: str, every: dict[str, Catalog]) -> list[str]:
    """The other languages' texts of key, as comments for lang's translator."""
    lines = []
    for other, catalog in every.items():
        message = catalog.get(key)
        if other == lang or message is None:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if len(forms) == 1:
            lines.append(f"{other}: {forms[0]}")
        else:
            lines += [f"{other}[{i}]: {form}" for i, form in enumerate(forms)]
    return lines


def main() -> None:
    every = catalogs()
    for lang, catalog in every.items():
        for message in catalog:
            if message.id:
                message.auto_comments = notes(message.id, lang, every)
                message.flags.add(FLAG)
        with (LOCALE_DIR / lang / "LC_MESSAGES" / "pantau.po").open("wb") as file:
            write_po(file, catalog, width=76, ignore_obsolete=True)


if __name__ == "__main__":
    main()
