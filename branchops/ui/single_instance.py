"""One copy of the app per database: a second start brings the first window to the front.

A ``QLocalServer`` named after the database's identity answers "activate"; the database lock
(``db/instance_lock.py``, by file identity, so a hard link is the same database) also stops a
copy started by another user or session, and the commands that write, while the app runs.
A server database (PostgreSQL) may be open on several PCs at once, one app on each: its lock is
a file in this PC's data folder named after the server and database.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from branchops.db.instance_lock import DatabaseLock, database_key, server_lock_path
from branchops.db.target import DatabaseTarget

ACTIVATE = b"activate"
CONNECT_TIMEOUT_MS = 500


def server_name(database_key: str) -> str:
    return "branchops-" + hashlib.sha1(database_key.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, key: str, database_path: Path | None) -> None:
        super().__init__()
        self.name = server_name(key)
        self.server: QLocalServer | None = None
        self.lock = DatabaseLock(database_path) if database_path is not None else None

    @classmethod
    def for_target(cls, target: DatabaseTarget) -> SingleInstance:
        """For the database ``target`` names; a SQLite file that does not exist yet is created
        empty first, so that its identity (and the server's name) is the one later starts see."""
        if target.path is not None and target.path.parent.is_dir():
            with contextlib.suppress(OSError):  # a read-only folder: opening the database says so
                target.path.touch(exist_ok=True)
        key = database_key(target)
        if target.path is not None:
            return cls(key, target.path)
        from branchops import config

        lock_dir = config.default_data_dir()
        with contextlib.suppress(OSError):
            lock_dir.mkdir(parents=True, exist_ok=True)
        return cls(key, server_lock_path(lock_dir, key))

    def ask_running_copy_to_activate(self) -> bool:
        """True when another copy answered (it now shows its window)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """Become the one copy on this database; False when another holds the file lock."""
        try:
            if self.lock is not None and not self.lock.acquire():
                return False
        except OSError:
            self.lock = None  # cannot even open the file: opening the database reports why
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.release()

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.readyRead.connect(self.activate_requested.emit)
            socket.disconnected.connect(socket.deleteLater)
