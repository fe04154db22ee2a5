"""Reminders (到期提醒): required courses and certificates expiring within 30, 60 or 90 days, and
those already expired and not renewed; a row opens the person's records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.training.labels import CellState, state_label
from branchops.core.training.reminders import ExpiringRow, expiring
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.common import STATE_BACKGROUNDS, STATE_FOREGROUNDS, select_data
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), ColumnKind.DATE, 90),
    Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days left"), ColumnKind.INT, 65),
    Column("state_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=125),
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=85),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("what", QT_TRANSLATE_NOOP("Columns", "Course or certificate"), width=280),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Kind"), width=110),
)
WINDOWS = (30, 60, 90)


class _Row:
    """A reminder with its words."""

    def __init__(self, row: ExpiringRow) -> None:
        self.row = row
        self.state_label = state_label(row.state)
        if row.kind == "certificate":
            self.kind_label = translate("TrainingPage", "Outside certificate")
        elif row.required:
            self.kind_label = translate("TrainingPage", "Required course")
        else:
            self.kind_label = translate("TrainingPage", "Course certificate")

    def __getattr__(self, name: str):
        return getattr(self.row, name)


def decorate(row: _Row, key: str, role: int):
    if key != "state_label":
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(STATE_BACKGROUNDS[row.state])
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(STATE_FOREGROUNDS[row.state])
    return None


class RemindersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InMemoryTableModel(COLUMNS, decorate=decorate, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "training.reminders", ctx, translate("TrainingPage", "Reminders")
        )
        self.window = QComboBox()
        for days in WINDOWS:
            self.window.addItem(
                translate("TrainingPage", "Expiring within {days} days").format(days=days), days
            )
        select_data(self.window, 90)
        self.expired = QCheckBox(translate("TrainingPage", "Show expired"))
        self.expired.setChecked(True)
        self.person: int | None = None
        self.list.filter_bar.addWidget(self.window)
        self.list.filter_bar.addWidget(self.expired)
        layout.addWidget(self.list)
        self.window.currentIndexChanged.connect(self.refresh)
        self.expired.toggled.connect(self.refresh)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = expiring(
                session,
                clock.today(),
                int(self.window.currentData()),
                include_expired=self.expired.isChecked(),
            )
        if self.person is not None:
            rows = [r for r in rows if r.staff_id == self.person]
        self.model.set_rows([_Row(r) for r in rows])

    def show_person(self, staff_id: int | None) -> None:
        self.person = staff_id
        self.refresh()

    def expired_count(self) -> int:
        return sum(1 for r in self.model.loaded_rows() if r.state is CellState.EXPIRED)
