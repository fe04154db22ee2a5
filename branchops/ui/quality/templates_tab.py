"""The checklist templates: new, edit, copy, archive, order (drag or Alt+↑/↓), add built-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.branch.labels import weekday_name
from branchops.core.concurrency import row_opened
from branchops.core.quality.builtin import install_builtin_templates
from branchops.core.quality.labels import recurrence_label
from branchops.core.quality.models import QcTemplate, Recurrence
from branchops.core.quality.templates import (
    TemplateRow,
    copy_template,
    list_templates,
    reorder_templates,
    set_archived,
)
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.quality.order_model import ReorderableTableModel
from branchops.ui.quality.template_editor import TemplateEditor
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Checklist"), width=200),
    Column("schedule", QT_TRANSLATE_NOOP("Columns", "Schedule"), width=150),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), ColumnKind.INT, 60),
    Column("item_count", QT_TRANSLATE_NOOP("Columns", "Items"), ColumnKind.INT, 60),
    Column("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), ColumnKind.BOOL, 70),
)


def schedule_text(row: TemplateRow) -> str:
    label = recurrence_label(row.recurrence)
    if row.recurrence is Recurrence.WEEKLY:
        return f"{label} · {weekday_name(row.recurrence_day)}"
    if row.recurrence is Recurrence.MONTHLY:
        return translate("QualityPage", "{label} · day {day}").format(
            label=label, day=row.recurrence_day
        )
    return label


class _TemplateView:
    def __init__(self, row: TemplateRow) -> None:
        self.row = row
        self.schedule = schedule_text(row)

    def __getattr__(self, name: str):
        return getattr(self.row, name)


class TemplatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ReorderableTableModel(COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "quality.templates", ctx, translate("QualityPage", "Checklists")
        )
        self.list.table.setSortingEnabled(False)  # the order is the user's: drag or Alt+↑/↓
        self.show_archived = QCheckBox(translate("QualityPage", "Show archived"))
        self.new_button = QPushButton(translate("QualityPage", "New…"))
        self.edit_button = QPushButton(translate("QualityPage", "Edit…"))
        self.copy_button = QPushButton(translate("QualityPage", "Copy…"))
        self.archive_button = QPushButton(translate("QualityPage", "Archive / restore"))
        self.up_button = QPushButton(translate("QualityPage", "Move up"))
        self.down_button = QPushButton(translate("QualityPage", "Move down"))
        self.builtin_button = QPushButton(translate("QualityPage", "Add built-in checklists"))
        buttons = (self.new_button, self.edit_button, self.copy_button, self.archive_button,
                   self.up_button, self.down_button, self.builtin_button)  # fmt: skip
        self.list.filter_bar.addWidget(self.show_archived)
        allowed = ctx.user.allowed(Permission.APPROVE)
        for button in buttons:
            self.list.filter_bar.addWidget(button)
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(ctx.user.why_not(Permission.APPROVE))
        layout.addWidget(self.list)
        self._allow_drag(allowed)
        self._wire()

    def _allow_drag(self, allowed: bool) -> None:
        """Rows move by drag inside the list (between rows), saved by ``_save_order``."""
        self.model.movable = allowed
        table = self.list.table
        if not allowed:
            table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            return
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setDropIndicatorShown(True)

    def _wire(self) -> None:
        self.show_archived.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_template)
        self.edit_button.clicked.connect(self.edit_current)
        self.list.activated.connect(lambda row: self.edit(row.id))
        self.copy_button.clicked.connect(self.copy_current)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.builtin_button.clicked.connect(self.add_builtins)
        QShortcut(QKeySequence("Alt+Up"), self.list.table, lambda: self.move(-1))
        QShortcut(QKeySequence("Alt+Down"), self.list.table, lambda: self.move(1))
        # Queued: save after the view has finished its drop, not inside it.
        self.model.order_changed.connect(self._save_order, Qt.ConnectionType.QueuedConnection)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = list_templates(session, include_archived=self.show_archived.isChecked())
        self.model.set_rows([_TemplateView(r) for r in rows])

    def _run(self, fn, opened=None) -> bool:
        return run_write(self.ctx, self, "quality", fn, opened=opened).ok

    def new_template(self) -> None:
        TemplateEditor(self.ctx, self).exec()

    def edit(self, template_id: int) -> None:
        TemplateEditor(self.ctx, self, template_id).exec()

    def edit_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.edit(row.id)

    def copy_current(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("QualityPage", "Copy checklist"),
            translate("QualityPage", "Name of the copy"),
            text=translate("QualityPage", "{name} (copy)").format(name=row.name),
        )
        if ok:
            self._run(lambda uow: copy_template(uow, self.ctx.user, row.id, name))

    def toggle_archived(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self._run(
                lambda uow: set_archived(uow, self.ctx.user, row.id, not row.archived),
                row_opened(QcTemplate, row),
            )

    def move(self, step: int) -> None:
        row = self.list.current_row()
        rows = self.model.loaded_rows()
        if row is None or row not in rows:
            return
        index = rows.index(row)
        target = index + step
        if not 0 <= target < len(rows):
            return
        rows[index], rows[target] = rows[target], rows[index]
        if self._run(lambda uow: reorder_templates(uow, self.ctx.user, [r.id for r in rows])):
            self.refresh()  # the page refreshes too, but only when the tab sits in it
            self.list.table.selectRow(target)

    def _save_order(self, rows: list, moved: int) -> None:
        """A drop moved rows in the model: save that order, or show the saved one again."""
        moved_id = rows[moved].id
        ordered = [r.id for r in rows]
        if not self._run(lambda uow: reorder_templates(uow, self.ctx.user, ordered)):
            self.refresh()
            return
        ids = [r.id for r in self.model.loaded_rows()]
        if moved_id in ids:
            index = self.list.proxy.mapFromSource(self.model.index(ids.index(moved_id), 0))
            self.list.table.selectRow(index.row())

    def add_builtins(self) -> None:
        self._run(
            lambda uow: install_builtin_templates(uow, self.ctx.user, schedule_start=clock.today())
        )
