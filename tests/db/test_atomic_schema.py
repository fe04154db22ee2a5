"""Creating or upgrading the schema is one transaction: stopped after any SQL statement, the file
is the old database or the new one, never something in between that nothing can open.

A crash is simulated by copying the database file and its WAL just before each statement runs,
as a process killed at that moment leaves them on disk; each copy is then opened the way the app
opens a file after a crash. A few real ``kill -9`` runs in a child process confirm that.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from branchops.db.engine import DatabaseTarget
from branchops.db.errors import DatabaseOpenError
from branchops.db.integrity import check_database
from branchops.db.lifecycle import open_database
from branchops.db.revisions import head_revisions
from branchops.i18n import set_language

SCHEMAS = Path(__file__).resolve().parent / "schemas"
FIRST = "0001_foundation"
SIDE = ("-wal", "-journal")


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


@contextmanager
def crash_images(db_path: Path, out: Path) -> Iterator[list[Path]]:
    """Before every SQL statement sent through SQLAlchemy, copy what is on disk to ``out``."""
    images: list[Path] = []

    def before(_conn, _cursor, _statement, _params, _context, _many) -> None:
        folder = out / f"{len(images):04d}"
        folder.mkdir(parents=True)
        for suffix in ("", *SIDE):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                shutil.copyfile(source, folder / (db_path.name + suffix))
        images.append(folder / db_path.name)

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield images
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def _state(path: Path) -> tuple[set[str], frozenset[str]]:
    """(revisions, tables) of a file as SQLite recovers it after a crash."""
    if not path.exists() or path.stat().st_size == 0:
        return set(), frozenset()
    conn = sqlite3.connect(path)
    try:
        tables = frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        revisions = (
            {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
            if "alembic_version" in tables
            else set()
        )
    finally:
        conn.close()
    return revisions, tables


def _tables_at_head(tmp_path: Path) -> frozenset[str]:
    path = tmp_path / "reference.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path))
    db.dispose()
    return _state(path)[1]


def _staff_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM staff ORDER BY id")]
    finally:
        conn.close()


def _opens_and_checks(path: Path, backups: Path) -> None:
    db, _ = open_database(DatabaseTarget.parse(path), backups)
    try:
        assert set(db.schema_revision().split(",")) == head_revisions()
        assert check_database(db) == []
    finally:
        db.dispose()


def test_creation_stopped_at_any_statement_leaves_no_database_or_the_whole_one(tmp_path):
    head_tables = _tables_at_head(tmp_path)
    path = tmp_path / "new.sqlite3"
    with crash_images(path, tmp_path / "crash") as images:
        db, _ = open_database(DatabaseTarget.parse(path))
        db.dispose()
    assert len(images) > 50  # every CREATE TABLE / CREATE INDEX of every revision, and more
    halfway = []
    for image in images:
        revisions, tables = _state(image)
        if (revisions, tables) not in ((set(), frozenset()), (head_revisions(), head_tables)):
            halfway.append(f"{image.parent.name}: {sorted(tables)[:3]}… {revisions}")
    assert halfway == [], f"{len(halfway)} of {len(images)} points leave half a schema"
    for image in images[:: max(1, len(images) // 5)]:  # each opens as a new database
        _opens_and_checks(image, image.parent / "backups")


def test_upgrade_stopped_at_any_statement_leaves_the_old_file_or_the_new_one(tmp_path):
    head_tables = _tables_at_head(tmp_path)
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(SCHEMAS / f"{FIRST}.sqlite3", path)
    old_revisions, old_tables = _state(path)
    names = _staff_names(path)
    with crash_images(path, tmp_path / "crash") as images:
        db, result = open_database(DatabaseTarget.parse(path), tmp_path / "backups")
        db.dispose()
    assert result.upgraded_from == (FIRST,)
    assert len(images) > 40
    halfway = []
    for image in images:
        state = _state(image)
        if state not in ((old_revisions, old_tables), (head_revisions(), head_tables)):
            halfway.append(image.parent.name)
        assert _staff_names(image) == names
    assert halfway == [], f"{len(halfway)} of {len(images)} points leave a half-upgraded file"
    for image in images[:: max(1, len(images) // 5)]:  # each upgrades (again) and checks clean
        _opens_and_checks(image, image.parent / "backups")


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from branchops.db.engine import DatabaseTarget
    from branchops.db.lifecycle import open_database

    stop_at, count = int(sys.argv[2]), [0]

    @event.listens_for(Engine, "after_cursor_execute")
    def after(*_args):
        count[0] += 1
        if count[0] == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)

    open_database(DatabaseTarget.parse(sys.argv[1]), None)
    """
)


def _statements(start: str, folder: Path) -> int:
    """How many statements creating (``new``) or upgrading a database sends."""
    folder.mkdir()
    path = folder / "count.sqlite3"
    if start != "new":
        shutil.copyfile(SCHEMAS / f"{start}.sqlite3", path)
    count = [0]

    def after(*_args) -> None:
        count[0] += 1

    event.listen(Engine, "after_cursor_execute", after)
    try:
        db, _ = open_database(DatabaseTarget.parse(path))
        db.dispose()
    finally:
        event.remove(Engine, "after_cursor_execute", after)
    return count[0]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
@pytest.mark.parametrize("start", ["new", FIRST])
def test_a_process_killed_during_creation_or_upgrade_leaves_old_or_new(tmp_path, start):
    head_tables = _tables_at_head(tmp_path)
    total = _statements(start, tmp_path / "count")
    for stop_at in (total // 2, total - 3):
        path = tmp_path / f"killed-{stop_at}.sqlite3"
        if start != "new":
            shutil.copyfile(SCHEMAS / f"{start}.sqlite3", path)
        before = _state(path)
        killed = subprocess.run(
            [sys.executable, "-c", KILLER, str(path), str(stop_at)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert _state(path) in (before, (head_revisions(), head_tables)), stop_at
        _opens_and_checks(path, tmp_path / "backups")


def test_an_upgrade_that_fails_names_the_copy_and_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(SCHEMAS / f"{FIRST}.sqlite3", path)
    before = _state(path)
    calls = [0]

    def fail_midway(_conn, _cursor, statement, *_args) -> None:
        calls[0] += 1
        if calls[0] == 30:
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", fail_midway)
    try:
        with pytest.raises(DatabaseOpenError) as refused:
            open_database(DatabaseTarget.parse(path), tmp_path / "backups")
    finally:
        event.remove(Engine, "before_cursor_execute", fail_midway)
    message = str(refused.value)
    copies = list((tmp_path / "backups").glob("*before-upgrade*.sqlite3"))
    assert len(copies) == 1
    assert str(copies[0]) in message
    assert "could not be completed" in message
    assert "\n" not in message
    assert _state(path) == before
    assert _state(copies[0]) == before
