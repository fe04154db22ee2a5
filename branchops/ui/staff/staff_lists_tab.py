"""The positions and skills lists of the staff page, with adding and renaming."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core.concurrency import row_opened
from branchops.core.staff import catalog
from branchops.core.staff.models import Position, Skill
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

POSITION_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Position"), width=160),
    Column("staff_count", QT_TRANSLATE_NOOP("Columns", "Active staff"), ColumnKind.INT, 90),
)
SKILL_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=110),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Skill"), width=160),
    Column("holders", QT_TRANSLATE_NOOP("Columns", "Active holders"), ColumnKind.INT, 100),
)


class ListsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.positions = InMemoryTableModel(POSITION_COLUMNS, parent=self)
        self.skills = InMemoryTableModel(SKILL_COLUMNS, parent=self)
        layout = QHBoxLayout(self)
        for model, add, rename in (
            (self.positions, self.add_position, self.rename_position),
            (self.skills, self.add_skill, self.rename_skill),
        ):
            column = QVBoxLayout()
            view = QTableView()
            view.setModel(make_proxy(model))
            view.setSortingEnabled(True)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            column.addWidget(view, 1)
            buttons = QHBoxLayout()
            add_button = QPushButton(translate("StaffPage", "Add…"))
            rename_button = QPushButton(translate("StaffPage", "Rename…"))
            add_button.clicked.connect(add)
            rename_button.clicked.connect(lambda _=False, v=view, f=rename: f(v))
            for button in (add_button, rename_button):
                gate(button, ctx.user, Permission.APPROVE)
                buttons.addWidget(button)
            buttons.addStretch(1)
            column.addLayout(buttons)
            layout.addLayout(column)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.positions.set_rows(catalog.list_positions(session))
            self.skills.set_rows(catalog.list_skills(session))

    def _ask_name(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, translate("StaffPage", "Name"), text=current)
        return text if ok else None

    def _save(self, fn, opened: dict | None = None) -> None:
        run_write(self.ctx, self, "staff", fn, opened=opened)

    def add_position(self) -> None:
        name = self._ask_name(translate("StaffPage", "New position"))
        if name is not None:
            self._save(lambda uow: catalog.save_position(uow, self.ctx.user, name))

    def rename_position(self, view: QTableView) -> None:
        row = _selected(view, self.positions)
        name = row and self._ask_name(translate("StaffPage", "Rename position"), row.name)
        if row and name is not None:
            self._save(
                lambda uow: catalog.save_position(uow, self.ctx.user, name, row.id),
                row_opened(Position, row),
            )

    def add_skill(self) -> None:
        code, ok = QInputDialog.getText(
            self, translate("StaffPage", "New skill"),
            translate("StaffPage", "Code (letters, digits, _; e.g. fire_warden)"),
        )  # fmt: skip
        name = self._ask_name(translate("StaffPage", "New skill")) if ok else None
        if name is not None:
            self._save(lambda uow: catalog.save_skill(uow, self.ctx.user, code, name))

    def rename_skill(self, view: QTableView) -> None:
        row = _selected(view, self.skills)
        name = row and self._ask_name(translate("StaffPage", "Rename skill"), row.name)
        if row and name is not None:
            self._save(
                lambda uow: catalog.save_skill(uow, self.ctx.user, row.code, name, row.id),
                row_opened(Skill, row),
            )


def _selected(view: QTableView, model: InMemoryTableModel):
    index = view.currentIndex()
    if not index.isValid():
        return None
    return model.row_at(view.model().mapToSource(index).row())
