"""The branch's complaint rules: days to decide per severity, working or calendar days, the
extensions, the review, and when a complaint counts as escalated (the manager may change them;
the defaults and where they come from are said on the form)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from branchops.core.errors import ValidationError
from branchops.core.feedback.labels import label
from branchops.core.feedback.models import Severity
from branchops.core.feedback.rules import MAX_DAYS, ComplaintRules, load_rules, save_rules
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


def _days(value: int, low: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, MAX_DAYS)
    box.setValue(value)
    return box


class RulesDialog(FormDialog):
    AREA = "feedback"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("ComplaintRules", "Complaint deadline rules"))
        with ctx.db.session() as session:
            self.open_settings(session, "feedback.")
            rules = load_rules(session)
        layout = QVBoxLayout(self)
        source = QLabel(
            translate(
                "ComplaintRules",
                "Defaults from 银行业保险业消费投诉处理管理办法 (2020): decide within 15 days, "
                "extend once to 30 days with a reason, and by another 30 days only with the "
                "approval of the higher branch or HQ, the customer told. Whether days are "
                "working or calendar days is not settled by the text; working days of the "
                "branch calendar are the default. New rules apply to complaints received from "
                "now on.",
            )
        )
        source.setWordWrap(True)
        layout.addWidget(source)
        form = QFormLayout()
        reg = self.errors.register
        self.working = QCheckBox(
            translate("ComplaintRules", "Count working days of the branch calendar")
        )
        self.working.setChecked(rules.working_days)
        form.addRow("", self.working)
        self.decide = {s: _days(rules.days_for(s)) for s in Severity}
        for severity, box in self.decide.items():
            form.addRow(
                translate("ComplaintRules", "Days to decide: {severity}").format(
                    severity=label(severity)
                ),
                reg(f"decide_days.{severity.value}", box),
            )
        self.extended = _days(rules.extended_total)
        form.addRow(
            translate("ComplaintRules", "First extension brings it to (days)"),
            reg("extended_total", self.extended),
        )
        self.second = _days(rules.second_extension)
        form.addRow(
            translate("ComplaintRules", "Second extension adds (days)"),
            reg("second_extension", self.second),
        )
        self.review_window = _days(rules.review_window)
        form.addRow(
            translate("ComplaintRules", "Review may be asked for within (days)"),
            reg("review_window", self.review_window),
        )
        self.review_days = _days(rules.review_days)
        form.addRow(
            translate("ComplaintRules", "Days to complete a review"),
            reg("review_days", self.review_days),
        )
        self.escalate = _days(rules.escalate_within, low=0)
        form.addRow(
            translate("ComplaintRules", "Escalate when the deadline is within (days)"),
            reg("escalate_within", self.escalate),
        )
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.resize(560, 520)

    def collected(self) -> ComplaintRules:
        return ComplaintRules(
            working_days=self.working.isChecked(),
            decide_days={s: box.value() for s, box in self.decide.items()},
            extended_total=self.extended.value(),
            second_extension=self.second.value(),
            review_days=self.review_days.value(),
            review_window=self.review_window.value(),
            escalate_within=self.escalate.value(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        save_rules(uow, self.ctx.user, self.collected())

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
