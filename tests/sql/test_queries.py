"""The query layer: every SQL file in queries/ runs on the sample database."""

import datetime as dt
import re

import duckdb
import pandas as pd
import pytest

from pantau.errors import QueryFailed
from pantau.settings import QUERIES_DIR
from pantau.store import queries
from tests.support.query_examples import BUDGET_QUERIES, QUALITY_QUERIES, REGIONS_QUERIES

THRESHOLDS = {"on_track": 90.0, "at_risk": 70.0}

# example parameters for every read-only query; a new query file must be added here
READ_QUERIES = {
    "database_summary": {},
    "database_tables": {},
    "schema_version": {},
    "programs": {},
    "indicators": {"program": "PKH"},
    "regions": {},
    "report_periods": {},
    "indicators_to_date": {
        "program": None,
        "regions": None,
        "region_level": "provinsi",
        "as_of": None,
        **THRESHOLDS,
    },
    "indicator_series": {
        "indicator": "SEMBAKO.DANA",
        "regions": ["32", "34"],
        "region_level": "provinsi",
        "grain": "quarter",
        "by_region": True,
        "as_of": None,
        **THRESHOLDS,
    },
}


# statements that change data, run on a scratch copy
WRITE_QUERIES = {
    "record_schema_version": {"version": 999},
    "mark_sample_data": {"built_on": "2026-01-01"},
    "upsert_programs": {},
    "upsert_indicators": {},
    "upsert_regions": {},
    "insert_sample_observations": {},
    "refresh_figures": {"indicators": None, "first_period": None, "provinces": None},
    "refresh_missing_reports": {
        "indicators": None,
        "provinces": None,
        "moved": [],
        "grown": [],
        "since": None,
    },
}


# read queries that are empty on a database nobody has uploaded to
EMPTY_ON_SAMPLE = {
    "upload_history",
    "rollback_conflicts",
    "upload_record",
    "uploads_with_same_file",
}


READ_QUERIES |= {
    "upload_history": {},
    "data_version": {},
    "reported_spans": {"indicators": None},
    "indicator_projection": {
        "indicator": "SEMBAKO.DANA",
        "regions": None,
        "region_level": "provinsi",
        "as_of": "2026-06-30",
        "last_n": 6,
        **THRESHOLDS,
    },
    "rollback_conflicts": {"upload_id": 1},
    "upload_record": {"upload_id": 1},
    "uploads_with_same_file": {"sha256": "0" * 64},
    "upload_scope": {"upload_id": 1},
    "affected_indicators": {
        "indicators": ["PKH.KPM"]
    },  # PKH.KPM and those it weighs  # one row: no indicators when nothing was uploaded
}


# queries and statements that read registered frames (the upload being checked)
UPLOAD_ROWS = {"upload_id": 1, "rollback_id": 2}


WRITE_QUERIES |= {
    "upload_changes": {},
    "upload_stock_drops": {},
    "next_upload_id": {},
    "record_upload": {
        "id": 1,
        "kind": "upload",
        "file_name": "a.xlsx",
        "sha256": "0" * 64,
        "size_bytes": 10,
        "uploaded_by": "ani",
        "rows_inserted": 1,
        "rows_updated": 0,
        "rows_unchanged": 0,
        "catalog_rows": 0,
        "rolls_back": None,
    },
    "apply_upload": {"upload_id": 1},
    "apply_rollback": UPLOAD_ROWS,
}


# each analysis page keeps its examples beside its tests
READ_QUERIES |= BUDGET_QUERIES | QUALITY_QUERIES | REGIONS_QUERIES


READ_QUERIES["deck_missing_reports"] = {
    "program": "PKH",
    "regions": None,
    "region_level": "provinsi",
    "as_of": None,
    "limit": 10,
}


def test_every_query_file_has_an_example():
    assert set(queries.query_names()) == set(READ_QUERIES) | set(WRITE_QUERIES)


@pytest.mark.parametrize("name", sorted(READ_QUERIES))
def test_read_query_runs_on_sample_data(sample_con, name):
    frame = queries.run(sample_con, name, **READ_QUERIES[name])
    assert isinstance(frame, pd.DataFrame)
    assert (len(frame) == 0) if name in EMPTY_ON_SAMPLE else (len(frame) > 0)


@pytest.mark.parametrize("name", sorted(WRITE_QUERIES))
def test_write_statement_runs_on_a_scratch_database(tmp_path, sample_db_file, name):
    con = duckdb.connect(":memory:")
    con.execute("attach $p as src (read_only)", {"p": str(sample_db_file)})
    con.execute("copy from database src to memory")
    con.execute("detach src")
    incoming = con.execute("select *, 'Data' as sheet, 2 as row from observations limit 3").df()
    frames = {
        "incoming_programs": con.execute("select * from programs").df(),
        "incoming_indicators": con.execute("select * from indicators").df(),
        "incoming_regions": con.execute("select * from regions").df(),
        "incoming_sample": con.execute("select * from observations limit 0").df(),
        "incoming_observations": incoming,
        "upload_changes": incoming.assign(
            change="changed",
            existed=True,
            old_planned=1.0,
            old_actual=1.0,
            old_partner=None,
            old_note=None,
            old_upload_id=None,
            old_updated_at=None,
        ),
    }
    with con.cursor() as cur:
        for frame_name, frame in frames.items():
            cur.register(frame_name, frame)
        queries.run_script(cur, name, **WRITE_QUERIES[name])
    con.close()


def test_values_are_bound_never_formatted_into_sql():
    for path in QUERIES_DIR.rglob("*.sql"):
        text = path.read_text()
        assert not re.search(r"\{\w*\}|%s|%\(", text), path.name


def test_every_query_file_says_its_grain_first():
    for name in queries.query_names():
        assert queries.sql_text(name).startswith("-- "), name


def test_a_failing_query_raises_the_projects_error(sample_con):
    with pytest.raises(QueryFailed) as caught:
        queries.run(sample_con, "indicators")  # $program not bound
    assert "indicators" in caught.value.message("en")


def test_sample_series_matches_to_date(sample_con):
    # the overview's year-to-date figure equals the explorer's cumulative figure
    params = {"regions": None, "region_level": "provinsi", **THRESHOLDS}
    to_date = queries.run(sample_con, "indicators_to_date", program=None, as_of=None, **params)
    row = to_date.set_index("indicator_code").loc["SEMBAKO.DANA"]
    series = queries.run(
        sample_con,
        "indicator_series",
        indicator="SEMBAKO.DANA",
        grain=None,
        by_region=False,
        as_of=None,
        **params,
    )
    last = series.set_index("period").loc[row["latest_period"]]
    assert last["cum_achievement"] == pytest.approx(row["achievement"])
    assert row["latest_period"].date() == dt.date(2026, 9, 1)
