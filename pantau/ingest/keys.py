"""Every row's indicator, region and period: the codes they name and what follows from them.

Each distinct cell is matched or parsed once (cells.Factored) and the result spread over the
rows: a 1,000,000-row file names a few hundred indicators, regions and periods.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pantau.ingest.cells import Factored, key_text
from pantau.ingest.codes import RegionIndex, RegionMatch, indicator_lookup
from pantau.ingest.headers import region_level
from pantau.ingest.periods import GRAIN_MONTHS, parse_period
from pantau.ingest.results import Catalog


@dataclass
class Keys:
    """Indicator, region and period of every row, and what the indicator implies."""

    indicator: np.ndarray  # code or None
    region: np.ndarray  # code or None
    region_match: np.ndarray  # RegionMatch per row: why a region is None (None: blank)
    text: dict[str, pd.Series]  # indicator, region: the codes again, as str columns
    blank: dict[str, np.ndarray]  # meaning -> cell is blank
    unit: np.ndarray  # the indicator's unit, or None
    frequency: np.ndarray  # the indicator's frequency, or None
    step: np.ndarray  # months per period of the indicator's frequency; -1 if unknown
    start: np.ndarray  # datetime64[us] first day, NaT if unreadable
    grain: np.ndarray  # months per period as written (1, 3, 6, 12); 0 if unreadable


def match_keys(
    cells: dict[str, pd.Series], region_columns: list[tuple[str, pd.Series]], catalog: Catalog
) -> Keys:
    """Codes for indicator and region cells, the indicator's unit and frequency, periods."""
    ind, reg, per = (Factored.of(cells[m]) for m in ("indicator", "region", "period"))
    ind_lookup = indicator_lookup(catalog.indicators)
    ind_codes = [ind_lookup.get(key_text(u)) for u in ind.uniques]
    regions = match_regions(region_columns, RegionIndex(catalog.regions))
    facts = catalog.indicators.set_index("code")
    unit, frequency = (
        [facts[f].get(c) if c else None for c in ind_codes] for f in ("unit", "frequency")
    )
    parsed = [parse_period(u) for u in per.uniques]
    not_a_time = np.datetime64("NaT", "us")
    is_blank = lambda v: key_text(v) is None
    return Keys(
        indicator=ind.spread(ind_codes),
        region=np.array([m.code for m in regions], dtype=object),
        region_match=regions,
        text={
            "indicator": ind.spread_text(ind_codes),
            "region": pd.Series([m.code for m in regions], dtype="str"),
        },
        blank={
            m: f.apply(is_blank, True, bool)
            for m, f in (("indicator", ind), ("region", reg), ("period", per))
        },
        unit=ind.spread(unit),
        frequency=ind.spread(frequency),
        step=ind.spread([GRAIN_MONTHS.get(f, -1) for f in frequency], -1, "int64"),
        start=per.spread(
            [np.datetime64(p[0], "us") if p else not_a_time for p in parsed],
            not_a_time,
            "datetime64[us]",
        ),
        grain=per.spread([GRAIN_MONTHS[p[1]] if p else 0 for p in parsed], 0, "int64"),
    )


# region columns from the top level down: a province column narrows a regency column's names,
# a regency column a district column's; "Wilayah" (no level) stands with the regencies
_GROUP = {"provinsi": 0, None: 1, "kabupaten_kota": 1, "kecamatan": 2}
LEVEL_OF = (None, "provinsi", "kabupaten_kota", "kecamatan")


def match_regions(columns: list[tuple[str, pd.Series]], index: RegionIndex) -> np.ndarray:
    """Per row, the RegionMatch of its most specific filled region cell, narrowed by the rest.

    Within a level the first filled column (most trusted header) is read; each distinct
    (cell, column level, parent) triple is matched once.
    """
    n = len(columns[0][1])
    found = np.full(n, RegionMatch(None), dtype=object)
    parent = np.full(n, None, dtype=object)
    for group in sorted({_GROUP[region_level(h)] for h, _ in columns}):
        cell = pd.Series(np.full(n, None, dtype=object))
        level = np.zeros(n, dtype="int64")  # index into LEVEL_OF
        for header, cells in reversed(columns):  # most trusted last, so it overwrites
            if _GROUP[region_level(header)] == group:
                filled = Factored.of(cells).apply(key_text).astype(bool)
                cell[filled] = cells.to_numpy(dtype=object)[filled]
                level[filled] = LEVEL_OF.index(region_level(header))
        cells_f, parents_f = Factored.of(cell), Factored.of(pd.Series(parent, dtype=object))
        triple = (cells_f.codes * len(LEVEL_OF) + level) * (len(parents_f.uniques) + 1)
        triple = np.where(cells_f.codes < 0, -1, triple + parents_f.codes + 1)
        uniques, inverse = np.unique(triple, return_inverse=True)
        matches = []
        for t in uniques:
            if t < 0:
                matches.append(None)
                continue
            rest, p = divmod(int(t), len(parents_f.uniques) + 1)
            c, lvl = divmod(rest, len(LEVEL_OF))
            up = parents_f.uniques[p - 1] if p else None
            matches.append(index.match(cells_f.uniques[c], LEVEL_OF[lvl], up))
        per_row = np.array(matches, dtype=object)[inverse]
        filled = cells_f.codes >= 0
        found[filled] = per_row[filled]
        codes = np.array([m.code if m else None for m in per_row], dtype=object)
        parent = np.where(filled & pd.notna(codes), codes, parent)
    return found


def fits_frequency(keys: Keys) -> np.ndarray:
    """Per row: does the period fit its indicator's frequency? (the rule is in periods.py)"""
    month = keys.start.astype("datetime64[M]").astype("int64") % 12  # 0 = January
    first_month = (keys.grain == 1) & (keys.step > 0) & (month % np.maximum(keys.step, 1) == 0)
    return (keys.step < 0) | (keys.grain == keys.step) | first_month
