"""Who may write to a database file: one desktop app, or one writing command, at a time.

The desktop app holds this lock while it runs; the commands that write (restore, import,
roster --auto, migrate, demo) take it for their run, so each refuses while the other is at work
instead of both writing (a restore under a running app loses what the app saves afterwards).

The lock belongs to the file, not to a path: a hard link, a symbolic link or another spelling of
the path is the same database. On Linux and macOS it is an ``flock`` on the database file itself
(SQLite locks with ``fcntl``, which ``flock`` does not disturb). On Windows, where locks on a file
are mandatory and would block SQLite, it is a lock on a file beside the database named after the
database file's identity (volume and file index). The operating system drops the lock when the
process ends, even after a crash, so a stale lock never stops a start.

A database on a server (PostgreSQL) is shared by several PCs; on each PC one app opens it: the
lock is then a file in this PC's data folder named after the server and database
(``server_key``), not a lock on the server.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from branchops.db.target import DatabaseTarget


def file_identity(path: Path) -> tuple[int, int]:
    """``(st_dev, st_ino)``: equal for every path that names the same file."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


def database_key(target: DatabaseTarget) -> str:
    """One name per database, whatever path or link reaches it (for the app's local server).

    A server database is its server and name: ``postgresql://host:port/name``, whatever the
    driver, user or password in the URL, and the loopback names are one host."""
    if target.path is None:
        return server_key(target.url)
    try:
        dev, ino = file_identity(target.path)
    except OSError:
        return str(target.path)
    return f"file:{dev}:{ino}"


def server_key(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = (parsed.host or "").lower()
    host = "127.0.0.1" if host in LOCAL_HOSTS else host
    port = parsed.port or {"postgresql": 5432}.get(parsed.get_backend_name(), 0)
    return f"{parsed.get_backend_name()}://{host}:{port}/{parsed.database or ''}"


def server_lock_path(lock_dir: Path, key: str) -> Path:
    """The file this PC locks for a server database: several PCs may share the server, but
    one PC opens the database in one app only."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return lock_dir / f"server-{digest}.lock"


class DatabaseLock:
    """A non-blocking, process-wide lock on one SQLite database file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it. A missing file is created empty
        (it becomes a new database when opened), so that it has an identity to lock.

        Take it before opening the database: on Linux, closing a file descriptor of the database
        (done here when the lock is refused) drops this process's SQLite locks on it.
        Raises ``OSError`` when the file can be neither opened nor created.
        """
        if self._fd is not None:
            return True
        binary = getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | binary, 0o666)
        except PermissionError:
            fd = os.open(self.path, os.O_RDONLY | binary)  # a read-only file can be locked too
        try:
            holder = _lock(fd, self.path)
        except BaseException:
            os.close(fd)
            raise
        if holder != fd:
            os.close(fd)
        if holder is None:
            return False
        self._fd = holder
        return True

    def release(self) -> None:
        """Let go. Call it after every connection to the database is closed: on Linux, closing a
        file drops this process's SQLite locks on it too."""
        if self._fd is None:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build only
    import msvcrt

    def _lock(fd: int, path: Path) -> int | None:
        dev, ino = file_identity(path)
        beside = path.with_name(f".{path.name}.{dev:x}-{ino:x}.lock")
        lock_fd = os.open(beside, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o666)
        try:
            msvcrt.locking(lock_fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(lock_fd)
            return None
        return lock_fd

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, path: Path) -> int | None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return fd

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
