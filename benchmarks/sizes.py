"""The benchmark databases S, M and L, made by the sample generator and kept between runs.

S is the sample a new database gets (every regency, the districts of DI Yogyakarta). M and L
add 29 monthly copies of the programme indicators (48 indicators in all, as a ministry's
monitoring framework has): M reports from the 514 regencies and cities (about 1.5 million
observations), L from every one of the 7,285 districts (about 20 million).
"""

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pantau.settings import CATALOG_DIR, PROJECT_DIR
from pantau.store import db, figures, queries, sample

FOLDER = PROJECT_DIR / ".bench"  # git-ignored; a database is rebuilt only when absent
COPIES = 29


@dataclass(frozen=True)
class Size:
    """One benchmark size: whose districts report, and how many indicator copies it adds."""

    name: str
    districts_of: tuple[str, ...] | None
    copies: int


SIZES = {
    "S": Size("S", (sample.DISTRICTS_OF,), 0),
    "M": Size("M", (), COPIES),
    "L": Size("L", None, COPIES),
}


def indicators_with_copies(indicators: pd.DataFrame, copies: int) -> pd.DataFrame:
    """The catalogue's indicators and `copies` monthly copies of its programme indicators, each
    following the numbers of the indicator it copies (column `like`)."""
    # a survey (poverty) is not reported monthly, and money derived from a count follows the
    # count's own periods: neither is copied
    copied = (indicators["program_code"] != "KEMISKINAN") & ~indicators["code"].isin(sample.DERIVED)
    models = indicators[copied].reset_index(drop=True)
    rows = []
    for n in range(copies):
        model = models.iloc[n % len(models)]
        rows.append(
            model.to_dict()
            | {
                "code": f"{model['code']}.B{n + 1}",
                "name_id": f"{model['name_id']} (salinan {n + 1})",
                "name_en": f"{model['name_en']} (copy {n + 1})",
                "frequency": "month",
                "like": model["code"],
            }
        )
    return pd.concat([indicators.assign(like=None), pd.DataFrame(rows)], ignore_index=True)


def database(size: str) -> Path:
    """The database of a size, built if absent (a few seconds for S and M, minutes for L)."""
    path = FOLDER / f"{size}.duckdb"
    if not path.exists():
        FOLDER.mkdir(exist_ok=True)
        started = time.perf_counter()
        build(SIZES[size], path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def build(size: Size, path: Path) -> None:
    """Write the database of one size beside path and move it into place when complete."""
    building = path.with_name(f".{path.name}.{os.getpid()}.building")
    building.unlink(missing_ok=True)
    con = db.open_database(building, with_sample=False)
    try:
        inputs = sample.load_inputs(CATALOG_DIR, size.districts_of)
        inputs["indicators"] = indicators_with_copies(inputs["indicators"], size.copies)
        with con.cursor() as cur:
            cur.begin()
            cur.register("incoming_indicators", inputs["indicators"].drop(columns="like"))
            cur.execute(queries.sql_text("upsert_indicators"))
            for part in sample.iter_observations(**inputs):
                cur.register("incoming_sample", part)
                cur.execute(queries.sql_text("insert_sample_observations"))
            figures.refresh(cur)
            built_on = {"built_on": dt.date.today().isoformat()}
            cur.execute(queries.sql_text("mark_sample_data"), built_on)
            cur.commit()
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(building, path)
    Path(f"{building}.wal").unlink(missing_ok=True)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or SIZES:
        print(name, database(name), f"{database(name).stat().st_size / 1e6:.0f} MB")
