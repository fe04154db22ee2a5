"""Backups: online copy, rotation, the daily check, verified restore; failures change nothing."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from branchops import clock
from branchops.core.branch.queries import ProfileData, load_profile
from branchops.core.branch.service import save_profile
from branchops.core.users.permissions import SINGLE_USER
from branchops.db import backup as backup_module
from branchops.db import errors
from branchops.db.backup import (
    BackupError,
    automatic_backup,
    backup_to,
    daily_backup_due,
    list_backups,
    restore,
    rotate,
    verify_backup,
)
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.i18n import set_language


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


def _make_db(path: Path, name: str) -> Path:
    db, _ = open_database(DatabaseTarget.parse(path), path.parent / "backups")
    with db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, ProfileData(code="BR01", name=name))
    db.dispose()
    return path


def _branch_name(path: Path) -> str:
    db, _ = open_database(DatabaseTarget.parse(path), upgrade=False)
    try:
        with db.session() as session:
            return load_profile(session).name
    finally:
        db.dispose()


def _state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return _make_db(tmp_path / "branchops.sqlite3", "城东支行")


def test_backup_is_a_verified_copy(live: Path, tmp_path: Path):
    out = backup_to(live, tmp_path / "copy.sqlite3")
    assert verify_backup(out).revisions
    assert _branch_name(out) == "城东支行"
    assert not list(tmp_path.glob("*.part"))


def test_backup_into_a_missing_folder_is_refused(live: Path, tmp_path: Path):
    with pytest.raises(BackupError, match="for the backup does not exist"):
        backup_to(live, tmp_path / "nowhere" / "copy.sqlite3")


def test_automatic_backups_are_named_and_rotated(live: Path, tmp_path: Path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 6):
        (backups / f"branchops-202601{day:02d}-080000-daily.sqlite3").write_bytes(b"old")
    (backups / "my-own-copy.sqlite3").write_bytes(b"keep me")
    made = automatic_backup(live, backups, "exit", keep=3)
    assert made.name.startswith(f"branchops-{clock.now():%Y%m%d}-")
    assert made.name.endswith("-exit.sqlite3")
    assert [p.name for p in list_backups(backups)] == [
        made.name,
        "branchops-20260105-080000-daily.sqlite3",
        "branchops-20260104-080000-daily.sqlite3",
    ]
    assert (backups / "my-own-copy.sqlite3").read_bytes() == b"keep me"


def test_rotation_keeps_at_least_one(tmp_path: Path):
    for day in (1, 2):
        (tmp_path / f"branchops-202601{day:02d}-080000-manual.sqlite3").write_bytes(b"x")
    rotate(tmp_path, keep=0)
    assert [p.name for p in list_backups(tmp_path)] == ["branchops-20260102-080000-manual.sqlite3"]


def test_daily_backup_due_once_a_day(tmp_path: Path):
    today = datetime(2026, 3, 2, 8, 30)
    assert daily_backup_due(tmp_path, today)
    (tmp_path / "branchops-20260301-235959-daily.sqlite3").write_bytes(b"x")
    assert daily_backup_due(tmp_path, today)
    (tmp_path / "branchops-20260302-000001-daily.sqlite3").write_bytes(b"x")
    assert not daily_backup_due(tmp_path, today)
    assert daily_backup_due(tmp_path, datetime(2026, 3, 3, 0, 0))


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(live: Path, tmp_path: Path):
    saved = backup_to(live, tmp_path / "saved.sqlite3")
    db, _ = open_database(DatabaseTarget.parse(live))
    with db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, ProfileData(code="BR01", name="改过的名字"))
    db.dispose()
    kept = restore(live, saved, tmp_path / "backups")
    assert _branch_name(live) == "城东支行"
    assert kept is not None
    assert kept.parent == tmp_path / "backups"
    assert _branch_name(kept) == "改过的名字"
    assert not list(tmp_path.glob("*.restoring"))


def _damaged(source: Path, out: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    data[page : page * 3] = b"\xff" * (page * 2)  # overwrite two pages after the header
    out.write_bytes(bytes(data))
    return out


def _newer(source: Path, out: Path) -> Path:
    out.write_bytes(source.read_bytes())
    conn = sqlite3.connect(out)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    conn.close()
    return out


def _truncated(source: Path, out: Path) -> Path:
    out.write_bytes(source.read_bytes()[:5000])
    return out


def _text_file(_source: Path, out: Path) -> Path:
    out.write_text("这不是备份", encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_damaged, "damaged|integrity check failed"),
        (_truncated, "damaged|integrity check failed"),
        (_newer, "made by a newer BranchOps"),
        (_text_file, "not a BranchOps backup"),
        (lambda _s, out: out, "does not exist"),
    ],
    ids=["damaged", "truncated", "newer", "not-a-database", "missing"],
)
def test_a_bad_backup_is_refused_and_nothing_changes(live: Path, tmp_path: Path, make, reason):
    good = backup_to(live, tmp_path / "good.sqlite3")
    bad = make(good, tmp_path / "candidate.sqlite3")
    before = _state(tmp_path)
    with pytest.raises(BackupError, match=reason) as caught:
        restore(live, bad, tmp_path / "backups")
    assert "Nothing was changed" in str(caught.value)
    assert _state(tmp_path) == before


class _FullDiskSource:
    """A read-only source connection whose copy fills the disk halfway through."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def backup(self, target: sqlite3.Connection, **_kwargs) -> None:
        target.execute("CREATE TABLE half_written (x)")
        target.commit()
        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_disk_full_during_backup_leaves_no_partial_file(live, tmp_path, monkeypatch):
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        return _FullDiskSource(connection) if "mode=ro" in str(database) else connection

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    out = tmp_path / "out" / "copy.sqlite3"
    out.parent.mkdir()
    with pytest.raises(BackupError) as caught:
        backup_to(live, out)
    assert "The disk is full" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert list(out.parent.iterdir()) == []


def test_no_space_when_finishing_a_backup_leaves_no_partial_file(live, tmp_path, monkeypatch):
    def no_space(self, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", no_space)
    out = tmp_path / "out" / "copy.sqlite3"
    out.parent.mkdir()
    with pytest.raises(BackupError) as refused:
        backup_to(live, out)
    assert str(refused.value) == str(errors.disk_full(out))
    assert list(out.parent.iterdir()) == []


def test_disk_full_during_restore_leaves_the_database_as_it_was(live, tmp_path, monkeypatch):
    saved = backup_to(live, tmp_path / "saved.sqlite3")
    before = live.read_bytes()

    def half_copy(source, dest):
        Path(dest).write_bytes(Path(source).read_bytes()[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.shutil, "copyfile", half_copy)
    with pytest.raises(BackupError) as refused:
        restore(live, saved, tmp_path / "backups")
    assert str(refused.value) == str(errors.disk_full(live))
    assert live.read_bytes() == before
    assert not list(tmp_path.glob("*.restoring"))


def test_folders_with_hash_percent_and_chinese_in_their_names(tmp_path: Path):
    folder = tmp_path / "网点#1 备份%20?"
    folder.mkdir()
    live = _make_db(folder / "branchops.sqlite3", "城西支行")
    assert live.stat().st_size > 0
    saved = backup_to(live, folder / "saved.sqlite3")
    assert _branch_name(saved) == "城西支行"
    assert restore(live, saved, folder / "backups") is not None
    assert _branch_name(live) == "城西支行"


def test_backup_to_a_folder_asks_for_a_file_name(live, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(BackupError) as refused:
        backup_to(live, folder)
    assert str(folder / "branchops-backup.sqlite3") in str(refused.value)
    assert list(folder.iterdir()) == []
