"""Courses (课程): the branch's courses with who must take them; add, edit, retire, and add the
built-in courses."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from branchops.core.listing import ListQuery
from branchops.core.training.builtin import install_builtin_courses
from branchops.core.training.lists import CourseRow, count_courses, list_courses
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.course_dialog import CourseDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=55),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Course"), width=200),
    Column("category_label", QT_TRANSLATE_NOOP("Columns", "Category"), width=95),
    Column("validity", QT_TRANSLATE_NOOP("Columns", "Valid for"), width=65),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), ColumnKind.NUMBER, 50),
    Column("pass_mark", QT_TRANSLATE_NOOP("Columns", "Pass mark"), ColumnKind.SCORE, 65),
    Column("issues_certificate", QT_TRANSLATE_NOOP("Columns", "Certificate"), ColumnKind.BOOL, 60),
    Column("skill", QT_TRANSLATE_NOOP("Columns", "Grants skill"), width=80),
    Column("required_for", QT_TRANSLATE_NOOP("Columns", "Required for"), width=220, sortable=False),
    Column(
        "sessions", QT_TRANSLATE_NOOP("Columns", "Sessions"), ColumnKind.INT, 55, sortable=False
    ),
)


class CoursesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"active": True})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "training.courses", ctx, translate("TrainingPage", "Courses")
        )
        bar = self.list.filter_bar
        self.active = QComboBox()
        self.active.addItem(translate("TrainingPage", "In use"), True)
        self.active.addItem(translate("TrainingPage", "Retired"), False)
        self.active.addItem(translate("TrainingPage", "All courses"), None)
        self.new_button = QPushButton(translate("TrainingPage", "New course…"))
        self.edit_button = QPushButton(translate("TrainingPage", "Edit…"))
        self.builtin_button = QPushButton(translate("TrainingPage", "Add built-in courses"))
        for widget in (self.active, self.new_button, self.edit_button, self.builtin_button):
            bar.addWidget(widget)
        for button in (self.new_button, self.edit_button, self.builtin_button):
            gate(button, ctx.user, Permission.APPROVE)
        layout.addWidget(self.list)
        self.active.currentIndexChanged.connect(self._apply_filters)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.builtin_button.clicked.connect(self.add_builtin)
        self.list.activated.connect(lambda _row: self.edit())

    def _fetch(self, query: ListQuery) -> list[CourseRow]:
        with self.ctx.db.session() as session:
            return list_courses(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_courses(session, query)

    def refresh(self) -> None:
        self.model.reload()

    def _apply_filters(self) -> None:
        active = self.active.currentData()
        filters = {} if active is None else {"active": active}
        self.model.query = replace(self.model.query, filters=filters)
        self.model.reload()

    def new(self) -> None:
        CourseDialog(self.ctx, self).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.ctx.user.allowed(Permission.APPROVE):
            CourseDialog(self.ctx, self, course_id=row.id).exec()

    def add_builtin(self) -> None:
        written = run_write(
            self.ctx, self, "training", lambda uow: install_builtin_courses(uow, self.ctx.user)
        )
        if written:
            QMessageBox.information(
                self,
                translate("TrainingPage", "Built-in courses"),
                translate("TrainingPage", "{count} built-in courses were added.").format(
                    count=written.value
                ),
            )
