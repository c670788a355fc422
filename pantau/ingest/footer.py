"""The signature or footer block under a data table: recognised, so it is skipped, not refused.

Indonesian office sheets end with a place and date, a role, a name with titles, a rank and a
NIP ("Sleman, 25 November 2026" / "Kepala Dinas Sosial" / "Drs. Nama Pejabat, M.Si" /
"Pembina Tk. I" / "NIP 19680101 199003 1 005"), often with "Mengetahui," and "Yang membuat,"
side by side, and notes such as "Catatan:", "Sumber:" or "Keterangan:". These cells sit in
any column, numbers included, with blank rows between.

The rule: the footer is every row after the last row that looks like data, provided at least
one of them carries a footer marker (FOOTER_MARKER below). A row looks like data when its
indicator or region is known, when either looks like a code (PKH.XYZ, 32, 34.04), when a
planned or actual cell is a number (unless the row names a NIP or NRP, whose digits read as
one), or when it fills three or more of the indicator, region, period, planned and actual
cells and none of its cells is a footer marker (three signatures side by side are not data).
So a mistyped row between good rows, or a mistyped last row, is still an error; only
rows below the data that read as nothing but words of a footer are skipped.
"""

import re

import numpy as np
import pandas as pd

from pantau.ingest.cells import Factored, cell_text, key_text
from pantau.ingest.numbers import Numbers
from pantau.ingest.periods import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ROLES = (
    "mengetahui|menyetujui|disetujui|diketahui|diperiksa|disahkan|disusun|dibuat|dilaporkan"
    "|yang (?:membuat|melaporkan|menyerahkan|menerima|bertanda ?tangan)|pembuat|pelapor"
    "|petugas|operator|pengelola|pendamping|koordinator|ketua|sekretaris|bendahara|kepala"
    "|kabid|kasi|kasubag|kasubbag|plt|plh|pj|an|a\\.n|u\\.b|ub|bupati|wali ?kota|gubernur"
    "|camat|lurah|direktur|ttd|tanda ?tangan|pembina|penata|pengatur|juru|nip|nrp|nik"
    "|catatan|sumber|keterangan|ket|note|notes|source|prepared by|approved by|checked by"
)
FOOTER_MARKER = re.compile(
    rf"\b\d{{1,2}}\s*[-/ ]?\s*(?:{_MONTH})\.?\s*[-/ ]?\s*\d{{4}}\b"  # 25 November 2026
    rf"|^[a-z][a-z .'-]*,\s*\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}$"  # Sleman, 25/11/2026
    rf"|^(?:{_ROLES})\b"  # Mengetahui, Kepala Dinas, NIP 1968..., Catatan:
    r"|^(?:drs?|dra|ir|hj?|prof|dr)\.\s*\w"  # Drs. Nama, Hj. Nama
    r"|,\s*(?:s|m|a\.?md)\.\s?[a-z]{1,4}\.?\b"  # Nama, S.Sos / Nama, M.Si / Nama, A.Md.
    r"|,\s*(?:se|sh|mm|mh|msi|mba|mpa|phd)\.?$"  # Nama, SE / Nama, MM
    r"|^[(\[]?[._\-\s]{3,}[)\]]?$"  # (..............) or ________ : the line to sign on
    r"|^\*+\)?\s"  # *) data sementara
)
_ID_NUMBER = re.compile(r"^(?:nip|nrp)\b")
_INDICATOR_CODE = re.compile(r"\w{2,}(?:\.\w+)+")
_REGION_CODE = re.compile(r"\d{2}(?:[.,]?\d{1,4})*")
MEANINGS = ("indicator", "region", "period", "planned", "actual")


def footer_rows(
    raw: pd.DataFrame,
    cells: dict[str, pd.Series],
    keys,
    numbers: dict[str, Numbers],
    totals: np.ndarray,
) -> np.ndarray:
    """Per row: is it part of the footer block under the data? (the rule of the docstring)"""
    footer = np.zeros(len(raw), dtype=bool)
    data = _known_or_coded(cells, keys) & ~totals
    filled = sum(cells[m].notna().to_numpy(dtype=int) for m in MEANINGS if m in cells)
    for pos in np.flatnonzero(~data & ~totals):  # few rows: the rest look like data already
        data[pos] = _data_row(raw.iloc[pos], numbers, pos, filled[pos])
    below = np.arange(len(raw)) > (np.flatnonzero(data).max() if data.any() else -1)
    block = np.flatnonzero(below & ~totals)
    if any(_marked(raw.iloc[pos], FOOTER_MARKER) for pos in block):
        footer[block] = True
    return footer


def _known_or_coded(cells: dict[str, pd.Series], keys) -> np.ndarray:
    """Per row: a known indicator or region, or one written like a code."""
    data = ~pd.isna(keys.indicator) | ~pd.isna(keys.region)
    data |= Factored.of(cells["indicator"]).apply(_indicator_code, False, bool)
    return data | Factored.of(cells["region"]).apply(_region_code, False, bool)


def _data_row(row: pd.Series, numbers: dict[str, Numbers], pos: int, filled: int) -> bool:
    """A number (not a NIP's digits), or three key and value cells that are no footer words."""
    number = any(not n.blank[pos] and not n.bad[pos] for n in numbers.values())
    if number and not _marked(row, _ID_NUMBER):
        return True
    return filled >= 3 and not _marked(row, FOOTER_MARKER)


def _indicator_code(value: object) -> bool:
    """True for a cell written like an indicator code (PKH.KPM, pkh.xyz)."""
    return bool(_INDICATOR_CODE.fullmatch(key_text(value) or ""))


def _region_code(value: object) -> bool:
    """True for a number cell or one written like a Kemendagri code (32, 34.04, 3404)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return bool(_REGION_CODE.fullmatch(key_text(value) or ""))


def _marked(row: pd.Series, pattern: re.Pattern) -> bool:
    """True when any filled cell of the row matches pattern (cells case-folded)."""
    texts = (key_text(cell_text(v)) for v in row if not pd.isna(v))
    return any(pattern.search(t) for t in texts if t)
