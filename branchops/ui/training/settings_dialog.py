"""Training settings: when a certificate counts as due for renewal, and the yearly hours target."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from branchops.core.training.settings import (
    MAX_RENEWAL_DAYS,
    TrainingSettings,
    load_settings,
    save_settings,
)
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog


class TrainingSettingsDialog(FormDialog):
    AREA = "training"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("TrainingPage", "Training settings"))
        with ctx.db.session() as session:
            self.open_settings(session, "training.")
            data = load_settings(session)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.renewal = QSpinBox()
        self.renewal.setRange(1, MAX_RENEWAL_DAYS)
        self.renewal.setSuffix(translate("TrainingPage", " days before expiry"))
        self.renewal.setValue(data.renewal_days)
        self.target = QDoubleSpinBox()
        self.target.setRange(0.0, 1000.0)
        self.target.setDecimals(1)
        self.target.setSuffix(translate("TrainingPage", " h a year"))
        self.target.setValue(data.yearly_target_hours)
        form.addRow(
            translate("TrainingPage", "Due for renewal from"),
            self.errors.register("renewal_days", self.renewal),
        )
        form.addRow(
            translate("TrainingPage", "Training hours per person"),
            self.errors.register("yearly_target_hours", self.target),
        )
        layout.addLayout(form)
        note = QLabel(
            translate(
                "TrainingPage",
                "Certification systems remind 30, 60 or 90 days before a certificate expires; "
                "the compliance matrix shows a cell as due for renewal from this many days.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        layout.addWidget(self.save_buttons())
        self.resize(460, 200)

    def _store(self, uow: UnitOfWork) -> None:
        save_settings(
            uow, self.ctx.user, TrainingSettings(self.renewal.value(), self.target.value())
        )
