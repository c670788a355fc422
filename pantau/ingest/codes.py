"""Indicator and region cells -> catalogue codes, by code or by exact name.

Matching ignores case, outer spaces and repeated inner spaces. Regions also match:
- a code without its dots (``3404`` for ``34.04``), when no other code reads the same;
- a code Excel turned into a number: 32 -> ``32``; 34.04 -> ``34.04``; 34.1 -> ``34.10``
  (Kemendagri regency codes have two digits after the dot, and Excel drops a trailing 0);
- a code written with a decimal comma by an Indonesian-locale export (``34,04``);
- a name with the usual prefixes: ``Kab. Sleman`` / ``Kab Sleman`` for ``Kabupaten Sleman``,
  ``Provinsi Jawa Barat`` / ``Prov. Jawa Barat`` for ``Jawa Barat``.
A bare ``Sleman`` is not matched: a wrong region accepted silently is worse than an error.
"""

import re

import pandas as pd

from pantau.ingest.cells import key_text

_PREFIXES = (
    (re.compile(r"^kab(?:\.\s*|\s+)"), "kabupaten "),
    (re.compile(r"^prov(?:insi|\.)?\s*"), ""),
)


def _add(lookup: dict[str, str | None], key: str | None, code: str) -> None:
    """Map key to code; a key claimed by two different codes matches neither."""
    if key is not None:
        lookup[key] = None if lookup.get(key, code) != code else code


def _lookup(codes: pd.Series, keys: list[pd.Series]) -> dict[str, str | None]:
    """Codes first; then every other key, unless it is already a code or names two codes."""
    lookup: dict[str, str | None] = {key_text(code): code for code in codes}
    literal = set(lookup)
    for column in keys:
        for code, value in zip(codes, column, strict=True):
            key = key_text(value)
            if key not in literal:
                _add(lookup, key, code)
    return lookup


def indicator_lookup(indicators: pd.DataFrame) -> dict[str, str | None]:
    """Every matching key of the indicators: code, Indonesian name, English name."""
    return _lookup(indicators["code"], [indicators["name_id"], indicators["name_en"]])


def region_lookup(regions: pd.DataFrame) -> dict[str, str | None]:
    """Every matching key of the regions: code, name, code without dots."""
    dotless = regions["code"].str.replace(".", "", regex=False)
    return _lookup(regions["code"], [regions["name"], dotless])


def _region_keys(value: object) -> list[str]:
    """The keys under which a region cell may be found, most literal first."""
    if isinstance(value, float) and not value.is_integer():
        return [f"{value:.2f}"]  # a code Excel stored as a number: 34.1 was 34.10
    text = key_text(value)
    if text is None:
        return []
    keys = [text]
    if re.fullmatch(r"\d+,\d+", text):
        keys.append(text.replace(",", "."))
    for pattern, replacement in _PREFIXES:
        if pattern.match(text):
            keys.append(pattern.sub(replacement, text, count=1))
    return keys


def region_match(value: object, lookup: dict[str, str | None]) -> str | None:
    """The region code a cell names, or None."""
    return next((lookup[k] for k in _region_keys(value) if lookup.get(k)), None)
