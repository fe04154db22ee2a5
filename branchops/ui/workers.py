"""Long work off the GUI thread: a QRunnable with progress, result, error and cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from branchops.core.errors import UserError
from branchops.i18n import translate

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a task that stops because the user pressed Cancel."""


class TaskControl:
    """Handed to the task function: report progress, see whether the user cancelled."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()


class KeptRunnable(QRunnable):
    """A runnable referenced from here until its ``run`` has returned.

    Whoever started it may drop it or be deleted meanwhile (a dialog closed, a page replaced);
    a QRunnable collected while its thread still runs crashes the process.
    """

    _running: ClassVar[set[KeptRunnable]] = set()

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        KeptRunnable._running = {r for r in KeptRunnable._running if not r._done.is_set()}
        KeptRunnable._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self)

    def run(self) -> None:
        try:
            self.work()
        finally:
            self._done.set()

    def work(self) -> None:
        raise NotImplementedError


class Task(KeptRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.control = TaskControl(self.signals)

    def work(self) -> None:
        try:
            result = self.fn(self.control)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.error.emit(exc)
        except Exception as exc:
            exc.details = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Runs one task with a progress dialog; keeps itself alive until the task ends.

    It has no Qt parent, so closing the window that started it never deletes it mid-task;
    the progress dialog belongs to that window and is left alone once Qt has deleted it.
    """

    _running: ClassVar[set[TaskRunner]] = set()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[TaskControl], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.task = Task(fn)
        self._on_result = on_result
        self._on_error = on_error
        self.dialog = QProgressDialog(title, translate("Workers", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.result.connect(self._result)
        self.task.signals.error.connect(self._error)
        self.task.signals.finished.connect(self._finished)
        if on_finished is not None:
            self.task.signals.finished.connect(on_finished)

    def start(self) -> None:
        TaskRunner._running.add(self)
        self.task.start()

    def _dialog_alive(self) -> bool:
        return shiboken6.isValid(self.dialog)

    def _cancel(self) -> None:
        self.task.control.cancel()
        if self._dialog_alive():
            self.dialog.setLabelText(translate("Workers", "Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if not self._dialog_alive():
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _result(self, value: object) -> None:
        if self._dialog_alive():
            self.dialog.hide()
        self._on_result(value)

    def _error(self, exc: BaseException) -> None:
        if self._dialog_alive():
            self.dialog.hide()
        if self._on_error is not None:
            self._on_error(exc)
            return
        from branchops.ui.widgets.messages import show_error

        show_error(self.dialog.parentWidget() if self._dialog_alive() else None, exc)

    def _finished(self) -> None:
        if self._dialog_alive():
            self.dialog.close()
            self.dialog.deleteLater()
        TaskRunner._running.discard(self)


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskControl], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    on_finished: Callable[[], None] | None = None,
) -> TaskRunner:
    """Start ``fn`` in the thread pool; every callback is connected before it starts."""
    runner = TaskRunner(parent, title, fn, on_result, on_error, cancellable, on_finished)
    runner.start()
    return runner
