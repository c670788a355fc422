"""Indicator and region cells -> catalogue codes, by code or by name as offices write them.

Matching ignores case, outer spaces and repeated inner spaces. Indicators match their code or
their exact name in either language. Regions match:
- their Kemendagri code, with or without dots (``3404`` for ``34.04``), or as a number Excel
  made of it: 32 -> ``32``; 34.04 -> ``34.04``; 34.1 -> ``34.10`` (two digits per level, and
  Excel drops a trailing 0); or with a decimal comma (``34,04``);
- their name, with or without the usual prefixes: ``Kabupaten``/``Kab.``/``Kab``,
  ``Kota``/``Kotamadya``/``Kodya`` (``Administrasi``/``Adm.`` for Jakarta's),
  ``Provinsi``/``Prov.``, ``Kecamatan``/``Kec.``/``Distrik``; the long and short forms of
  province names in NAMES (``Daerah Khusus Ibukota Jakarta``, ``DIY``, ``NTB``, ...).
A prefix decides the kind: ``Kota Bandung`` is the city, ``Kab. Bandung`` the regency. A bare
name is looked for at the level of its column (``Kecamatan`` columns hold districts,
``Kab/Kota`` columns regencies and cities), else at the highest level that has it: a bare
``Sleman`` is the regency, never its district of the same name. A name that two regions of
the chosen level share (``Bogor``: 32.01 and 32.71) is refused naming both, never guessed; a
parent region in the same row (the province or regency column) narrows the choice first.
"""

import re
from dataclasses import dataclass

import pandas as pd

from pantau.i18n import N_
from pantau.ingest.cells import key_text

LEVELS = ("provinsi", "kabupaten_kota", "kecamatan")  # top down

# the names offices use for provinces besides the catalogue's (Kemendagri) name
NAMES = {
    "11": ("nanggroe aceh darussalam", "nad"),
    "12": ("sumut",),
    "13": ("sumbar",),
    "16": ("sumsel",),
    "19": ("bangka belitung", "babel"),
    "21": ("kepri",),
    "31": (
        "daerah khusus ibukota jakarta",
        "daerah khusus ibu kota jakarta",
        "daerah khusus jakarta",
        "d.k.i. jakarta",
        "dki",
    ),
    "32": ("jabar",),
    "33": ("jateng",),
    "34": ("daerah istimewa yogyakarta", "d.i. yogyakarta", "d.i yogyakarta", "diy"),
    "35": ("jatim",),
    "52": ("ntb",),
    "53": ("ntt",),
    "61": ("kalbar",),
    "62": ("kalteng",),
    "63": ("kalsel",),
    "64": ("kaltim",),
    "65": ("kaltara",),
    "71": ("sulut",),
    "72": ("sulteng",),
    "73": ("sulsel",),
    "74": ("sultra",),
    "76": ("sulbar",),
    "82": ("malut",),
}

# a written prefix -> the kind of region it names: a level, or a regency type
_PREFIXES = (
    (re.compile(r"^prov(?:insi|\.)?\s*"), "provinsi"),
    (re.compile(r"^kab(?:upaten)?(?:\.\s*|\s+)(?:adm(?:inistrasi|\.)?\s+)?"), "kabupaten"),
    (re.compile(r"^(?:kota(?:madya)?|kodya)(?:\.\s*|\s+)(?:adm(?:inistrasi|\.)?\s+)?"), "kota"),
    (re.compile(r"^(?:kec(?:amatan)?|distrik)(?:\.\s*|\s+)"), "kecamatan"),
)
_CATALOG_PREFIX = re.compile(r"^(?:kabupaten|kota)(?: administrasi)? ")
_SQUASH = re.compile(r"[\s'-]+")
_CODE = re.compile(r"\d+(?:[.,]\d+)*")  # looks like a code: refused as an unknown code


@dataclass(frozen=True)
class RegionMatch:
    """What a region cell names: a code, or why none (an error key and its params)."""

    code: str | None
    problem: str | None = None
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Region:
    code: str
    name: str
    level: str
    kind: str  # provinsi, kabupaten, kota, kecamatan


