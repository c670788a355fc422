"""Checks on parsed values: impossible numbers and repeated rows (errors), odd ones (warnings).

Errors: a cell that is not a number; a negative value (no unit in the catalogue can be
negative: keluarga, rupiah, persen, orang, unit, indeks); a % sign on a value whose unit is
not persen; the same indicator, region and period twice (the later row names the first).
Warnings: actual above 3 x planned; a planned value of 0 (no target: the achievement cannot
be computed and shows as "no target"); a period that starts after today; a persen value above
100; a persen indicator whose values in the file all lie between 0 and 1 (an Excel cell
formatted as % stores 85 % as 0.85). A *blank* planned value is not warned here: it keeps the
stored target, which only the preview (pantau/uploads.py) can see; it warns where none exists.
"""

import datetime as dt

import numpy as np
import pandas as pd

from pantau.i18n import N_
from pantau.ingest.numbers import Numbers, implausible
from pantau.ingest.problems import RowLog

UNITS_ALLOWING_NEGATIVE: frozenset[str] = frozenset()  # none yet; e.g. a future "poin" (change)
PERCENT_UNIT = "persen"
OVER_PLANNED = 3.0


def check_values(
    fields, numbers: dict[str, Numbers], unit: np.ndarray, active: np.ndarray, report: RowLog
) -> np.ndarray:
    """Errors for non-numbers, impossible negatives and misplaced % signs; rows that failed."""
    failed = np.zeros(len(active), dtype=bool)
    known = ~pd.isna(unit)
    negative_ok = np.isin(unit, list(UNITS_ALLOWING_NEGATIVE))
    for meaning, number in numbers.items():
        header, cells = fields.headers[meaning], fields.cells[meaning]
        bad = number.bad & active
        huge = implausible(number.values) & ~number.bad & active
        negative = (number.values < 0) & known & ~negative_ok & active & ~huge
        percent_sign = number.percent & known & (unit != PERCENT_UNIT) & active
        report.add("errors", bad, header, cells, N_("upload.error.not_a_number"))
        report.add("errors", huge, header, cells, N_("upload.error.implausible"))
        report.add("errors", negative, header, cells, N_("upload.error.negative"), unit=unit)
        report.add(
            "errors", percent_sign, header, cells, N_("upload.error.percent_sign"), unit=unit
        )
        failed |= bad | huge | negative | percent_sign
    return failed


def check_duplicates(keys, candidates: np.ndarray, report: RowLog) -> np.ndarray:
    """An error on every repeat of an indicator-region-period, naming the row it repeats."""
    parts = [
        pd.factorize(keys.indicator)[0],
        pd.factorize(keys.region)[0],
        pd.factorize(keys.start)[0],
    ]
    usable = candidates & (np.min(parts, axis=0) >= 0)
    combined = (parts[0] * (parts[1].max() + 1) + parts[1]) * (parts[2].max() + 1) + parts[2]
    key = pd.Series(np.where(usable, combined, -1 - np.arange(len(usable))))  # unusable: unique
    mask = key.duplicated(keep="first").to_numpy()
    if not mask.any():
        return mask
    first_row = key.map(pd.Series(report.rows).groupby(key).first()).to_numpy()
    period = np.datetime_as_string(keys.start, unit="D")
    report.add(
        "errors",
        mask,
        None,
        None,
        N_("upload.error.duplicate"),
        first_row=first_row,
        indicator=keys.indicator,
        region=keys.region,
        period=period,
    )
    return mask


def warn(
    fields, frame: pd.DataFrame, unit: np.ndarray, clean: np.ndarray, today: dt.date, report: RowLog
) -> None:
    """Warnings on the rows that passed every check."""
    cells, headers = fields.cells, fields.headers
    planned, actual = frame["planned"].to_numpy(), frame["actual"].to_numpy()
    if "actual" in cells and "planned" in cells:
        over = clean & (planned > 0) & (actual > OVER_PLANNED * planned)
        report.add(
            "warnings", over, headers["actual"], cells["actual"], N_("upload.warning.over_planned")
        )
    if "planned" in cells:
        _warn_zero_targets(frame, clean, headers["planned"], cells["planned"], report)
    future = clean & (frame["period_start"] > pd.Timestamp(today)).to_numpy()
    report.add(
        "warnings",
        future,
        headers["period"],
        cells["period"],
        N_("upload.warning.future_period"),
        today=today.isoformat(),
    )
    percent = clean & (unit == PERCENT_UNIT)
    for meaning, values in (("planned", planned), ("actual", actual)):
        if meaning in cells:
            report.add(
                "warnings",
                percent & (values > 100),
                headers[meaning],
                cells[meaning],
                N_("upload.warning.percent_over_100"),
            )
    _warn_fractions(frame[percent], report)


def _warn_zero_targets(
    frame: pd.DataFrame, clean: np.ndarray, header: str, cells: pd.Series, report: RowLog
) -> None:
    """A warning per row whose planned value is 0: its achievement cannot be computed."""
    report.add(
        "warnings",
        clean & (frame["planned"].to_numpy() == 0),
        header,
        cells,
        N_("upload.warning.zero_target"),
        indicator=frame["indicator_code"].to_numpy(dtype=object),
        region=frame["region_code"].to_numpy(dtype=object),
    )


def _warn_fractions(frame: pd.DataFrame, report: RowLog) -> None:
    """One warning per persen indicator whose values in this file all lie within 0..1."""
    values = frame.melt(id_vars=["indicator_code", "row"], value_vars=["planned", "actual"])
    stats = values.dropna().groupby("indicator_code")[["value", "row"]].agg(["max", "min"])
    for code, stat in stats.iterrows():
        if 0 < stat[("value", "max")] <= 1:
            report.log.warning(
                report.sheet,
                N_("upload.warning.percent_fraction"),
                row=int(stat[("row", "min")]),
                indicator=code,
            )
