"""The garbage collector runs on the GUI thread only.

Python's automatic collection runs on whichever thread happens to allocate when a threshold is
crossed. A reference cycle that holds a Qt object (a widget, a model and their Python wrappers)
freed by a collection on a list query's or an export's worker thread destroys that object off
the GUI thread: a crash, not an error. So automatic collection is off while the app runs, and a
timer on the GUI thread collects, with the same generational thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 200  # how often the counts are looked at: a cheap call


class GuiThreadCollector(QObject):
    """Collects on the GUI thread when a generation's count passes its threshold."""

    def __init__(self, thresholds: tuple[int, int, int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = thresholds
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection as it was before ``start``."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def use_thresholds(self, thresholds: tuple[int, int, int]) -> None:
        self.thresholds = thresholds

    def check(self) -> None:
        """The oldest generation over its threshold is collected (with the younger ones), as the
        interpreter itself would choose."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return
