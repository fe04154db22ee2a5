"""Run slow, secondary drawing (a matplotlib chart) only after the list beside it has painted.

A zero-timer started with the list's reload fires before the list's rows arrive and paint, so
the chart's few hundred milliseconds on the UI thread would come first; waiting for the list's
paint shows the user the rows, then the chart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``callback`` once, just after ``target`` next paints with ``ready()`` true.

    ``arm()`` asks for one more call (a reload); a call already asked for is not repeated."""

    def __init__(
        self,
        target: QWidget,
        callback: Callable[[], None],
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(target)
        self.target = target
        self.ready = ready
        self.armed = False
        self.timer = QTimer(self)  # dies with the target, unlike a bare single shot
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(callback)

    def arm(self) -> None:
        if not self.armed:
            self.armed = True
            self.target.installEventFilter(self)
        self.target.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.armed and self.ready():
            self.armed = False
            self.target.removeEventFilter(self)
            self.timer.start()
        return False
