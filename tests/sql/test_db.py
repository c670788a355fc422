"""Opening the database: creation, migration, and the files Pantau must refuse untouched."""

import subprocess
import sys
import textwrap

import duckdb
import pytest

from pantau.errors import DatabaseUnavailable
from pantau.store import catalog, db, queries


def test_missing_file_is_created_with_schema_catalogue_and_sample(tmp_path):
    path = tmp_path / "new" / "pantau.duckdb"
    con = db.open_database(path)
    info = catalog.database_summary(con)
    assert path.exists()
    assert db.schema_version(con) == db.migrations()[-1][0]
    assert (info["programs"], info["indicators"], info["regions"]) == (7, 19, 7837)
    assert info["observations"] > 20_000
    assert info["sample_built_on"]
    assert not list(tmp_path.glob("new/.*building*"))  # no half-built file left behind


def test_without_sample_data_the_database_is_empty(tmp_path):
    con = db.open_database(tmp_path / "p.duckdb", with_sample=False)
    info = catalog.database_summary(con)
    assert (info["observations"], info["sample_built_on"]) == (0, None)
    assert info["indicators"] == 19


def test_reopening_migrates_nothing_twice(tmp_path):
    path = tmp_path / "p.duckdb"
    db.open_database(path, with_sample=False).close()
    con = db.open_database(path, with_sample=False)
    versions = queries.run(con, "schema_version")
    assert versions["version"].tolist() == [db.migrations()[-1][0]]


def test_an_old_database_is_migrated_forward(tmp_path):
    path = tmp_path / "old.duckdb"
    duckdb.connect(str(path)).close()  # a valid DuckDB file at schema version 0
    con = db.open_database(path)
    assert db.schema_version(con) == db.migrations()[-1][0]
    assert "observations" in set(queries.run(con, "database_tables")["table_name"])


def test_a_version_1_database_gets_region_types_and_keeps_its_regions(tmp_path):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute(db.migrations()[0][1].read_text(encoding="utf-8"))
    con.execute(queries.sql_text("record_schema_version"), {"version": 1})
    con.execute(
        "insert into regions values ('34', 'DI Yogyakarta', 'provinsi', null),"
        " ('34.04', 'Sleman (as this office named it)', 'kabupaten_kota', '34')"
    )
    con.close()
    con = db.open_database(path)
    rows = con.sql("select code, name, type from regions order by code").fetchall()
    assert db.schema_version(con) >= 2
    assert len(rows) == 7837  # the catalogue's other regions added
    by_code = {code: (name, kind) for code, name, kind in rows}
    assert by_code["34.04"] == ("Sleman (as this office named it)", "kabupaten")  # name kept
    assert by_code["34.71"] == ("Kota Yogyakarta", "kota")
    assert by_code["11"] == ("Aceh", "provinsi")


def test_a_file_that_is_not_duckdb_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.duckdb"
    content = b"kode_indikator;wilayah;periode\nPKH.KPM;32;2025-01\n" * 20
    path.write_bytes(content)
    with pytest.raises(DatabaseUnavailable) as caught:
        db.open_database(path)
    assert path.name in caught.value.message("id")
    assert str(path.parent) not in caught.value.message("id")  # no server path
    assert "bukan basis data" in caught.value.message("id")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb"]


def test_an_empty_file_is_refused_untouched(tmp_path):
    path = tmp_path / "empty.duckdb"
    path.write_bytes(b"")
    with pytest.raises(DatabaseUnavailable):
        db.open_database(path)
    assert path.read_bytes() == b""


def test_a_database_locked_by_another_process_gets_a_clear_message(tmp_path):
    path = tmp_path / "locked.duckdb"
    db.open_database(path, with_sample=False).close()
    before = path.read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import duckdb, sys, time
                con = duckdb.connect({str(path)!r})
                print("locked", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseUnavailable) as caught:
            db.open_database(path)
        assert caught.value.key == "error.db_locked"
        assert path.name in caught.value.message("id")
        assert str(path.parent) not in caught.value.message("id")  # no server path
        assert "dipakai program lain" in caught.value.message("id")
    finally:
        holder.communicate("done\n", timeout=30)
    assert path.read_bytes() == before
