"""Yearly annual-leave entitlements (年假天数) of the active staff, edited in a table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.concurrency import ABSENT
from branchops.core.errors import ValidationError
from branchops.core.staff import leave
from branchops.core.staff.models import LeaveEntitlement
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.tables import simple_table
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, Index, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

ENTITLEMENT_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("entitled_text", QT_TRANSLATE_NOOP("Columns", "Entitled"), ColumnKind.TEXT, 80),
    Column("carried", QT_TRANSLATE_NOOP("Columns", "Carried over"), ColumnKind.NUMBER, 80),
    Column("taken", QT_TRANSLATE_NOOP("Columns", "Taken"), ColumnKind.NUMBER, 70),
    Column("pending", QT_TRANSLATE_NOOP("Columns", "Requested"), ColumnKind.NUMBER, 80),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Remaining"), ColumnKind.NUMBER, 80),
)
ERROR_COLOUR = QColor("#fde0dc")


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass
class EntitlementRow:
    """One person's balance; ``entitled_text`` is what the user typed ("" = statutory days)."""

    staff_id: int
    employee_no: str
    name: str
    saved: float
    taken: float
    pending: float
    entitled_text: str = ""
    error: str = ""
    carried: float = 0.0

    @classmethod
    def of(cls, row: leave.BalanceRow) -> EntitlementRow:
        return cls(row.staff_id, row.employee_no, row.name, row.entitled, row.taken, row.pending,
                   _number(row.entitled), carried=row.carried)  # fmt: skip

    @property
    def entitled(self) -> float | None:
        """The typed days; None when empty; raises ValueError when not a number."""
        text = self.entitled_text.strip().replace(",", ".")
        return float(text) if text else None

    @property
    def changed(self) -> bool:
        try:
            return self.entitled != self.saved
        except ValueError:
            return True

    @property
    def remaining(self) -> float | None:
        try:
            days = self.entitled
        except ValueError:
            return None
        return None if days is None else days + self.carried - self.taken - self.pending


class EntitlementModel(InMemoryTableModel):
    """The balances with the entitlement column editable."""

    def __init__(self, parent=None) -> None:
        super().__init__(ENTITLEMENT_COLUMNS, decorate=self._decorate_row, parent=parent)
        self.editable = True
        self._entitled = self.column_index("entitled_text")

    @staticmethod
    def _decorate_row(row: EntitlementRow, key: str, role: int) -> Any:
        if not row.error:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self._entitled and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.EditRole
            and index.isValid()
            and index.column() == self._entitled
        ):
            return self.row_at(index.row()).entitled_text
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self._entitled or not self.editable:
            return False
        row: EntitlementRow = self.row_at(index.row())
        row.entitled_text = str(value)
        row.error = ""
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        return True

    def changed_rows(self) -> list[EntitlementRow]:
        return [r for r in self.all_rows() if r.changed]

    def refresh_rows(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class EntitlementDialog(QDialog):
    """Annual-leave days of every active person for a year; Save stores the changed rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, year: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("EntitlementDialog", "Annual leave entitlements"))
        self.resize(620, 460)
        self.model = EntitlementModel(self)
        self.model.editable = ctx.user.allowed(Permission.APPROVE)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or clock.today().year)
        self.year.valueChanged.connect(self.load)
        top.addWidget(QLabel(translate("EntitlementDialog", "Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        hint = QLabel(
            translate(
                "EntitlementDialog",
                "Double-click a number of entitled days to change it; leave it empty to "
                "return to the statutory days.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.view = simple_table(self.model)
        self.view.setEditTriggers(
            self.view.EditTrigger.DoubleClicked
            | self.view.EditTrigger.EditKeyPressed
            | self.view.EditTrigger.AnyKeyPressed
        )
        layout.addWidget(self.view, 1)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #c62828;")
        self.errors.setVisible(False)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("EntitlementDialog", "Save"))
        self.save_button.setDefault(True)
        gate(self.save_button, ctx.user, Permission.APPROVE)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        year = self.year.value()
        with self.ctx.db.session() as session:
            # read before the days: a save after someone else's change of a row is refused
            self._versions = leave.entitlement_versions(session, year)
            rows = leave.balances(session, year)
        self.model.set_rows([EntitlementRow.of(r) for r in rows])
        self._show_errors([])

    def save(self) -> bool:
        """Save every changed row, or none: rows the service refuses stay marked with why."""
        self.view.setFocus()  # ends an open editor so its text is in the model
        changed = self.model.changed_rows()
        invalid = []
        for row in changed:
            try:
                _ = row.entitled
            except ValueError:
                row.error = translate(
                    "EntitlementDialog", "Enter a number of days, for example 5 or 7.5."
                )
                invalid.append(row)
        if invalid:
            self.model.refresh_rows()
            self._show_errors(invalid)
            return False
        if not changed:
            return True
        year = self.year.value()
        days = {row.staff_id: row.entitled for row in changed}

        def refused(error: ValidationError) -> None:
            by_staff = {row.staff_id: row for row in changed}
            rows = []
            for staff_id, row in by_staff.items():
                messages = error.for_field(f"days[{staff_id}]")
                if messages:
                    row.error = "; ".join(messages)
                    rows.append(row)
            self.model.refresh_rows()
            self._show_errors(rows)

        written = run_write(
            self.ctx,
            self,
            "leave",
            lambda uow: leave.set_entitlements(uow, self.ctx.user, year, days),
            on_invalid=refused,
            opened={
                (LeaveEntitlement, (staff_id, year)): self._versions.get(staff_id, ABSENT)
                for staff_id in days
            },
        )
        if not written:
            return False
        self.load()
        return True

    def _show_errors(self, rows: list[EntitlementRow]) -> None:
        lines = [
            translate("EntitlementDialog", "{name} ({number}): {problem}").format(
                name=r.name, number=r.employee_no, problem=r.error
            )
            for r in rows
        ]
        if lines:
            lines.insert(0, translate("EntitlementDialog", "Not saved; correct these rows:"))
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))


def entitlement_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return EntitlementDialog(ctx, parent)
