"""Shared fixtures: a fresh database per test, the manager as the acting user, fixed language.

Set BRANCHOPS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres) to run
the tests marked ``postgres`` against a PostgreSQL server too; without it they run on SQLite only.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text  # noqa: E402

from branchops import i18n  # noqa: E402
from branchops.core.users.permissions import SINGLE_USER, CurrentUser  # noqa: E402
from branchops.db.engine import DatabaseTarget  # noqa: E402
from branchops.db.lifecycle import Database, open_database  # noqa: E402

PG_URL = os.environ.get("BRANCHOPS_TEST_PG_URL", "")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's folders; every test starts in Chinese."""
    monkeypatch.setenv("BRANCHOPS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRANCHOPS_CONFIG_DIR", str(tmp_path / "config"))
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


def _sqlite(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(DatabaseTarget.parse(tmp_path / "test.sqlite3"), tmp_path / "backups")
    yield db
    db.dispose()


def _postgres() -> Iterator[Database]:
    schema_db = f"branchops_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{schema_db}"'))
    url = PG_URL.rsplit("/", 1)[0] + "/" + schema_db
    db, _ = open_database(DatabaseTarget.parse(url))
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{schema_db}" WITH (FORCE)'))
        admin.dispose()



def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" in metafunc.fixturenames and metafunc.definition.get_closest_marker("postgres"):
        metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(tmp_path: Path, backend: str) -> Iterator[Database]:
    """A new, empty database at the newest schema (SQLite, or PostgreSQL when marked)."""
    if backend == "postgres":
        if not PG_URL:
            pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
        yield from _postgres()
    else:
        yield from _sqlite(tmp_path)


@pytest.fixture
def manager() -> CurrentUser:
    return SINGLE_USER
