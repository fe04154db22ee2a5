"""Wait for blocking work on a worker thread while the window keeps painting.

``wait_off_thread(parent, work)`` runs ``work()`` on its own thread and spins a local event loop
until it ends, so the caller keeps a plain synchronous shape: it gets ``work``'s value, or its
exception is raised again on the UI thread. Meanwhile windows repaint and timers run, but the
user's input is held back (nothing can be clicked twice or typed into a form being saved), and
when the wait lasts longer than ``BUSY_AFTER_MS`` the parent's window is disabled under a busy
cursor until it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")

BUSY_AFTER_MS = 250  # a short wait shows nothing: no flicker on an ordinary save

_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Close,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)


@dataclass
class _Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None
    ended: bool = False


class _Finished(QObject):
    """Told from the worker thread; delivered (queued) on the UI thread."""

    done = Signal()


class _HoldInput(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            event.ignore()
            return True
        return False


def wait_off_thread(parent: QWidget | None, work: Callable[[], T]) -> T:
    """``work()`` on a worker thread; its value, or its exception raised here."""
    app = QApplication.instance()
    if app is None:  # no event loop to keep alive (a script): just run it
        return work()
    outcome: _Outcome[T] = _Outcome()
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.value = work()
        except BaseException as exc:
            outcome.error = exc
        finally:
            outcome.ended = True
            finished.done.emit()

    hold = _HoldInput()
    app.installEventFilter(hold)
    window = parent.window() if parent is not None else None
    busy: list[bool] = []

    def show_busy() -> None:
        if outcome.ended:
            return
        busy.append(True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if window is not None:
            window.setEnabled(False)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_busy)
    timer.start(BUSY_AFTER_MS)
    worker = threading.Thread(target=run, name="branchops-write", daemon=True)
    try:
        worker.start()
        loop.exec()
        worker.join()
    finally:
        timer.stop()
        app.removeEventFilter(hold)
        if busy:
            QGuiApplication.restoreOverrideCursor()
            if window is not None:
                window.setEnabled(True)
    if outcome.error is not None:
        raise outcome.error
    return cast(T, outcome.value)  # set: work() returned
