"""Enter, edit or confirm an expense. Before saving, the over-budget policy is checked: over a
"stop" budget a manager is asked for the reason to override (anyone else is told why not), over
a "warn" budget everyone is asked to confirm."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.budget.attachments import attachments_dir
from branchops.core.budget.expenses import (
    ExpenseInput,
    check_expense,
    record_expense,
    update_expense,
)
from branchops.core.budget.models import Expense
from branchops.core.budget.policy import Finding, Level
from branchops.core.budget.queries import load_expense
from branchops.core.budget.vendors import vendor_names
from branchops.core.errors import UserError, ValidationError
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.budget.common import AREA, category_choices, from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors, confirm, show_user_error


@dataclass
class _Attachment:
    name: str = ""  # the stored file's original name
    new: Path | None = None
    removed: bool = False


class ExpenseDialog(FormDialog):
    AREA = AREA

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, expense_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.expense_id = expense_id
        self.saved_id: int | None = None
        self.override_reason = ""
        self.detail = None
        if expense_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, Expense, expense_id)
                self.detail = load_expense(session, expense_id)
        planned = self.detail is not None and self.detail.row.planned
        if expense_id is None:
            title = translate("BudgetPage", "New expense")
        elif planned:
            title = translate("BudgetPage", "Confirm the planned expense")
        else:
            title = translate("BudgetPage", "Expense {id}").format(id=expense_id)
        self.setWindowTitle(title)
        self.attachment = _Attachment(self.detail.row.attachment if self.detail else "")
        self._build(planned)
        self.resize(520, 460)

    def _build(self, planned: bool) -> None:
        row = self.detail.row if self.detail else None
        layout = QVBoxLayout(self)
        if planned:
            note = QLabel(
                translate(
                    "BudgetPage",
                    "Generated from a recurring expense. Check the amount against the invoice and "
                    "save to confirm it; only then does it count as spent.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.day = QDateEdit(to_qdate(row.spent_on if row else clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        form.addRow(translate("BudgetPage", "Date"), self.errors.register("spent_on", self.day))
        self.category = QComboBox()
        category_choices(self.ctx, self.category, keep=row.category_id if row else None)
        form.addRow(
            translate("BudgetPage", "Cost category"),
            self.errors.register("category", self.category),
        )
        self.amount = QLineEdit(f"{row.amount:.2f}" if row else "")
        self.amount.setPlaceholderText(translate("BudgetPage", "Yuan, e.g. 1280.50"))
        form.addRow(
            translate("BudgetPage", "Amount (CNY)"), self.errors.register("amount", self.amount)
        )
        self.vendor = QComboBox()
        self.vendor.setEditable(True)
        with self.ctx.db.session() as session:
            self.vendor.addItems(["", *vendor_names(session)])
        self.vendor.setCurrentText(row.vendor if row else "")
        form.addRow(translate("BudgetPage", "Vendor"), self.errors.register("vendor", self.vendor))
        self.invoice = QLineEdit(row.invoice_no if row else "")
        self.invoice.setMaxLength(64)
        form.addRow(
            translate("BudgetPage", "Invoice no."), self.errors.register("invoice_no", self.invoice)
        )
        self.note = QPlainTextEdit(row.note if row else "")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        form.addRow(translate("BudgetPage", "Note"), self.errors.register("note", self.note))
        line = QHBoxLayout()
        self.attachment_label = QLabel()
        self.choose_file = QPushButton(translate("BudgetPage", "Attach a file…"))
        self.remove_file = QPushButton(translate("BudgetPage", "Remove"))
        line.addWidget(self.attachment_label, 1)
        line.addWidget(self.choose_file)
        line.addWidget(self.remove_file)
        holder = QWidget()
        holder.setLayout(line)
        line.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            translate("BudgetPage", "Attachment"), self.errors.register("attachment", holder)
        )
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.choose_file.clicked.connect(self._choose_file)
        self.remove_file.clicked.connect(self._remove_file)
        self._show_attachment()

    def _show_attachment(self) -> None:
        a = self.attachment
        name = a.new.name if a.new else ("" if a.removed else a.name)
        self.attachment_label.setText(name or translate("BudgetPage", "none"))
        self.remove_file.setEnabled(bool(name))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("BudgetPage", "Attach a file"))
        if path:
            self.attachment.new = Path(path)
            self._show_attachment()

    def _remove_file(self) -> None:
        self.attachment.new = None
        self.attachment.removed = True
        self._show_attachment()

    def collected(self) -> ExpenseInput:
        return ExpenseInput(
            spent_on=from_qdate(self.day.date()),
            category_id=self.category.currentData(),
            amount=self.amount.text(),
            vendor=self.vendor.currentText(),
            invoice_no=self.invoice.text(),
            note=self.note.toPlainText(),
            attachment=self.attachment.new,
            remove_attachment=self.attachment.removed and self.attachment.new is None,
        )

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Check first; ask what the policy calls for; then save through the service."""
        self.errors.clear()
        self.leftover.clear()
        try:
            with self.ctx.db.session() as session:
                findings = check_expense(session, self.collected(), self.expense_id)
        except ValidationError as error:
            self._show_invalid(error)
            return
        except UserError as error:
            show_user_error(self, error)
            return
        if not self._agreed(findings):
            return
        super().save()

    def _agreed(self, findings: list[Finding]) -> bool:
        stops = [f for f in findings if f.level is Level.STOP]
        warnings = [f for f in findings if f.level is not Level.STOP]
        if stops:
            kept = self.detail.row.override_reason if self.detail else ""
            if not self.ctx.user.allowed(Permission.MANAGE) and not kept:
                self._show_invalid(ValidationError.single("amount", stops[0].message))
                return False
            if self.ctx.user.allowed(Permission.MANAGE):
                reason = self.ask_override_reason(stops)
                if reason is None:
                    return False
                self.override_reason = reason
        if warnings:
            text = "\n".join(f.message for f in warnings)
            question = translate("BudgetPage", "{warnings}\n\nSave the expense anyway?")
            return confirm(
                self, translate("BudgetPage", "Over budget"), question.format(warnings=text)
            )
        return True

    def ask_override_reason(self, stops: list[Finding]) -> str | None:
        """The manager's reason to let the expense through a stop budget (None: cancelled)."""
        text = "\n".join(f.message for f in stops)
        prompt = translate(
            "BudgetPage", "{problems}\n\nAs manager you may override. Why is it needed?"
        ).format(problems=text)
        kept = self.detail.row.override_reason if self.detail else ""
        reason, ok = QInputDialog.getMultiLineText(
            self,
            translate("BudgetPage", "Override the budget"),
            prompt,
            self.override_reason or kept,
        )
        if not ok:
            return None
        if not reason.strip():
            show_user_error(
                self, UserError(translate("BudgetPage", "Give the reason to override."))
            )
            return None
        return reason

    def _store(self, uow: UnitOfWork) -> None:
        data = self.collected()
        folder = attachments_dir(self.ctx.paths.root)
        if self.expense_id is None:
            self.saved_id = record_expense(
                uow, self.ctx.user, data, override_reason=self.override_reason, attachments=folder
            )
        else:
            update_expense(
                uow,
                self.ctx.user,
                self.expense_id,
                data,
                override_reason=self.override_reason,
                attachments=folder,
            )
            self.saved_id = self.expense_id

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
