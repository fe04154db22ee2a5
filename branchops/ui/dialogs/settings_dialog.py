"""Settings: branch profile, language and data, backups, KPI targets, users and sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops.core import kpi
from branchops.core.branch.models import PROFILE_ID, BranchProfile, KpiTarget, OpeningHours
from branchops.core.branch.queries import ProfileData, load_profile
from branchops.core.branch.service import save_branch_settings
from branchops.core.concurrency import settings_opened, version_of, versions_opened
from branchops.core.errors import ValidationError
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.dialogs.profile_form import ProfileForm
from branchops.ui.dialogs.settings_tabs import BackupsTab, GeneralTab, TargetsTab
from branchops.ui.widgets.messages import show_error
from branchops.ui.widgets.writes import run_write


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("Settings", "Settings"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        with ctx.db.session() as session:
            self._opened = settings_opened(session, "backup.")
            profile_version = version_of(session, BranchProfile, PROFILE_ID)
            if profile_version is not None:
                self._opened[(BranchProfile, PROFILE_ID)] = profile_version
            self._opened |= versions_opened(session, OpeningHours, range(7))
            self._opened |= versions_opened(session, KpiTarget, [k.key for k in kpi.all_kpis()])
            self._profile = load_profile(session) or ProfileData()
        self.profile_form = ProfileForm()
        self.profile_form.set_data(self._profile)
        self.general = GeneralTab(ctx)
        self.backups = BackupsTab(ctx)
        self.targets = TargetsTab(ctx)
        self.tabs.addTab(self.profile_form, translate("Settings", "Branch profile"))
        self.tabs.addTab(self.general, translate("Settings", "Language and data"))
        self.tabs.addTab(self.backups, translate("Settings", "Backups"))
        self.tabs.addTab(self.targets, translate("Settings", "KPI targets"))
        self._add_users_tab()
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if not ctx.user.allowed(Permission.MANAGE):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(ctx.user.why_not(Permission.MANAGE))
        layout.addWidget(buttons)

    def _add_users_tab(self) -> None:
        from branchops.ui.dialogs.users_tab import UsersTab

        self.users = UsersTab(self.ctx)
        self.tabs.addTab(self.users, translate("Settings", "Users and sign-in"))

    def _store(self, uow: UnitOfWork) -> None:
        """Profile, backups and targets are saved together or not at all."""
        save_branch_settings(
            uow,
            self.ctx.user,
            self.profile_form.data(self._profile),
            self.backups.values(),
            self.targets.values(),
        )

    def _show_invalid(self, error: ValidationError) -> None:
        self.tabs.setCurrentIndex(0)
        leftover = self.profile_form.show_errors(error)
        if leftover:
            show_error(self, ValidationError.single("", "\n".join(leftover)))

    def _save(self) -> None:
        if not run_write(
            self.ctx,
            self,
            "settings",
            self._store,
            on_invalid=self._show_invalid,
            opened=self._opened,
        ):
            return
        restart = self.general.save()
        self.ctx.events.profile_changed.emit()
        if restart:
            QMessageBox.information(
                self,
                translate("Settings", "Settings"),
                translate("Settings", "Restart BranchOps to apply the new language or folder."),
            )
        self.accept()
