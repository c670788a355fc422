"""Find the header row below any title rows, and say which column holds what.

Header names are compared after cutting anything in brackets ("Target (Rp)") and every
character that is not a letter or digit, case ignored: "Kode_Wilayah", "kode wilayah" and
"KODE WILAYAH" are one name. When two columns name the same thing the alias listed first
wins (so "Realisasi" beats "Capaian"); the rest are ignored, and "Capaian (%)" is never
read as the actual value (it is the achievement rate).
Region columns are the exception: a sheet may carry "Provinsi", "Kabupaten/Kota" and
"Kecamatan"; each row is at the level of the most specific one filled in, and the others in
its row narrow the names down (REGION_LEVELS; the rule is in codes.py).
"""

import re
from dataclasses import dataclass, field

import pandas as pd

HEADER_SEARCH_ROWS = 30

# region headers by level, codes before names (most specific level first in ALIASES)
DISTRICT_HEADERS = (
    "kode kecamatan",
    "kode distrik",
    "district code",
    "kecamatan",
    "distrik",
    "district",
    "subdistrict",
    "nama kecamatan",
    "nama distrik",
    "district name",
)
REGENCY_HEADERS = (
    "kode kabupaten/kota",
    "kode kab/kota",
    "kode kabupaten",
    "kode kota",
)
REGENCY_NAMES = (
    "kabupaten/kota",
    "kab/kota",
    "kabupaten",
    "kota",
    "regency",
    "city",
    "nama kabupaten/kota",
    "nama kab/kota",
)
PROVINCE_HEADERS = (
    "kode provinsi",
    "province code",
    "provinsi",
    "province",
    "nama provinsi",
)

# meaning -> accepted headers, most trusted first
ALIASES: dict[str, tuple[str, ...]] = {
    "indicator": (
        "kode indikator",
        "indicator code",
        "indikator",
        "indicator",
        "nama indikator",
        "indicator name",
        "indikator kinerja",
    ),
    "region": (
        *DISTRICT_HEADERS,
        *REGENCY_HEADERS,
        "kode wilayah",
        "region code",
        *REGENCY_NAMES,
        "wilayah",
        "region",
        "nama wilayah",
        "region name",
        "daerah",
        "lokasi",
        *PROVINCE_HEADERS,
    ),
    "period": ("periode", "period", "periode laporan", "reporting period", "waktu"),
    "period_month": ("bulan", "month"),
    "period_quarter": ("triwulan", "tw", "kuartal", "quarter"),
    "period_half": ("semester", "half", "half year"),
    "period_year": ("tahun", "year", "tahun anggaran", "ta"),
    "planned": (
        "target",
        "rencana",
        "planned",
        "plan",
        "rencana/target",
        "target/rencana",
        "sasaran",
    ),
    "actual": ("realisasi", "actual", "realization", "realisation", "capaian"),
    "partner": ("mitra", "partner", "pelaksana", "mitra pelaksana", "implementing partner"),
    "note": ("keterangan", "catatan", "note", "notes", "ket", "remarks", "komentar", "comment"),
}
SUB_YEAR = ("period_month", "period_quarter", "period_half")
REQUIRED = ("indicator", "region", "period")

_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise_header(text: str) -> str:
    """A header reduced to lower-case letters and digits, bracketed remarks cut."""
    return _NOT_WORD.sub("", _BRACKETS.sub(" ", text).casefold())


# a region column's normalised header -> the level its names are looked for at
_REGION_LEVELS = {
    normalise_header(alias): level
    for aliases, level in (
        (DISTRICT_HEADERS, "kecamatan"),
        (REGENCY_HEADERS + REGENCY_NAMES, "kabupaten_kota"),
        (PROVINCE_HEADERS, "provinsi"),
    )
    for alias in aliases
}


def region_level(header: str) -> str | None:
    """The level a region column holds, by its header; None for "Wilayah" (any level)."""
    return _REGION_LEVELS.get(normalise_header(header))


# normalised alias -> (meaning, rank): built once
_LOOKUP = {
    normalise_header(alias): (meaning, rank)
    for meaning, aliases in ALIASES.items()
    for rank, alias in enumerate(aliases)
}


@dataclass
class HeaderMatch:
    """The header row of a data sheet and the columns chosen for each meaning."""

    row: int  # index in the raw cells; the Excel row is row + 1
    names: dict[int, str]  # column -> header text as written
    columns: dict[str, list[int]] = field(default_factory=dict)  # meaning -> columns
    period_parts: tuple[int, int] | None = None  # (sub-year column, year column) to join
    period_kind: str = "period"  # what the sub-year column holds: period_month, …
    extra: list[int] = field(default_factory=list)  # columns read by no one

    def found(self) -> set[str]:
        """The meanings this header provides (a joined period counts as period)."""
        return set(self.columns) | ({"period"} if self.period_parts else set())

    def header(self, meaning: str) -> str:
        """The header text of the (first) column used for a meaning."""
        if meaning == "period" and self.period_parts:
            return " + ".join(self.names[c] for c in self.period_parts)
        return self.names[self.columns[meaning][0]]


def header_texts(row: pd.Series) -> dict[int, str]:
    """The non-blank text cells of a row, by column."""
    return {c: v.strip() for c, v in row.items() if isinstance(v, str) and v.strip()}


def match_row(index: int, row: pd.Series) -> HeaderMatch:
    """Read one row as a header: which column means what, and which are left over."""
    names = header_texts(row)
    ranked: dict[str, list[tuple[int, int]]] = {}
    for column, text in names.items():
        meaning, rank = _LOOKUP.get(normalise_header(text), (None, 0))
        if meaning == "actual" and "%" in text and normalise_header(text) == "capaian":
            continue  # "Capaian (%)" is an achievement rate, not the actual value
        if meaning:
            ranked.setdefault(meaning, []).append((rank, column))
    match = HeaderMatch(index, names)
    for meaning, candidates in ranked.items():
        order = [column for _rank, column in sorted(candidates)]
        keep = order if meaning == "region" else order[:1]
        match.columns[meaning] = keep
    _resolve_period(match)
    used = {c for cols in match.columns.values() for c in cols} | set(match.period_parts or ())
    match.extra = [c for c in names if c not in used]
    return match


def _resolve_period(match: HeaderMatch) -> None:
    """One period column: a "Periode" column, else a month/quarter/half column with a year."""
    subs = [m for m in SUB_YEAR if m in match.columns]
    if "period" not in match.columns and subs:
        if "period_year" in match.columns:
            match.period_parts = (match.columns[subs[0]][0], match.columns["period_year"][0])
            match.period_kind = subs[0]
        else:
            match.columns["period"] = match.columns[subs[0]]
    elif "period" not in match.columns and "period_year" in match.columns:
        match.columns["period"] = match.columns["period_year"]
    for meaning in (*SUB_YEAR, "period_year"):
        match.columns.pop(meaning, None)


def find_header(cells: pd.DataFrame) -> tuple[HeaderMatch | None, HeaderMatch | None]:
    """The first row naming indicator, region and period; else the row that names the most."""
    best: HeaderMatch | None = None
    for index in range(min(HEADER_SEARCH_ROWS, len(cells))):
        match = match_row(index, cells.iloc[index])
        if set(REQUIRED) <= match.found():
            return match, match
        if match.found() and (best is None or len(match.found()) > len(best.found())):
            best = match
    return None, best
