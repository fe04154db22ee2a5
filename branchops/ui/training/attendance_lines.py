"""The attendance lines of a session being edited: who, present / absent / excused, score and
certificate number, with the result worked out as the course's pass mark says.

``AttendanceTable`` makes entry fast from the keyboard: typing starts editing, Enter saves the
cell and goes to the same column of the next line, and in the attendance column the keys P, A
and E (or 1, 2, 3) set present, absent and excused.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
)

from branchops.core.training.labels import attendance_label, result_text
from branchops.core.training.models import AttendanceStatus
from branchops.core.training.sessions import AttendanceInput
from branchops.core.training.validity import has_passed
from branchops.i18n import translate

Index = QModelIndex | QPersistentModelIndex
NUMBER, NAME, STATUS, SCORE, CERTIFICATE, RESULT = range(6)
STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
}
PROBLEM = QColor("#fde2e1")


@dataclass
class Line:
    staff_id: int
    employee_no: str
    name: str
    status: AttendanceStatus = AttendanceStatus.PRESENT
    score: float | None = None
    certificate_no: str = ""
    problems: list[str] = field(default_factory=list)

    def as_input(self) -> AttendanceInput:
        return AttendanceInput(self.staff_id, self.status, self.score, self.certificate_no)


def parse_score(text: str) -> float | None:
    """A typed score (full-width digits too); raises ValueError for anything else."""
    cleaned = text.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class AttendanceLinesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.pass_mark: float | None = None
        self.issues_certificate = False
        self._titles = (
            translate("TrainingPage", "Employee no."),
            translate("TrainingPage", "Name"),
            translate("TrainingPage", "Attendance"),
            translate("TrainingPage", "Score"),
            translate("TrainingPage", "Certificate no."),
            translate("TrainingPage", "Result"),
        )

    def set_course(self, pass_mark: float | None, issues_certificate: bool) -> None:
        self.pass_mark, self.issues_certificate = pass_mark, issues_certificate
        if self.lines:
            self.dataChanged.emit(self.index(0, RESULT), self.index(len(self.lines) - 1, RESULT))

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def add(self, line: Line) -> int:
        """Adds the person unless listed already; returns the line's row."""
        for row, existing in enumerate(self.lines):
            if existing.staff_id == line.staff_id:
                return row
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(line)
        self.endInsertRows()
        return len(self.lines) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def show_problems(self, by_row: dict[int, list[str]]) -> None:
        for row, line in enumerate(self.lines):
            line.problems = by_row.get(row, [])
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, RESULT))

    def inputs(self) -> list[AttendanceInput]:
        return [line.as_input() for line in self.lines]

    # -- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (STATUS, SCORE):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == CERTIFICATE and self.issues_certificate:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _passed(self, line: Line) -> bool:
        return has_passed(line.status, line.score, self.pass_mark)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role)
        if role == Qt.ItemDataRole.BackgroundRole and line.problems:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole and line.problems:
            return "\n".join(line.problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: Line, column: int, role: int) -> Any:
        if column == NUMBER:
            return line.employee_no
        if column == NAME:
            return line.name
        if column == STATUS:
            return attendance_label(line.status)
        if column == SCORE:
            if line.score is None:
                return ""
            return f"{line.score:g}"
        if column == CERTIFICATE:
            if line.certificate_no or role == Qt.ItemDataRole.EditRole:
                return line.certificate_no
            if self.issues_certificate and self._passed(line):
                return translate("TrainingPage", "(numbered on saving)")
            return ""
        return result_text(line.status, self._passed(line), line.score, self.pass_mark)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line, column = self.lines[index.row()], index.column()
        if column == STATUS:
            status = value if isinstance(value, AttendanceStatus) else _status_from_text(value)
            if status is None:
                return False
            line.status = status
            if status is not AttendanceStatus.PRESENT:
                line.score = None
        elif column == SCORE:
            try:
                line.score = parse_score(str(value))
            except ValueError:
                return False
        elif column == CERTIFICATE:
            line.certificate_no = str(value).strip()
        else:
            return False
        line.problems = []
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), RESULT))
        return True


def _status_from_text(value: Any) -> AttendanceStatus | None:
    text = str(value).strip()
    for status in AttendanceStatus:
        if text in (status.value, attendance_label(status)):
            return status
    return None


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of present / absent / excused."""

    def createEditor(self, parent, option, index) -> QComboBox:
        combo = QComboBox(parent)
        for status in AttendanceStatus:
            combo.addItem(attendance_label(status), status.value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        status = _status_from_text(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, editor.findData(status.value if status else None)))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, AttendanceStatus(editor.currentData()))


class AttendanceTable(QTableView):
    """The lines as a table, made for typing down a column."""

    def __init__(self, model: AttendanceLinesModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.lines_model = model
        self._down_after_edit: QModelIndex | None = None
        self.setItemDelegateForColumn(STATUS, StatusDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        widths = ((NUMBER, 95), (NAME, 90), (STATUS, 90), (SCORE, 60), (CERTIFICATE, 170))
        for column, width in widths:
            self.setColumnWidth(column, width)

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if index.isValid() and index.column() == STATUS and key in STATUS_KEYS:
            self.lines_model.setData(index, STATUS_KEYS[key])
            self._down(index)
            return
        if index.isValid() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state() == QAbstractItemView.State.EditingState:
                # an editor's Enter reaches the view too; its value is saved just after
                self._down_after_edit = index
            else:
                self._down(index)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        """Enter in an editor saves it and moves down the same column."""
        super().closeEditor(editor, hint)
        index, self._down_after_edit = self._down_after_edit, None
        if index is not None and index.isValid():
            self._down(index)

    def _down(self, index: QModelIndex) -> None:
        below = index.sibling(index.row() + 1, index.column())
        if below.isValid():
            self.setCurrentIndex(below)
