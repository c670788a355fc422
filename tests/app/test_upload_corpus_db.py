"""The upload corpus in the page: rejected files are refused and write nothing."""

import duckdb

from tests.support.uploads import parse, snapshot


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
