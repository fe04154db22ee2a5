"""The answer table of the run dialog: one row per item, answered by keys, mouse or typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from branchops.core.quality.models import AnswerType
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.quality.fixed_columns import FixedColumnsModel, Index
from branchops.ui.quality.run_state import RunState, answer_label, answer_options, value_for_key

ITEM_ROLE = Qt.ItemDataRole.UserRole
FAILED = QColor("#fde2e1")
CRITICAL = QColor("#f8b4b0")
PASSED = QColor("#2e7d32")

COL_KEY, COL_TEXT, COL_ANSWER, COL_RESULT, COL_COMMENT, COL_PHOTOS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("QualityRun", "No."),
    QT_TRANSLATE_NOOP("QualityRun", "Item"),
    QT_TRANSLATE_NOOP("QualityRun", "Answer"),
    QT_TRANSLATE_NOOP("QualityRun", "Result"),
    QT_TRANSLATE_NOOP("QualityRun", "Comment"),
    QT_TRANSLATE_NOOP("QualityRun", "Photos"),
)


class AnswerModel(FixedColumnsModel):
    HEADERS = HEADERS
    CONTEXT = "QualityRun"

    answers_changed = Signal()

    def __init__(self, state: RunState | None, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.read_only = False

    def set_state(self, state: RunState | None) -> None:
        self.beginResetModel()
        self.state = state
        self.endResetModel()

    @property
    def items(self) -> list:
        return self.state.items if self.state is not None else []

    def _rows(self) -> list:
        return self.items

    def item_at(self, row: int):
        return self.items[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ANSWER and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return item.display_guidance or None
        if role == Qt.ItemDataRole.BackgroundRole:
            outcome = self.state.outcome(item)
            if outcome.critical_failed:
                return QBrush(CRITICAL)
            if outcome.failed:
                return QBrush(FAILED)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT:
            outcome = self.state.outcome(item)
            if outcome.counted and not outcome.failed:
                return QBrush(PASSED)
        return None

    def _text(self, item, column: int, role: int) -> Any:
        answer = self.state.data.answers.get(item.id)
        if column == COL_KEY:
            return item.key
        if column == COL_TEXT:
            marker = "★ " if item.spec.critical else ""
            return f"{marker}{item.display_text}"
        if column == COL_ANSWER:
            value = answer.value if answer else None
            return value or "" if role == Qt.ItemDataRole.EditRole else answer_label(item, value)
        if column == COL_RESULT:
            outcome = self.state.outcome(item)
            if not outcome.answered:
                return ""
            if not outcome.counted:
                return translate("QualityRun", "Not scored")
            if outcome.critical_failed:
                return translate("QualityRun", "Critical failure")
            return (
                translate("QualityRun", "Failed")
                if outcome.failed
                else translate("QualityRun", "OK")
            )
        if column == COL_COMMENT:
            return answer.comment if answer else ""
        return str(len(answer.photos)) if answer and answer.photos else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_ANSWER or self.read_only:
            return False
        item = self.items[index.row()]
        if not self.state.set_value(item, value if value not in ("", None) else None):
            return False
        self.refresh_all()
        return True

    def refresh_all(self) -> None:
        """Answers change scores and visibility of other rows: repaint every row."""
        if self.items:
            last = self.index(len(self.items) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.answers_changed.emit()


class AnswerDelegate(QStyledItemDelegate):
    """A drop-down of possible answers, or a text box for a number item."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        item = index.data(ITEM_ROLE)
        if item.answer_type is AnswerType.NUMBER:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(_limits(item))
            return editor
        combo = QComboBox(parent)
        combo.addItem("", None)
        for value, label in answer_options(item):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value or None)))
        elif isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip() or None)


def _limits(item) -> str:
    low, high = item.spec.number_min, item.spec.number_max
    parts = [f"≥ {low:g}" if low is not None else "", f"≤ {high:g}" if high is not None else ""]
    return " ".join(p for p in parts if p) + (f" {item.unit}" if item.unit else "")


class AnswerTable(QTableView):
    """Arrow keys move; the answer keys answer the current item and go on to the next shown one."""

    answered = Signal()

    def __init__(self, model: AnswerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer_model = model
        self.setModel(model)
        self.setItemDelegateForColumn(COL_ANSWER, AnswerDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_KEY, 46), (COL_ANSWER, 130), (COL_RESULT, 90),
                              (COL_COMMENT, 150), (COL_PHOTOS, 50)):  # fmt: skip
            self.setColumnWidth(column, width)
        model.answers_changed.connect(self.update_visibility)
        model.modelReset.connect(self.update_visibility)

    def update_visibility(self) -> None:
        state = self.answer_model.state
        for row, item in enumerate(self.answer_model.items):
            self.setRowHidden(row, not state.visible(item))

    def current_item(self):
        index = self.currentIndex()
        return self.answer_model.item_at(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.current_item()
        text = event.text()
        if item is not None and not self.answer_model.read_only and self._answer(item, event, text):
            return
        super().keyPressEvent(event)

    def _answer(self, item, event: QKeyEvent, text: str) -> bool:
        row = self.currentIndex().row()
        answer_index = self.answer_model.index(row, COL_ANSWER)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answer_model.setData(answer_index, None)
            return True
        if item.answer_type is AnswerType.NUMBER and text and (text.isdigit() or text in "-."):
            self.setCurrentIndex(answer_index)
            self.edit(answer_index)
            editor = self.open_editor()
            if editor is not None:
                editor.setText(text)
            return True
        value = value_for_key(item, text) if text else None
        if value is None:
            return False
        if self.answer_model.setData(answer_index, value):
            self.move_to_next(row)
            self.answered.emit()
        return True

    def open_editor(self) -> QLineEdit | None:
        """The number editor the delegate has open, if any."""
        return next((e for e in self.viewport().findChildren(QLineEdit) if e.isVisible()), None)

    def move_to_next(self, row: int) -> None:
        for candidate in range(row + 1, self.answer_model.rowCount()):
            if not self.isRowHidden(candidate):
                self.setCurrentIndex(self.answer_model.index(candidate, COL_TEXT))
                return
