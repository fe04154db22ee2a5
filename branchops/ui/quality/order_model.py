"""A short list whose order is the user's: rows move by drag and drop inside their view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal

from branchops.ui.widgets.table_model import Index, InMemoryTableModel

MIME_TYPE = "application/x-branchops-rows"


class ReorderableTableModel(InMemoryTableModel):
    """An ``InMemoryTableModel`` with internal-move drag and drop.

    Rows drop between rows only (items are not drop targets, the root is). ``moveRows`` moves a
    block and emits ``order_changed(rows, row)``: every row in the new order and where the first
    moved row now is; the owner saves the order. ``movable = False`` turns dragging off.
    """

    order_changed = Signal(list, int)

    movable = True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.movable:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def _dragged_rows(self, data: QMimeData) -> list[int]:
        text = bytes(data.data(MIME_TYPE).data()).decode("ascii")
        return [int(part) for part in text.split(",") if part.isdigit()]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (
            self.movable
            and action == Qt.DropAction.MoveAction
            and data is not None
            and data.hasFormat(MIME_TYPE)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = self._dragged_rows(data)
        if not rows or rows != list(range(rows[0], rows[-1] + 1)):
            return False  # one block (the list selects one row)
        if row < 0:  # dropped on an item (drops onto the item's place) or on empty space (end)
            row = parent.row() if parent.isValid() else self.rowCount()
        return self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), row)

    def moveRows(
        self,
        sourceParent: Index,
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        total = len(self._rows)
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > total or not 0 <= destinationChild <= total:
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False  # onto itself: nothing moves
        last = sourceRow + count - 1
        if not self.beginMoveRows(QModelIndex(), sourceRow, last, QModelIndex(), destinationChild):
            return False
        block = self._rows[sourceRow : sourceRow + count]
        del self._rows[sourceRow : sourceRow + count]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._rows[at:at] = block
        self.endMoveRows()
        self.order_changed.emit(list(self._rows), at)
        return True
