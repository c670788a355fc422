"""Committing uploads: counts, one transaction, history, and exact roll back."""

import pandas as pd
import pytest

from pantau.errors import RollbackRefused, WriteFailed
from pantau.store import queries, uploads
from tests.support.helpers import add_observations
from tests.support.uploads import snapshot


def rows(*cells) -> pd.DataFrame:
    """Parsed upload rows: (indicator, region, period, planned, actual[, note])."""
    frame = pd.DataFrame(
        [(*c, None) if len(c) == 5 else c for c in cells],
        columns=["indicator_code", "region_code", "period_start", "planned", "actual", "note"],
    )
    frame["period_start"] = pd.to_datetime(frame["period_start"])
    frame["partner"] = None
    frame["sheet"] = "Data"
    frame["row"] = range(2, 2 + len(frame))
    return frame


@pytest.fixture
def con(empty_con):
    add_observations(
        empty_con,
        [
            ("PKH.KPM", "32", "2025-01-01", 1000, 900),
            ("PKH.KPM", "33", "2025-01-01", 800, 780),
        ],
    )
    return empty_con


FILE = b"file one"


def test_preview_counts_new_changed_unchanged_and_writes_nothing(con):
    before = snapshot(con)
    incoming = rows(
        ("PKH.KPM", "32", "2025-01-01", 1000, 950),  # changed
        ("PKH.KPM", "33", "2025-01-01", 800, 780),  # unchanged
        ("PKH.KPM", "35", "2025-01-01", 1200, 1100),  # new
    )
    result = uploads.preview(con, incoming, {}, FILE)
    assert result.counts == {"new": 1, "changed": 1, "unchanged": 1}
    changed = result.changes.query("change == 'changed'").iloc[0]
    assert (changed["old_actual"], changed["actual"]) == (900, 950)
    assert snapshot(con) == before


def test_commit_writes_values_records_upload_and_keeps_old_values(con):
    incoming = rows(
        ("PKH.KPM", "32", "2025-01-01", 1000, 950),
        ("PKH.KPM", "35", "2025-01-01", 1200, 1100),
    )
    upload_id, _ = uploads.commit(con, incoming, {}, "jabar.xlsx", FILE, "ani")
    assert upload_id == 1
    stored = con.execute(
        "select region_code, actual, upload_id from observations order by region_code"
    ).fetchall()
    assert stored == [("32", 950.0, 1), ("33", 780.0, None), ("35", 1100.0, 1)]
    record = uploads.history(con).iloc[0]
    assert (record["file_name"], record["uploaded_by"]) == ("jabar.xlsx", "ani")
    assert (record["rows_inserted"], record["rows_updated"], record["rows_unchanged"]) == (1, 1, 0)
    history = con.execute(
        "select region_code, existed, old_actual from value_history order by region_code"
    ).fetchall()
    assert history == [("32", True, 900.0), ("35", False, None)]


def test_blank_incoming_value_leaves_the_stored_value(con):
    incoming = rows(("PKH.KPM", "32", "2025-01-01", None, 910))
    uploads.commit(con, incoming, {}, "a.csv", FILE, "ani")
    assert con.execute(
        "select planned, actual from observations where region_code = '32'"
    ).fetchone() == (1000.0, 910.0)


def test_same_file_again_changes_nothing_and_says_so(con):
    incoming = rows(("PKH.KPM", "32", "2025-01-01", 1000, 950))
    first, _ = uploads.commit(con, incoming, {}, "a.csv", FILE, "ani")
    before = snapshot(con)
    again, result = uploads.commit(con, incoming, {}, "a.csv", FILE, "ani")
    assert again is None
    assert result.counts == {"new": 0, "changed": 0, "unchanged": 1}
    assert result.same_file["id"].tolist() == [first]
    assert snapshot(con) == before


