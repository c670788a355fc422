"""Upload files for the benchmark: revisions of stored cells, every row a distinct cell."""

import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import xlsxwriter

MONTHLY = ("SEMBAKO.KPM", "SEMBAKO.DANA", "SEMBAKO.TEPAT_WAKTU", "PBIJK.PESERTA", "PBIJK.DANA")
MONTHS = pd.period_range("2021-01", "2026-12", freq="M").strftime("%Y-%m").tolist()


def region_codes(database: Path, rows: int) -> list[str]:
    """Enough reporting regions of the database (districts at size L) for rows distinct cells:
    the upload revises cells that are stored, as a district office's corrections do."""
    needed = -(-rows // (len(MONTHLY) * len(MONTHS)))
    with duckdb.connect(str(database), read_only=True) as con:
        codes = con.execute(
            "select distinct region_code from observations where indicator_code = $code"
            " order by region_code limit $n",
            {"code": MONTHLY[0], "n": needed},
        ).fetchall()
    assert len(codes) == needed, f"{database.name} has {len(codes)} regions, {needed} needed"
    return [code for (code,) in codes]


def frame(database: Path, rows: int, seed: int = 7) -> pd.DataFrame:
    """rows distinct indicator x region x month rows with plausible values."""
    rng = np.random.default_rng(seed)
    codes = region_codes(database, rows)
    cells = pd.MultiIndex.from_product([MONTHLY, codes, MONTHS]).to_frame(index=False)
    cells = cells.iloc[:rows]
    planned = rng.integers(1_000, 2_000_000, rows).astype(float)
    actual = planned * rng.uniform(0.6, 1.1, rows)
    actual[rng.random(rows) < 0.03] = np.nan  # missing reports
    return pd.DataFrame(
        {
            "kode_indikator": cells[0],
            "kode_wilayah": cells[1],
            "periode": cells[2],
            "rencana": planned.round(),
            "realisasi": actual.round(),
            "catatan": np.where(rng.random(rows) < 0.01, "=cek ulang", ""),
        }
    )


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """A semicolon CSV with Indonesian thousands dots, as an Indonesian-locale Excel saves it."""
    out = table.copy()
    for column in ("rencana", "realisasi"):
        out[column] = out[column].map(lambda v: "" if pd.isna(v) else f"{v:,.0f}".replace(",", "."))
    out.to_csv(path, sep=";", index=False, encoding="cp1252")
    return path


def write_xlsx(table: pd.DataFrame, path: Path) -> Path:
    """An .xlsx with a title row above the header, written in constant memory."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("data")
    sheet.write_row(0, 0, ["Laporan bulanan (benchmark)"])
    sheet.write_row(2, 0, table.columns.tolist())
    for i, row in enumerate(table.itertuples(index=False), start=3):
        sheet.write_row(i, 0, ["" if isinstance(v, float) and np.isnan(v) else v for v in row])
    book.close()
    return path


def prepare_database(database: Path, target: Path) -> Path:
    """A copy of the database for one measured run."""
    shutil.copy(database, target)
    return target
