"""The long lists' model: blocks fetched on demand and off the GUI thread, bounded memory,
stale answers dropped, far blocks read from the end."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import Qt

from branchops.core.listing import ListQuery
from branchops.ui.widgets import query_model
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind


@dataclass(frozen=True)
class Item:
    n: int
    name: str


COLUMNS = (Column("n", "No.", ColumnKind.INT), Column("name", "Name"))


class Source:
    """A list of ``size`` items served like a service: sorted, searched, paged, from the end."""

    def __init__(self, size: int) -> None:
        self.items = [Item(i, f"item {i:05d}") for i in range(size)]
        self.asked: list[ListQuery] = []
        self.threads: set[int] = set()
        self.gate: threading.Event | None = None  # a fetch waits for it when set

    def fetch(self, query: ListQuery) -> list[Item]:
        self.threads.add(threading.get_ident())
        if self.gate is not None:
            self.gate.wait(5)
        self.asked.append(query)
        rows = [r for r in self.items if query.search in r.name]
        rows.sort(key=lambda r: r.n, reverse=query.descending != query.from_end)
        end = None if query.limit is None else query.offset + query.limit
        return rows[query.offset : end]

    def count(self, query: ListQuery) -> int:
        return sum(1 for r in self.items if query.search in r.name)


def test_rows_come_on_demand_and_memory_stays_bounded(qtmodeltester):
    source = Source(5000)
    model = QueryTableModel(COLUMNS, source.fetch, source.count, page_size=50)
    model.reload()
    assert model.rowCount() == 5000 and len(source.asked) == 1
    for row in range(0, 5000, 7):  # scrolling through every block
        assert model.data(model.index(row, 0)) == str(row)
    assert len(model.loaded_rows()) <= query_model.MAX_BLOCKS * 50
    assert not any(q.from_end for q in source.asked)  # not reversible: plain offsets
    qtmodeltester.check(model)


def test_far_blocks_are_read_from_the_end_when_the_service_can():
    source = Source(1001)
    model = QueryTableModel(COLUMNS, source.fetch, source.count, page_size=100, reversible=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i).n for i in (0, 999, 1000)] == [1000, 1, 0]
    last = source.asked[-1]
    assert last.from_end and last.offset == 0 and last.limit == 1
    assert [model.row_at(i).n for i in range(900, 1000)] == list(range(100, 0, -1))


def test_a_list_without_a_count_grows_as_it_is_scrolled():
    source = Source(250)
    model = QueryTableModel(COLUMNS, source.fetch, None, page_size=100)
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and model.total == 250 and not model.canFetchMore()


def test_queries_run_off_the_gui_thread_and_stale_answers_are_dropped(
    qtbot, qtmodeltester, background_lists
):
    source = Source(3000)
    model = QueryTableModel(COLUMNS, source.fetch, source.count, page_size=100)
    assert model.background
    with qtbot.waitSignal(model.settled, timeout=5000):
        model.reload()
    assert model.rowCount() == 3000 and threading.get_ident() not in source.threads

    source.gate = threading.Event()  # the next queries wait while the user keeps typing
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_search("item 01")
    model.set_search("item 001")
    model.set_search("item 0001")
    assert model.rowCount() == 3000 and model.row_at(5).n == 5  # the old rows stay meanwhile
    source.gate.set()
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    assert model.total == 10 and [model.row_at(i).n for i in range(3)] == [10, 11, 12]
    assert resets == [10]  # the answers for "item 01" (if it ran) was dropped, not shown
    assert {q.search for q in source.asked} <= {"", "item 01", "item 0001"}  # "001" never ran
    qtmodeltester.check(model)


def test_a_row_not_fetched_shows_blank_then_arrives(qtbot, background_lists):
    source = Source(2000)
    model = QueryTableModel(COLUMNS, source.fetch, source.count, page_size=100)
    with qtbot.waitSignal(model.settled, timeout=5000):
        model.reload()
    assert model.data(model.index(1500, 1)) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    assert changed.args[0].row() == 1500 and model.data(model.index(1500, 1)) == "item 01500"


def test_the_first_rows_show_before_the_count(qtbot, background_lists):
    source = Source(500)
    model = QueryTableModel(COLUMNS, source.fetch, source.count, page_size=100)
    seen: list[tuple[int, bool]] = []
    model.loaded.connect(lambda: seen.append((model.rowCount(), model.counting)))
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()
    assert seen == [(100, True)] and model.rowCount() == 500 and not model.counting
