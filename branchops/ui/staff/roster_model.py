"""The roster grid's model: staff × days, a shift code per cell, leave and rule problems shown.

The model holds what the grid shows; edits go through the page (undo stack → service) and come
back with ``set_cells``. Columns are the days, then the planned hours of the period. The
roster's labels are imported where a cell shows them: the empty grid paints before the database
opens.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.core.staff import roster_types as rt
    from branchops.core.staff.roster import GridData, GridPerson
    from branchops.core.staff.roster_check import CheckedViolation
    from branchops.core.staff.shifts import ShiftRow

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, date]

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 10  # True when a blocking rule problem marks the cell
CLOSED_COLOUR = QColor("#eeeeee")
NOT_EMPLOYED_COLOUR = QColor("#9e9e9e")
PROBLEM_TEXT = QColor("#c62828")


class RosterGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: GridData | None = None
        self.people: list[GridPerson] = []
        self.days: list[date] = []
        self.cells: dict[Cell, str] = {}
        self.shifts: dict[str, ShiftRow] = {}
        self.cell_problems: dict[Cell, list[CheckedViolation]] = defaultdict(list)
        self.day_problems: dict[date, list[CheckedViolation]] = defaultdict(list)

    # -- loading ---------------------------------------------------------------------------

    def load(self, grid: GridData) -> None:
        self.beginResetModel()
        self.grid = grid
        self.people = list(grid.people)
        self.days = list(grid.days)
        self.cells = dict(grid.cells)
        self.shifts = {s.code: s for s in grid.shifts}
        self.cell_problems.clear()
        self.day_problems.clear()
        self.endResetModel()

    def set_cells(self, changes: dict[Cell, str]) -> None:
        for (pid, day), code in changes.items():
            if code:
                self.cells[(pid, day)] = code
            else:
                self.cells.pop((pid, day), None)
            index = self.index_of(pid, day)
            if index.isValid():
                self.dataChanged.emit(index, index)
                hours = self.index(index.row(), len(self.days))
                self.dataChanged.emit(hours, hours)

    def set_problems(self, found: list[CheckedViolation]) -> None:
        self.cell_problems.clear()
        self.day_problems.clear()
        for item in found:
            v = item.violation
            if v.person_id is None:
                self.day_problems[v.day].append(item)
            else:
                self.cell_problems[(v.person_id, v.day)].append(item)
        if self.rowCount() and self.days:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.days)))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.days) - 1, 0))

    # -- lookups -----------------------------------------------------------------------------

    def person_at(self, row: int) -> GridPerson:
        return self.people[row]

    def day_at(self, column: int) -> date | None:
        return self.days[column] if 0 <= column < len(self.days) else None

    def index_of(self, person_id: int, day: date) -> QModelIndex:
        rows = [i for i, p in enumerate(self.people) if p.id == person_id]
        if not rows or day not in self.days:
            return QModelIndex()
        return self.index(rows[0], self.days.index(day))

    def cell_at(self, index: Index) -> Cell | None:
        day = self.day_at(index.column())
        if not index.isValid() or day is None:
            return None
        return (self.people[index.row()].id, day)

    def code(self, cell: Cell) -> str:
        return self.cells.get(cell, "")

    def assignments(self) -> list[rt.Assignment]:
        from branchops.core.staff.roster_types import Assignment

        return [Assignment(pid, day, code) for (pid, day), code in self.cells.items()]

    def is_published(self, day: date) -> bool:
        return self.grid is not None and day in self.grid.published

    def hours_of(self, person_id: int) -> float:
        return sum(
            self.shifts[code].paid_hours
            for (pid, _), code in self.cells.items()
            if pid == person_id and code in self.shifts
        )

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.days else len(self.days) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        day = self.day_at(index.column())
        if day is not None and self.people[index.row()].employed_on(day):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.people):
                person = self.people[section]
                return f"{person.name}  {person.employee_no}"
            return None
        if not 0 <= section <= len(self.days):
            return None
        if section == len(self.days):
            return translate("RosterPage", "Hours") if role == Qt.ItemDataRole.DisplayRole else None
        day = self.days[section]
        problems = self.day_problems.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            from branchops.core.staff.roster_sheet import weekday_short

            mark = "⚠" if any(p.blocking for p in problems) else ""
            return f"{mark}{day.day}\n{weekday_short(day)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [day.isoformat()]
            if self.is_published(day):
                lines.append(translate("RosterPage", "Published"))
            lines += [_problem_text(p) for p in problems]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and any(p.blocking for p in problems):
            return QBrush(PROBLEM_TEXT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if index.column() == len(self.days):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.hours_of(person.id):.1f}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        day = self.days[index.column()]
        cell = (person.id, day)
        code = self.cells.get(cell, "")
        leave = self.grid.leave.get(cell) if self.grid else None
        problems = self.cell_problems.get(cell, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if code or role == Qt.ItemDataRole.EditRole or leave is None:
                return code
            from branchops.core.staff.roster_sheet import leave_short

            return leave_short(leave)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(person, day, code, leave is not None)
        if role == Qt.ItemDataRole.ForegroundRole and any(p.blocking for p in problems):
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.FontRole and (problems or self._changed(cell)):
            font = QFont()
            font.setBold(True)
            font.setUnderline(bool(problems))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, day, code, leave, problems)
        if role == PROBLEM_ROLE:
            return any(p.blocking for p in problems)
        return None

    def _changed(self, cell: Cell) -> bool:
        return self.grid is not None and cell in self.grid.changed

    def _background(self, person: GridPerson, day: date, code: str, on_leave: bool) -> Any:
        if not person.employed_on(day):
            return QBrush(NOT_EMPLOYED_COLOUR)
        if code in self.shifts:
            return QBrush(QColor(self.shifts[code].colour))
        if on_leave:
            from branchops.core.staff.roster_sheet import LEAVE_COLOUR

            return QBrush(QColor(LEAVE_COLOUR))
        if self.grid is not None and day in self.grid.closed:
            return QBrush(CLOSED_COLOUR)
        return None

    def _tooltip(self, person, day, code, leave, problems) -> str:
        from branchops.core.staff.labels import leave_kind_label
        from branchops.core.staff.roster_sheet import weekday_short

        lines = [f"{person.name} · {day.isoformat()} {weekday_short(day)}"]
        if code in self.shifts:
            shift = self.shifts[code]
            lines.append(f"{shift.code} {shift.name} {shift.times}")
        if leave is not None:
            lines.append(
                translate("RosterPage", "On leave: {kind}").format(kind=leave_kind_label(leave))
            )
        if self._changed((person.id, day)):
            lines.append(translate("RosterPage", "Changed after publication"))
        lines += [_problem_text(p) for p in problems]
        return "\n".join(lines)


def _problem_text(item: CheckedViolation) -> str:
    if item.override_reason:
        return translate("RosterPage", "{message} (accepted: {reason})").format(
            message=item.violation.message, reason=item.override_reason
        )
    return item.violation.message
