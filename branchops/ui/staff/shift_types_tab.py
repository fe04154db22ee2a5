"""Shift types and the staffing needs of each weekday."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.core.branch.labels import weekday_name
from branchops.core.staff import needs, shifts
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.needs_editor import WeekdayNeedsDialog
from branchops.ui.staff.shift_dialog import ShiftDialog
from branchops.ui.staff.tables import button_row, current_row, simple_table
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

SHIFT_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=60),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=100),
    Column("times", QT_TRANSLATE_NOOP("Columns", "Times"), width=140),
    Column("break_minutes", QT_TRANSLATE_NOOP("Columns", "Break (min)"), ColumnKind.INT, 80),
    Column("paid_hours", QT_TRANSLATE_NOOP("Columns", "Paid hours"), ColumnKind.NUMBER, 80),
    Column("colour", QT_TRANSLATE_NOOP("Columns", "Colour"), width=80),
    Column("active", QT_TRANSLATE_NOOP("Columns", "In use"), ColumnKind.BOOL, 60),
)
NEED_COLUMNS = (
    Column("weekday_name", QT_TRANSLATE_NOOP("Columns", "Weekday"), width=90),
    Column("shift", QT_TRANSLATE_NOOP("Columns", "Shift"), width=100),
    Column("min_headcount", QT_TRANSLATE_NOOP("Columns", "Minimum"), ColumnKind.INT, 70),
    Column("max_headcount", QT_TRANSLATE_NOOP("Columns", "Maximum"), ColumnKind.INT, 70),
    Column("skills_text", QT_TRANSLATE_NOOP("Columns", "Required skills"), width=260),
)


@dataclass(frozen=True)
class NeedLine:
    weekday: int
    weekday_name: str
    shift: str
    min_headcount: int
    max_headcount: int | None
    skills_text: str


class ShiftTypesTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shifts = InMemoryTableModel(SHIFT_COLUMNS, parent=self)
        self.needs = InMemoryTableModel(NEED_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        self.shift_view = simple_table(self.shifts)
        layout.addWidget(self.shift_view, 1)
        layout.addLayout(button_row(ctx.user, Permission.APPROVE,
            (translate("ShiftsPage", "Add shift type…"), self.add_shift),
            (translate("ShiftsPage", "Edit shift type…"), self.edit_shift),
        ))  # fmt: skip
        self.need_view = simple_table(self.needs)
        layout.addWidget(QLabel(translate("ShiftsPage", "Staffing needs per weekday (closed days "
                                          "and public holidays have none)")))  # fmt: skip
        layout.addWidget(self.need_view, 2)
        layout.addLayout(button_row(ctx.user, Permission.APPROVE,
            (translate("ShiftsPage", "Edit the weekday's needs…"), self.edit_weekday),
        ))  # fmt: skip
        self.shift_view.doubleClicked.connect(self.edit_shift)
        self.need_view.doubleClicked.connect(self.edit_weekday)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.shifts.set_rows(shifts.list_shifts(session))
            weekly = needs.weekday_needs(session)
        self.needs.set_rows(
            [
                NeedLine(n.weekday or 0, weekday_name(n.weekday or 0),
                         f"{n.shift_code} {n.shift_name}", n.min_headcount, n.max_headcount,
                         n.skills_text)
                for n in weekly
            ]
        )  # fmt: skip

    def add_shift(self) -> None:
        ShiftDialog(self.ctx, None, self).exec()

    def edit_shift(self) -> None:
        row = current_row(self.shift_view, self.shifts)
        if row is not None:
            ShiftDialog(self.ctx, row.id, self).exec()

    def edit_weekday(self) -> None:
        row = current_row(self.need_view, self.needs)
        WeekdayNeedsDialog(self.ctx, row.weekday if row else 0, self).exec()
