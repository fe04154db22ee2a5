"""The queries of list models, run off the GUI thread one at a time per model.

A ``ListJobs`` queue belongs to one model: ``submit`` starts a job on a small pool of Python
threads of its own (the dashboard's and exports' long tasks on Qt's global pool never hold up a
list), a job's outcome comes back to ``on_done`` on the GUI thread, and ``clear`` drops the jobs
not yet started. Jobs of a model run one after another, so a list never has two queries racing;
the model drops what became stale while it ran (see ``QueryTableModel``).

Plain Python threads, not ``QRunnable``: a Python-owned runnable can be collected on the GUI
thread while the pool's thread still touches it after ``run`` returns (a crash). A job's thread
only calls its function, which opens a session of its own; ``wait_idle`` is called before a
database is disposed, so no query runs on a connection that goes away.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

POOL_THREADS = 2
_AFTER_PAINT = QEvent.Type(QEvent.registerEventType())

_pool: ThreadPoolExecutor | None = None
_pending: set[Future] = set()
_lock = threading.Lock()


@dataclass
class Job:
    """One query: ``fn()`` in the pool; ``kind`` and ``data`` tell the model what it was for."""

    kind: str
    generation: int
    fn: Callable[[], Any]
    data: Any = None
    result: Any = None
    error: BaseException | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(POOL_THREADS, thread_name_prefix="list-query")
    return _pool


def wait_idle(timeout_s: float = 60.0) -> bool:
    """Wait until no list query runs; True if none is left (call before disposing a database)."""
    with _lock:
        futures = list(_pending)
    _, not_done = wait(futures, timeout=timeout_s)
    return not not_done


class _Signals(QObject):
    done = Signal(object)  # the Job


def _run(job: Job, signals: _Signals) -> None:
    try:
        job.result = job.fn()
    except Exception as exc:  # handed to the GUI thread, which shows it
        exc.details = traceback.format_exc()  # type: ignore[attr-defined]
        job.error = exc
    signals.done.emit(job)  # queued: ``signals`` lives on the GUI thread


class ListJobs(QObject):
    """A model's queue of queries: one runs at a time, the rest wait in order."""

    def __init__(self, on_done: Callable[[Job], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._waiting: list[Job] = []
        self._after_paint: list[Job] = []
        self._running: Job | None = None
        self._signals = _Signals()
        self._signals.done.connect(self._finished)

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting or self._after_paint)

    def running(self) -> Job | None:
        return self._running

    def waiting(self) -> list[Job]:
        return list(self._waiting)

    def submit(self, job: Job, *, first: bool = False) -> None:
        if first:
            self._waiting.insert(0, job)
        else:
            self._waiting.append(job)
        self._next()

    def submit_after_paint(self, job: Job) -> None:
        """Queue the job once the events posted so far are handled, a view's repaint among them
        (posted at low priority, as Qt posts repaints): its thread's Python work does not
        compete for the interpreter with the paint of the rows just shown."""
        self._after_paint.append(job)
        event = QEvent(_AFTER_PAINT)
        QCoreApplication.postEvent(self, event, Qt.EventPriority.LowEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() == _AFTER_PAINT:
            if self._after_paint:
                self.submit(self._after_paint.pop(0))
            return True
        return super().event(event)

    def drop(self, jobs: list[Job]) -> None:
        """Forget these waiting jobs."""
        self._waiting = [j for j in self._waiting if all(j is not d for d in jobs)]

    def clear(self) -> None:
        """Forget the jobs not started yet (the running one still reports)."""
        self._waiting.clear()
        self._after_paint.clear()

    def _next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        self._running = self._waiting.pop(0)
        future = _executor().submit(_run, self._running, self._signals)
        with _lock:
            _pending.add(future)
        future.add_done_callback(_forget)

    def _finished(self, job: Job) -> None:
        if job is self._running:
            self._running = None
        try:
            self._on_done(job)
        finally:
            self._next()


def _forget(future: Future) -> None:
    with _lock:
        _pending.discard(future)