def test_rollback_restores_exactly_the_values_before(con):
    before = con.execute("select * from observations order by all").fetchall()
    incoming = rows(
        ("PKH.KPM", "32", "2025-01-01", 1000, 950, "=revisi"),
        ("PKH.KPM", "35", "2025-01-01", 1200, 1100),
    )
    upload_id, _ = uploads.commit(con, incoming, {}, "a.csv", FILE, "ani")
    rollback_id = uploads.rollback(con, upload_id, "budi")
    assert con.execute("select * from observations order by all").fetchall() == before
    history = uploads.history(con).set_index("id")
    assert history.loc[upload_id, "status"] == "rolled_back"
    assert history.loc[upload_id, "rolled_back_by"] == rollback_id
    assert (history.loc[rollback_id, "kind"], history.loc[rollback_id, "rolls_back"]) == (
        "rollback",
        upload_id,
    )


def test_rollback_refused_when_a_later_upload_changed_the_same_cells(con):
    first, _ = uploads.commit(
        con, rows(("PKH.KPM", "32", "2025-01-01", 1000, 950)), {}, "a.csv", b"a", "ani"
    )
    second, _ = uploads.commit(
        con, rows(("PKH.KPM", "32", "2025-01-01", 1000, 990)), {}, "b.csv", b"b", "ani"
    )
    before = snapshot(con)
    with pytest.raises(RollbackRefused) as refused:
        uploads.rollback(con, first, "ani")
    assert refused.value.params["later_id"] == second
    assert "b.csv" in refused.value.message("id")
    assert snapshot(con) == before
    # undo the later one first, then the earlier one: back to the original value
    uploads.rollback(con, second, "ani")
    uploads.rollback(con, first, "ani")
    assert con.execute("select actual from observations where region_code = '32'").fetchone() == (
        900.0,
    )


def test_rollback_twice_or_of_a_rollback_is_refused(con):
    upload_id, _ = uploads.commit(
        con, rows(("PKH.KPM", "32", "2025-01-01", 1000, 950)), {}, "a.csv", FILE, "ani"
    )
    rollback_id = uploads.rollback(con, upload_id, "ani")
    with pytest.raises(RollbackRefused, match="already"):
        uploads.rollback(con, upload_id, "ani")
    with pytest.raises(RollbackRefused):
        uploads.rollback(con, rollback_id, "ani")


def test_the_data_version_rises_with_each_commit_and_roll_back_and_not_with_a_failed_one(con):
    assert uploads.data_version(con) == 0
    upload_id, _ = uploads.commit(
        con, rows(("PKH.KPM", "32", "2025-01-01", 1, 2)), {}, "a", FILE, "a"
    )
    assert uploads.data_version(con) == upload_id == 1
    broken = rows(("PKH.KPM", "32", "2025-01-01", 1000, 950))
    broken["actual"] = ["not a number"]
    with pytest.raises(Exception):  # noqa: B017
        uploads.commit(con, broken, {}, "b.csv", FILE, "ani")
    assert uploads.data_version(con) == 1
    assert uploads.rollback(con, upload_id, "budi") == 2
    assert uploads.data_version(con) == 2


def test_a_failing_commit_writes_nothing(con):
    before = snapshot(con)
    broken = rows(("PKH.KPM", "32", "2025-01-01", 1000, 950))
    broken["actual"] = ["not a number"]  # fails inside the transaction
    with pytest.raises(Exception):  # noqa: B017
        uploads.commit(con, broken, {}, "a.csv", FILE, "ani")
    assert snapshot(con) == before


def test_a_stock_falling_by_more_than_half_is_flagged(con):
    incoming = rows(("PKH.KPM", "32", "2025-04-01", 1000, 400))
    drops = uploads.preview(con, incoming, {}, FILE).stock_drops
    assert drops[["region_code", "actual", "previous_actual"]].values.tolist() == [
        ["32", 400.0, 900.0]
    ]


def test_catalogue_sheet_and_its_data_commit_together(con):
    indicator = pd.DataFrame(
        [
            {
                "code": "PKH.BARU",
                "program_code": "PKH",
                "name_id": "Indikator baru",
                "name_en": "New indicator",
                "level": "output",
                "unit": "keluarga",
                "direction": "up",
                "temporal": "stock",
                "region_agg": "sum",
                "frequency": "quarter",
                "baseline_value": None,
                "baseline_year": None,
            }
        ]
    )
    incoming = rows(("PKH.BARU", "32", "2025-01-01", 10, 9))
    _, result = uploads.commit(con, incoming, {"indicators": indicator}, "c.xlsx", FILE, "a")
    assert result.catalog_rows == 1
    assert con.execute("select name_id from indicators where code = 'PKH.BARU'").fetchone() == (
        "Indikator baru",
    )
    assert con.execute(
        "select actual from observations where indicator_code = 'PKH.BARU'"
    ).fetchone() == (9.0,)


