"""Table models for every list: lazily fetched pages from a service, sorted in SQL.

See branchops/ui/README.md. Rows are dataclasses (or mappings) with an attribute per column key.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from branchops.core.listing import ListQuery
from branchops.i18n import translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole
EXPORT_PAGE = 5000

Index = QModelIndex | QPersistentModelIndex


class ColumnKind(enum.Enum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    PERCENT = "percent"  # a fraction 0..1
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    SCORE = "score"


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # QT_TRANSLATE_NOOP("Columns", ...) source
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 120
    sortable: bool = True
    pii: bool = False

    @property
    def label(self) -> str:
        return translate("Columns", self.title)


def cell_value(row: Any, key: str) -> Any:
    if isinstance(row, dict):
        return row.get(key)
    return getattr(row, key, None)


def display(value: Any, kind: ColumnKind) -> str:
    if value is None or value == "":
        return ""
    if kind is ColumnKind.BOOL:
        return translate("Columns", "Yes") if value else translate("Columns", "No")
    if kind is ColumnKind.PERCENT:
        return f"{float(value) * 100:.1f}%"
    if kind is ColumnKind.MONEY:
        return f"¥{Decimal(value):,.2f}"
    if kind is ColumnKind.SCORE:
        return f"{float(value):.1f}"
    if kind is ColumnKind.NUMBER:
        return f"{float(value):,.2f}".rstrip("0").rstrip(".")
    if kind is ColumnKind.DATETIME and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind is ColumnKind.DATE and isinstance(value, date | datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


_RIGHT = {ColumnKind.INT, ColumnKind.NUMBER, ColumnKind.PERCENT, ColumnKind.MONEY, ColumnKind.SCORE}

Decorate = Callable[[Any, str, int], Any]


class _BaseTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], decorate: Decorate | None = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._decorate = decorate

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        value = cell_value(row, column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column.kind)
        if role == SORT_ROLE:
            return _sortable(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.kind in _RIGHT else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if self._decorate is not None:
            return self._decorate(row, column.key, role)
        return None

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


class QueryTableModel(_BaseTableModel):
    """Rows fetched page by page from ``fetch(ListQuery)``; sorting and filtering re-query."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[ListQuery], list[Any]],
        count: Callable[[ListQuery], int] | None = None,
        page_size: int = 200,
        decorate: Decorate | None = None,
        parent=None,
    ) -> None:
        super().__init__(columns, decorate, parent)
        self._fetch = fetch
        self._count = count
        self.page_size = page_size
        self.query = ListQuery(limit=page_size)
        self._total: int | None = 0
        self._exhausted = True
        self._inserting = False

    @property
    def total(self) -> int:
        """Rows the whole list has (not only those fetched so far)."""
        return self._total if self._total is not None else len(self._rows)

    def reload(self) -> None:
        self._inserting = True
        try:
            self.beginResetModel()
            self._rows = list(self._fetch(self.query.page(0, self.page_size)))
            self._exhausted = len(self._rows) < self.page_size
            self._total = self._count(self.query) if self._count else None
            if self._total is not None and self._total <= len(self._rows):
                self._exhausted = True
            self.endResetModel()
        finally:
            self._inserting = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # A view may ask for more from inside the modelReset or rowsInserted signal of the
        # change before; that nested insert would start before the change has finished (for
        # every listener), so it waits for the view's next request.
        if parent.isValid() or self._exhausted or self._inserting:
            return
        more = list(self._fetch(self.query.page(len(self._rows), self.page_size)))
        if len(more) < self.page_size:
            self._exhausted = True
        if not more:
            return
        first = len(self._rows)
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._inserting = False
        if self._total is not None and len(self._rows) >= self._total:
            self._exhausted = True

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

    def all_rows(self) -> Iterator[Any]:
        """Every row of the list as sorted and filtered now (for export), page by page."""
        offset = 0
        while True:
            chunk = list(self._fetch(self.query.page(offset, EXPORT_PAGE)))
            yield from chunk
            if len(chunk) < EXPORT_PAGE:
                return
            offset += EXPORT_PAGE


class InMemoryTableModel(_BaseTableModel):
    """A short list held whole; sorted and filtered by the proxy in front of it."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Any] = (),
        decorate: Decorate | None = None,
        parent=None,
    ):
        super().__init__(columns, decorate, parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def all_rows(self) -> Iterator[Any]:
        yield from self._rows
