"""A risk (风险): what it is, who owns it, its first assessment; then its reviews and a chart of
its score over time. Scores change by a review only, so the history stays complete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.risk.labels import CATEGORY_LABELS, TREATMENT_LABELS
from branchops.core.risk.models import Risk, RiskStatus, Treatment
from branchops.core.risk.plan_queries import list_plans
from branchops.core.risk.queries import RiskDetail, load_risk
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.scoring import load_settings
from branchops.core.risk.service import create_risk, update_risk
from branchops.core.staff.queries import active_people
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.risk.review_dialog import ReviewDialog
from branchops.ui.risk.scores_box import ScoresBox
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.messages import FieldErrors
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

HISTORY_COLUMNS = (
    Column("reviewed_on", QT_TRANSLATE_NOOP("Columns", "Reviewed"), ColumnKind.DATE, 90),
    Column("reviewer", QT_TRANSLATE_NOOP("Columns", "Reviewer"), width=80),
    Column("inherent_score", QT_TRANSLATE_NOOP("Columns", "Inherent"), ColumnKind.INT, 75),
    Column("residual_score", QT_TRANSLATE_NOOP("Columns", "Residual"), ColumnKind.INT, 75),
    Column("next_review", QT_TRANSLATE_NOOP("Columns", "Next review"), ColumnKind.DATE, 90),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Findings"), width=260),
)


def _text_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(64)
    return edit


class RiskDialog(FormDialog):
    AREA = "risk"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, risk_id: int | None = None):
        super().__init__(ctx, parent)
        self.risk_id = risk_id
        self.detail: RiskDetail | None = None
        self.canvas: QWidget | None = None
        with ctx.db.session() as session:
            if risk_id is not None:
                self.open_record(session, Risk, risk_id)
                self.detail = load_risk(session, risk_id)
            self.rules = load_settings(session)
            self.people = [(p.id, p.name) for p in active_people(session)]
            self.plans = [(p.id, p.name) for p in list_plans(session)]
        self._build()
        self._show()
        self.resize(820, 620)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._risk_tab(), translate("RiskDialog", "Risk"))
        self.tabs.addTab(self._history_tab(), translate("RiskDialog", "Reviews and history"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())

    def _risk_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        form.addRow(translate("RiskDialog", "Risk"), self.errors.register("title", self.title))
        self.category = QComboBox()
        self.category.addItem("", None)
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(translate("Risk", label), category)
        form.addRow(
            translate("RiskDialog", "Category"), self.errors.register("category", self.category)
        )
        self.cause = _text_edit("")
        form.addRow(translate("RiskDialog", "Cause"), self.cause)
        self.consequence = _text_edit("")
        form.addRow(translate("RiskDialog", "Consequence"), self.consequence)
        self.treatment = QComboBox()
        for treatment, label in TREATMENT_LABELS.items():
            self.treatment.addItem(translate("Risk", label), treatment)
        self.controls = _text_edit("")
        form.addRow(translate("RiskDialog", "Treatment"), self.treatment)
        form.addRow(translate("RiskDialog", "Controls"), self.controls)
        line = QHBoxLayout()
        self.owner = QComboBox()
        self.owner.addItem("", None)
        for staff_id, name in self.people:
            self.owner.addItem(name, staff_id)
        self.plan = QComboBox()
        self.plan.addItem(translate("RiskDialog", "No drill scenario"), None)
        for plan_id, name in self.plans:
            self.plan.addItem(name, plan_id)
        line.addWidget(self.errors.register("owner", self.owner), 1)
        line.addWidget(QLabel(translate("RiskDialog", "Drill scenario")))
        line.addWidget(self.errors.register("plan", self.plan), 1)
        form.addRow(translate("RiskDialog", "Owner"), line)
        self.scores = ScoresBox(self._scores(), self.rules, self.errors, clock.today())
        self.scores_text = QLabel()
        self.scores_text.setWordWrap(True)
        form.addRow(translate("RiskDialog", "Assessment"), self.scores)
        form.addRow("", self.scores_text)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = InMemoryTableModel(HISTORY_COLUMNS)
        table = QTableView()
        table.setModel(make_proxy(self.history))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(HISTORY_COLUMNS):
            table.setColumnWidth(index, column.width)
        layout.addWidget(table, 1)
        self.chart_holder = QVBoxLayout()
        layout.addLayout(self.chart_holder, 1)
        line = QHBoxLayout()
        self.review_button = QPushButton(translate("RiskDialog", "Review…"))
        self.review_button.clicked.connect(self.review)
        line.addWidget(self.review_button)
        line.addStretch(1)
        layout.addLayout(line)
        return page

    def _scores(self) -> Scores:
        if self.detail is None:
            return Scores(3, 3, 2, 3)
        row = self.detail.row
        return Scores(
            row.inherent_likelihood,
            row.inherent_impact,
            row.residual_likelihood,
            row.residual_impact,
            self.detail.residual_note,
        )

    def _show(self) -> None:
        detail = self.detail
        self.setWindowTitle(
            translate("RiskDialog", "New risk")
            if detail is None
            else translate("RiskDialog", "Risk {code}").format(code=detail.row.code)
        )
        if detail is not None:
            row = detail.row
            self.title.setText(row.title)
            self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
            self.cause.setPlainText(detail.cause)
            self.consequence.setPlainText(detail.consequence)
            self.treatment.setCurrentIndex(max(0, self.treatment.findData(row.treatment)))
            self.controls.setPlainText(detail.controls)
            if row.owner_id is not None and self.owner.findData(row.owner_id) < 0:
                self.owner.addItem(row.owner, row.owner_id)
            self.owner.setCurrentIndex(max(0, self.owner.findData(row.owner_id)))
            self.plan.setCurrentIndex(max(0, self.plan.findData(row.plan_id)))
            self.history.set_rows(list(reversed(detail.reviews)))
            self.scores.show_fixed(row.next_review)
            text = (
                translate(
                    "RiskDialog",
                    "Scores change by a review (see Reviews and history). The review due on "
                    "{date} is past due.",
                )
                if row.review_overdue
                else translate(
                    "RiskDialog",
                    "Scores change by a review (see Reviews and history). Next review {date}.",
                )
            )
            self.scores_text.setText(text.format(date=row.next_review.isoformat()))
        self.tabs.setTabEnabled(1, detail is not None)
        open_risk = detail is not None and detail.row.status is RiskStatus.OPEN
        gate(self.review_button, self.ctx.user, Permission.WRITE, when=open_risk)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._draw_chart()

    def _draw_chart(self) -> None:
        if self.detail is None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from branchops.charts.risk import score_history

        points = [(r.reviewed_on, r.inherent_score, r.residual_score) for r in self.detail.reviews]
        bands = (self.rules.low_max, self.rules.medium_max, self.rules.high_max)
        canvas = FigureCanvasQTAgg(score_history(points, bands, until=clock.today()))
        if self.canvas is not None:
            self.chart_holder.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.chart_holder.addWidget(canvas)

    def review(self) -> None:
        if self.detail is None:
            return
        if ReviewDialog(self.ctx, self.detail, self).exec():
            with self.ctx.db.session() as session:
                self.open_record(session, Risk, self.detail.row.id)
                self.detail = load_risk(session, self.detail.row.id)
            self._show()
            self._draw_chart()

    def collected(self) -> RiskInput:
        return RiskInput(
            title=self.title.text(),
            category=self.category.currentData(),
            cause=self.cause.toPlainText(),
            consequence=self.consequence.toPlainText(),
            treatment=Treatment(self.treatment.currentData()),
            controls=self.controls.toPlainText(),
            owner_staff_id=self.owner.currentData(),
            plan_id=self.plan.currentData(),
            scores=self.scores.scores() if self.detail is None else None,
            next_review=self.scores.chosen_next_review() if self.detail is None else None,
        )

    def _store(self, uow: UnitOfWork) -> int:
        if self.risk_id is None:
            self.risk_id = create_risk(uow, self.ctx.user, self.collected())
        else:
            update_risk(uow, self.ctx.user, self.risk_id, self.collected())
        return self.risk_id

    def _show_invalid(self, error: ValidationError) -> None:
        self.tabs.setCurrentIndex(0)
        self.leftover.setText("\n".join(self.errors.show(error)))
