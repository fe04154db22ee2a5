"""Running an inspection: answer by keyboard, see the score live, save a draft or complete it.

A completed inspection opens locked; "Amend…" unlocks it and saving asks for the reason.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.branch.queries import load_profile
from branchops.core.concurrency import version_of
from branchops.core.errors import UserError, ValidationError
from branchops.core.quality.findings import proposed_action, raise_action_from_answer
from branchops.core.quality.inspection_input import AnswerInput, InspectionInput
from branchops.core.quality.inspection_view import InspectionDetail, load_inspection, to_input
from branchops.core.quality.models import QcInspection
from branchops.core.quality.service import amend_inspection, complete_inspection, save_draft
from branchops.core.quality.templates import list_templates
from branchops.core.quality.versions import current_version_id, load_version
from branchops.core.staff.queries import active_people
from branchops.core.users.permissions import Permission
from branchops.core.users.service import list_users
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.context import AppContext
from branchops.ui.quality.report import report_buttons
from branchops.ui.quality.run_panel import ItemPanel
from branchops.ui.quality.run_state import RunState
from branchops.ui.quality.run_table import COL_TEXT, AnswerModel, AnswerTable
from branchops.ui.widgets.messages import confirm, show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.writes import run_write

ANSWER_FIELD = re.compile(r"^answers\[(\d+)\]")


class InspectionDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        inspection_id: int | None = None,
        template_id: int | None = None,
        due_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.opened: dict = {}  # the inspection's version when read (core/concurrency.py)
        self.detail: InspectionDetail | None = None
        self.amending = False
        with ctx.db.session() as session:
            self.templates = [] if inspection_id else list_templates(session)
            self.people = [(p.id, p.name) for p in active_people(session)]
            self.users = [u.display_name or u.username for u in list_users(session, False)]
            profile = load_profile(session)
        self.manager_name = profile.manager if profile else ""
        state = self._initial_state(template_id, due_date)
        self.model = AnswerModel(state, self)
        self._build()
        self._wire()
        self._show_state()
        self._keep_baseline()
        self.resize(1180, 720)

    # -- loading ------------------------------------------------------------------------------

    def _initial_state(self, template_id: int | None, due_date: date | None) -> RunState | None:
        if self.inspection_id is not None:
            return self._load_saved(self.inspection_id)
        if template_id is None and self.templates:
            template_id = self.templates[0].id
        if template_id is None:
            return None
        self.template_id = template_id
        with self.ctx.db.session() as session:
            version = load_version(session, current_version_id(session, template_id))
        inspector = self.ctx.user.display_name or self.manager_name
        data = InspectionInput(
            version_id=version.id,
            inspector_name=inspector,
            performed_at=clock.now().replace(second=0, microsecond=0),
            due_date=due_date,
        )
        return RunState(version, data)

    def _load_saved(self, inspection_id: int) -> RunState:
        with self.ctx.db.session() as session:
            self.opened = {
                (QcInspection, inspection_id): version_of(session, QcInspection, inspection_id)
            }
            self.detail = load_inspection(session, inspection_id, self.ctx.paths.photos)
            data = to_input(session, inspection_id)
        self.template_id = self.detail.template_id
        return RunState(self.detail.version, data)

    @property
    def locked(self) -> bool:
        return self.detail is not None and self.detail.locked and not self.amending

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.template = QComboBox()
        for row in self.templates:
            self.template.addItem(row.name, row.id)
        self.template.setVisible(bool(self.templates))
        self.template_name = QLabel()
        self.template_name.setStyleSheet("font-weight: bold;")
        self.inspector = QComboBox()
        self.inspector.setEditable(True)
        for staff_id, name in self.people:
            self.inspector.addItem(name, staff_id)
        for name in self.users:
            if self.inspector.findText(name) < 0:
                self.inspector.addItem(name, None)
        self.performed = QDateTimeEdit()
        self.performed.setCalendarPopup(True)
        self.performed.setDisplayFormat("yyyy-MM-dd HH:mm")
        for label, widget in (
            (translate("QualityRun", "Checklist"), self.template),
            ("", self.template_name),
            (translate("QualityRun", "Inspector"), self.inspector),
            (translate("QualityRun", "Date and time"), self.performed),
        ):
            if label:
                header.addWidget(QLabel(label))
            header.addWidget(widget)
        header.addStretch(1)
        layout.addLayout(header)
        self.keys_hint = QLabel(
            translate(
                "QualityRun",
                "Keys: 1 = pass / yes, 2 = fail / no, 0–9 = scale step or n-th response, "
                "N = N/A, Del = clear, type a number for number items; ↑↓ move.",
            )
        )
        self.keys_hint.setStyleSheet("color: #666;")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = AnswerTable(self.model)
        self.panel = ItemPanel(self.ctx.paths.photos, self.people)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._footer())

    def _footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
        self.score = QLabel()
        self.score.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.critical = QLabel()
        self.progress = QLabel()
        footer.addWidget(self.score)
        footer.addWidget(self.critical)
        footer.addWidget(self.progress)
        footer.addStretch(1)
        self.report, self.print_button = report_buttons(self.ctx, self)
        self.amend_button = QPushButton(translate("QualityRun", "Amend…"))
        self.draft_button = QPushButton(translate("QualityRun", "Save draft"))
        self.complete_button = QPushButton(translate("QualityRun", "Complete and lock"))
        self.close_button = QPushButton(translate("QualityRun", "Close"))
        self.draft_button.setToolTip("Ctrl+S")
        self.complete_button.setToolTip("Ctrl+Enter")
        for button in (self.report, self.print_button, self.amend_button, self.draft_button,
                       self.complete_button, self.close_button):  # fmt: skip
            button.setAutoDefault(False)
            footer.addWidget(button)
        return footer

    def _wire(self) -> None:
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.answers_changed.connect(self._update_summary)
        self.panel.changed.connect(self._panel_changed)
        self.panel.raise_action.connect(self.raise_action)
        self.draft_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.amend_button.clicked.connect(self.start_amending)
        self.close_button.clicked.connect(self.reject)

    # -- showing ------------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.model.state
        has_state = state is not None
        if has_state:
            self.template_name.setText(f"{state.version.display_name} · v{state.version.number}")
            self.inspector.setCurrentText(state.data.inspector_name)
            self.performed.setDateTime(QDateTime(state.data.performed_at))
        self.model.read_only = self.locked or not has_state
        self.panel.read_only = self.model.read_only
        self.table.update_visibility()
        for widget in (self.inspector, self.performed, self.template):
            widget.setEnabled(not self.locked)
        self.template.setEnabled(self.inspection_id is None)
        can_write = self.ctx.user.allowed(Permission.WRITE)
        self.draft_button.setVisible(not self.locked and not self.amending)
        self.draft_button.setEnabled(has_state and can_write)
        self.complete_button.setText(
            translate("QualityRun", "Save amendment…")
            if self.amending
            else translate("QualityRun", "Complete and lock")
        )
        self.complete_button.setVisible(not self.locked)
        self.complete_button.setEnabled(has_state and can_write)
        self.amend_button.setVisible(self.locked)
        gate(self.amend_button, self.ctx.user, Permission.APPROVE)
        self.report.set_record(self.inspection_id)
        self.print_button.set_record(self.inspection_id)
        self.setWindowTitle(self._title())
        self._update_summary()
        self._select_first()

    def _title(self) -> str:
        if self.detail is None:
            return translate("QualityRun", "New inspection")
        if self.detail.locked:
            return translate("QualityRun", "Inspection {id} (completed, locked)").format(
                id=self.detail.id
            )
        return translate("QualityRun", "Inspection {id} (draft)").format(id=self.detail.id)

    def _select_first(self) -> None:
        for row in range(self.model.rowCount()):
            if not self.table.isRowHidden(row):
                self.table.setCurrentIndex(self.model.index(row, COL_TEXT))
                break
        self.table.setFocus()

    def _update_summary(self) -> None:
        state = self.model.state
        if state is None:
            self.score.setText(translate("QualityRun", "No checklist template yet."))
            return
        result = state.score
        score = "—" if result.score is None else f"{result.score:.1f}"
        self.score.setText(
            translate("QualityRun", "Score {score} (pass mark {mark:g})").format(
                score=score, mark=state.version.pass_mark
            )
        )
        critical = len(result.critical_failures)
        self.critical.setText(
            translate("QualityRun", "Critical failures: {count}").format(count=critical)
        )
        self.critical.setStyleSheet(
            "color: white; background: #c62828; padding: 2px 6px;" if critical else ""
        )
        self.progress.setText(
            translate("QualityRun", "Failed: {failed} · Unanswered: {left}").format(
                failed=len(result.failed), left=state.unanswered()
            )
        )

    def _current_changed(self, current, _previous) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        self.panel.show_item(self.model.state, item)

    def _panel_changed(self) -> None:
        self.model.refresh_all()

    def _template_chosen(self) -> None:
        template_id = self.template.currentData()
        if template_id is None or self.inspection_id is not None:
            return
        current = getattr(self, "template_id", None)
        if template_id == current:
            return
        if self.has_unsaved_changes() and not confirm(
            self,
            translate("QualityRun", "Unsaved answers"),
            translate(
                "QualityRun",
                "Choosing another checklist clears the answers entered so far. Continue?",
            ),
        ):
            self.template.blockSignals(True)
            self.template.setCurrentIndex(self.template.findData(current))
            self.template.blockSignals(False)
            return
        self.model.set_state(self._initial_state(template_id, None))
        self._show_state()
        self._keep_baseline()

    # -- saving -------------------------------------------------------------------------------

    def _collect(self) -> InspectionInput:
        state = self.model.state
        data = state.snapshot()
        data.inspector_name = self.inspector.currentText().strip()
        index = self.inspector.findText(data.inspector_name)
        data.inspector_staff_id = self.inspector.itemData(index) if index >= 0 else None
        data.performed_at = self.performed.dateTime().toPython().replace(second=0, microsecond=0)
        return data

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+S saves the draft, Ctrl+Enter completes (keys the answer table passes on)."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if control and key == Qt.Key.Key_S and self.draft_button.isVisible():
            if self.draft_button.isEnabled():
                self.save_draft()
            return
        if control and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.complete_button.isVisible() and self.complete_button.isEnabled():
                self.complete()
            return
        super().keyPressEvent(event)

    def save_draft(self) -> bool:
        return self._save(save_draft)

    def complete(self) -> bool:
        if self.amending:
            return self._save_amendment()
        return self._save(complete_inspection)

    def _keep_baseline(self) -> None:
        """Remember the answers as saved (or as started), to notice unsaved changes."""
        state = self.model.state
        self._saved_answers = deepcopy(state.snapshot().answers) if state is not None else {}

    def has_unsaved_changes(self) -> bool:
        state = self.model.state
        if state is None or self.locked:
            return False
        return state.snapshot().answers != self._saved_answers

    def reject(self) -> None:
        """Close, Esc or the window's close box: answers not yet saved are lost only when the
        user agrees."""
        if self.has_unsaved_changes() and not confirm(
            self,
            translate("QualityRun", "Unsaved answers"),
            translate(
                "QualityRun",
                "The answers entered since the last save will be lost. Close the inspection?",
            ),
        ):
            return
        super().reject()

    def _save(self, service) -> bool:
        if self.model.state is None:
            return False
        data = self._collect()
        written = run_write(
            self.ctx,
            self,
            "quality",
            lambda uow: service(
                uow, self.ctx.user, data, self.ctx.paths.photos, self.inspection_id
            ),
            on_invalid=self._show_problem,
            opened=self.opened,
        )
        if not written:
            return False
        self.inspection_id = written.value
        self._reload()
        return True

    def _show_problem(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            for problem in error.problems:
                match = ANSWER_FIELD.match(problem.field)
                if match:
                    self._select_item(int(match.group(1)))
                    break
        show_user_error(self, error)

    def _select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.state.items):
            if item.id == item_id:
                self.table.setCurrentIndex(self.model.index(row, COL_TEXT))
                return

    def _reload(self) -> None:
        self.amending = False
        self.model.set_state(self._load_saved(self.inspection_id))
        self._show_state()
        self._keep_baseline()

    def start_amending(self) -> None:
        self.amending = True
        self._show_state()

    def _save_amendment(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            translate("QualityRun", "Amend a completed inspection"),
            translate("QualityRun", "Why is the completed inspection changed?"),
        )
        if not ok:
            return False
        return self.amend(reason)

    def amend(self, reason: str) -> bool:
        state = self.model.state
        changes = {item.id: state.data.answers.get(item.id, AnswerInput()) for item in state.items}
        written = run_write(
            self.ctx,
            self,
            "quality",
            lambda uow: amend_inspection(
                uow, self.ctx.user, self.inspection_id, changes, reason, self.ctx.paths.photos
            ),
            on_invalid=self._show_problem,
            opened=self.opened,
        )
        if not written:
            return False
        self._reload()
        return True

    def raise_action(self, item_id: int) -> None:
        if self.detail is None or item_id not in self.detail.answers:
            return
        try:
            with self.ctx.db.session() as session:
                proposal = proposed_action(session, self.detail.answers[item_id].id)
        except UserError as error:
            show_user_error(self, error)
            return
        answer_id = self.detail.answers[item_id].id

        def create(uow, user, data) -> int:
            return raise_action_from_answer(uow, user, answer_id, adjusted=data)

        ActionDialog(self.ctx, self, proposal=proposal, create=create).exec()
