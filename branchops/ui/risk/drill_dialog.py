"""Record a drill (演练记录): the plan and day, who took part, each step's time against its target,
a P/S/M/U rating per objective, issues and their follow-up actions, photos and the summary.

Save records the drill as done and keeps the dialog open (issues then get their follow-up
actions); a planned drill opened here is recorded when saved.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops.core.actions.models import SourceKind
from branchops.core.actions.queries import actions_for_source
from branchops.core.concurrency import version_of
from branchops.core.errors import FieldProblem, UserError, ValidationError
from branchops.core.risk.drill_service import record_drill
from branchops.core.risk.drill_view import DrillDetail, load_drill
from branchops.core.risk.followup import proposed_for_issue, proposed_for_objective
from branchops.core.risk.labels import format_seconds, parse_seconds
from branchops.core.risk.models import Drill, DrillStatus
from branchops.core.risk.plan_queries import current_version_id, list_plans, load_version
from branchops.core.risk.queries import risk_choices
from branchops.core.staff.queries import active_people
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import ActionDialog, from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.risk.drill_panels import (
    EvaluationPanel,
    IssuesPanel,
    ParticipantsPanel,
    PhotosPanel,
    StepsPanel,
    SummaryPanel,
)
from branchops.ui.risk.drill_report import report_buttons
from branchops.ui.risk.drill_rows import DrillState
from branchops.ui.risk.tables import ACTION_COLUMNS
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.messages import FieldErrors, confirm, show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import InMemoryTableModel
from branchops.ui.widgets.writes import run_write

# The tab that holds each field's problems, by the field's first name part.
TAB_OF_FIELD = {"steps": 0, "participants": 1, "ratings": 2, "photos": 4, "risks": 5}


class DrillDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        drill_id: int | None = None,
        plan_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drill_id = drill_id
        self.errors = FieldErrors()
        self.dirty = False
        self.detail: DrillDetail | None = None
        self.opened: dict = {}  # the drill's version when read (core/concurrency.py)
        with ctx.db.session() as session:
            self.plans = [(p.id, p.name) for p in list_plans(session)]
            people = [(p.id, p.name) for p in active_people(session)]
            if drill_id is not None:
                self.opened = {(Drill, drill_id): version_of(session, Drill, drill_id)}
                self.detail = load_drill(session, drill_id, ctx.paths.photos)
                self.state = DrillState.of(self.detail)
            else:
                chosen = plan_id or (self.plans[0][0] if self.plans else None)
                version = (
                    load_version(session, current_version_id(session, chosen)) if chosen else None
                )
                self.state = DrillState.new(chosen, version)
            self.risks = risk_choices(session, include=self.state.risk_ids)
        self.people = people
        self._build()
        self._show_detail()
        self.resize(980, 680)

    @property
    def recorded(self) -> bool:
        return self.detail is not None and self.detail.status is DrillStatus.DONE

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_form())
        self.tabs = QTabWidget()
        self.steps = StepsPanel(self.state, self.errors)
        self.participants = ParticipantsPanel(self.state, self.people, self.errors)
        self.evaluation = EvaluationPanel(self.state)
        self.actions_model = InMemoryTableModel(ACTION_COLUMNS)
        actions_view = QTableView()
        actions_view.setModel(make_proxy(self.actions_model))
        actions_view.verticalHeader().setVisible(False)
        actions_view.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(ACTION_COLUMNS):
            actions_view.setColumnWidth(index, column.width)
        self.issues = IssuesPanel(self.state, actions_view)
        self.photos = PhotosPanel(self.state, self.ctx.paths.photos, self.errors)
        self.summary = SummaryPanel(self.state, self.risks, self.errors)
        tabs = (
            (self.steps, translate("DrillDialog", "Step times")),
            (self.participants, translate("DrillDialog", "Participants")),
            (self.evaluation, translate("DrillDialog", "Evaluation")),
            (self.issues, translate("DrillDialog", "Issues and actions")),
            (self.photos, translate("DrillDialog", "Photos")),
            (self.summary, translate("DrillDialog", "Summary and risks")),
        )
        for widget, title in tabs:
            self.tabs.addTab(widget, title)
            widget.changed.connect(self._changed)
        layout.addWidget(self.tabs, 1)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addLayout(self._buttons())
        self.evaluation.raise_action.connect(self.raise_for_objective)
        self.issues.raise_action.connect(self.raise_for_issue)

    def _top_form(self) -> QHBoxLayout:
        self.plan = QComboBox()
        for plan_id, name in self.plans:
            self.plan.addItem(name, plan_id)
        if self.state.plan_id is not None and self.plan.findData(self.state.plan_id) < 0:
            self.plan.addItem(self.detail.plan_name if self.detail else "", self.state.plan_id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(self.state.plan_id)))
        self.version = QLabel()
        self.held_on = QDateEdit(to_qdate(self.state.held_on))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumWidth(150)
        self.start_time = QLineEdit(
            self.state.start_time.strftime("%H:%M") if self.state.start_time else ""
        )
        self.start_time.setPlaceholderText("16:30")
        self.start_time.setMaximumWidth(70)
        self.announced = QCheckBox(translate("DrillDialog", "Announced in advance"))
        self.announced.setChecked(self.state.announced)
        self.lead = QComboBox()
        self.lead.addItem("", None)
        for staff_id, name in self.people:
            self.lead.addItem(name, staff_id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(self.state.lead_staff_id)))
        self.duration = QLineEdit(format_seconds(self.state.duration_seconds))
        self.duration.setPlaceholderText(translate("DrillDialog", "e.g. 12:30"))
        self.duration.setMaximumWidth(90)
        self.scenario = QLineEdit(self.state.scenario)
        self.scenario.setPlaceholderText(
            translate("DrillDialog", "What was simulated, e.g. smoke in the cash room")
        )
        left, right = QFormLayout(), QFormLayout()
        plan_line = QHBoxLayout()
        plan_line.addWidget(self.plan, 1)
        plan_line.addWidget(self.version)
        left.addRow(
            translate("DrillDialog", "Emergency plan"),
            self.errors.register("plan", _wrap(plan_line)),
        )
        left.addRow(
            translate("DrillDialog", "Held on"), self.errors.register("held_on", self.held_on)
        )
        left.addRow(translate("DrillDialog", "Scenario"), self.scenario)
        times = QHBoxLayout()
        times.addWidget(self.errors.register("start_time", self.start_time))
        times.addWidget(QLabel(translate("DrillDialog", "Duration")))
        times.addWidget(self.errors.register("duration", self.duration))
        times.addStretch(1)
        right.addRow(translate("DrillDialog", "Start time"), _wrap(times))
        right.addRow(
            translate("DrillDialog", "Drill lead"), self.errors.register("lead", self.lead)
        )
        right.addRow("", self.announced)
        line = QHBoxLayout()
        line.addLayout(left, 3)
        line.addLayout(right, 2)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        for edit in (self.start_time, self.duration, self.scenario):
            edit.textEdited.connect(self._changed)
        self.held_on.dateChanged.connect(self._changed)
        self.announced.toggled.connect(self._changed)
        self.lead.currentIndexChanged.connect(self._changed)
        return line

    def _buttons(self) -> QHBoxLayout:
        self.report_button, self.print_button = report_buttons(self.ctx)
        self.save_button = QPushButton(translate("DrillDialog", "Save as done"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(translate("DrillDialog", "Close"))
        line = QHBoxLayout()
        line.addWidget(self.report_button)
        line.addWidget(self.print_button)
        line.addStretch(1)
        line.addWidget(self.save_button)
        line.addWidget(self.close_button)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        gate(self.save_button, self.ctx.user, Permission.WRITE)
        return line

    # -- state ----------------------------------------------------------------------------------

    def _show_detail(self) -> None:
        recorded = self.recorded
        number = self.state.version.number if self.state.version else None
        self.version.setText(
            translate("DrillDialog", "version {n}").format(n=number) if number else ""
        )
        self.plan.setEnabled(not recorded)
        title = (
            translate("DrillDialog", "Drill record {id}").format(id=self.drill_id)
            if recorded
            else translate("DrillDialog", "Record a drill")
        )
        self.setWindowTitle(title)
        self.save_button.setText(
            translate("DrillDialog", "Save")
            if recorded
            else translate("DrillDialog", "Save as done")
        )
        for button in (self.report_button, self.print_button):
            button.set_record(self.drill_id if recorded else None)
        self.evaluation.action_button.setEnabled(recorded)
        self.issues.action_button.setEnabled(recorded)
        self._fill_actions()

    def _fill_actions(self) -> None:
        if self.drill_id is None:
            self.actions_model.set_rows([])
            return
        with self.ctx.db.session() as session:
            self.actions_model.set_rows(
                actions_for_source(session, SourceKind.DRILL, self.drill_id)
            )

    def _changed(self) -> None:
        self.dirty = True

    def _plan_changed(self) -> None:
        plan_id = self.plan.currentData()
        if plan_id is None or plan_id == self.state.plan_id:
            return
        with self.ctx.db.session() as session:
            version = load_version(session, current_version_id(session, plan_id))
        self.state.plan_id = plan_id
        self.state.use_version(version)
        self.steps.reload()
        self.evaluation.reload()
        self._show_detail()
        self._changed()

    def _collect(self) -> None:
        """Top fields into the state; a time that cannot be read is refused at its field."""
        self.state.held_on = from_qdate(self.held_on.date())
        self.state.announced = self.announced.isChecked()
        self.state.lead_staff_id = self.lead.currentData()
        self.state.scenario = self.scenario.text()
        problems = []
        try:
            self.state.duration_seconds = parse_seconds(self.duration.text())
        except ValueError:
            problems.append(("duration", translate("DrillDialog", "Type the duration as 12:30.")))
        try:
            self.state.start_time = _parse_time(self.start_time.text())
        except ValueError:
            problems.append(
                ("start_time", translate("DrillDialog", "Type the start time as 16:30."))
            )
        if problems:
            raise ValidationError([FieldProblem(f, m) for f, m in problems])

    # -- actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        try:
            self._collect()
        except ValidationError as error:
            self._show_invalid(error)
            return False
        data = self.state.to_input()
        written = run_write(
            self.ctx,
            self,
            "risk",
            lambda uow: record_drill(
                uow, self.ctx.user, data, self.ctx.paths.photos, self.drill_id
            ),
            on_invalid=self._show_invalid,
            opened=self.opened,
        )
        if not written:
            return False
        self.drill_id = written.value
        self._reload()
        return True

    def _reload(self) -> None:
        assert self.drill_id is not None
        with self.ctx.db.session() as session:
            self.opened = {(Drill, self.drill_id): version_of(session, Drill, self.drill_id)}
            self.detail = load_drill(session, self.drill_id, self.ctx.paths.photos)
        fresh = DrillState.of(self.detail)
        self.state.issues[:] = fresh.issues
        self.state.photos[:] = fresh.photos
        self.issues.model.set_rows(self.state.issues)
        self.photos.fill()
        self.errors.clear()
        self.leftover.clear()
        self.dirty = False
        self._show_detail()

    def _show_invalid(self, error: ValidationError) -> None:
        leftover = self.errors.show(error)
        self.leftover.setText("\n".join(leftover))
        first = error.problems[0].field.split("[")[0].split(".")[0] if error.problems else ""
        if first in TAB_OF_FIELD:
            self.tabs.setCurrentIndex(TAB_OF_FIELD[first])

    def _ready_for_actions(self) -> bool:
        if self.recorded and not self.dirty:
            return True
        show_user_error(
            self,
            UserError(
                translate("DrillDialog", "Save the drill first, then raise its follow-up actions.")
            ),
        )
        return False

    def raise_for_issue(self, issue_id: int) -> None:
        if not self._ready_for_actions() or not issue_id or self.drill_id is None:
            return
        try:
            with self.ctx.db.session() as session:
                proposal = proposed_for_issue(session, self.drill_id, issue_id)
        except UserError as error:
            show_user_error(self, error)
            return
        ActionDialog(self.ctx, self, proposal=proposal).exec()
        self._fill_actions()

    def raise_for_objective(self, objective_id: int) -> None:
        if not self._ready_for_actions() or self.drill_id is None:
            return
        try:
            with self.ctx.db.session() as session:
                proposal = proposed_for_objective(session, self.drill_id, objective_id)
        except UserError as error:
            show_user_error(self, error)
            return
        ActionDialog(self.ctx, self, proposal=proposal).exec()
        self._fill_actions()

    def reject(self) -> None:
        question = translate("DrillDialog", "Close without saving the changes?")
        if self.dirty and not confirm(self, translate("DrillDialog", "Close"), question):
            return
        super().reject()


def _wrap(layout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


def _parse_time(text: str) -> time | None:
    value = text.strip().replace("：", ":")
    if not value:
        return None
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        raise ValueError(value)
    return time(int(hours), int(minutes))
