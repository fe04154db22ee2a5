"""The budget grid's model: one row per cost category, the twelve months of the fiscal year and
the year's total. Cells keep what was typed; the budget service checks it on saving, and the
cells it names are shown in red."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from branchops.core.budget.fiscal import MONTHS
from branchops.core.budget.money import ZERO, format_money
from branchops.core.period import Month
from branchops.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ERROR = QColor("#c62828")
CHANGED = QColor("#fff4ce")
_CELL_FIELD = re.compile(r"^amounts\[(\d+)\]\[(\d+)\]$")


@dataclass(frozen=True)
class GridRow:
    category_id: int
    name: str


def parse(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").replace("¥", "").strip() or "0")
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def cell_text(value: Decimal) -> str:
    return "" if value == 0 else f"{value:.2f}"


class BudgetGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.months: list[Month] = []
        self.cells: dict[int, list[str]] = {}
        self.saved: dict[int, list[str]] = {}
        self.editable = False
        self.errors: set[tuple[int, int]] = set()

    # -- loading and reading --------------------------------------------------------------------

    def load(
        self,
        rows: list[GridRow],
        months: list[Month],
        amounts: dict[int, list[Decimal]],
        editable: bool,
    ) -> None:
        self.beginResetModel()
        self.rows, self.months, self.editable = list(rows), list(months), editable
        self.saved = {
            r.category_id: [cell_text(v) for v in amounts.get(r.category_id, [ZERO] * MONTHS)]
            for r in rows
        }
        self.cells = {cid: list(values) for cid, values in self.saved.items()}
        self.errors = set()
        self.endResetModel()

    def amounts(self) -> dict[int, list[str]]:
        return {cid: [text or "0" for text in values] for cid, values in self.cells.items()}

    def dirty(self) -> bool:
        return self.cells != self.saved

    def row_values(self, row: int) -> list[str]:
        return list(self.cells[self.rows[row].category_id])

    def set_row(self, row: int, values: list[Any]) -> None:
        cid = self.rows[row].category_id
        self.cells[cid] = [v if isinstance(v, str) else cell_text(Decimal(v)) for v in values]
        self.errors = {e for e in self.errors if e[0] != cid}
        self.dataChanged.emit(self.index(row, 1), self.index(row, MONTHS + 1))

    def set_errors(self, fields: list[str]) -> None:
        self.errors = set()
        for field in fields:
            match = _CELL_FIELD.match(field)
            if match:
                self.errors.add((int(match.group(1)), int(match.group(2))))
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, MONTHS + 1))

    def total(self, row: int) -> Decimal | None:
        values = [parse(t) for t in self.cells[self.rows[row].category_id]]
        return None if any(v is None for v in values) else sum(values, ZERO)

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MONTHS + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("BudgetPage", "Category")
        if section == MONTHS + 1:
            return translate("BudgetPage", "Year total")
        if 1 <= section <= MONTHS and len(self.months) == MONTHS:
            return str(self.months[section - 1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and 1 <= index.column() <= MONTHS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column == 0:
            shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return row.name if role in shown else None
        if column == MONTHS + 1:
            return self._total_data(index.row(), role)
        text = self.cells[row.category_id][column - 1]
        value = parse(text)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,.2f}" if value is not None and text else text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
            value is None or (row.category_id, column - 1) in self.errors
        ):
            return QBrush(ERROR)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and text != self.saved[row.category_id][column - 1]
        ):
            return QBrush(CHANGED)
        return None

    def _total_data(self, row: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            total = self.total(row)
            return "" if total is None else format_money(total)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        cid = self.rows[index.row()].category_id
        self.cells[cid][index.column() - 1] = str(value).strip()
        self.errors.discard((cid, index.column() - 1))
        self.dataChanged.emit(index, index)
        total = self.index(index.row(), MONTHS + 1)
        self.dataChanged.emit(total, total)
        return True
