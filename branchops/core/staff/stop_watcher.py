"""Stopping a CP-SAT search when the user cancels, even before it has found any solution."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ortools.sat.python import cp_model


class StopWatcher:
    """Polls ``should_stop`` while the solver runs, so a cancel works before any solution."""

    POLL_S = 0.05

    def __init__(self, solver: cp_model.CpSolver, should_stop: Callable[[], bool] | None):
        self.solver = solver
        self.should_stop = should_stop
        self.cancelled = False
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> StopWatcher:
        if self.should_stop is not None:
            if self.should_stop():
                self.cancelled = True
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def _watch(self) -> None:
        assert self.should_stop is not None
        while not self._done.wait(self.POLL_S):
            if self.cancelled or self.should_stop():
                self.cancelled = True
                # repeated: a stop asked before the search has started would be lost
                self.solver.stop_search()

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
