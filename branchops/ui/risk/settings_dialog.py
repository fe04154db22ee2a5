"""Level bands by score and review intervals by level (defaults: 1–4 low, 5–9 medium, 10–16 high,
above very high; reviews every 360 / 180 / 90 / 90 days)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from branchops.core.errors import ValidationError
from branchops.core.risk.labels import level_label
from branchops.core.risk.scoring import (
    LEVELS,
    MAX_REVIEW_DAYS,
    Level,
    RiskSettings,
    load_settings,
    save_settings,
)
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class RiskSettingsDialog(FormDialog):
    AREA = "risk"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("RiskSettings", "Risk levels and review intervals"))
        with ctx.db.session() as session:
            self.open_settings(session, "risk.")
            current = load_settings(session)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "RiskSettings",
                "Score = likelihood × impact (1–25). Defaults from the domain guide: 1–4 low, "
                "5–9 medium, 10–16 high, 20–25 very high; reviews every 360, 180 and 90 days "
                "(as SimpleRisk). Every review sets the next one from these intervals.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.low_max = _spin(1, 23, current.low_max)
        self.medium_max = _spin(2, 23, current.medium_max)
        self.high_max = _spin(3, 24, current.high_max)
        bands = QWidget()
        band_form = QFormLayout(bands)
        band_form.setContentsMargins(0, 0, 0, 0)
        band_form.addRow(translate("RiskSettings", "Low up to score"), self.low_max)
        band_form.addRow(translate("RiskSettings", "Medium up to score"), self.medium_max)
        band_form.addRow(translate("RiskSettings", "High up to score"), self.high_max)
        form.addRow(translate("RiskSettings", "Level bands"), self.errors.register("bands", bands))
        self.days: dict[Level, QSpinBox] = {}
        for level in LEVELS:
            box = _spin(1, MAX_REVIEW_DAYS, current.review_days(level))
            box.setSuffix(translate("RiskSettings", " days"))
            self.days[level] = box
            form.addRow(
                translate("RiskSettings", "Review {level} risks every").format(
                    level=level_label(level)
                ),
                self.errors.register(f"review_{level.value}", box),
            )
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())

    def collected(self) -> RiskSettings:
        return RiskSettings(
            low_max=self.low_max.value(),
            medium_max=self.medium_max.value(),
            high_max=self.high_max.value(),
            review_low=self.days[Level.LOW].value(),
            review_medium=self.days[Level.MEDIUM].value(),
            review_high=self.days[Level.HIGH].value(),
            review_very_high=self.days[Level.VERY_HIGH].value(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        save_settings(uow, self.ctx.user, self.collected())

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
