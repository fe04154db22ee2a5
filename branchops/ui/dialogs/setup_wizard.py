"""First start: choose the language, then set up the branch profile or load demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.demo.service import generate_demo
from branchops.core.errors import ValidationError
from branchops.i18n import LANGUAGES, current_language, set_language, translate
from branchops.ui.context import AppContext
from branchops.ui.dialogs.profile_form import ProfileForm
from branchops.ui.widgets.messages import show_error
from branchops.ui.widgets.writes import run_write

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
RESTART = 2  # done() code: the language changed, open the wizard again in it

WELCOME_ID, PROFILE_ID = 0, 1


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("SetupWizard", "Welcome to BranchOps"))
        self.setSubTitle(
            translate(
                "SetupWizard",
                "BranchOps keeps your branch's quality checks, rosters and monthly HQ report "
                "on this PC. Start by telling it about your branch.",
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(
            LANGUAGES.index(current_language()) if current_language() in LANGUAGES else 0
        )
        form.addRow(translate("SetupWizard", "Language"), self.language)
        layout.addLayout(form)
        self.set_up = QRadioButton(translate("SetupWizard", "Set up my branch"))
        self.demo = QRadioButton(
            translate("SetupWizard", "Load demo data to try BranchOps (a sample branch)")
        )
        self.set_up.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.set_up)
        group.addButton(self.demo)
        layout.addSpacing(12)
        layout.addWidget(self.set_up)
        layout.addWidget(self.demo)
        hint = QLabel(
            translate("SetupWizard", "Everything here can be changed later under Tools → Settings.")
        )
        hint.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(hint)

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else PROFILE_ID


class ProfilePage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(translate("SetupWizard", "Your branch"))
        self.setSubTitle(
            translate("SetupWizard", "Code and name appear on the monthly HQ workbook.")
        )
        layout = QVBoxLayout(self)
        self.form = ProfileForm(with_report_settings=False)
        self.form.set_data(ProfileData())
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        data = self.form.data()
        written = run_write(
            self.ctx,
            self,
            "branch",
            lambda uow: save_profile(uow, self.ctx.user, data),
            on_invalid=self._show_invalid,
        )
        if not written:
            return False
        self.ctx.events.profile_changed.emit()
        return True

    def _show_invalid(self, error: ValidationError) -> None:
        leftover = self.form.show_errors(error)
        if leftover:
            show_error(self, ValidationError.single("", "\n".join(leftover)))


class SetupWizard(QWizard):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("SetupWizard", "Set up BranchOps"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage()
        self.profile = ProfilePage(ctx)
        self.setPage(WELCOME_ID, self.welcome)
        self.setPage(PROFILE_ID, self.profile)
        self.resize(760, 640)
        self.welcome.language.currentIndexChanged.connect(self._language_changed)

    def _language_changed(self) -> None:
        language = self.welcome.language.currentData()
        if language == current_language():
            return
        set_language(language)
        self.ctx.settings.language = language
        self.ctx.settings.save()
        self.done(RESTART)

    def accept(self) -> None:
        if self.currentId() == WELCOME_ID and self.welcome.demo.isChecked():
            self._load_demo()
            return
        super().accept()

    def _load_demo(self) -> None:
        db = self.ctx.db

        def work(control):
            generate_demo(db, progress=lambda i, n, _key: control.progress(i, n))

        self.ctx.run_task(
            self,
            translate("SetupWizard", "Loading demo data…"),
            work,
            self._demo_loaded,
            cancellable=False,
        )

    def _demo_loaded(self, _result: object) -> None:
        self.ctx.events.profile_changed.emit()
        super().accept()
