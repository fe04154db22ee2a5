"""Skills and where they come from: entered by hand in the staff directory, or granted by a
course or an outside certificate, with the days they are valid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.training.queries import SkillSourceRow, skill_sources
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=85),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("skill", QT_TRANSLATE_NOOP("Columns", "Skill"), width=90),
    Column("source", QT_TRANSLATE_NOOP("Columns", "Comes from"), width=400),
    Column("valid_from", QT_TRANSLATE_NOOP("Columns", "From"), ColumnKind.DATE, 90),
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), ColumnKind.DATE, 90),
    Column("valid_today", QT_TRANSLATE_NOOP("Columns", "Held today"), ColumnKind.BOOL, 70),
)
LAPSED = QColor("#c62828")


def decorate(row: SkillSourceRow, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and key == "valid_today" and not row.valid_today:
        return QBrush(LAPSED)
    return None


class SkillsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, staff_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.model = InMemoryTableModel(COLUMNS, decorate=decorate, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "training.skills", ctx, translate("TrainingPage", "Skills and sources")
        )
        self.held_only = QCheckBox(translate("TrainingPage", "Held today only"))
        self.list.filter_bar.addWidget(self.held_only)
        layout.addWidget(self.list)
        self.held_only.toggled.connect(self.refresh)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = skill_sources(session, clock.today(), self.staff_id)
        if self.held_only.isChecked():
            rows = [r for r in rows if r.valid_today]
        self.model.set_rows(rows)
