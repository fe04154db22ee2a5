"""Small dialogs about users: edit a user, type a password, sign in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import UserError, ValidationError
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser, role_label
from branchops.core.users.service import UserData, sign_in
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.messages import FieldErrors


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(QDialog):
    """Add a user (with a first password) or edit one."""

    def __init__(self, parent: QWidget | None, data: UserData, new: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("UsersTab", "Add user") if new else translate("UsersTab", "Edit user")
        )
        self.errors = FieldErrors()
        form = QFormLayout()
        self.username = QLineEdit(data.username)
        self.username.setReadOnly(not new)
        self.display_name = QLineEdit(data.display_name)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(data.role))
        self.active = QCheckBox(translate("UsersTab", "Active"))
        self.active.setChecked(data.active)
        form.addRow(
            translate("UsersTab", "User name"), self.errors.register("username", self.username)
        )
        form.addRow(
            translate("UsersTab", "Full name"),
            self.errors.register("display_name", self.display_name),
        )
        form.addRow(translate("UsersTab", "Role"), self.errors.register("role", self.role))
        form.addRow("", self.active)
        self.password: QLineEdit | None = None
        if new:
            self.password = password_edit()
            form.addRow(
                translate("UsersTab", "Password"), self.errors.register("password", self.password)
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(FieldErrors.STYLE)
        self.general_error.setWordWrap(True)
        layout.addWidget(self.general_error)
        layout.addWidget(_buttons(self))

    def data(self) -> UserData:
        return UserData(
            username=self.username.text().strip(),
            display_name=self.display_name.text().strip(),
            role=self.role.currentData(),
            active=self.active.isChecked(),
        )

    def show_errors(self, error: ValidationError) -> None:
        self.general_error.setText("\n".join(self.errors.show(error)))


class PasswordDialog(QDialog):
    """Asks for a user name and password (to confirm) or for a new password."""

    def __init__(self, parent: QWidget | None, title: str, text: str, with_username: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.username = QLineEdit()
        if with_username:
            form.addRow(translate("UsersTab", "User name"), self.username)
        self.password = password_edit()
        form.addRow(translate("UsersTab", "Password"), self.password)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class SignInDialog(QDialog):
    """Shown at start when sign-in is on; ``user`` is set after a successful sign-in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: CurrentUser | None = None
        self.setWindowTitle(translate("SignIn", "Sign in to BranchOps"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = password_edit()
        form.addRow(translate("SignIn", "User name"), self.username)
        form.addRow(translate("SignIn", "Password"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet(FieldErrors.STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        self.resize(380, 180)

    def accept(self) -> None:
        try:
            with self.ctx.db.session() as session:
                self.user = sign_in(
                    session, self.username.text().strip(), self.password.text(), clock.now()
                )
        except UserError as error:
            self.password.clear()
            self.message.setText(str(error))
            return
        super().accept()
