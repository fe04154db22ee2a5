"""The garbage collector runs on the GUI thread only: cycles made on a worker thread are freed
by the GUI thread's timer, never by a collection on the worker."""

from __future__ import annotations

import gc
import threading
import weakref

from branchops.ui.gui_collector import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_a_cycle_made_on_a_worker_is_collected_on_the_gui_thread(qtbot):
    freed_on: list[str] = []
    collector = GuiThreadCollector((100, 10, 10))
    collector.start()
    try:
        assert not gc.isenabled()

        def work() -> None:
            node = _Node()
            weakref.finalize(node, lambda: freed_on.append(threading.current_thread().name))
            del node
            garbage = [_Node() for _ in range(5_000)]  # far past generation 0's threshold
            del garbage

        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # nothing was collected on the worker
        qtbot.waitUntil(lambda: freed_on != [], timeout=5_000)
        assert freed_on == [threading.current_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_the_oldest_generation_over_its_threshold_is_collected(monkeypatch):
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    collector = GuiThreadCollector((700, 10, 10))
    for counts, expected in (
        ((10, 0, 0), []),
        ((701, 3, 0), [0]),
        ((701, 11, 2), [1]),
        ((5, 2, 11), [2]),
    ):
        collected.clear()
        monkeypatch.setattr(gc, "get_count", lambda counts=counts: counts)
        collector.check()
        assert collected == expected


def test_thresholds_can_change_while_running():
    collector = GuiThreadCollector((20_000, 20, 100))
    collector.use_thresholds((700, 10, 10))
    assert collector.thresholds == (700, 10, 10)
