"""Telling a full disk from other write failures, whichever layer reported it."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

# SQLite reports a disk that fills up while it writes its WAL as a plain "disk I/O error".
LOW_SPACE_BYTES = 1024 * 1024


def is_disk_full(exc: BaseException, where: Path | None = None) -> bool:
    """ENOSPC from the OS, SQLITE_FULL ("database or disk is full") from SQLite, or an I/O
    error while the disk holding ``where`` has (almost) no space left."""
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return True
    text = str(exc).lower()
    if text.startswith("database or disk is full"):
        return True
    return where is not None and text.startswith("disk i/o error") and low_on_space(where)


def low_on_space(path: Path) -> bool:
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False
