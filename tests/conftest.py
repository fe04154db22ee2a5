"""Shared fixtures: a fresh database per test, the manager as the acting user, fixed language.

Set BRANCHOPS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres) to run
the tests marked ``postgres`` against a PostgreSQL server too; without it they run on SQLite only.

Every test runs with the clock set (``branchops.clock``), in this process and in the commands it
starts: at ``BRANCHOPS_TEST_NOW`` when given (to run the suite on another day, e.g.
``BRANCHOPS_TEST_NOW=2028-02-29T12:00:00 make test``), otherwise at ``DEFAULT_NOW``.
Date-sensitive tests also take the ``at_date`` fixture to run at each of ``EDGE_DATES``.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from branchops import clock, i18n
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database

PG_URL = os.environ.get("BRANCHOPS_TEST_PG_URL", "")
DEFAULT_NOW = "2026-06-15T10:30:00"
TEST_NOW = os.environ.get("BRANCHOPS_TEST_NOW") or DEFAULT_NOW
EDGE_DATES = (
    "2026-12-01T08:00:00",  # first day of a month
    "2026-12-31T18:00:00",  # year end
    "2027-01-01T09:00:00",  # first day of a year (a public holiday)
    "2027-02-28T12:00:00",  # month end of a common year
    "2028-02-29T12:00:00",  # 29 February
    "2026-10-01T10:00:00",  # National Day
)


# Set once for the session (and left ticking): session- and module-scoped fixtures such as demo
# databases are built before any per-test fixture runs.
os.environ[clock.ENV_VAR] = TEST_NOW
clock.set_now(clock.parse(TEST_NOW))


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's folders; every test starts in Chinese."""
    monkeypatch.setenv("BRANCHOPS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRANCHOPS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv(clock.ENV_VAR, TEST_NOW)
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture(params=EDGE_DATES)
def at_date(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Runs the test once at each edge date; yields the ISO time the clock was set to."""
    monkeypatch.setenv(clock.ENV_VAR, request.param)
    with clock.frozen(request.param):
        yield request.param


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head per run; each test opens its own copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path))
    db.dispose()
    return path


def _sqlite(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(template, path)
    db, _ = open_database(DatabaseTarget.parse(path), tmp_path / "backups")
    yield db
    db.dispose()


def _pg_url(database: str) -> str:
    return make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """One database migrated to head per run; each test gets a fast copy of it."""
    name = f"branchops_template_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db, _ = open_database(DatabaseTarget.parse(_pg_url(name)))
        db.dispose()  # a template may have no open connections
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _postgres(template: str) -> Iterator[Database]:
    name = f"branchops_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        db, _ = open_database(DatabaseTarget.parse(_pg_url(name)))
        try:
            yield db
        finally:
            db.dispose()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test marked ``alone`` is skipped in a parallel run (``make test`` runs it afterwards)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    beside_others = pytest.mark.skip(reason="marked alone: run by itself, as make test does")
    for item in items:
        if item.get_closest_marker("alone"):
            item.add_marker(beside_others)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" in metafunc.fixturenames and metafunc.definition.get_closest_marker("postgres"):
        metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new, empty database at the newest schema (SQLite, or PostgreSQL when marked)."""
    if backend == "postgres":
        if not PG_URL:
            pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
        yield from _postgres(request.getfixturevalue("_pg_template"))
    else:
        yield from _sqlite(request.getfixturevalue("_sqlite_template"), tmp_path)


@pytest.fixture
def manager() -> CurrentUser:
    return SINGLE_USER
