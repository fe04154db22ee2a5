"""Sessions (培训场次): every session, filtered by course, status and year; record, edit, delete,
and import a sign-in sheet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.training.labels import SESSION_STATUS_LABELS
from branchops.core.training.lists import SessionRow, count_sessions, list_sessions
from branchops.core.training.models import SessionStatus, TrainingSession
from branchops.core.training.queries import course_choices
from branchops.core.training.sessions import delete_session
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.common import select_data
from branchops.ui.training.session_dialog import SessionDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 90),
    Column("course", QT_TRANSLATE_NOOP("Columns", "Course"), width=200),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=70),
    Column("trainer", QT_TRANSLATE_NOOP("Columns", "Trainer"), width=150),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=130),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), ColumnKind.NUMBER, 55),
    Column("attendees", QT_TRANSLATE_NOOP("Columns", "People"), ColumnKind.INT, 55),
    Column("present", QT_TRANSLATE_NOOP("Columns", "Present"), ColumnKind.INT, 55),
    Column("passed", QT_TRANSLATE_NOOP("Columns", "Passed"), ColumnKind.INT, 55),
)
PLANNED_LATE = QColor("#c62828")
CANCELLED = QColor("#7f7f7f")
YEARS_BACK = 6


def decorate(row: SessionRow, key: str, role: int):
    if role != Qt.ItemDataRole.ForegroundRole:
        return None
    if row.status is SessionStatus.CANCELLED:
        return QBrush(CANCELLED)
    if row.status is SessionStatus.PLANNED and row.day < clock.today() and key == "status_label":
        return QBrush(PLANNED_LATE)  # planned for a past day: not recorded yet
    return None


class SessionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "training.sessions", ctx, translate("TrainingPage", "Training sessions")
        )
        bar = self.list.filter_bar
        self.course = QComboBox()
        self.status = QComboBox()
        self.status.addItem(translate("TrainingPage", "Any status"), None)
        for status, label in SESSION_STATUS_LABELS.items():
            self.status.addItem(translate("Training", label), status.value)
        self.year = QComboBox()
        self.year.addItem(translate("TrainingPage", "All years"), None)
        this_year = clock.today().year
        for year in range(this_year + 1, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.buttons = {
            "new": QPushButton(translate("TrainingPage", "Record a session…")),
            "edit": QPushButton(translate("TrainingPage", "Open…")),
            "delete": QPushButton(translate("TrainingPage", "Delete")),
            "import": QPushButton(translate("TrainingPage", "Import attendance…")),
        }
        for widget in (self.course, self.status, self.year, *self.buttons.values()):
            bar.addWidget(widget)
        layout.addWidget(self.list)
        for combo in (self.course, self.status, self.year):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.buttons["new"].clicked.connect(self.new)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["delete"].clicked.connect(self.delete)
        self.buttons["import"].clicked.connect(self.import_attendance)
        self.list.activated.connect(lambda _row: self.edit())
        self.list.selection_changed.connect(self._update_buttons)
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        self._update_buttons(None)

    def _fetch(self, query: ListQuery) -> list[SessionRow]:
        with self.ctx.db.session() as session:
            return list_sessions(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_sessions(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            courses = course_choices(session, include_retired=True)
        current = self.course.currentData()
        self.course.blockSignals(True)
        self.course.clear()
        self.course.addItem(translate("TrainingPage", "All courses"), None)
        for course in courses:
            self.course.addItem(course.title, course.id)
        select_data(self.course, current)
        self.course.blockSignals(False)
        self.model.reload()

    def _apply_filters(self) -> None:
        year = self.year.currentData()
        filters = {
            "course_id": self.course.currentData(),
            "status": self.status.currentData(),
            "first": date(year, 1, 1) if year else None,
            "last": date(year, 12, 31) if year else None,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def show_filtered(self, course_id: int | None = None, status: str | None = None) -> None:
        select_data(self.course, course_id)
        select_data(self.status, status)
        self._apply_filters()

    def _update_buttons(self, row: SessionRow | None) -> None:
        user = self.ctx.user
        gate(self.buttons["new"], user, Permission.WRITE)
        gate(self.buttons["import"], user, Permission.WRITE)
        self.buttons["edit"].setEnabled(row is not None)
        gate(self.buttons["delete"], user, Permission.APPROVE, when=row is not None)

    def new(self) -> None:
        SessionDialog(self.ctx, self, course_id=self.course.currentData()).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.open_session(row.id)

    def open_session(self, session_id: int) -> None:
        SessionDialog(self.ctx, self, session_id=session_id).exec()

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        question = translate(
            "TrainingPage",
            "Delete the session {course} of {day} with its {count} attendance records? The "
            "certificates it gave are deleted too.",
        ).format(course=row.course, day=row.day.isoformat(), count=row.attendees)
        if confirm(self, translate("TrainingPage", "Delete"), question):
            run_write(
                self.ctx,
                self,
                "training",
                lambda uow: delete_session(uow, self.ctx.user, row.id),
                opened=row_opened(TrainingSession, row),
            )

    def import_attendance(self) -> None:
        from branchops.ui.reports.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        select_data(wizard.choose.kind, "attendance")
        wizard.exec()
