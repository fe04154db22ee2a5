"""The model of every long list: pages of rows from a service, fetched off the GUI thread.

``QueryTableModel(columns, fetch, count)`` asks ``fetch(ListQuery)`` for one block of
``page_size`` rows at a time and ``count(ListQuery)`` for the number of rows, each in the
background (``list_jobs.ListJobs``), and applies what comes back on the GUI thread:

- a sort, filter or search (``reload``) keeps the rows shown until the new first block is there,
  then resets to it; a result that a later request has made stale is dropped;
- once the count is known the model has that many rows, so the scroll bar spans the whole list;
  rows not fetched yet show blank and are fetched when the view asks for them (the latest asked
  first), and only the ``MAX_BLOCKS`` blocks used last stay in memory;
- with ``reversible=True`` (the service honours ``ListQuery.from_end``) a block in the far half
  of the list is read from its end, so the last page of half a million rows costs what the first
  does.

``background = False`` (class attribute, or the constructor argument) runs everything at once
on the caller's thread, as tests do; ``busy`` tells whether anything is still being fetched and
``settled`` is emitted when nothing is.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from branchops.core.listing import ListQuery
from branchops.ui.widgets.list_jobs import Job, ListJobs
from branchops.ui.widgets.table_model import Column, Decorate, Index, _BaseTableModel

MAX_BLOCKS = 12  # blocks of rows kept (2,400 rows at the default page size)
MAX_WAITING_BLOCKS = 3  # blocks asked for but not started: older requests are forgotten
EXPORT_PAGE = 5000
_mappers_ready = False


def ensure_mappers() -> None:
    """Every model imported and the mappers configured, once, on the GUI thread: SQLAlchemy
    configures all mappers at the first query, and doing so while another thread is still
    executing a models module fails for good ("failed to locate a name")."""
    global _mappers_ready
    if not _mappers_ready:
        from sqlalchemy.orm import configure_mappers

        import branchops.core.models  # noqa: F401

        configure_mappers()
        _mappers_ready = True


class QueryTableModel(_BaseTableModel):
    """Rows fetched block by block from ``fetch(ListQuery)``; sorting and filtering re-query."""

    background = True
    loaded = Signal()  # a new first block is shown (after a reload)
    counted = Signal()  # the total is known
    settled = Signal()  # nothing is being fetched

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[ListQuery], list[Any]],
        count: Callable[[ListQuery], int] | None = None,
        page_size: int = 200,
        decorate: Decorate | None = None,
        parent=None,
        *,
        reversible: bool = False,
        stream: Callable[[ListQuery], Iterable[Any]] | None = None,
        background: bool | None = None,
    ) -> None:
        super().__init__(columns, decorate, parent)
        self._fetch = fetch
        self._count = count
        self._stream = stream
        self.page_size = page_size
        self.reversible = reversible
        if background is not None:
            self.background = background
        self.query = ListQuery(limit=page_size)
        self._shown = self.query
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._row_count = 0
        self._total: int | None = 0
        self._generation = 0  # of the latest reload asked for
        self._shown_generation = 0  # of the rows shown
        self._asked: set[int] = set()
        self._inserting = False
        self._jobs = ListJobs(self._job_done, self)
        self.error: BaseException | None = None

    # -- what the view sees ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    @property
    def total(self) -> int:
        """Rows the whole list has (those shown until the count is known)."""
        return self._total if self._total is not None else self._row_count

    @property
    def counting(self) -> bool:
        return self._total is None

    @property
    def loading(self) -> bool:
        """A sort, filter or search is asked for and its first rows are not shown yet."""
        return self._generation != self._shown_generation

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def _shown_row(self, row: int) -> Any:
        number, at = divmod(row, self.page_size)
        block = self._blocks.get(number)
        if block is None:
            self._ask(number, quiet=True)  # from data(): no signals
            block = self._blocks.get(number)  # fetched at once when not in the background
            if block is None:
                return None
        else:
            self._blocks.move_to_end(number)
        return block[at] if at < len(block) else None

    def row_at(self, row: int) -> Any:
        number, at = divmod(row, self.page_size)
        if number not in self._blocks:  # asked for by code, not the view: fetch it now
            self._store(number, self._fetch_block(self._shown, number), quiet=True)
        block = self._blocks[number]
        return block[at] if at < len(block) else None

    def loaded_rows(self) -> list[Any]:
        """The rows in memory, in list order."""
        return [row for number in sorted(self._blocks) for row in self._blocks[number]]

    # -- asking for rows ------------------------------------------------------------------------

    def reload(self) -> None:
        """Query again with ``self.query``; the rows shown stay until the answer comes."""
        ensure_mappers()
        self._generation += 1
        query = self.query
        if not self.background:
            self._show_first(self._generation, query, self._fetch(query.page(0, self.page_size)))
            if self._total is None and self._count is not None:
                self._set_total(self._generation, self._count(query))
            return
        first = query.page(0, self.page_size)
        self._jobs.clear()
        self._jobs.submit(Job("first", self._generation, lambda: self._fetch(first), query))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._total is None and self._row_count > 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # A view may ask for more from inside the signal of the change before; that nested
        # insert would start before the change has finished, so it waits for the next request.
        if self.canFetchMore(parent) and not self._inserting:
            self._ask(self._row_count // self.page_size)

    def _ask(self, number: int, *, quiet: bool = False) -> None:
        if number in self._asked or self._generation != self._shown_generation:
            return  # asked already, or new rows are on their way and will replace these
        if not self.background:
            self._store(number, self._fetch_block(self._shown, number), quiet=quiet)
            return
        self._asked.add(number)
        query, generation = self._shown, self._shown_generation
        job = Job("block", generation, lambda: self._fetch_block(query, number), number)
        self._jobs.submit(job, first=True)
        self._forget_old_requests()

    def _forget_old_requests(self) -> None:
        stale = [j for j in self._jobs.waiting() if j.kind == "block"][MAX_WAITING_BLOCKS:]
        for job in stale:  # the latest asked are first; these are out of sight by now
            self._asked.discard(job.data)
        self._jobs.drop(stale)

    def _fetch_block(self, query: ListQuery, number: int) -> list[Any]:
        """One block; in the far half of a long list it is read from the list's end."""
        start = number * self.page_size
        total = self._total
        if self.reversible and total is not None and start > total // 2:
            end = min(start + self.page_size, total)
            if end <= start:
                return []
            backwards = replace(query, from_end=True)
            return list(reversed(self._fetch(backwards.page(total - end, end - start))))
        return list(self._fetch(query.page(start, self.page_size)))

    # -- answers --------------------------------------------------------------------------------

    def _job_done(self, job: Job) -> None:
        if job.error is not None:
            self._failed(job)
        elif job.kind == "first":
            self._show_first(job.generation, job.data, job.result)
            shown = job.generation == self._shown_generation
            if shown and self._total is None and self._count is not None:
                query, count = job.data, self._count
                self._jobs.submit_after_paint(Job("count", job.generation, lambda: count(query)))
        elif job.kind == "count":
            self._set_total(job.generation, job.result)
        else:
            self._asked.discard(job.data)
            if job.generation == self._shown_generation:
                self._store(job.data, job.result)
        if not self._jobs.busy:
            self.settled.emit()

    def _failed(self, job: Job) -> None:
        self.error = job.error
        self._asked.discard(job.data)
        from branchops.ui.widgets.messages import show_error

        show_error(None, job.error)

    def _show_first(self, generation: int, query: ListQuery, rows: list[Any]) -> None:
        if generation != self._generation:
            return  # a later sort, filter or search has been asked for
        self._inserting = True
        try:
            self.beginResetModel()
            self._shown, self._shown_generation = query, generation
            self._blocks = OrderedDict({0: list(rows)})
            self._asked = set()
            self._row_count = len(rows)
            full = len(rows) >= self.page_size
            self._total = None if full else len(rows)
            if full and self._count is None:
                self._total = None  # grows block by block (fetchMore) until a short one
            self.endResetModel()
        finally:
            self._inserting = False
        self.loaded.emit()
        if self._total is not None:
            self.counted.emit()

    def _set_total(self, generation: int, total: int) -> None:
        if generation != self._shown_generation:
            return
        self._total = total
        self._resize(total)
        self.counted.emit()

    def _resize(self, rows: int) -> None:
        self._inserting = True
        try:
            if rows > self._row_count:
                self.beginInsertRows(QModelIndex(), self._row_count, rows - 1)
                self._row_count = rows
                self.endInsertRows()
            elif rows < self._row_count:
                self.beginRemoveRows(QModelIndex(), rows, self._row_count - 1)
                self._row_count = rows
                self.endRemoveRows()
        finally:
            self._inserting = False

    def _store(self, number: int, rows: list[Any], *, quiet: bool = False) -> None:
        self._blocks[number] = rows
        self._blocks.move_to_end(number)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        if quiet:
            return
        start, end = number * self.page_size, number * self.page_size + len(rows)
        if self._total is None and len(rows) < self.page_size:
            self._total = end  # the list ends in this block
            self._resize(end)
            self.counted.emit()
        elif self._total is None and end > self._row_count:
            self._resize(end)
        shown = min(end, self._row_count)
        if shown > start:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(shown - 1, last))

    # -- sorting, filtering, export -------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sortable:
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.query.sort_key, self.query.descending):
            return
        self.query = replace(self.query, sort_key=key, descending=descending)
        self.reload()

    def sort_column(self) -> int:
        keys = [c.key for c in self.columns]
        return keys.index(self.query.sort_key) if self.query.sort_key in keys else -1

    def set_search(self, text: str) -> None:
        self.query = replace(self.query, search=text.strip())
        self.reload()

    def set_filters(self, **filters: Any) -> None:
        merged = {**self.query.filters, **filters}
        self.query = replace(self.query, filters={k: v for k, v in merged.items() if v is not None})
        self.reload()

    def all_rows(self, batch: int = EXPORT_PAGE) -> Iterator[Any]:
        """Every row of the list as shown (sorted and filtered), in batches; safe to run off
        the GUI thread (it reads only the service)."""
        query = self._shown
        if self._stream is not None:
            yield from self._stream(query.page(0, None))
            return
        offset = 0
        while True:
            chunk = list(self._fetch(query.page(offset, batch)))
            yield from chunk
            if len(chunk) < batch:
                return
            offset += batch
