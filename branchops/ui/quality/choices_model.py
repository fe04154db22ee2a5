"""The editable table of a drop-down item's named responses and their scores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from branchops.core.quality.template_input import ChoiceInput
from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.quality.fixed_columns import FixedColumnsModel, Index

HEADERS = (
    QT_TRANSLATE_NOOP("TemplateEditor", "Key"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Response (Chinese)"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Response (English)"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Score"),
)
FIELDS = ("key", "label", "label_en", "score")


class ChoicesModel(FixedColumnsModel):
    HEADERS = HEADERS
    CONTEXT = "TemplateEditor"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choices: list[ChoiceInput] = []

    def set_choices(self, choices: list[ChoiceInput]) -> None:
        self.beginResetModel()
        self.choices = choices  # edited in place: the item's own list
        self.endResetModel()

    def _rows(self) -> list[ChoiceInput]:
        return self.choices

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(self.choices[index.row()], FIELDS[index.column()])
            if index.column() == 3:
                return value if role == Qt.ItemDataRole.EditRole else f"{value:g}"
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        choice = self.choices[index.row()]
        if index.column() == 3:
            try:
                choice.score = float(value)
            except (TypeError, ValueError):
                return False
        else:
            setattr(choice, FIELDS[index.column()], str(value).strip())
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> None:
        row = len(self.choices)
        used = {c.key for c in self.choices}
        key = next(f"r{n}" for n in range(1, row + 2) if f"r{n}" not in used)
        self.beginInsertRows(QModelIndex(), row, row)
        self.choices.append(ChoiceInput(key=key, label="", score=0.0))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.choices):
            self.beginRemoveRows(QModelIndex(), row, row)
            self.choices.pop(row)
            self.endRemoveRows()
