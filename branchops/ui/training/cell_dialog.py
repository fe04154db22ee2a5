"""One cell of the compliance matrix: the person's records for the course, and a button to
record a session for them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from branchops.core.training.attendance_list import cell_history
from branchops.core.training.compliance import Cell, MatrixCourse, MatrixPerson
from branchops.core.training.labels import state_label
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.session_dialog import SessionDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 90),
    Column("what", QT_TRANSLATE_NOOP("Columns", "Record"), width=110),
    Column("result", QT_TRANSLATE_NOOP("Columns", "Result"), width=110),
    Column("score", QT_TRANSLATE_NOOP("Columns", "Score"), ColumnKind.SCORE, 60),
    Column("certificate_no", QT_TRANSLATE_NOOP("Columns", "Certificate no."), width=150),
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), ColumnKind.DATE, 90),
)


class CellDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        person: MatrixPerson,
        course: MatrixCourse,
        cell: Cell,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person, self.course = ctx, person, course
        self.recorded: int | None = None
        self.setWindowTitle(f"{person.name} · {course.title}")
        layout = QVBoxLayout(self)
        status = state_label(cell.state)
        if cell.valid_until is not None:
            status += " · " + translate("TrainingPage", "Valid until {day}").format(
                day=cell.valid_until.isoformat()
            )
        heading = QLabel(
            f"<b>{person.name}</b> ({person.employee_no}, {person.position}) — {status}"
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        with ctx.db.session() as session:
            rows = cell_history(session, person.id, course.id)
        self.model = InMemoryTableModel(COLUMNS, rows, parent=self)
        self.history = ListView(self.model, "training.cell", ctx, f"{person.name} {course.title}")
        layout.addWidget(self.history, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton(translate("TrainingPage", "Record a session…"))
        gate(self.record_button, ctx.user, Permission.WRITE)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self.record)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def record(self) -> None:
        dialog = SessionDialog(self.ctx, self, course_id=self.course.id, staff_ids=[self.person.id])
        if dialog.exec():
            self.recorded = dialog.saved_id
            self.accept()
