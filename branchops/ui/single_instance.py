"""One copy of the app per database: a second start brings the first window to the front.

A ``QLocalServer`` named after the database answers "activate"; a ``QLockFile`` beside a SQLite
file also stops a copy started by another user or session from writing at the same time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate"
CONNECT_TIMEOUT_MS = 500


def server_name(database_key: str) -> str:
    return "branchops-" + hashlib.sha1(database_key.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, database_key: str, lock_path: Path | None) -> None:
        super().__init__()
        self.name = server_name(database_key)
        self.server: QLocalServer | None = None
        self.lock = QLockFile(str(lock_path)) if lock_path is not None else None
        if self.lock is not None:
            self.lock.setStaleLockTime(0)

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
        if self.lock is not None and not self.lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.readyRead.connect(self.activate_requested.emit)
            socket.disconnected.connect(socket.deleteLater)
