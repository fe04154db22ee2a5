"""The queries of list models, run off the GUI thread one at a time per model.

A ``ListJobs`` queue belongs to one model: ``submit`` starts a job in a small thread pool of its
own (the dashboard's and exports' long tasks on the global pool never hold up a list), a job's
outcome comes back to ``on_done`` on the GUI thread, and ``clear`` drops the jobs not yet
started. Jobs of a model run one after another, so a list never has two queries racing; the
model drops what became stale while it ran (see ``QueryTableModel``).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

POOL_THREADS = 2


@dataclass
class Job:
    """One query: ``fn()`` in the pool; ``kind`` and ``data`` tell the model what it was for."""

    kind: str
    generation: int
    fn: Callable[[], Any]
    data: Any = None
    result: Any = None
    error: BaseException | None = None
    _runnable: Any = field(default=None, repr=False)


class _Signals(QObject):
    done = Signal(object)  # the Job


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            self.job.result = self.job.fn()
        except Exception as exc:  # handed to the GUI thread, which shows it
            exc.details = traceback.format_exc()  # type: ignore[attr-defined]
            self.job.error = exc
        self.signals.done.emit(self.job)


class ListJobs(QObject):
    """A model's queue of queries: one runs at a time, the rest wait in order."""

    _pool: ClassVar[QThreadPool | None] = None
    _alive: ClassVar[set[_Runnable]] = set()  # started runnables, kept until they report

    def __init__(self, on_done: Callable[[Job], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._waiting: list[Job] = []
        self._running: Job | None = None
        self._signals = _Signals()
        self._signals.done.connect(self._finished)

    @classmethod
    def pool(cls) -> QThreadPool:
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(POOL_THREADS)
        return cls._pool

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

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

    def drop(self, jobs: list[Job]) -> None:
        """Forget these waiting jobs."""
        self._waiting = [j for j in self._waiting if all(j is not d for d in jobs)]

    def clear(self) -> None:
        """Forget the jobs not started yet (the running one still reports)."""
        self._waiting.clear()

    def _next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        self._running = self._waiting.pop(0)
        runnable = _Runnable(self._running, self._signals)
        self._running._runnable = runnable
        ListJobs._alive.add(runnable)
        self.pool().start(runnable)

    def _finished(self, job: Job) -> None:
        ListJobs._alive.discard(job._runnable)
        job._runnable = None
        if job is self._running:
            self._running = None
        try:
            self._on_done(job)
        finally:
            self._next()
