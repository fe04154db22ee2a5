"""Copies of a SQLite file appear complete or not at all, with no journal or WAL left behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from branchops.db import disk_space, sqlite_copy
from branchops.db.errors import DatabaseOpenError
from branchops.db.sqlite_copy import copy_to_new_file
from branchops.i18n import set_language


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    with conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.close()
    return path


class _FailsMidway:
    """A destination that leaves its -wal and -shm beside it, then fails as a full disk does
    when SQLite writes its WAL ("disk I/O error")."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection, self._path = connection, path

    def backup(self, target, **_kwargs) -> None:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(self._path) + suffix).write_bytes(b"partial")
        raise sqlite3.OperationalError("disk I/O error")

    def __getattr__(self, name):
        return getattr(self._connection, name)


def test_an_io_error_on_a_full_disk_is_a_full_disk_and_leaves_nothing(
    source, tmp_path, monkeypatch
):
    set_language("en")
    out = tmp_path / "out"
    out.mkdir()
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        if "mode=ro" in str(database):
            return _FailsMidway(connection, out / "copy.sqlite3.part")
        return connection

    monkeypatch.setattr(sqlite_copy.sqlite3, "connect", connect)
    monkeypatch.setattr(disk_space, "low_on_space", lambda _path: True)
    with pytest.raises(DatabaseOpenError, match="The disk is full"):
        copy_to_new_file(source, out / "copy.sqlite3", 1.0)
    assert list(out.iterdir()) == []


def test_an_io_error_with_room_left_says_what_failed(source, tmp_path, monkeypatch):
    set_language("en")
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        if "mode=ro" in str(database):
            return _FailsMidway(connection, tmp_path / "copy.sqlite3.part")
        return connection

    monkeypatch.setattr(sqlite_copy.sqlite3, "connect", connect)
    with pytest.raises(DatabaseOpenError, match="disk I/O error"):
        copy_to_new_file(source, tmp_path / "copy.sqlite3", 1.0)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("copy.sqlite3")]


def test_a_copy_is_complete_and_self_contained(source, tmp_path):
    out = tmp_path / "copy.sqlite3"
    copy_to_new_file(source, out, 1.0)
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 200
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
