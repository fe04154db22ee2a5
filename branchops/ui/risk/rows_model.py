"""An editable table of small row objects (a plan's steps, a drill's participants …).

Each ``Field`` names the row attribute a column shows and how it is edited: free text, a time
typed as ``3:05`` (or seconds), a check box, a choice from a drop-down, or read-only. A time that
cannot be read is refused with ``rejected(message)``; a negative one is kept so that the save can
name it next to its step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from branchops.core.risk.labels import format_seconds, parse_seconds
from branchops.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
TEXT, SECONDS, CHECK, CHOICE, READ_ONLY = "text", "seconds", "check", "choice", "read_only"


@dataclass(frozen=True)
class Field:
    header: str  # QT_TRANSLATE_NOOP("RiskEdit", ...) source
    attr: str
    kind: str = TEXT
    width: int = 120
    choices: tuple[tuple[Any, str], ...] = ()  # (value, label already translated)


Paint = Callable[[Any, str, int], Any]


class RowsModel(QAbstractTableModel):
    edited = Signal()
    rejected = Signal(str)

    def __init__(
        self,
        fields: Sequence[Field],
        rows: Sequence[Any] = (),
        *,
        paint: Paint | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self._rows = list(rows)
        self._paint = paint
        self.read_only = False

    # -- shape ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.fields)
        ):
            return translate("RiskEdit", self.fields[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.fields[index.column()].kind
        if self.read_only or kind == READ_ONLY:
            return flags
        if kind == CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # -- values ---------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        field = self.fields[index.column()]
        value = getattr(row, field.attr)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and field.kind == CHECK:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(field, value)
        if role == Qt.ItemDataRole.EditRole:
            if field.kind == SECONDS:
                return format_seconds(value)
            return value if field.kind == CHOICE else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind == SECONDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._paint is not None:
            return self._paint(row, field.attr, role)
        return None

    @staticmethod
    def _display(field: Field, value: Any) -> str:
        if field.kind == CHECK:
            return ""
        if field.kind == SECONDS:
            if value is not None and value < 0:
                return f"-{format_seconds(-value)}"
            return format_seconds(value)
        if field.kind == CHOICE:
            return next((label for v, label in field.choices if v == value), "")
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
        field = self.fields[index.column()]
        if field.kind == CHECK and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            setattr(row, field.attr, checked)
        elif role != Qt.ItemDataRole.EditRole or field.kind in (CHECK, READ_ONLY):
            return False
        elif field.kind == SECONDS:
            try:
                setattr(row, field.attr, parse_seconds(str(value or "")))
            except ValueError:
                self.rejected.emit(
                    translate("RiskEdit", "“{text}” is not a time: type 3:05, or 185 seconds.")
                    .format(text=value)
                )  # fmt: skip
                return False
        else:
            setattr(row, field.attr, value if field.kind == CHOICE else str(value))
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(self.fields) - 1))
        self.edited.emit()
        return True

    # -- rows -----------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_row(self, row: Any) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            self.edited.emit()

    def move_row(self, position: int, delta: int) -> int:
        """Moves a row up (−1) or down (+1); returns where it is now."""
        target = position + delta
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return position
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        self.edited.emit()
        return target

    def refresh(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.fields) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for the model's ``choice`` columns; other columns edit as usual."""

    def __init__(self, model: RowsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        field = self.model.fields[index.column()]
        if field.kind != CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in field.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


GOOD = QBrush(QColor("#2e7d32"))
BAD = QBrush(QColor("#c62828"))
