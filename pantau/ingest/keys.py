"""Every row's indicator, region and period: the codes they name and what follows from them.

Each distinct cell is matched or parsed once (cells.Factored) and the result spread over the
rows: a 1,000,000-row file names a few hundred indicators, regions and periods.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pantau.ingest.cells import Factored, key_text
from pantau.ingest.codes import indicator_lookup, region_lookup, region_match
from pantau.ingest.periods import GRAIN_MONTHS, parse_period
from pantau.ingest.results import Catalog


@dataclass
class Keys:
    """Indicator, region and period of every row, and what the indicator implies."""

    indicator: np.ndarray  # code or None
    region: np.ndarray  # code or None
    text: dict[str, pd.Series]  # indicator, region: the codes again, as str columns
    blank: dict[str, np.ndarray]  # meaning -> cell is blank
    unit: np.ndarray  # the indicator's unit, or None
    frequency: np.ndarray  # the indicator's frequency, or None
    step: np.ndarray  # months per period of the indicator's frequency; -1 if unknown
    start: np.ndarray  # datetime64[us] first day, NaT if unreadable
    grain: np.ndarray  # months per period as written (1, 3, 6, 12); 0 if unreadable


def match_keys(cells: dict[str, pd.Series], catalog: Catalog) -> Keys:
    """Codes for indicator and region cells, the indicator's unit and frequency, periods."""
    ind, reg, per = (Factored.of(cells[m]) for m in ("indicator", "region", "period"))
    ind_lookup, reg_lookup = indicator_lookup(catalog.indicators), region_lookup(catalog.regions)
    ind_codes = [ind_lookup.get(key_text(u)) for u in ind.uniques]
    reg_codes = [region_match(u, reg_lookup) for u in reg.uniques]
    facts = catalog.indicators.set_index("code")
    unit, frequency = (
        [facts[f].get(c) if c else None for c in ind_codes] for f in ("unit", "frequency")
    )
    parsed = [parse_period(u) for u in per.uniques]
    not_a_time = np.datetime64("NaT", "us")
    is_blank = lambda v: key_text(v) is None
    return Keys(
        indicator=ind.spread(ind_codes),
        region=reg.spread(reg_codes),
        text={"indicator": ind.spread_text(ind_codes), "region": reg.spread_text(reg_codes)},
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


def fits_frequency(keys: Keys) -> np.ndarray:
    """Per row: does the period fit its indicator's frequency? (the rule is in periods.py)"""
    month = keys.start.astype("datetime64[M]").astype("int64") % 12  # 0 = January
    first_month = (keys.grain == 1) & (keys.step > 0) & (month % np.maximum(keys.step, 1) == 0)
    return (keys.step < 0) | (keys.grain == keys.step) | first_month
