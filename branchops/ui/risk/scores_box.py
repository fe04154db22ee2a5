"""Inherent and residual likelihood × impact with the live score and level, and the next review
date the level's interval gives (or one chosen by hand)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from branchops.core.risk.labels import level_label
from branchops.core.risk.risk_input import Scores
from branchops.core.risk.scoring import RiskSettings
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import from_qdate, to_qdate
from branchops.ui.widgets.messages import FieldErrors


def _spin(value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 5)
    box.setValue(value or 3)
    return box


class ScoresBox(QWidget):
    changed = Signal()

    def __init__(
        self, scores: Scores, rules: RiskSettings, errors: FieldErrors, base_day: date, parent=None
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.base_day = base_day
        self.inherent_l = _spin(scores.inherent_likelihood)
        self.inherent_i = _spin(scores.inherent_impact)
        self.residual_l = _spin(scores.residual_likelihood)
        self.residual_i = _spin(scores.residual_impact)
        self.inherent_text = QLabel()
        self.residual_text = QLabel()
        self.note = QLineEdit(scores.residual_note)
        self.note.setPlaceholderText(
            translate("RiskDialog", "Needed when the residual score is above the inherent one")
        )
        self.own_date = QCheckBox(translate("RiskDialog", "Choose the next review date myself"))
        self.next_review = QDateEdit(to_qdate(base_day))
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("yyyy-MM-dd")
        self.next_review.setEnabled(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        heads = (
            translate("RiskDialog", "Likelihood (1–5)"),
            translate("RiskDialog", "Impact (1–5)"),
            translate("RiskDialog", "Score"),
        )
        for column, text in enumerate(heads, start=1):
            grid.addWidget(QLabel(text), 0, column)
        grid.addWidget(QLabel(translate("RiskDialog", "Inherent")), 1, 0)
        grid.addWidget(errors.register("inherent_likelihood", self.inherent_l), 1, 1)
        grid.addWidget(errors.register("inherent_impact", self.inherent_i), 1, 2)
        grid.addWidget(self.inherent_text, 1, 3)
        grid.addWidget(QLabel(translate("RiskDialog", "Residual")), 2, 0)
        grid.addWidget(errors.register("residual_likelihood", self.residual_l), 2, 1)
        grid.addWidget(errors.register("residual_impact", self.residual_i), 2, 2)
        grid.addWidget(self.residual_text, 2, 3)
        grid.addWidget(QLabel(translate("RiskDialog", "Why higher")), 3, 0)
        grid.addWidget(errors.register("residual_note", self.note), 3, 1, 1, 3)
        review = QHBoxLayout()
        review.addWidget(self.own_date)
        review.addWidget(errors.register("next_review", self.next_review))
        review.addStretch(1)
        grid.addWidget(QLabel(translate("RiskDialog", "Next review")), 4, 0)
        grid.addLayout(review, 4, 1, 1, 3)
        for box in (self.inherent_l, self.inherent_i, self.residual_l, self.residual_i):
            box.valueChanged.connect(self._update)
        self.own_date.toggled.connect(self._own_date_toggled)
        self._update()

    def show_fixed(self, next_review: date) -> None:
        """Show a recorded risk's scores and next review date, not editable."""
        self.own_date.setChecked(True)
        self.next_review.setDate(to_qdate(next_review))
        self.setEnabled(False)

    def set_base_day(self, day: date) -> None:
        self.base_day = day
        self._update()

    def _own_date_toggled(self, checked: bool) -> None:
        self.next_review.setEnabled(checked)
        self._update()

    def _describe(self, likelihood: QSpinBox, impact: QSpinBox) -> str:
        value = likelihood.value() * impact.value()
        return f"{value} · {level_label(self.rules.level(value))}"

    def _update(self) -> None:
        self.inherent_text.setText(self._describe(self.inherent_l, self.inherent_i))
        self.residual_text.setText(self._describe(self.residual_l, self.residual_i))
        if not self.own_date.isChecked():
            residual = self.residual_l.value() * self.residual_i.value()
            self.next_review.setDate(to_qdate(self.rules.next_review(residual, self.base_day)))
        self.changed.emit()

    def scores(self) -> Scores:
        return Scores(
            self.inherent_l.value(),
            self.inherent_i.value(),
            self.residual_l.value(),
            self.residual_i.value(),
            self.note.text(),
        )

    def chosen_next_review(self) -> date | None:
        """The date chosen by hand, or None for the level's interval (the service sets it)."""
        return from_qdate(self.next_review.date()) if self.own_date.isChecked() else None
