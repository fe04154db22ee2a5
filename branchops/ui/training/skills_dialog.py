"""Where one person's skills come from (opened from the staff page): entered by hand, or from
which course or outside certificate, and until when."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.skills_tab import SkillsTab


class SkillSourcesDialog(QDialog):
    def __init__(self, ctx: AppContext, staff_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("TrainingPage", "Skills of {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.skills = SkillsTab(ctx, self, staff_id=staff_id)
        layout.addWidget(self.skills, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.skills.refresh()
        self.resize(900, 360)