def fail_midway(monkeypatch, script: str) -> None:
    """Make the database refuse the second statement of a script, after the first ran."""
    real = queries.statements

    def statements(name: str) -> tuple[str, ...]:
        parts = real(name)
        if name != script:
            return parts
        return (parts[0], "select error('disk full (simulated) at /srv/data/pantau.duckdb')")

    monkeypatch.setattr(queries, "statements", statements)


def test_a_database_failure_mid_save_rolls_back_and_says_nothing_was_saved(con, monkeypatch):
    before = snapshot(con)
    fail_midway(monkeypatch, "apply_upload")  # value_history written, then the failure
    incoming = rows(("PKH.KPM", "32", "2025-01-01", 1000, 950))
    with pytest.raises(WriteFailed) as failed:
        uploads.commit(con, incoming, {}, "jabar.xlsx", FILE, "ani")
    assert snapshot(con) == before
    assert failed.value.params["step"] == "apply_upload"
    message = failed.value.message("id")
    assert message.startswith("Berkas jabar.xlsx tidak tersimpan")
    assert "Tidak ada yang disimpan" in message
    assert "disk full (simulated) at pantau.duckdb" in message  # the server's path left out
    assert "Nothing was saved" in failed.value.message("en")
    # the connection is usable again: the same upload saves once the database behaves
    monkeypatch.undo()
    assert uploads.commit(con, incoming, {}, "jabar.xlsx", FILE, "ani")[0] is not None
    assert con.execute("select actual from observations where region_code = '32'").fetchone() == (
        950.0,
    )


def test_a_database_failure_mid_roll_back_changes_nothing(con, monkeypatch):
    upload_id, _ = uploads.commit(
        con, rows(("PKH.KPM", "32", "2025-01-01", 1000, 950)), {}, "a.csv", FILE, "ani"
    )
    before = snapshot(con)
    fail_midway(monkeypatch, "apply_rollback")
    with pytest.raises(WriteFailed) as failed:
        uploads.rollback(con, upload_id, "budi")
    assert snapshot(con) == before
    assert failed.value.message("en").startswith(f"Upload #{upload_id} was not rolled back")
    assert "Nothing was changed" in failed.value.message("en")


def test_a_constraint_the_database_enforces_becomes_the_projects_error(con):
    before = snapshot(con)
    broken = rows(("PKH.KPM", "32", "2025-01-01", 1000, 950), ("PKH.KPM", "32", "2025-01-01", 1, 2))
    with pytest.raises(WriteFailed) as failed:  # the same cell twice breaks the primary key
        uploads.commit(con, broken, {}, "a.csv", FILE, "ani")
    assert snapshot(con) == before
    assert "a.csv" in failed.value.message("en")


def test_a_failing_preview_is_the_projects_error(con, monkeypatch):
    real = queries.sql_text
    monkeypatch.setattr(
        queries, "sql_text", lambda n: "select error('boom')" if n == "upload_changes" else real(n)
    )
    with pytest.raises(WriteFailed) as failed:
        uploads.preview(con, rows(("PKH.KPM", "32", "2025-01-01", 1, 2)), {}, FILE)
    assert failed.value.params["step"] == "upload_changes"


def test_a_new_row_without_any_target_is_listed_by_the_preview(con):
    incoming = rows(
        ("PKH.KPM", "32", "2025-01-01", None, 950),  # blank, but a target is stored: fine
        ("PKH.KPM", "35", "2025-01-01", None, 1100),  # new, no target anywhere
        ("PKH.KPM", "36", "2025-01-01", 0, 10),  # a zero target is the ingest's warning
    )
    result = uploads.preview(con, incoming, {}, FILE)
    assert result.no_target[["region_code", "row"]].values.tolist() == [["35", 3]]
