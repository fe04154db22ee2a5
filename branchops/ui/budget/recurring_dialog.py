"""Recurring expenses (rent, utilities …): the list, and the form to add or change one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.budget.models import RecurringExpense
from branchops.core.budget.recurring import (
    RecurringInput,
    RecurringRow,
    create_recurring,
    list_recurring,
    recurring_input,
    stop_recurring,
    update_recurring,
)
from branchops.core.budget.vendors import vendor_names
from branchops.core.concurrency import row_opened
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.budget.common import (
    AREA,
    category_choices,
    from_qdate,
    plain_table,
    to_qdate,
)
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import ROW_ROLE, Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), width=100),
    Column("vendor", QT_TRANSLATE_NOOP("Columns", "Vendor"), width=170),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), ColumnKind.MONEY, 100),
    Column("day", QT_TRANSLATE_NOOP("Columns", "Day of month"), ColumnKind.INT, 80),
    Column("starts_on", QT_TRANSLATE_NOOP("Columns", "From"), ColumnKind.DATE, 90),
    Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Until"), ColumnKind.DATE, 90),
    Column("active", QT_TRANSLATE_NOOP("Columns", "Active"), ColumnKind.BOOL, 60),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=150),
)


class RecurringDialog(FormDialog):
    AREA = AREA

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, recurring_id=None):
        super().__init__(ctx, parent)
        self.recurring_id = recurring_id
        self.saved_id: int | None = None
        data = None
        if recurring_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, RecurringExpense, recurring_id)
                data = recurring_input(session, recurring_id)
        self.setWindowTitle(translate("BudgetPage", "Recurring expense"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.category = QComboBox()
        category_choices(ctx, self.category, keep=data.category_id if data else None)
        form.addRow(
            translate("BudgetPage", "Cost category"),
            self.errors.register("category", self.category),
        )
        self.vendor = QComboBox()
        self.vendor.setEditable(True)
        with ctx.db.session() as session:
            self.vendor.addItems(["", *vendor_names(session)])
        self.vendor.setCurrentText(data.vendor if data else "")
        form.addRow(translate("BudgetPage", "Vendor"), self.vendor)
        self.amount = QLineEdit(f"{data.amount:.2f}" if data else "")
        self.amount.setPlaceholderText(translate("BudgetPage", "The usual amount, e.g. 86000"))
        form.addRow(
            translate("BudgetPage", "Amount (CNY)"), self.errors.register("amount", self.amount)
        )
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(data.day if data else 5)
        self.day.setToolTip(translate("BudgetPage", "In shorter months: the month's last day."))
        form.addRow(
            translate("BudgetPage", "Day of the month"), self.errors.register("day", self.day)
        )
        self.starts = QDateEdit(to_qdate(data.starts_on if data else clock.today().replace(day=1)))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd")
        form.addRow(translate("BudgetPage", "From"), self.errors.register("starts_on", self.starts))
        until = QHBoxLayout()
        self.has_end = QCheckBox(translate("BudgetPage", "until"))
        self.ends = QDateEdit(to_qdate(data.ends_on if data and data.ends_on else clock.today()))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd")
        self.has_end.setChecked(bool(data and data.ends_on))
        self.ends.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.ends.setEnabled)
        until.addWidget(self.has_end)
        until.addWidget(self.ends, 1)
        holder = QWidget()
        holder.setLayout(until)
        until.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("BudgetPage", "End"), self.errors.register("ends_on", holder))
        self.note = QLineEdit(data.note if data else "")
        form.addRow(translate("BudgetPage", "Note"), self.errors.register("note", self.note))
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                translate(
                    "BudgetPage",
                    "Each month's expense is added as planned on its day, to be confirmed.",
                )
            )
        )
        layout.addWidget(self.save_buttons())
        self.resize(460, 340)

    def collected(self) -> RecurringInput:
        return RecurringInput(
            category_id=self.category.currentData(),
            amount=self.amount.text(),
            day=self.day.value(),
            starts_on=from_qdate(self.starts.date()),
            ends_on=from_qdate(self.ends.date()) if self.has_end.isChecked() else None,
            vendor=self.vendor.currentText(),
            note=self.note.text(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        if self.recurring_id is None:
            self.saved_id = create_recurring(uow, self.ctx.user, self.collected())
        else:
            update_recurring(uow, self.ctx.user, self.recurring_id, self.collected())
            self.saved_id = self.recurring_id


class RecurringListDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("BudgetPage", "Recurring expenses"))
        self.model = InMemoryTableModel(COLUMNS)
        layout = QVBoxLayout(self)
        self.table = plain_table(self.model)
        layout.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.new_button = QPushButton(translate("BudgetPage", "New…"))
        self.edit_button = QPushButton(translate("BudgetPage", "Edit…"))
        self.stop_button = QPushButton(translate("BudgetPage", "Stop"))
        for button in (self.new_button, self.edit_button, self.stop_button):
            line.addWidget(button)
            gate(button, ctx.user, Permission.WRITE)
        line.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        line.addWidget(close)
        layout.addLayout(line)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.stop_button.clicked.connect(self.stop)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.reload()
        self.resize(900, 380)

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            self.model.set_rows(list_recurring(session))

    def current(self) -> RecurringRow | None:
        index = self.table.currentIndex()
        return self.table.model().data(index, ROW_ROLE) if index.isValid() else None

    def new(self) -> None:
        if RecurringDialog(self.ctx, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.ctx.user.allowed(Permission.WRITE):
            return
        if RecurringDialog(self.ctx, self, row.id).exec():
            self.reload()

    def stop(self) -> None:
        row = self.current()
        if row is None or not row.active:
            return
        question = translate(
            "BudgetPage", "Stop the recurring expense {what}? Those already generated stay."
        ).format(what=f"{row.category} {row.vendor}".strip())
        if not confirm(self, translate("BudgetPage", "Stop"), question):
            return
        stopped = run_write(
            self.ctx,
            self,
            AREA,
            lambda uow: stop_recurring(uow, self.ctx.user, row.id),
            opened=row_opened(RecurringExpense, row),
        )
        if stopped:
            self.reload()
