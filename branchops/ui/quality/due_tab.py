"""The due list: inspections due today, in progress, late or missed; start or resume one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.quality.schedule import OPEN_STATES, DueRow, DueState, due_rows
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 95),
    Column("template", QT_TRANSLATE_NOOP("Columns", "Checklist"), width=180),
    Column("state_label", QT_TRANSLATE_NOOP("Columns", "State"), width=90),
    Column("period_end", QT_TRANSLATE_NOOP("Columns", "Can be done until"), ColumnKind.DATE, 120),
)
STATE_COLOURS = {
    DueState.MISSED: "#c62828",
    DueState.LATE: "#e07b00",
    DueState.DUE: "#1f6fb2",
    DueState.DRAFT: "#7a5ea8",
}


def decorate(row: DueRow, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and key == "state_label":
        colour = STATE_COLOURS.get(row.state)
        return QBrush(QColor(colour)) if colour else None
    return None


class DueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InMemoryTableModel(COLUMNS, decorate=decorate, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "quality.due", self.ctx, translate("QualityPage", "Due"))
        self.scope = QComboBox()
        self.scope.addItem(translate("QualityPage", "To do (last 31 days)"), "open")
        self.scope.addItem(translate("QualityPage", "Everything, last 31 days"), "all")
        self.scope.addItem(translate("QualityPage", "Coming 14 days"), "coming")
        self.start_button = QPushButton(translate("QualityPage", "Start or resume…"))
        gate(self.start_button, ctx.user, Permission.WRITE)
        self.list.filter_bar.addWidget(self.scope)
        self.list.filter_bar.addWidget(self.start_button)
        layout.addWidget(self.list)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.start_button.clicked.connect(self.start_current)
        self.list.activated.connect(self.start)

    def refresh(self) -> None:
        today = clock.today()
        scope = self.scope.currentData()
        with self.ctx.db.session() as session:
            if scope == "coming":
                rows = due_rows(session, today, today + timedelta(days=14), today)
            else:
                states = OPEN_STATES if scope == "open" else None
                rows = due_rows(session, today - timedelta(days=31), today, today, states)
        self.model.set_rows(rows)

    def rows(self) -> list[DueRow]:
        return self.model.loaded_rows()

    def start_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.start(row)

    def start(self, row: DueRow) -> None:
        from branchops.ui.quality.run_dialog import InspectionDialog  # loaded when first run

        if row.inspection_id is not None:
            dialog = InspectionDialog(self.ctx, self, inspection_id=row.inspection_id)
        else:
            dialog = InspectionDialog(self.ctx, self, template_id=row.template_id, due_date=row.due)
        dialog.exec()
