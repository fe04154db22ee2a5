"""Review a risk: who, when, what was found, the new scores; it sets the next review date."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.risk.models import Risk
from branchops.core.risk.queries import RiskDetail
from branchops.core.risk.risk_input import ReviewInput, Scores
from branchops.core.risk.scoring import load_settings
from branchops.core.risk.service import review_risk
from branchops.core.staff.queries import active_people
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.risk.scores_box import ScoresBox
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


class ReviewDialog(FormDialog):
    AREA = "risk"

    def __init__(self, ctx: AppContext, detail: RiskDetail, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.detail = detail
        row = detail.row
        self.setWindowTitle(
            translate("RiskDialog", "Review {code} {title}").format(code=row.code, title=row.title)
        )
        with ctx.db.session() as session:
            self.open_record(session, Risk, row.id)
            rules = load_settings(session)
            people = active_people(session)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reviewed_on = QDateEdit(to_qdate(clock.today()))
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(
            translate("RiskDialog", "Reviewed on"),
            self.errors.register("reviewed_on", self.reviewed_on),
        )
        self.reviewer = QComboBox()
        self.reviewer.addItem("", None)
        for person in people:
            self.reviewer.addItem(person.name, person.id)
        if row.owner_id is not None:
            self.reviewer.setCurrentIndex(max(0, self.reviewer.findData(row.owner_id)))
        form.addRow(
            translate("RiskDialog", "Reviewer"), self.errors.register("reviewer", self.reviewer)
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(
            translate("RiskDialog", "What the review found: controls in place, changes, incidents")
        )
        form.addRow(translate("RiskDialog", "Findings"), self.errors.register("note", self.note))
        layout.addLayout(form)
        current = Scores(
            row.inherent_likelihood,
            row.inherent_impact,
            row.residual_likelihood,
            row.residual_impact,
            detail.residual_note,
        )
        self.scores = ScoresBox(current, rules, self.errors, clock.today())
        self.reviewed_on.dateChanged.connect(
            lambda value: self.scores.set_base_day(from_qdate(value))
        )
        layout.addWidget(self.scores)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.resize(560, 420)

    def collected(self) -> ReviewInput:
        return ReviewInput(
            reviewed_on=from_qdate(self.reviewed_on.date()),
            reviewer_staff_id=self.reviewer.currentData(),
            note=self.note.toPlainText(),
            scores=self.scores.scores(),
            next_review=self.scores.chosen_next_review(),
        )

    def _store(self, uow: UnitOfWork) -> int:
        return review_risk(uow, self.ctx.user, self.detail.row.id, self.collected())

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
