"""Start-up timing in the real start path, for ``benchmarks/bench_startup.py``.

With ``BRANCHOPS_MEASURE_FIRST_PAINT=<launch time, seconds since the epoch>`` in the environment
the app prints, against that launch time, when the window first paints (``shown``), when the
page the user left last first paints (``page``), for a page painted as a disabled frame before
the database opened (``PageSpec.frame_first``) when it is enabled with its data asked for
(``enabled``), and for a page with ``is_ready()`` (the dashboard) when all of it is in
(``complete``); then it quits. Nothing else changes: no extra
event processing, so the figures are the frames a user would see.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ENV = "BRANCHOPS_MEASURE_FIRST_PAINT"
READY_POLL_MS = 5


def launch_time() -> float | None:
    value = os.environ.get(ENV, "")
    try:
        return float(value) if value else None
    except ValueError:
        return None


class FirstPaintProbe(QObject):
    """Watches the window's stack for the first page widget and reports its first paint."""

    def __init__(
        self, window: QMainWindow, launched: float, done: Callable[[], None] = QApplication.quit
    ) -> None:
        super().__init__(window)
        self.done = done
        self.window = window
        self.launched = launched
        self.shown = False
        self.page: QWidget | None = None
        self.painted = False
        self.enabled_reported = False
        window.installEventFilter(self)
        window.centralWidget().installEventFilter(self)
        window.stack.currentChanged.connect(self._current_changed)
        self.poll = QTimer(self)
        self.poll.setInterval(READY_POLL_MS)
        self.poll.timeout.connect(self._check_ready)

    def _report(self, name: str) -> None:
        print(f"{name} {time.time() - self.launched:.6f}", flush=True)

    def _current_changed(self, _index: int) -> None:
        widget = self.window.stack.currentWidget()
        if self.page is None and widget in self.window._widgets.values():
            self.page = widget
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.shown:
                self.shown = True
                self._report("shown")
            if watched is self.page and not self.painted:
                self.painted = True
                self._report("page")
                self.enabled_reported = self.page.isEnabled()  # only a frame is reported
                self.poll.start()
        return False

    def _check_ready(self) -> None:
        if self.page is None or not self.page.isEnabled():
            return
        if not self.enabled_reported:
            self.enabled_reported = True
            self._report("enabled")
        ready = getattr(self.page, "is_ready", None)
        if callable(ready):
            if not ready():
                return
            self._report("complete")
        self.poll.stop()
        QTimer.singleShot(0, self.done)


def install(window: QMainWindow) -> None:
    """Starts the probe when the environment asks for it."""
    launched = launch_time()
    if launched is not None:
        window._first_paint_probe = FirstPaintProbe(window, launched)
