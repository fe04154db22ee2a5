"""Opening a database: new at head; older kept then upgraded; anything odd refused, untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command

from branchops.db.engine import DatabaseTarget, create_db_engine
from branchops.db.errors import DatabaseOpenError
from branchops.db.lifecycle import alembic_config, open_database
from branchops.db.revisions import head_revisions
from branchops.i18n import set_language

FIRST = "0001_foundation"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


def _build_at(path: Path, revision: str) -> None:
    engine = create_db_engine(DatabaseTarget.parse(path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _revisions(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


def _open(path: Path, backups: Path):
    return open_database(DatabaseTarget.parse(path), backups)


def test_a_new_database_is_created_at_head(tmp_path):
    path = tmp_path / "new.sqlite3"
    db, result = _open(path, tmp_path / "backups")
    db.dispose()
    assert result.created
    assert (result.upgraded_from, result.backup) == ((), None)
    assert _revisions(path) == head_revisions()
    assert not (tmp_path / "backups").exists()
    db, again = _open(path, tmp_path / "backups")
    db.dispose()
    assert (again.created, again.upgraded_from) == (False, ())


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "touched.sqlite3"
    path.touch()
    db, result = _open(path, tmp_path / "backups")
    db.dispose()
    assert result.created
    assert _revisions(path) == head_revisions()


def test_an_older_database_is_copied_then_upgraded(tmp_path):
    if head_revisions() == {FIRST}:
        pytest.skip("no revision after the first yet")
    path = tmp_path / "old.sqlite3"
    _build_at(path, FIRST)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO staff (employee_no, name, employment, contract_minutes_per_week, active,"
            " phone) VALUES ('E0001', '王芳', 'full_time', 2400, 1, '13800000000')"
        )
    conn.close()
    db, result = _open(path, tmp_path / "backups")
    db.dispose()
    assert result.upgraded_from == (FIRST,)
    assert not result.created
    assert result.backup is not None
    assert result.backup.parent == tmp_path / "backups"
    assert FIRST in result.backup.name
    assert _revisions(result.backup) == {FIRST}  # the copy is the database as it was
    assert _revisions(path) == head_revisions()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM staff").fetchall() == [("王芳",)]
    conn.close()


def test_without_upgrade_an_older_database_is_left_as_it_is(tmp_path):
    if head_revisions() == {FIRST}:
        pytest.skip("no revision after the first yet")
    path = tmp_path / "old.sqlite3"
    _build_at(path, FIRST)
    db, result = open_database(DatabaseTarget.parse(path), tmp_path / "backups", upgrade=False)
    db.dispose()
    assert result.upgraded_from == (FIRST,)
    assert _revisions(path) == {FIRST}


def test_a_database_from_a_newer_release_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db, _ = _open(path, tmp_path / "backups")
    db.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.close()
    before = _snapshot(path)
    with pytest.raises(DatabaseOpenError) as caught:
        _open(path, tmp_path / "backups")
    message = str(caught.value)
    assert "newer BranchOps" in message
    assert "9999_from_the_future" in message
    assert "nothing was changed" in message
    assert _snapshot(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("月度报表 draft\n" * 50, encoding="utf-8")
    before = _snapshot(path)
    with pytest.raises(DatabaseOpenError, match="is not a BranchOps database"):
        _open(path, tmp_path / "backups")
    assert _snapshot(path) == before


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = _snapshot(path)
    with pytest.raises(DatabaseOpenError, match="is not a BranchOps database"):
        _open(path, tmp_path / "backups")
    assert _snapshot(path) == before


def test_a_folder_given_as_the_database_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="is not a BranchOps database"):
        _open(tmp_path, tmp_path / "backups")


def test_a_missing_folder_is_named_and_not_created(tmp_path):
    folder = tmp_path / "no" / "such"
    with pytest.raises(DatabaseOpenError) as caught:
        _open(folder / "b.sqlite3", tmp_path / "backups")
    assert "does not exist" in str(caught.value)
    assert str(folder) in str(caught.value)
    assert not folder.exists()


def _chmod_is_enforced(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.touch()
    except PermissionError:
        return True
    probe.unlink()
    return False


def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if not _chmod_is_enforced(folder):
            pytest.skip("running as root (or similar): folder permissions are not enforced")
        with pytest.raises(DatabaseOpenError, match="read-only"):
            _open(folder / "b.sqlite3", tmp_path / "backups")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_the_database_is_created_exactly_where_named(tmp_path):
    folder = tmp_path / "网点 #1 ?x=1 %20"
    folder.mkdir()
    path = folder / "branchops.sqlite3"
    db, result = _open(path, folder / "backups")
    db.dispose()
    assert result.created
    assert _revisions(path) == head_revisions()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
