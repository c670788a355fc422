"""Fixtures every kind shares: the sample database, an empty one, and the upload corpus."""

from pathlib import Path

import duckdb
import pytest

from pantau.store import db
from tests.support.upload_corpus import write_corpus


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory) -> Path:
    """The sample database, built once per test session (never the user's data/ file)."""
    path = tmp_path_factory.mktemp("sample") / "pantau.duckdb"
    db.open_database(path, with_sample=True).close()
    return path


@pytest.fixture(scope="session")
def sample_con(sample_db_file):
    """A read-only connection to the session's sample database."""
    con = duckdb.connect(str(sample_db_file), read_only=True)
    yield con
    con.close()


@pytest.fixture
def empty_con(tmp_path):
    """A new database with the schema and the catalogue, but no observations."""
    con = db.open_database(tmp_path / "empty.duckdb", with_sample=False)
    yield con
    con.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """Every file of tests/support/upload_corpus.py, written once per session."""
    return write_corpus(tmp_path_factory.mktemp("corpus"))
