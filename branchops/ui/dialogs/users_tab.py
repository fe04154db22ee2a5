"""Settings → Users and sign-in: the users list, their roles, and single-user mode."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.concurrency import row_opened, version_of
from branchops.core.errors import ValidationError
from branchops.core.users.models import User
from branchops.core.users.permissions import Permission, role_label
from branchops.core.users.service import (
    UserData,
    UserRow,
    create_user,
    deactivate_user,
    disable_sign_in,
    enable_sign_in,
    list_users,
    reset_password,
    sign_in_required,
    update_user,
)
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.dialogs.user_dialogs import PasswordDialog, UserDialog
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.table_model import ROW_ROLE, Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("username", QT_TRANSLATE_NOOP("Columns", "User name"), width=140),
    Column("display_name", QT_TRANSLATE_NOOP("Columns", "Full name"), width=140),
    Column("role_name", QT_TRANSLATE_NOOP("Columns", "Role"), width=100),
    Column("active", QT_TRANSLATE_NOOP("Columns", "Active"), ColumnKind.BOOL, width=70),
    Column("has_password", QT_TRANSLATE_NOOP("Columns", "Has password"), ColumnKind.BOOL, width=90),
)


def _display_row(row: UserRow) -> dict:
    return {**row.__dict__, "role_name": role_label(row.role), "row": row}


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.sign_in = QCheckBox(translate("UsersTab", "Require sign-in when BranchOps starts"))
        hint = QLabel(
            translate(
                "UsersTab",
                "Without sign-in, whoever uses this PC acts as the branch manager. "
                "Turning sign-in on asks for a manager's password.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(self.sign_in)
        layout.addWidget(hint)
        self.model = InMemoryTableModel(COLUMNS)
        self.table = QTableView()
        self.table.setModel(make_proxy(self.model))
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        for index, column in enumerate(COLUMNS):
            self.table.setColumnWidth(index, column.width)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(translate("UsersTab", "Add…"))
        self.edit = QPushButton(translate("UsersTab", "Edit…"))
        self.password = QPushButton(translate("UsersTab", "Set password…"))
        self.deactivate = QPushButton(translate("UsersTab", "Deactivate"))
        for button in (self.add, self.edit, self.password, self.deactivate):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._wire()
        self._reload()

    def _wire(self) -> None:
        allowed = self.ctx.user.allowed(Permission.MANAGE)
        for widget in (self.add, self.edit, self.password, self.deactivate, self.sign_in):
            widget.setEnabled(allowed)
            if not allowed:
                widget.setToolTip(self.ctx.user.why_not(Permission.MANAGE))
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.table.doubleClicked.connect(self._edit)
        self.password.clicked.connect(self._set_password)
        self.deactivate.clicked.connect(self._deactivate)
        self.sign_in.clicked.connect(self._toggle_sign_in)

    def _reload(self) -> None:
        with self.ctx.db.session() as session:
            rows = list_users(session)
            required = sign_in_required(session)
        self.model.set_rows([_display_row(r) for r in rows])
        self.sign_in.setChecked(required)

    def _selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        row = self.table.model().data(index, ROW_ROLE) if index.isValid() else None
        return row["row"] if row else None

    def _add(self) -> None:
        dialog = UserDialog(self, UserData(), new=True)
        self._save_user(
            dialog,
            lambda uow: create_user(uow, self.ctx.user, dialog.data(), dialog.password.text()),
        )

    def _edit(self) -> None:
        row = self._selected()
        if row is None or not self.ctx.user.allowed(Permission.MANAGE):
            return  # a double-click by a user who may not manage users opens nothing
        with self.ctx.db.session() as session:  # the version first, then what the form shows
            opened = {(User, row.id): version_of(session, User, row.id)}
            user = session.get(User, row.id)
        if user is None:
            self._reload()
            return
        data = UserData(user.username, user.display_name, user.role, user.active)
        dialog = UserDialog(self, data, new=False)
        self._save_user(
            dialog, lambda uow: update_user(uow, self.ctx.user, row.id, dialog.data()), opened
        )

    def _save_user(self, dialog: UserDialog, write, opened: dict | None = None) -> None:
        """Shows the dialog until it is cancelled or ``write(uow)`` goes through: problems with
        the fields are shown in the dialog, other refusals in a message."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            invalid: list[ValidationError] = []
            run_write(self.ctx, self, "users", write, on_invalid=invalid.append, opened=opened)
            if invalid:
                dialog.show_errors(invalid[0])
                continue
            self._reload()
            return

    def _set_password(self) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = PasswordDialog(
            self,
            translate("UsersTab", "Set password"),
            translate("UsersTab", "New password for {user}:").format(user=row.username),
            with_username=False,
        )
        # A refused password is explained, then the dialog comes back with what was typed.
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._run(
                lambda uow: reset_password(uow, self.ctx.user, row.id, dialog.password.text()),
                row_opened(User, row),
            ):
                return

    def _deactivate(self) -> None:
        row = self._selected()
        if row is not None:
            self._run(
                lambda uow: deactivate_user(uow, self.ctx.user, row.id), row_opened(User, row)
            )

    def _toggle_sign_in(self, checked: bool) -> None:
        if not checked:
            self._run(lambda uow: disable_sign_in(uow, self.ctx.user))
            return
        dialog = PasswordDialog(
            self,
            translate("UsersTab", "Turn on sign-in"),
            translate("UsersTab", "Type a manager's user name and password to turn sign-in on."),
            with_username=True,
        )
        done = False
        while not done and dialog.exec() == QDialog.DialogCode.Accepted:
            done = self._run(
                lambda uow: enable_sign_in(
                    uow,
                    self.ctx.user,
                    dialog.username.text().strip(),
                    dialog.password.text(),
                    clock.now(),
                )
            )
        if not done:
            self.sign_in.setChecked(False)
            return
        QMessageBox.information(
            self,
            translate("UsersTab", "Sign-in"),
            translate("UsersTab", "Sign-in is on from the next start of BranchOps."),
        )

    def _run(self, work, opened: dict | None = None) -> bool:
        written = run_write(self.ctx, self, "users", work, opened=opened)
        self._reload()
        return bool(written)
