"""The upload corpus end to end: rejected files write nothing, accepted files store their values."""

import datetime as dt
import shutil

import duckdb
import pandas as pd
import pytest
import upload_corpus

from pantau import ingest
from pantau.store import catalog, db, uploads

TABLES = ("observations", "uploads", "value_history", "indicators", "programs", "regions")
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return upload_corpus.write_corpus(tmp_path_factory.mktemp("corpus"))


def snapshot(con) -> dict[str, list]:
    """Every row of every table."""
    return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in TABLES}


def known(con) -> ingest.Catalog:
    return ingest.Catalog(catalog.programs(con), catalog.indicators(con), catalog.regions(con))


def parse(con, path) -> ingest.ParsedUpload:
    return ingest.parse_upload(path.name, path.read_bytes(), known(con), TODAY)


def test_every_rejected_file_is_refused_in_the_page_and_writes_nothing(app, app_db, corpus):
    at = app.switch_page("pages/upload.py").run()
    at.text_input(key="uploader").input("Ani").run()
    with duckdb.connect(str(app_db)) as con:
        before = snapshot(con)
        rejected = [p for p in corpus.values() if parse(con, p).errors]
    assert len(rejected) >= 20
    for path in rejected:
        at.get("file_uploader")[0].set_value((path.name, path.read_bytes(), "text/csv")).run()
        assert not at.exception, path.name
        assert "tidak disimpan" in at.error[0].value, path.name
        assert not [b for b in at.button if b.label.startswith("Simpan")], path.name
    with duckdb.connect(str(app_db)) as con:
        assert snapshot(con) == before


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
