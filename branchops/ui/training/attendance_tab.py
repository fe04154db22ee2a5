"""Attendance (签到与成绩): every attendance record, by person, course, year and result; a row
opens its session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.listing import ListQuery
from branchops.core.training.attendance_list import (
    AttendanceRow,
    count_attendances,
    list_attendances,
)
from branchops.core.training.models import AttendanceStatus
from branchops.core.training.queries import course_choices, staff_choices
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.common import select_data
from branchops.ui.training.session_dialog import SessionDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind

COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 90),
    Column("course", QT_TRANSLATE_NOOP("Columns", "Course"), width=200),
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=85),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Attendance"), width=70),
    Column("score", QT_TRANSLATE_NOOP("Columns", "Score"), ColumnKind.SCORE, 55),
    Column("result", QT_TRANSLATE_NOOP("Columns", "Result"), width=80),
    Column("certificate_no", QT_TRANSLATE_NOOP("Columns", "Certificate no."), width=150),
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), ColumnKind.DATE, 90),
)
FAILED = QColor("#c62828")
YEARS_BACK = 6


def decorate(row: AttendanceRow, key: str, role: int):
    failed = row.status is AttendanceStatus.PRESENT and not row.passed and row.score is not None
    if role == Qt.ItemDataRole.ForegroundRole and key in ("result", "score") and failed:
        return QBrush(FAILED)
    return None


class AttendanceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "training.attendance", ctx, translate("TrainingPage", "Attendance")
        )
        bar = self.list.filter_bar
        self.person = QComboBox()
        self.course = QComboBox()
        self.year = QComboBox()
        self.year.addItem(translate("TrainingPage", "All years"), None)
        this_year = clock.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.result = QComboBox()
        self.result.addItem(translate("TrainingPage", "Any result"), None)
        self.result.addItem(translate("TrainingPage", "Passed"), True)
        self.result.addItem(translate("TrainingPage", "Not passed"), False)
        for widget in (self.person, self.course, self.year, self.result):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self._apply_filters)
        layout.addWidget(self.list)
        self.list.activated.connect(self.open_session)

    def _fetch(self, query: ListQuery) -> list[AttendanceRow]:
        with self.ctx.db.session() as session:
            return list_attendances(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_attendances(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            people = staff_choices(session)
            courses = course_choices(session, include_retired=True)
        for combo, everyone, items in (
            (self.person, translate("TrainingPage", "Everyone"),
             [(f"{p.employee_no} {p.name}", p.id) for p in people]),
            (self.course, translate("TrainingPage", "All courses"),
             [(c.title, c.id) for c in courses]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in items:
                combo.addItem(text, value)
            select_data(combo, current)
            combo.blockSignals(False)
        self.model.reload()

    def _apply_filters(self) -> None:
        year = self.year.currentData()
        filters = {
            "staff_id": self.person.currentData(),
            "course_id": self.course.currentData(),
            "passed": self.result.currentData(),
            "first": date(year, 1, 1) if year else None,
            "last": date(year, 12, 31) if year else None,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def show_person(self, staff_id: int | None) -> None:
        select_data(self.person, staff_id)
        self._apply_filters()

    def open_session(self, row: AttendanceRow) -> None:
        SessionDialog(self.ctx, self, session_id=row.session_id).exec()
