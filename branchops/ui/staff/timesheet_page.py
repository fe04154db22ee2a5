"""Timesheet page: planned vs actual hours per person for a month, overtime by its three kinds
(working day 150 %, rest day 200 %, public holiday 300 %) with how each is counted, warnings
over the daily and monthly overtime limits, labour budget; actual hours of a day are entered for
the selected person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.tables import current_row, simple_table
from branchops.ui.widgets.messages import show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

PERSON_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("planned_hours", QT_TRANSLATE_NOOP("Columns", "Planned h"), ColumnKind.NUMBER, 80),
    Column("actual_hours", QT_TRANSLATE_NOOP("Columns", "Actual h"), ColumnKind.NUMBER, 80),
    Column("difference_hours", QT_TRANSLATE_NOOP("Columns", "Difference h"), ColumnKind.NUMBER, 90),
    Column("overtime_hours", QT_TRANSLATE_NOOP("Columns", "Overtime h"), ColumnKind.NUMBER, 80),
    Column("overtime_working_hours", QT_TRANSLATE_NOOP("Columns", "OT 150 %"),
           ColumnKind.NUMBER, 84),
    Column("overtime_rest_hours", QT_TRANSLATE_NOOP("Columns", "OT 200 %"),
           ColumnKind.NUMBER, 84),
    Column("overtime_holiday_hours", QT_TRANSLATE_NOOP("Columns", "OT 300 %"),
           ColumnKind.NUMBER, 84),
    Column("leave_days", QT_TRANSLATE_NOOP("Columns", "Leave days"), ColumnKind.NUMBER, 80),
)  # fmt: skip
DAY_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), ColumnKind.DATE, 90),
    Column("weekday", QT_TRANSLATE_NOOP("Columns", "Weekday"), width=50),
    Column("shift_code", QT_TRANSLATE_NOOP("Columns", "Shift"), width=50),
    Column("planned", QT_TRANSLATE_NOOP("Columns", "Planned h"), ColumnKind.NUMBER, 80),
    Column("actual", QT_TRANSLATE_NOOP("Columns", "Actual h"), ColumnKind.NUMBER, 80),
    Column("entered", QT_TRANSLATE_NOOP("Columns", "Entered"), ColumnKind.BOOL, 60),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=160),
)


@dataclass(frozen=True)
class DayLine:
    day: date
    weekday: str
    shift_code: str
    planned: float
    actual: float | None
    entered: bool
    note: str


class TimesheetPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.people = InMemoryTableModel(PERSON_COLUMNS, parent=self)
        self.days = InMemoryTableModel(DAY_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        title = QLabel(translate("TimesheetPage", "Timesheet"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.month = QDateEdit(QDate(clock.today()))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.totals = QLabel()
        self.enter_button = QPushButton(translate("TimesheetPage", "Enter actual hours…"))
        self.reset_button = QPushButton(translate("TimesheetPage", "Back to rostered hours"))
        bar.addWidget(QLabel(translate("TimesheetPage", "Month")))
        bar.addWidget(self.month)
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.enter_button)
        bar.addWidget(self.reset_button)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.people_view = simple_table(self.people)
        self.day_view = simple_table(self.days)
        splitter.addWidget(self.people_view)
        splitter.addWidget(self.day_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 360])  # the people table has the wider columns
        layout.addWidget(splitter, 1)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(90)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.month.dateChanged.connect(self.refresh)
        self.people_view.selectionModel().currentRowChanged.connect(self._load_days)
        self.enter_button.clicked.connect(self.enter_actual)
        self.reset_button.clicked.connect(lambda: self._save_actual(None))
        self.day_view.doubleClicked.connect(self.enter_actual)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _month(self) -> Month:
        return Month.of(self.month.date().toPython())

    def refresh(self) -> None:
        from branchops.core.staff import timesheet  # the page paints before the database opens

        for button in (self.enter_button, self.reset_button):
            gate(button, self.ctx.user, Permission.WRITE)  # the user is known once signed in
        with self.ctx.db.session() as session:
            sheet = timesheet.month_timesheet(session, self._month())
        self.people.set_rows(sheet.rows)
        text = translate(
            "TimesheetPage", "Planned {planned:.1f} h · actual {actual:.1f} h · overtime {ot:.1f} h"
        ).format(planned=sheet.planned_hours, actual=sheet.actual_hours, ot=sheet.overtime_hours)
        self.rules.setText(" ".join(sheet.rules))
        self.warnings.setPlainText("\n".join(w.message for w in sheet.warnings))
        self.warnings.setVisible(bool(sheet.warnings))
        if sheet.budget_used is not None:
            text += translate("TimesheetPage", " · {used:.0%} of the {budget:g} h budget").format(
                used=sheet.budget_used, budget=sheet.budget_hours
            )
        self.totals.setText(text)
        self.days.set_rows([])

    def _person(self):
        return current_row(self.people_view, self.people)

    def _load_days(self, *_args) -> None:
        person = self._person()
        if person is None:
            self.days.set_rows([])
            return
        from branchops.core.staff import timesheet
        from branchops.core.staff.roster_sheet import weekday_short

        month = self._month()
        with self.ctx.db.session() as session:
            found = timesheet.days_of(session, person.staff_id, month.first_day, month.last_day)
        self.days.set_rows(
            [
                DayLine(d.day, weekday_short(d.day), d.shift_code, d.planned_minutes / 60,
                        None if d.actual_minutes is None else d.actual_minutes / 60, d.entered,
                        d.note)
                for d in found
            ]
        )  # fmt: skip

    def enter_actual(self) -> None:
        line = current_row(self.day_view, self.days)
        if line is None:
            return
        hours, ok = QInputDialog.getDouble(
            self,
            translate("TimesheetPage", "Actual hours"),
            translate("TimesheetPage", "Hours worked on {day}").format(day=line.day.isoformat()),
            line.actual if line.actual is not None else line.planned,
            0,
            24,
            2,
        )
        if ok:
            self._save_actual(round(hours * 60))

    def _save_actual(self, minutes: int | None) -> None:
        person, line = self._person(), current_row(self.day_view, self.days)
        if person is None or line is None:
            return
        from branchops.core.staff import timesheet

        try:
            with self.ctx.db.unit_of_work(self.ctx.user) as uow:
                timesheet.set_actual(uow, self.ctx.user, person.staff_id, line.day, minutes)
        except UserError as error:
            show_user_error(self, error)
            return
        row = self.people_view.currentIndex().row()
        self.refresh()
        self.people_view.selectRow(row)
        self._load_days()

    def _on_data_changed(self, area: str) -> None:
        if area in ("roster", "roster_cells", "leave", "shifts") and self.isVisible():
            self.refresh()
