"""Table models for every list: columns, display, and the short lists held whole.

The long lists' model, ``QueryTableModel`` (pages fetched from a service off the GUI thread,
sorted and filtered in SQL), is in ``query_model.py``.
See branchops/ui/README.md. Rows are dataclasses (or mappings) with an attribute per column key.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from branchops.i18n import translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole

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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW, _SORT = int(ROW_ROLE), int(SORT_ROLE)
_SERVED = frozenset({_DISPLAY, _ALIGNMENT, _ROW, _SORT})
_ALIGN_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGN_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


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
        # Called a dozen times per visible cell at every paint: plain ints, nothing rebuilt.
        role = int(role)
        if role not in _SERVED and self._decorate is None:
            return None
        if not index.isValid():
            return None
        number = index.row()
        if not (0 <= number < self.rowCount()):
            return None
        row = self._shown_row(number)
        if row is None:  # not fetched yet: blank until it comes
            return None
        column = self.columns[index.column()]
        if role == _ROW:
            return row
        if role == _DISPLAY:
            return display(cell_value(row, column.key), column.kind)
        if role == _ALIGNMENT:
            return _ALIGN_RIGHT if column.kind in _RIGHT else _ALIGN_LEFT
        if role == _SORT:
            return _sortable(cell_value(row, column.key))
        if self._decorate is not None:
            return self._decorate(row, column.key, role)
        return None

    def _shown_row(self, row: int) -> Any:
        return self._rows[row]

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
