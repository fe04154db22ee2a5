"""The tabs of the drill dialog: step times, participants, evaluation, issues, photos, summary.

Each panel edits its part of the dialog's ``DrillState`` in place and emits ``changed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.quality.photos import photo_path
from branchops.core.risk.drill_input import PhotoInput
from branchops.core.risk.labels import format_seconds
from branchops.i18n import translate
from branchops.ui.quality.run_panel import PHOTO_FILTER, THUMB, missing_icon, thumbnail
from branchops.ui.risk.drill_rows import (
    ISSUE_FIELDS,
    PARTICIPANT_FIELDS,
    STEP_FIELDS,
    DrillState,
    IssueRow,
    ParticipantRow,
    paint_rating,
    paint_step,
    rating_fields,
)
from branchops.ui.risk.edit_table import EditTable
from branchops.ui.risk.rows_model import RowsModel
from branchops.ui.widgets.messages import FieldErrors


class StepsPanel(QWidget):
    changed = Signal()

    def __init__(self, state: DrillState, errors: FieldErrors, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RowsModel(STEP_FIELDS, state.steps, paint=paint_step)
        self.table = EditTable(self.model)
        self.total = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet(FieldErrors.STYLE)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("DrillDialog", "Type the time each step took, e.g. 2:45."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addWidget(errors.register("steps", self.table), 1)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        self.model.edited.connect(self._edited)
        self.model.rejected.connect(self.problem.setText)
        self.update_total()

    def reload(self) -> None:
        self.model.set_rows(self.state.steps)
        self.update_total()

    def _edited(self) -> None:
        self.problem.clear()
        self.update_total()
        self.changed.emit()

    def update_total(self) -> None:
        timed = [r for r in self.state.steps if r.achieved is not None]
        met = sum(1 for r in timed if r.achieved)
        self.total.setText(
            translate(
                "DrillDialog", "Steps add up to {total}; {met} of {timed} timed targets met."
            ).format(
                total=format_seconds(self.state.steps_total) or "0:00", met=met, timed=len(timed)
            )
        )


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(
        self, state: DrillState, people: list[tuple[int, str]], errors: FieldErrors, parent=None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.people = people
        self.model = RowsModel(PARTICIPANT_FIELDS, state.participants)
        self.table = EditTable(self.model)
        self.person = QComboBox()
        self.add_button = QPushButton(translate("DrillDialog", "Add"))
        self.everyone = QPushButton(translate("DrillDialog", "Add everyone"))
        self.remove_button = QPushButton(translate("DrillDialog", "Remove"))
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(errors.register("participants", self.table), 1)
        line = QHBoxLayout()
        for widget in (self.person, self.add_button, self.everyone, self.remove_button):
            line.addWidget(widget)
        line.addStretch(1)
        line.addWidget(self.counts)
        layout.addLayout(line)
        self.add_button.clicked.connect(self._add)
        self.everyone.clicked.connect(self._add_everyone)
        self.remove_button.clicked.connect(self._remove)
        self.model.edited.connect(self._edited)
        self._fill_people()

    def _fill_people(self) -> None:
        listed = {p.staff_id for p in self.state.participants}
        self.person.clear()
        for staff_id, name in self.people:
            if staff_id not in listed:
                self.person.addItem(name, staff_id)
        self.add_button.setEnabled(self.person.count() > 0)
        self.everyone.setEnabled(self.person.count() > 0)
        present = sum(1 for p in self.state.participants if p.present)
        self.counts.setText(
            translate("DrillDialog", "{present} present, {absent} absent").format(
                present=present, absent=len(self.state.participants) - present
            )
        )

    def _edited(self) -> None:
        self.state.participants = self.model.rows
        self._fill_people()
        self.changed.emit()

    def _add(self) -> None:
        if self.person.currentData() is not None:
            self.model.add_row(ParticipantRow(self.person.currentData(), self.person.currentText()))

    def _add_everyone(self) -> None:
        listed = {p.staff_id for p in self.state.participants}
        for staff_id, name in self.people:
            if staff_id not in listed:
                self.model.add_row(ParticipantRow(staff_id, name))

    def _remove(self) -> None:
        self.model.remove_row(self.table.current_position())


class EvaluationPanel(QWidget):
    changed = Signal()
    raise_action = Signal(int)  # objective id

    def __init__(self, state: DrillState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RowsModel(rating_fields(), state.ratings, paint=paint_rating)
        self.table = EditTable(self.model)
        self.action_button = QPushButton(translate("DrillDialog", "Raise a corrective action…"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "DrillDialog",
                "Rate each objective: P without challenges, S with some, M with major "
                "challenges, U unable to be performed.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        line = QHBoxLayout()
        line.addWidget(self.action_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.model.edited.connect(self.changed)
        self.action_button.clicked.connect(self._raise)

    def reload(self) -> None:
        self.model.set_rows(self.state.ratings)

    def _raise(self) -> None:
        position = self.table.current_position()
        if position >= 0:
            self.raise_action.emit(self.state.ratings[position].objective_id)


class IssuesPanel(QWidget):
    changed = Signal()
    raise_action = Signal(int)  # issue id

    def __init__(self, state: DrillState, actions: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RowsModel(ISSUE_FIELDS, state.issues)
        self.table = EditTable(self.model)
        self.add_button = QPushButton(translate("DrillDialog", "Add an issue"))
        self.remove_button = QPushButton(translate("DrillDialog", "Remove"))
        self.action_button = QPushButton(translate("DrillDialog", "Raise a corrective action…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        line = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.action_button):
            line.addWidget(widget)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(QLabel(translate("DrillDialog", "Follow-up corrective actions")))
        layout.addWidget(actions, 1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(
            lambda: self.model.remove_row(self.table.current_position())
        )
        self.action_button.clicked.connect(self._raise)
        self.model.edited.connect(self._edited)

    def _edited(self) -> None:
        self.state.issues = self.model.rows
        self.changed.emit()

    def _add(self) -> None:
        position = self.model.add_row(IssueRow(""))
        self.table.setCurrentIndex(self.model.index(position, 0))
        self.table.edit(self.model.index(position, 0))

    def _raise(self) -> None:
        position = self.table.current_position()
        if position >= 0:
            self.raise_action.emit(self.state.issues[position].id or 0)


class PhotosPanel(QWidget):
    changed = Signal()

    def __init__(self, state: DrillState, photos_dir: Path, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.state = state
        self.photos_dir = photos_dir
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.add_button = QPushButton(translate("DrillDialog", "Add photos…"))
        self.remove_button = QPushButton(translate("DrillDialog", "Remove photo"))
        layout = QVBoxLayout(self)
        layout.addWidget(errors.register("photos", self.list), 1)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addWidget(self.remove_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for photo in self.state.photos:
            path = photo.source or photo_path(self.photos_dir, photo.sha256, photo.extension)
            name = photo.original_name or path.name
            icon = thumbnail(path)
            entry = QListWidgetItem(icon or missing_icon(), name)
            if icon is None:
                entry.setText(translate("DrillDialog", "{name} (file missing)").format(name=name))
            self.list.addItem(entry)

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("DrillDialog", "Add photos"),
            "",
            translate("DrillDialog", "Photos ({patterns})").format(patterns=PHOTO_FILTER),
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        if files:
            self.state.photos.extend(PhotoInput(original_name=f.name, source=f) for f in files)
            self.fill()
            self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.state.photos.pop(row)
            self.fill()
            self.changed.emit()


class SummaryPanel(QWidget):
    changed = Signal()

    def __init__(
        self, state: DrillState, risks: list[tuple[int, str]], errors: FieldErrors, parent=None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.risk_names = dict(risks)
        self.summary = QPlainTextEdit(state.summary)
        self.strengths = QPlainTextEdit(state.strengths)
        self.improvements = QPlainTextEdit(state.improvements)
        for edit in (self.summary, self.strengths, self.improvements):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._texts_changed)
        self.linked = QListWidget()
        self.linked.setMaximumHeight(90)
        self.risk = QComboBox()
        self.risk.setEditable(True)
        self.risk.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for risk_id, label in risks:
            self.risk.addItem(label, risk_id)
        self.risk.setCurrentIndex(-1)
        self.link_button = QPushButton(translate("DrillDialog", "Link"))
        self.unlink_button = QPushButton(translate("DrillDialog", "Unlink"))
        form = QFormLayout(self)
        form.addRow(translate("DrillDialog", "After-action summary"), self.summary)
        form.addRow(translate("DrillDialog", "Strengths"), self.strengths)
        form.addRow(translate("DrillDialog", "Areas for improvement"), self.improvements)
        line = QHBoxLayout()
        line.addWidget(self.risk, 1)
        line.addWidget(self.link_button)
        line.addWidget(self.unlink_button)
        form.addRow(translate("DrillDialog", "Linked risks"), errors.register("risks", self.linked))
        form.addRow("", line)
        self.link_button.clicked.connect(self._link)
        self.unlink_button.clicked.connect(self._unlink)
        self._fill_links()

    def _texts_changed(self) -> None:
        self.state.summary = self.summary.toPlainText()
        self.state.strengths = self.strengths.toPlainText()
        self.state.improvements = self.improvements.toPlainText()
        self.changed.emit()

    def _fill_links(self) -> None:
        self.linked.clear()
        for risk_id in self.state.risk_ids:
            self.linked.addItem(self.risk_names.get(risk_id, f"#{risk_id}"))

    def _link(self) -> None:
        risk_id = self.risk.currentData()
        if risk_id is not None and risk_id not in self.state.risk_ids:
            self.state.risk_ids.append(risk_id)
            self._fill_links()
            self.changed.emit()

    def _unlink(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            self.state.risk_ids.pop(row)
            self._fill_links()
            self.changed.emit()
