"""Expenses (实际支出): the list (sorted, filtered and paged in SQL), new / edit / confirm /
delete, attachments, recurring expenses and the Excel import. Recurring expenses that have come
due are generated as planned when the list is shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.budget.attachments import attachment_path, attachments_dir
from branchops.core.budget.expenses import delete_expense
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.labels import STATUS_LABELS
from branchops.core.budget.models import Expense, ExpenseStatus
from branchops.core.budget.queries import ExpenseRow, count_expenses, list_expenses, load_expense
from branchops.core.budget.recurring import generate_due_expenses
from branchops.core.concurrency import row_opened
from branchops.core.errors import UserError
from branchops.core.listing import ListQuery
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.budget.common import ALL_YEARS, AREA, category_choices, fill_years
from branchops.ui.budget.expense_dialog import ExpenseDialog
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm, show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("spent_on", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 90),
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), width=170),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), ColumnKind.MONEY, 110),
    Column("vendor", QT_TRANSLATE_NOOP("Columns", "Vendor"), width=160),
    Column("invoice_no", QT_TRANSLATE_NOOP("Columns", "Invoice no."), width=95),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=80),
    Column("overridden", QT_TRANSLATE_NOOP("Columns", "Overridden"), ColumnKind.BOOL, 70),
    Column("attachment", QT_TRANSLATE_NOOP("Columns", "Attachment"), width=100),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=200),
)
PLANNED = QColor("#8a6d00")


def decorate(row: ExpenseRow, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and row.planned:
        return QBrush(PLANNED)
    if role == Qt.ItemDataRole.ToolTipRole and key == "overridden" and row.overridden:
        return row.override_reason
    return None


class ExpensesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = 1
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        self._build()
        self._wire()
        self._update_buttons(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.list = ListView(
            self.model, "budget.expenses", self.ctx, translate("BudgetPage", "Expenses")
        )
        bar = self.list.filter_bar
        self.year = QComboBox()
        self.category = QComboBox()
        self.status = QComboBox()
        self.status.addItem(translate("BudgetPage", "Any status"), None)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("Budget", label), status.value)
        self.overridden = QCheckBox(translate("BudgetPage", "Overrides only"))
        for widget in (self.year, self.category, self.status, self.overridden):
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("BudgetPage", "New expense…")),
            "edit": QPushButton(translate("BudgetPage", "Edit…")),
            "delete": QPushButton(translate("BudgetPage", "Delete")),
            "attachment": QPushButton(translate("BudgetPage", "Open attachment")),
            "recurring": QPushButton(translate("BudgetPage", "Recurring expenses…")),
            "import": QPushButton(translate("BudgetPage", "Import from Excel…")),
        }
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)

    def _wire(self) -> None:
        for combo in (self.year, self.category, self.status):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overridden.toggled.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.edit())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "new": self.new,
            "edit": self.edit,
            "delete": self.delete,
            "attachment": self.open_attachment,
            "recurring": self.recurring,
            "import": self.import_file,
        }
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)

    def _fetch(self, query: ListQuery) -> list[ExpenseRow]:
        with self.ctx.db.session() as session:
            return list_expenses(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_expenses(session, query)

    def refresh(self) -> None:
        self._generate_due()
        self.start = fill_years(self.ctx, self.year, any_year=True)
        category_choices(self.ctx, self.category, any_category=True)
        self._apply_filters()

    def _generate_due(self) -> None:
        if not self.ctx.user.allowed(Permission.WRITE):
            return
        with self.ctx.db.unit_of_work(self.ctx.user) as uow:
            added = generate_due_expenses(uow, self.ctx.user)
        if added:
            self.ctx.events.data_changed.emit(AREA)

    def _apply_filters(self) -> None:
        year = self.year.currentData()
        filters: dict[str, object] = {
            "category_id": self.category.currentData(),
            "status": self.status.currentData(),
            "overridden": True if self.overridden.isChecked() else None,
        }
        if year:
            fiscal = FiscalYear(year, self.start)
            filters |= {"first": fiscal.first_day, "last": fiscal.last_day}
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def set_filters(self, **filters) -> None:
        """``status``, ``category_id``, ``overridden`` or ``year`` (0: all years)."""
        if "year" in filters:
            self.year.setCurrentIndex(max(0, self.year.findData(filters["year"])))
        if "status" in filters:
            self.status.setCurrentIndex(max(0, self.status.findData(filters["status"])))
            if filters["status"] == ExpenseStatus.PLANNED.value:
                self.year.setCurrentIndex(self.year.findData(ALL_YEARS))  # of any year
        if "category_id" in filters:
            self.category.setCurrentIndex(max(0, self.category.findData(filters["category_id"])))
        self.overridden.setChecked(bool(filters.get("overridden")))
        self._apply_filters()

    def _update_buttons(self, row: ExpenseRow | None) -> None:
        user = self.ctx.user
        gate(self.buttons["new"], user, Permission.WRITE)
        gate(self.buttons["edit"], user, Permission.WRITE, when=row is not None)
        gate(self.buttons["delete"], user, Permission.WRITE, when=row is not None)
        gate(self.buttons["import"], user, Permission.WRITE)
        self.buttons["attachment"].setEnabled(row is not None and bool(row.attachment))
        self.buttons["edit"].setText(
            translate("BudgetPage", "Confirm…")
            if row is not None and row.planned
            else translate("BudgetPage", "Edit…")
        )

    def new(self) -> None:
        ExpenseDialog(self.ctx, self).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.ctx.user.allowed(Permission.WRITE):
            ExpenseDialog(self.ctx, self, expense_id=row.id).exec()

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        question = translate("BudgetPage", "Delete the expense of {date} ({category}, ¥{amount})?")
        if confirm(
            self,
            translate("BudgetPage", "Delete"),
            question.format(date=row.spent_on, category=row.category, amount=f"{row.amount:,.2f}"),
        ):
            run_write(
                self.ctx,
                self,
                AREA,
                lambda uow: delete_expense(uow, self.ctx.user, row.id),
                opened=row_opened(Expense, row),
            )

    def open_attachment(self) -> None:
        row = self.list.current_row()
        if row is None or not row.attachment:
            return
        with self.ctx.db.session() as session:
            detail = load_expense(session, row.id)
        path = attachment_path(
            attachments_dir(self.ctx.paths.root),
            detail.attachment_sha256 or "",
            detail.attachment_ext,
        )
        if not path.is_file():
            show_user_error(
                self,
                UserError(
                    translate(
                        "BudgetPage", "The attached file is missing from the data folder ({path})."
                    ).format(path=path)
                ),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def recurring(self) -> None:
        from branchops.ui.budget.recurring_dialog import RecurringListDialog

        RecurringListDialog(self.ctx, self).exec()

    def import_file(self) -> None:
        from branchops.ui.reports.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.choose.kind.setCurrentIndex(max(0, wizard.choose.kind.findData("expenses")))
        wizard.committed.connect(lambda _summary: self.ctx.events.data_changed.emit(AREA))
        wizard.exec()
