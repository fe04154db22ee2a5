"""One complaint: what happened, its clock (deadline, days left, extensions, pauses), the
timeline, the corrective actions raised, and a button for every step that is possible now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core.concurrency import version_of
from branchops.core.feedback.actions_link import complaint_actions, proposed_action, raise_action
from branchops.core.feedback.complaint_queries import ComplaintDetail, load_complaint_detail
from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.labels import label
from branchops.core.feedback.models import Complaint
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.context import AppContext
from branchops.ui.feedback.record_dialog import RecordDialog
from branchops.ui.feedback.step_dialogs import StepDialog
from branchops.ui.feedback.steps import STEPS, Step, fields_for
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

TIMELINE_COLUMNS = (
    Column("on", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 85),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Step"), width=165),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=105),
    Column("username", QT_TRANSLATE_NOOP("Columns", "By"), width=70),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=300),
)
ACTION_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Corrective action"), width=260),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=80),
    Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 90),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=80),
)
STATE_COLOURS = {
    EscalationState.OVERDUE: "#c62828",
    EscalationState.DUE_SOON: "#b26a00",
    EscalationState.PAUSED: "#5c6bc0",
}
BUTTONS_PER_ROW = 6


def _date(day) -> str:
    return day.isoformat() if day else "—"


def _table(model: InMemoryTableModel) -> QTableView:
    view = QTableView()
    view.setModel(make_proxy(model))
    view.setSortingEnabled(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    for index, column in enumerate(model.columns):
        view.setColumnWidth(index, column.width)
    return view


class ComplaintDialog(QDialog):
    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.detail: ComplaintDetail
        self.timeline = InMemoryTableModel(TIMELINE_COLUMNS)
        self.actions = InMemoryTableModel(ACTION_COLUMNS)
        self.step_buttons: dict[str, QPushButton] = {}
        self._build()
        self.reload()
        self.resize(1040, 700)

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        self.facts = QFormLayout()
        facts_box = QGroupBox(translate("ComplaintDialog", "Complaint"))
        facts_box.setLayout(self.facts)
        self.fact_labels = {key: QLabel() for key in _FACTS}
        for key, title in _FACTS.items():
            self.fact_labels[key].setWordWrap(True)
            self.facts.addRow(translate("ComplaintDialog", title), self.fact_labels[key])
        self.description = QPlainTextEdit()
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(56)
        self.facts.addRow(translate("ComplaintDialog", "What happened"), self.description)
        top.addWidget(facts_box, 3)
        clock_form = QFormLayout()
        clock_box = QGroupBox(translate("ComplaintDialog", "Deadline and outcome"))
        clock_box.setLayout(clock_form)
        self.clock_labels = {key: QLabel() for key in _CLOCK}
        for key, title in _CLOCK.items():
            self.clock_labels[key].setWordWrap(True)
            clock_form.addRow(translate("ComplaintDialog", title), self.clock_labels[key])
        top.addWidget(clock_box, 2)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("ComplaintDialog", "Timeline")))
        layout.addWidget(_table(self.timeline), 3)
        layout.addWidget(QLabel(translate("ComplaintDialog", "Corrective actions")))
        actions_view = _table(self.actions)
        actions_view.setMaximumHeight(72)
        layout.addWidget(actions_view)
        grid = QGridLayout()
        for index, step in enumerate(STEPS):
            button = QPushButton(translate("ComplaintDialog", step.button))
            button.clicked.connect(lambda _=False, s=step: self.run_step(s))
            self.step_buttons[step.key] = button
            grid.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        self.edit_button = QPushButton(translate("ComplaintDialog", "Edit record…"))
        self.action_button = QPushButton(translate("ComplaintDialog", "Raise corrective action…"))
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.action_button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.edit_button.clicked.connect(self.edit_record)
        self.action_button.clicked.connect(self.raise_action)

    # -- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            self.version = version_of(session, Complaint, self.complaint_id)
            self.detail = load_complaint_detail(session, self.complaint_id)
            actions = complaint_actions(session, self.complaint_id)
        d, row = self.detail, self.detail.row
        title = translate("ComplaintDialog", "Complaint {reference}")
        self.setWindowTitle(title.format(reference=row.reference))
        flag = (
            translate("ComplaintDialog", " · forwarded by the regulator") if row.regulator else ""
        )
        self.heading.setText(
            f"{row.reference} · {row.status_label}"
            + (f" · {row.escalation_label}" if row.escalation_label else "")
            + flag
        )
        colour = STATE_COLOURS.get(row.escalation, "#c62828" if row.regulator else "")
        self.heading.setStyleSheet(
            f"font-size: 15px; font-weight: bold; color: {colour or 'palette(text)'};"
        )
        values = {
            "received": row.received_at.strftime("%Y-%m-%d %H:%M"),
            "channel": row.channel_label,
            "severity": row.severity_label,
            "category": row.category_label or "—",
            "customer": " ".join(x for x in (row.customer_name, row.customer_phone) if x) or "—",
            "staff": row.staff or "—",
            "handler": row.handler or "—",
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.description.setPlainText(d.description)
        for key, value in self._clock_values(d).items():
            self.clock_labels[key].setText(value)
        self.timeline.set_rows(d.events)
        self.actions.set_rows(actions)
        self._update_buttons()

    def _clock_values(self, d: ComplaintDetail) -> dict[str, str]:
        row = d.row
        if row.due_on is None and row.paused:
            deadline = translate("ComplaintDialog", "clock paused")
        else:
            deadline = _date(row.due_on)
        if row.days_left is None:
            left = "—"
        elif row.days_left >= 0:
            left = translate("ComplaintDialog", "{n} days left").format(n=row.days_left)
        else:
            left = translate("ComplaintDialog", "{n} days late").format(n=-row.days_left)
        basis = (
            translate("ComplaintDialog", "working days of the branch calendar")
            if d.working_days
            else translate("ComplaintDialog", "calendar days")
        )
        allowed = translate("ComplaintDialog", "{days} {basis}").format(
            days=d.allowed_days, basis=basis
        )
        if d.extension_days:
            allowed += translate("ComplaintDialog", " (extended {count}×)").format(
                count=row.extensions
            )
        started = _date(d.clock_start)
        if d.restarts:
            started += translate("ComplaintDialog", " (restarted {count}×)").format(
                count=d.restarts
            )
        pauses = "; ".join(
            f"{p.reason_label} {_date(p.start)} – {_date(p.end) if p.end else '…'}"
            for p in d.pauses
        )
        review = "—"
        if d.review_requested_on:
            review = translate("ComplaintDialog", "asked {asked}, due {due}").format(
                asked=_date(d.review_requested_on), due=_date(row.review_due_on)
            )
            if d.review_done_on:
                review += translate("ComplaintDialog", ", done {done}: {outcome}").format(
                    done=_date(d.review_done_on), outcome=d.review_outcome
                )
        cause = label(d.root_cause)
        if d.root_cause_text:
            cause = f"{cause}: {d.root_cause_text}" if cause else d.root_cause_text
        return {
            "deadline": deadline,
            "left": left,
            "allowed": allowed,
            "started": started,
            "pauses": pauses or "—",
            "resolved": _date(row.resolved_on) + (f" · {d.resolution}" if d.resolution else ""),
            "cause": cause or "—",
            "satisfaction": label(d.satisfaction) or "—",
            "review": review,
        }

    def _update_buttons(self) -> None:
        user = self.ctx.user
        for step in STEPS:
            gate(
                self.step_buttons[step.key], user, Permission.WRITE, when=step.possible(self.detail)
            )
        gate(self.edit_button, user, Permission.WRITE)
        gate(self.action_button, user, Permission.WRITE)

    # -- steps ----------------------------------------------------------------------------------

    def step_dialog(self, step: Step) -> StepDialog:
        row = self.detail.row
        complaint_id, user = self.complaint_id, self.ctx.user

        def store(uow: UnitOfWork, values: dict) -> None:
            step.run(uow, user, complaint_id, values)

        heading = f"{row.reference} · {row.summary[:60]}"
        hint = translate("ComplaintDialog", step.hint) if step.hint else ""
        title = translate("ComplaintDialog", step.button).rstrip("…")
        dialog = StepDialog(
            self.ctx, title, heading, fields_for(step, self.detail), store, self, hint
        )
        dialog.opened_at(Complaint, complaint_id, self.version)  # a step on what is shown
        return dialog

    def run_step(self, step: Step) -> None:
        if self.step_dialog(step).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_record(self) -> None:
        dialog = RecordDialog(self.ctx, self, record_id=self.detail.row.record_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def action_dialog(self) -> ActionDialog:
        with self.ctx.db.session() as session:
            proposal = proposed_action(session, self.complaint_id)
        return _ComplaintActionDialog(self.ctx, self, self.complaint_id, proposal)

    def raise_action(self) -> None:
        if self.action_dialog().exec() == QDialog.DialogCode.Accepted:
            self.reload()


class _ComplaintActionDialog(ActionDialog):
    """The action dialog, filled in from the complaint; saving also writes the timeline line."""

    def __init__(self, ctx, parent, complaint_id: int, proposal) -> None:
        super().__init__(ctx, parent, proposal=proposal)
        self.complaint_id = complaint_id

    def _store(self, uow: UnitOfWork) -> None:
        self.saved_id = raise_action(uow, self.ctx.user, self.complaint_id, self.collected())


_FACTS = {
    "received": QT_TRANSLATE_NOOP("ComplaintDialog", "Received"),
    "channel": QT_TRANSLATE_NOOP("ComplaintDialog", "Channel"),
    "severity": QT_TRANSLATE_NOOP("ComplaintDialog", "Severity"),
    "category": QT_TRANSLATE_NOOP("ComplaintDialog", "Category"),
    "customer": QT_TRANSLATE_NOOP("ComplaintDialog", "Customer"),
    "staff": QT_TRANSLATE_NOOP("ComplaintDialog", "Staff concerned"),
    "handler": QT_TRANSLATE_NOOP("ComplaintDialog", "Handled by"),
}
_CLOCK = {
    "deadline": QT_TRANSLATE_NOOP("ComplaintDialog", "Deadline"),
    "left": QT_TRANSLATE_NOOP("ComplaintDialog", "Time left"),
    "allowed": QT_TRANSLATE_NOOP("ComplaintDialog", "Allowed"),
    "started": QT_TRANSLATE_NOOP("ComplaintDialog", "Clock started"),
    "pauses": QT_TRANSLATE_NOOP("ComplaintDialog", "Clock paused"),
    "resolved": QT_TRANSLATE_NOOP("ComplaintDialog", "Decided"),
    "cause": QT_TRANSLATE_NOOP("ComplaintDialog", "Root cause"),
    "satisfaction": QT_TRANSLATE_NOOP("ComplaintDialog", "Customer satisfied"),
    "review": QT_TRANSLATE_NOOP("ComplaintDialog", "Review"),
}
