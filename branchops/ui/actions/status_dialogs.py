"""Small dialogs for moving an action on: done (with evidence) and verified (by whom, when)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.actions.queries import ActionRow
from branchops.core.actions.service import complete_action, verify_action
from branchops.core.errors import ValidationError
from branchops.core.staff.queries import active_people
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


class _StepDialog(FormDialog):
    """A form for one status step; ``_store`` (in each subclass) runs the service."""

    AREA = "actions"

    def __init__(self, ctx: AppContext, row: ActionRow, title: str, parent: QWidget | None):
        super().__init__(ctx, parent)
        self.row = row
        self.opened_at(CorrectiveAction, row.id, row.record_version)  # the step on what was listed
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(row.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.day = QDateEdit(to_qdate(clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)

    def finish_layout(self) -> None:
        """Ends the form with the messages and buttons; OK saves."""
        self.layout_.addWidget(self.leftover)
        self.layout_.addWidget(self.save_buttons(QDialogButtonBox.StandardButton.Ok))

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))


class DoneDialog(_StepDialog):
    def __init__(self, ctx: AppContext, row: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, row, translate("Actions", "Mark as done"), parent)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(
            translate("Actions", "What was done, and what shows it (photo, record, signature)…")
        )
        self.evidence.setTabChangesFocus(True)
        self.form.addRow(
            translate("Actions", "Evidence"), self.errors.register("evidence", self.evidence)
        )
        self.form.addRow(translate("Actions", "Done on"), self.errors.register("done_on", self.day))
        self.finish_layout()

    def _store(self, uow: UnitOfWork) -> None:
        evidence, day = self.evidence.toPlainText(), from_qdate(self.day.date())
        complete_action(uow, self.ctx.user, self.row.id, evidence, day)


class VerifyDialog(_StepDialog):
    def __init__(self, ctx: AppContext, row: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, row, translate("Actions", "Verify the action"), parent)
        self.verifier = QComboBox()
        self.verifier.addItem("", None)
        with ctx.db.session() as session:
            for person in active_people(session):
                if person.id != row.owner_id:
                    self.verifier.addItem(person.name, person.id)
                else:
                    self.verifier.addItem(
                        translate("Actions", "{name} (owner)").format(name=person.name), person.id
                    )
        self.form.addRow(
            translate("Actions", "Verified by"), self.errors.register("verifier", self.verifier)
        )
        self.form.addRow(
            translate("Actions", "Verified on"), self.errors.register("verified_on", self.day)
        )
        self.finish_layout()

    def _store(self, uow: UnitOfWork) -> None:
        verifier, day = self.verifier.currentData(), from_qdate(self.day.date())
        verify_action(uow, self.ctx.user, self.row.id, verifier, day)
