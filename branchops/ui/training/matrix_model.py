"""The compliance matrix as a table model: one row per person, a column with the person's share
compliant, then one column per required course; the last row holds each course's share.

Cells show the last valid day (or "Once" / "Missing"), coloured by state, with the details as a
tooltip; a cell whose course the person's position does not require stays empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from branchops.core.training.compliance import Cell, Matrix, MatrixCourse, MatrixPerson
from branchops.core.training.labels import CellState, state_label
from branchops.i18n import translate
from branchops.ui.training.common import STATE_BACKGROUNDS, STATE_FOREGROUNDS, wrap_header

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole  # (person, course, cell) of a course cell
FIRST_COURSE_COLUMN = 2


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.0f}%"


class ComplianceMatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.header_chars = 12  # half-width characters a course title line may take
        self.headers: list[str] | None = None  # course titles as wrapped by the view
        self._bold = QFont()
        self._bold.setBold(True)

    def set_matrix(
        self,
        matrix: Matrix | None,
        header_chars: int | None = None,
        headers: list[str] | None = None,
    ) -> None:
        """``headers``: each course's title already wrapped to its column (else wrapped to
        ``header_chars`` half-width characters)."""
        self.beginResetModel()
        self.matrix = matrix
        if header_chars:
            self.header_chars = header_chars
        self.headers = headers
        self.endResetModel()

    @property
    def people(self) -> list[MatrixPerson]:
        return self.matrix.people if self.matrix else []

    @property
    def courses(self) -> list[MatrixCourse]:
        return self.matrix.courses if self.matrix else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.people) + 1  # the shares per course

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return FIRST_COURSE_COLUMN + len(self.courses)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("TrainingPage", "Person")
            if section == 1:
                return translate("TrainingPage", "Compliant")
            course = section - FIRST_COURSE_COLUMN
            if self.headers is not None and course < len(self.headers):
                return self.headers[course]
            return wrap_header(self.courses[course].title, self.header_chars)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_COURSE_COLUMN:
            return self.courses[section - FIRST_COURSE_COLUMN].title
        return None

    def cell_at(self, row: int, column: int) -> tuple[MatrixPerson, MatrixCourse, Cell] | None:
        if self.matrix is None or not 0 <= row < len(self.people):
            return None
        if not FIRST_COURSE_COLUMN <= column < self.columnCount():
            return None
        person, course = self.people[row], self.courses[column - FIRST_COURSE_COLUMN]
        cell = self.matrix.cell(person.id, course.id)
        return None if cell is None else (person, course, cell)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row, column = index.row(), index.column()
        if row == len(self.people):
            return self._footer(column, role)
        person = self.people[row]
        if column < FIRST_COURSE_COLUMN:
            return self._person(person, column, role)
        found = self.cell_at(row, column)
        if role == CELL_ROLE:
            return found
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if found is None:
            return None
        _, course, cell = found
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_BACKGROUNDS[cell.state])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STATE_FOREGROUNDS[cell.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(person, course, cell)
        return None

    def _person(self, person: MatrixPerson, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name
            return _percent(self.matrix.by_person(person.id).rate if self.matrix else None)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{person.employee_no} · {person.position}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _footer(self, column: int, role: int) -> Any:
        assert self.matrix is not None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return translate("TrainingPage", "Compliant")
        if column == 1:
            return _percent(self.matrix.overall.rate)
        return _percent(self.matrix.by_course(self.courses[column - FIRST_COURSE_COLUMN].id).rate)


def cell_text(cell: Cell) -> str:
    if cell.state is CellState.MISSING:
        return state_label(cell.state)
    if cell.valid_until is None:
        return translate("Training", "Once")
    return cell.valid_until.isoformat()


def cell_tooltip(person: MatrixPerson, course: MatrixCourse, cell: Cell) -> str:
    lines = [f"{person.name} · {course.title}", state_label(cell.state)]
    if cell.valid_until is not None:
        lines.append(
            translate("TrainingPage", "Valid until {day}").format(day=cell.valid_until.isoformat())
        )
    if cell.last_day is not None:
        lines.append(
            translate("TrainingPage", "Last passed {day}").format(day=cell.last_day.isoformat())
        )
    return "\n".join(lines)
