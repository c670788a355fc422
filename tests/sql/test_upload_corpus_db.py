"""The upload corpus end to end: accepted files store exactly their values."""

import shutil

import pandas as pd
import pytest

from pantau.store import db, uploads
from tests.support.uploads import parse


@pytest.fixture
def con(tmp_path, sample_db_file):
    path = tmp_path / "p.duckdb"
    shutil.copy(sample_db_file, path)
    connection = db.open_database(path)
    yield connection
    connection.close()


def test_every_accepted_file_stores_exactly_its_values(con, corpus):
    accepted = {n: p for n, p in corpus.items() if not parse(con, p).errors}
    assert len(accepted) >= 10
    for name, path in accepted.items():
        parsed = parse(con, path)
        upload_id, _ = uploads.commit(
            con, parsed.observations, parsed.catalog, name, path.read_bytes(), "ani"
        )
        rows = parsed.observations
        if rows.empty:
            continue
        stored = con.execute(
            "select indicator_code, region_code, period_start, planned, actual, note"
            " from observations where upload_id = $u",
            {"u": upload_id},
        ).df()
        merged = rows.merge(stored, on=["indicator_code", "region_code"], suffixes=("", "_db"))
        merged = merged[merged["period_start"].dt.date == merged["period_start_db"].dt.date]
        assert len(merged) == len(rows), name
        for column in ("planned", "actual"):
            given = merged[column].notna()
            pd.testing.assert_series_equal(
                merged.loc[given, column], merged.loc[given, f"{column}_db"], check_names=False
            )


def test_catalogue_workbook_adds_an_indicator_and_its_data(con, corpus):
    path = corpus["catalog_workbook.xlsx"]
    parsed = parse(con, path)
    uploads.commit(con, parsed.observations, parsed.catalog, path.name, path.read_bytes(), "ani")
    assert con.execute(
        "select program_code, level from indicators where code = 'BLT.KPM'"
    ).fetchone() == (
        "BLT",
        "output",
    )
    assert con.execute(
        "select planned, actual from observations where indicator_code = 'BLT.KPM'"
        " and region_code = '34.04.01' and period_start = date '2025-05-01'"
    ).fetchone() == (1200.0, 1150.0)
