"""The database lock belongs to the file, not to a path: links and other spellings are the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from branchops.db.instance_lock import (
    DatabaseLock,
    database_key,
    file_identity,
    server_lock_path,
)
from branchops.db.target import DatabaseTarget


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path: Path):
    path = tmp_path / "branchops.sqlite3"
    first, second = DatabaseLock(path), DatabaseLock(path)
    assert first.acquire() and first.held
    assert path.exists() and path.stat().st_size == 0  # created empty: a new database
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_a_hard_link_is_the_same_database(tmp_path: Path):
    path = tmp_path / "branchops.sqlite3"
    path.write_bytes(b"")
    other = tmp_path / "elsewhere" / "linked.sqlite3"
    other.parent.mkdir()
    os.link(path, other)
    assert file_identity(path) == file_identity(other)
    assert database_key(DatabaseTarget.parse(path)) == database_key(DatabaseTarget.parse(other))
    with DatabaseLock(path) as held:
        assert held.acquire()
        assert not DatabaseLock(other).acquire()


def test_a_symbolic_link_and_a_dotted_path_are_the_same_database(tmp_path: Path):
    path = tmp_path / "branchops.sqlite3"
    path.write_bytes(b"")
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(path)
    dotted = tmp_path / "." / "sub" / ".." / "branchops.sqlite3"
    (tmp_path / "sub").mkdir()
    keys = {database_key(DatabaseTarget.parse(p)) for p in (path, link, dotted)}
    assert len(keys) == 1
    with DatabaseLock(link) as held:
        assert held.acquire()
        assert not DatabaseLock(dotted).acquire()


def test_different_files_do_not_block_each_other(tmp_path: Path):
    with DatabaseLock(tmp_path / "a.sqlite3") as a, DatabaseLock(tmp_path / "b.sqlite3") as b:
        assert a.acquire() and b.acquire()


def test_a_server_database_is_known_by_its_server_and_name():
    def key(url: str) -> str:
        return database_key(DatabaseTarget.parse(url))

    same = key("postgresql+psycopg://branch@127.0.0.1/branchops")
    assert same == "postgresql://127.0.0.1:5432/branchops"
    assert key("postgresql://other:secret@localhost:5432/branchops") == same
    assert key("postgresql+psycopg://branch@127.0.0.1/another") != same
    assert key("postgresql+psycopg://branch@10.0.0.5/branchops") != same


def test_one_app_per_server_database_on_this_pc(tmp_path: Path):
    key = database_key(DatabaseTarget.parse("postgresql://a@127.0.0.1/branchops"))
    path = server_lock_path(tmp_path, key)
    assert path == server_lock_path(
        tmp_path, database_key(DatabaseTarget.parse("postgresql://b@localhost/branchops"))
    )
    with DatabaseLock(path) as first, DatabaseLock(path) as second:
        assert first.acquire() and not second.acquire()
    other = server_lock_path(tmp_path, database_key(DatabaseTarget.parse("postgresql:///x")))
    with DatabaseLock(path) as first, DatabaseLock(other) as second:
        assert first.acquire() and second.acquire()
