"""Copying a SQLite database with SQLite's backup API: consistent while others write, bounded in
time when the destination is locked, and never leaving half a file (or its journal) behind."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from branchops.db import errors
from branchops.db.disk_space import is_disk_full

_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class CopyTimedOut(Exception):
    """The destination stayed locked by another writer for longer than allowed."""


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A SQLite URI that opens ``path`` read-only; '#', '?', '%' and spaces in it are escaped.

    ``immutable`` is for files nobody else writes (backups): SQLite then leaves no -shm/-wal
    files beside them.
    """
    return f"{Path(path).resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def remove_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in SIDE_SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def backup_into(source: sqlite3.Connection, dest: sqlite3.Connection, timeout_s: float) -> None:
    """``source.backup(dest)``, giving up with ``CopyTimedOut`` when ``dest`` stays locked.

    (The standard library retries a locked destination for ever.)
    """
    deadline = time.monotonic() + timeout_s

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY and time.monotonic() > deadline:
            raise CopyTimedOut()

    source.backup(dest, progress=progress)


def copy_to_new_file(source_path: Path, dest: Path, timeout_s: float) -> None:
    """Write a consistent, self-contained copy of ``source_path`` at ``dest``.

    The copy appears at ``dest`` complete or not at all: it is written beside it first, and on
    any failure that file and its journal are removed. Failures raise ``DatabaseOpenError`` with
    the reason in words (full disk, locked too long, anything else).
    """
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(read_only_uri(source_path), uri=True, timeout=timeout_s)
        try:
            out = sqlite3.connect(tmp)
            try:
                backup_into(src, out, timeout_s)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        full = is_disk_full(exc, dest)  # before the partial copy frees its space
        remove_with_side_files(tmp)
        if full:
            raise errors.disk_full(dest) from exc
        raise errors.copy_failed(dest, exc) from exc
    except CopyTimedOut as exc:
        remove_with_side_files(tmp)
        raise errors.busy(source_path, timeout_s) from exc
