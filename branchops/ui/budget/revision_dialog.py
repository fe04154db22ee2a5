"""Save a revised budget: the reason is required; the new version is added and every earlier
one (the original first) is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.budget.facts import VersionInfo
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.service import BudgetInput, save_budget
from branchops.core.errors import ValidationError
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.budget.common import AREA
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


class RevisionDialog(FormDialog):
    AREA = AREA

    def __init__(
        self,
        ctx: AppContext,
        year: FiscalYear,
        data: BudgetInput,
        number: int,  # the version this saves
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.data = data
        self.saved: VersionInfo | None = None
        self.setWindowTitle(
            translate("BudgetPage", "Revise the budget of {year}").format(year=year.label)
        )
        layout = QVBoxLayout(self)
        about = QLabel(
            translate(
                "BudgetPage",
                "This saves version {number} of {year}, dated {day}, by {user}. The original and "
                "every earlier version are kept; variance is shown against the newest version, or "
                "against the original on request.",
            ).format(
                number=number,
                year=year.label,
                day=clock.today().isoformat(),
                user=ctx.user.display_name or ctx.user.username,
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            translate("BudgetPage", "e.g. HQ notice of 12 June: marketing budget raised by 15 %")
        )
        form.addRow(translate("BudgetPage", "Reason"), self.errors.register("reason", self.reason))
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.resize(520, 300)

    def _store(self, uow: UnitOfWork) -> None:
        self.data.reason = self.reason.toPlainText()
        self.saved = save_budget(uow, self.ctx.user, self.data)

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
