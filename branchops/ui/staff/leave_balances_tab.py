"""Annual leave balances of a year: entitled, carried over, taken, requested, remaining."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.staff import leave
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.entitlement_dialog import EntitlementDialog
from branchops.ui.staff.tables import simple_table
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

BALANCE_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("entitled", QT_TRANSLATE_NOOP("Columns", "Entitled"), ColumnKind.NUMBER, 60),
    Column("carried", QT_TRANSLATE_NOOP("Columns", "Carried over"), ColumnKind.NUMBER, 70),
    Column("taken", QT_TRANSLATE_NOOP("Columns", "Taken"), ColumnKind.NUMBER, 60),
    Column("pending", QT_TRANSLATE_NOOP("Columns", "Requested"), ColumnKind.NUMBER, 60),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Remaining"), ColumnKind.NUMBER, 60),
    Column("rule", QT_TRANSLATE_NOOP("Columns", "How the days are worked out"), width=420,
           sortable=False),
)  # fmt: skip


def _rule_tooltip(row, key: str, role: int):
    """The whole rule as a tooltip: it is long for people who joined or left in the year."""
    if role == Qt.ItemDataRole.ToolTipRole and key == "rule":
        return row.rule
    return None


class BalancesTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.balances = InMemoryTableModel(BALANCE_COLUMNS, decorate=_rule_tooltip, parent=self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(QLabel(translate("LeavePage", "Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.entitlements_button = QPushButton(translate("LeavePage", "Entitlements…"))
        self.entitlements_button.clicked.connect(self.edit_entitlements)
        gate(self.entitlements_button, ctx.user, Permission.APPROVE)
        top.addWidget(self.entitlements_button)
        layout.addLayout(top)
        layout.addWidget(simple_table(self.balances), 1)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.balances.set_rows(leave.balances(session, self.year.value()))

    def edit_entitlements(self) -> None:
        EntitlementDialog(self.ctx, self, self.year.value()).exec()
