"""Database failures on the command line are one line in the user's language, exit 1, and change
nothing: a database locked beyond the busy timeout, a full disk, files that are not (or not
fully) a BranchOps database, and restore mistakes."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import Workbook

from .clirun import one_clear_line, run, sql

SCHEMAS = Path(__file__).resolve().parents[1] / "db" / "schemas"
CJK = re.compile(r"[\u4e00-\u9fff]")
SHORT_BUSY_TIMEOUT = "import branchops.db.engine as engine\nengine.SQLITE_BUSY_TIMEOUT_MS = 300\n"
# SQLite's own way to say "the disk is full": the database may not grow beyond its size now.
FULL_DISK = """
from sqlalchemy import event
from sqlalchemy.engine import Engine

@event.listens_for(Engine, "connect")
def _no_room(dbapi_connection, _record):
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count={pages + 1}")
"""


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another program holds the database's write lock (as a long write would)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE setting SET value = value")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def _staff_file(folder: Path, count: int) -> Path:
    wb = Workbook()
    wb.active.append(["工号", "姓名", "岗位", "手机"])
    for n in range(count):
        wb.active.append([f"N{n:04d}", f"新员工{n}", "柜员", f"1390000{n:04d}"])
    path = folder / "staff.xlsx"
    wb.save(path)
    return path


def _staff(path: Path) -> int:
    return sql(path, "SELECT count(*) FROM staff")[0][0]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_database_locked_beyond_the_busy_timeout_is_one_line(demo_copy, tmp_path, lang):
    before = _staff(demo_copy)
    with write_lock_held(demo_copy):
        done = run(
            "import",
            "staff",
            "--db",
            str(demo_copy),
            str(_staff_file(tmp_path, 3)),
            cwd=tmp_path,
            prelude=SHORT_BUSY_TIMEOUT,
            lang=lang,
        )
    line = one_clear_line(done)
    assert ("busy" in line) if lang == "en" else CJK.search(line)
    assert _staff(demo_copy) == before


def test_restore_waits_for_a_locked_database_only_as_long_as_the_busy_timeout(demo_copy, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    assert run("backup", "--db", str(demo_copy), "--out", str(saved), cwd=tmp_path).returncode == 0
    with write_lock_held(demo_copy):
        done = run(
            "restore",
            "--db",
            str(demo_copy),
            str(saved),
            cwd=tmp_path,
            prelude=SHORT_BUSY_TIMEOUT,
            timeout=60,
        )
    assert "busy" in one_clear_line(done)
    assert not list(tmp_path.glob("*.restoring*"))


def test_a_full_disk_during_an_import_is_one_line_and_saves_nothing(demo_copy, tmp_path):
    before = _staff(demo_copy)
    done = run(
        "import",
        "staff",
        "--db",
        str(demo_copy),
        str(_staff_file(tmp_path, 400)),
        cwd=tmp_path,
        prelude=FULL_DISK,
    )
    assert "The disk is full" in one_clear_line(done)
    assert _staff(demo_copy) == before
    assert run("check", "--db", str(demo_copy), cwd=tmp_path).returncode == 0


def test_check_on_an_empty_file_is_one_line(tmp_path):
    empty = tmp_path / "e.db"
    empty.touch()
    assert "empty" in one_clear_line(run("check", "--db", str(empty), cwd=tmp_path))
    assert empty.stat().st_size == 0


def test_check_on_a_sqlite_file_without_our_schema_is_one_line(tmp_path):
    bare = tmp_path / "bare.sqlite3"
    conn = sqlite3.connect(bare)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert "no BranchOps schema" in one_clear_line(run("check", "--db", str(bare), cwd=tmp_path))


def test_check_on_a_text_file_is_one_line(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database\n" * 50, encoding="utf-8")
    assert "not a BranchOps database" in one_clear_line(
        run("check", "--db", str(text), cwd=tmp_path)
    )


def _half_upgraded(tmp_path: Path) -> Path:
    """What an interrupted upgrade used to leave: 0001's revision, with a later table made."""
    path = tmp_path / "half.sqlite3"
    shutil.copyfile(SCHEMAS / "0001_foundation.sqlite3", path)
    head = sqlite3.connect(SCHEMAS / "0004_reports.sqlite3")
    ddl = head.execute("SELECT sql FROM sqlite_master WHERE name = 'report_export'").fetchone()[0]
    head.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(ddl)
    conn.close()
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_check_compares_a_half_upgraded_file_with_its_revision(tmp_path):
    path = _half_upgraded(tmp_path)
    done = run("check", "--db", str(path), cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "Table report_export does not belong to schema 0001_foundation (an interrupted upgrade?)."
    ]


def test_an_upgrade_that_cannot_complete_names_the_copy_kept(tmp_path):
    path = _half_upgraded(tmp_path)
    before = _dump(path)
    line = one_clear_line(run("migrate", "--db", str(path), cwd=tmp_path))
    copies = list((tmp_path / "backups").glob("half-before-upgrade-0001_foundation-*.sqlite3"))
    assert len(copies) == 1
    assert "could not be completed" in line and str(copies[0]) in line
    assert _dump(path) == before


def test_restore_from_a_folder_asks_for_a_file(demo_copy, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    line = one_clear_line(run("restore", "--db", str(demo_copy), str(folder), cwd=tmp_path))
    assert "is a folder" in line and "does not exist" not in line


@pytest.fixture
def tiny_disk(tmp_path: Path, demo_copy: Path) -> Iterator[Path]:
    """A real file system with room for half the demo database (needs the right to mount,
    e.g. root in a container; skipped otherwise)."""
    where = tmp_path / "tiny"
    where.mkdir()
    size = max(64 * 1024, demo_copy.stat().st_size // 2)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_backup_onto_a_really_full_disk_leaves_nothing_behind(demo_copy, tmp_path, tiny_disk):
    line = one_clear_line(
        run("backup", "--db", str(demo_copy), "--out", str(tiny_disk / "b.sqlite3"), cwd=tmp_path)
    )
    assert "The disk is full" in line
    assert list(tiny_disk.iterdir()) == []
