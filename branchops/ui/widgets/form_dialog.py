"""A dialog with a form whose Save writes through a service (see ``writes.run_write``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from branchops.core.errors import ConflictError, UserError, ValidationError
from branchops.i18n import translate
from branchops.ui.widgets.messages import FieldErrors, show_user_error
from branchops.ui.widgets.writes import run_write

if TYPE_CHECKING:
    from branchops.db.uow import UnitOfWork
    from branchops.ui.context import AppContext


def show_at_fields(parent: QWidget | None, errors: FieldErrors, error: ValidationError) -> None:
    """Marks the fields registered in ``errors``; the problems of no field go in a message."""
    leftover = errors.show(error)
    if leftover:
        show_user_error(parent, UserError("\n".join(leftover)))


class FormDialog(QDialog):
    """Save (``save_buttons()``, or anything connected to ``save``) calls ``_store(uow)``, which
    the subclass writes; ``AREA`` names what changed. On success the other pages are told and the
    dialog closes; problems are shown at the fields registered in ``self.errors``, the rest in a
    message (a subclass may override ``_show_invalid``). When someone else saved the record since
    the dialog opened, the conflict is shown; a subclass that implements ``_reload`` (read the
    record again into the form) is offered Reload."""

    AREA = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()

    def save_buttons(
        self, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
    ) -> QDialogButtonBox:
        """Save (or ``ok``) and Cancel, wired to ``save`` and ``reject``; the caller places it."""
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def save(self) -> None:
        if run_write(
            self.ctx,
            self,
            self.AREA,
            self._store,
            on_invalid=self._show_invalid,
            on_conflict=self._show_conflict,
        ):
            self.accept()

    def _store(self, uow: UnitOfWork) -> object:
        raise NotImplementedError

    def _show_invalid(self, error: ValidationError) -> None:
        show_at_fields(self, self.errors, error)

    def can_reload(self) -> bool:
        return type(self)._reload is not FormDialog._reload

    def _reload(self) -> None:
        """Read the record again into the form (subclasses that can)."""

    def _show_conflict(self, error: ConflictError) -> None:
        if not self.can_reload():
            show_user_error(self, error)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), str(error), parent=self)
        reload = box.addButton(translate("FormDialog", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is reload:
            self._reload()