class RegionIndex:
    """The regions of a catalogue by code and by name, for matching cells."""

    def __init__(self, regions: pd.DataFrame) -> None:
        types = regions["type"] if "type" in regions else pd.Series(None, index=regions.index)
        self.by_code: dict[str, _Region] = {}
        self.by_name: dict[str, list[_Region]] = {}
        self.squashed: dict[str, list[_Region]] = {}  # the names without spaces: a fallback
        for code, name, level, kind in zip(
            regions["code"], regions["name"], regions["level"], types, strict=True
        ):
            region = _Region(code, name, level, _kind(name, level, kind))
            self.by_code[code] = region
            self.by_code.setdefault(code.replace(".", ""), region)
            for key in _names(region):
                self.by_name.setdefault(key, []).append(region)
                self.squashed.setdefault(_squash(key), []).append(region)

    def name(self, code: str) -> str:
        """A region as people read it in a message: code and name."""
        return f"{code} {self.by_code[code].name}"

    def match(self, value: object, level: str | None = None, parent: str | None = None):
        """The region a cell names; level: its column's level; parent: a code in its row."""
        for key in _code_keys(value):
            if key in self.by_code:
                code = self.by_code[key].code
                if parent and not _inside(code, parent):
                    return RegionMatch(None, N_("upload.error.region_outside"), self._of(parent))
                return RegionMatch(code)
        text = key_text(value)
        if text is None:
            return RegionMatch(None)
        found = self._named(text)
        if parent and found:
            inside = [r for r in found if _inside(r.code, parent)]
            if not inside:
                return RegionMatch(None, N_("upload.error.region_outside"), self._of(parent))
            found = inside
        found = _at_level(found, level)
        if len(found) == 1:
            return RegionMatch(found[0].code)
        if found:
            named = ", ".join(self.name(r.code) for r in sorted(found, key=lambda r: r.code))
            return RegionMatch(None, N_("upload.error.ambiguous_region"), (("regions", named),))
        if _CODE.fullmatch(text.replace(",", ".")):
            return RegionMatch(None, N_("upload.error.unknown_region_code"))
        return RegionMatch(None, N_("upload.error.unknown_region"))

    def _named(self, text: str) -> list[_Region]:
        """Regions named by the text as written, or by its name after a prefix of their kind
        (a district may be called "Kota Padang": the column's level then decides); failing
        that, the same without spaces ("Kulonprogo" for "Kulon Progo")."""
        for names, key in ((self.by_name, lambda t: t), (self.squashed, _squash)):
            found = list(names.get(key(text), []))
            for pattern, kind in _PREFIXES:
                if pattern.match(text):
                    bare = key(pattern.sub("", text, count=1))
                    found += [r for r in names.get(bare, []) if r.kind == kind]
            if found:
                return list(dict.fromkeys(found))
        return []

    def _of(self, parent: str) -> tuple[tuple[str, str], ...]:
        return (("parent", self.name(parent)),)


def _kind(name: str, level: str, kind: object) -> str:
    """provinsi, kabupaten, kota or kecamatan (a catalogue without types: by the name)."""
    if level != "kabupaten_kota":
        return level
    if kind in ("kabupaten", "kota"):
        return str(kind)
    return "kota" if name.casefold().startswith("kota ") else "kabupaten"


def _names(region: _Region) -> set[str]:
    """The names a region is found under: its own, without its prefix, and NAMES."""
    own = key_text(region.name) or ""
    names = {own, _CATALOG_PREFIX.sub("", own, count=1)}
    return names | set(NAMES.get(region.code, ()))


def _squash(text: str) -> str:
    """A name without its spaces, dashes and apostrophes, as some offices write it."""
    return _SQUASH.sub("", text)


def _code_keys(value: object) -> list[str]:
    """The code texts a cell may be: as written, without a decimal comma, as Excel's float."""
    if isinstance(value, float) and not value.is_integer():
        return [f"{value:.2f}"]  # a code Excel stored as a number: 34.1 was 34.10
    text = key_text(value)
    if text is None:
        return []
    return [text, text.replace(",", ".")] if re.fullmatch(r"\d+,\d+", text) else [text]


def _inside(code: str, parent: str) -> bool:
    """Is code the parent region or one of its parts?"""
    return code == parent or code.startswith(parent + ".")


def _at_level(found: list[_Region], level: str | None) -> list[_Region]:
    """The candidates at the column's level if any, else at the highest level present."""
    for wanted in ([level] if level in LEVELS else []) + list(LEVELS):
        here = [r for r in found if r.level == wanted]
        if here:
            return here
    return found


def _lookup(codes: pd.Series, keys: list[pd.Series]) -> dict[str, str | None]:
    """Codes first; then every other key, unless it is already a code or names two codes."""
    lookup: dict[str, str | None] = {key_text(code): code for code in codes}
    literal = set(lookup)
    for column in keys:
        for code, value in zip(codes, column, strict=True):
            key = key_text(value)
            if key is not None and key not in literal:
                lookup[key] = None if lookup.get(key, code) != code else code
    return lookup


def indicator_lookup(indicators: pd.DataFrame) -> dict[str, str | None]:
    """Every matching key of the indicators: code, Indonesian name, English name."""
    return _lookup(indicators["code"], [indicators["name_id"], indicators["name_en"]])
