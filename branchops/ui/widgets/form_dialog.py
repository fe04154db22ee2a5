"""A dialog with a form whose Save writes through a service (see ``writes.run_write``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from branchops.core.errors import ConflictError, UserError, ValidationError
from branchops.i18n import translate
from branchops.ui.widgets.messages import FieldErrors, show_user_error
from branchops.ui.widgets.writes import run_write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from branchops.db.uow import UnitOfWork
    from branchops.db.versioned import Versioned
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
    record again into the form) is offered Reload.

    Every record the dialog edits is named once when it is read: ``open_record(session, Model,
    id)`` before reading its data (or ``opened_at`` with a version read with the data); the save
    is refused when any of them changed since (``core/concurrency.py``)."""

    AREA = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.opened: dict[tuple[type[Versioned], Any], int] = {}

    def open_record(self, session: Session, model: type[Versioned], ident: Any) -> None:
        """Note the version of the record the form is about to show (call before reading it)."""
        from branchops.core.concurrency import version_of

        if ident is None:
            return
        self.opened_at(model, ident, version_of(session, model, ident))

    def open_settings(self, session: Session, *prefixes: str) -> None:
        """Note the versions of the branch-wide settings the form shows (``"risk."``, …)."""
        from branchops.core.concurrency import settings_opened

        self.opened.update(settings_opened(session, *prefixes))

    def opened_at(self, model: type[Versioned], ident: Any, version: int | None) -> None:
        if ident is not None and version is not None:
            self.opened[(model, ident)] = version

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
            opened=self.opened,
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
