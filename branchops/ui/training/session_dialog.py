"""Record a training session and its attendance (培训场次): the session's details on top, then the
attendance lines, filled quickly from the keyboard (see ``attendance_lines``)."""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.training.compliance import people_required
from branchops.core.training.labels import session_status_label
from branchops.core.training.models import AttendanceStatus, SessionStatus, TrainingSession
from branchops.core.training.queries import (
    CourseFacts,
    course_choices,
    course_facts,
    staff_choices,
)
from branchops.core.training.sessions import SessionInput, load_session_input, save_session
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.attendance_lines import (
    SCORE,
    STATUS,
    AttendanceLinesModel,
    AttendanceTable,
    Line,
)
from branchops.ui.training.common import date_edit, from_qdate, select_data, to_qdate
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

_LINE_FIELD = re.compile(r"^attendances\[(\d+)\]")


class SessionDialog(FormDialog):
    AREA = "training"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        session_id: int | None = None,
        course_id: int | None = None,
        staff_ids: list[int] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.session_id = session_id
        self.saved_id: int | None = None
        with ctx.db.session() as session:
            self.open_record(session, TrainingSession, session_id)
            self.courses = course_facts(session)
            self.choices = course_choices(session, include_retired=session_id is not None)
            self.staff = {s.id: (s.employee_no, s.name, s.active) for s in staff_choices(session)}
            data = (
                load_session_input(session, session_id)
                if session_id is not None
                else SessionInput(course_id, clock.today())
            )
        self.lines = AttendanceLinesModel(self)
        self.setWindowTitle(
            translate("TrainingPage", "New training session")
            if session_id is None
            else translate("TrainingPage", "Training session")
        )
        self._build()
        self._show(data, staff_ids or [])
        self.resize(860, 640)

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.course = QComboBox()
        for choice in self.choices:
            self.course.addItem(choice.title, choice.id)
        self.day = date_edit()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, 200.0)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("TrainingPage", " h"))
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(session_status_label(status), status.value)
        for field, label, widget in (
            ("course_id", translate("TrainingPage", "Course"), self.course),
            ("day", translate("TrainingPage", "Date"), self.day),
            ("start", translate("TrainingPage", "Start time"), self.start),
            ("hours", translate("TrainingPage", "Hours"), self.hours),
            ("status", translate("TrainingPage", "Status"), self.status),
        ):
            left.addRow(label, self.errors.register(field, widget))
        self.trainer = QComboBox()
        self.trainer.setEditable(True)
        self.trainer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.trainer.addItem("", None)
        for staff_id, (_, name, active) in self.staff.items():
            if active:
                self.trainer.addItem(name, staff_id)
        self.trainer.lineEdit().setPlaceholderText(
            translate("TrainingPage", "A colleague, or type an outside trainer")
        )
        self.place = QLineEdit()
        self.place.setMaxLength(128)
        self.online = QCheckBox(translate("TrainingPage", "Online"))
        self.note = QLineEdit()
        for field, label, widget in (
            ("trainer", translate("TrainingPage", "Trainer"), self.trainer),
            ("place", translate("TrainingPage", "Place"), self.place),
            ("online", "", self.online),
            ("note", translate("TrainingPage", "Note"), self.note),
        ):
            right.addRow(label, self.errors.register(field, widget))
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        layout.addLayout(top)
        layout.addWidget(self._attendance_box(), 1)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.course.currentIndexChanged.connect(self._course_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.lines.dataChanged.connect(self._count)
        self.lines.rowsInserted.connect(self._count)
        self.lines.rowsRemoved.connect(self._count)
        self.lines.modelReset.connect(self._count)

    def _attendance_box(self) -> QGroupBox:
        self.box = QGroupBox(translate("TrainingPage", "Attendance"))
        layout = QVBoxLayout(self.box)
        bar = QHBoxLayout()
        self.who = QLineEdit()
        self.who.setPlaceholderText(translate("TrainingPage", "Employee no. or name, then Enter"))
        self.who.setMinimumWidth(220)
        self.add_button = QPushButton(translate("TrainingPage", "Add"))
        self.required_button = QPushButton(translate("TrainingPage", "Add everyone required"))
        self.remove_button = QPushButton(translate("TrainingPage", "Remove line"))
        for widget in (self.who, self.add_button, self.required_button, self.remove_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.counts = QLabel()
        bar.addWidget(self.counts)
        layout.addLayout(bar)
        self.hint = QLabel(
            translate(
                "TrainingPage",
                "Type a score and press Enter to go to the next person; in the attendance "
                "column P, A or E marks present, absent or excused.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.table = AttendanceTable(self.lines)
        layout.addWidget(self.table, 1)
        self.who.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.required_button.clicked.connect(self.add_required)
        self.remove_button.clicked.connect(self.remove_current)
        return self.box

    # -- data -----------------------------------------------------------------------------------

    def _show(self, data: SessionInput, staff_ids: list[int]) -> None:
        if data.course_id is not None and self.course.findData(data.course_id) < 0:
            course = self.courses.get(data.course_id)
            self.course.addItem(course.title if course else f"#{data.course_id}", data.course_id)
        select_data(self.course, data.course_id)
        self.day.setDate(to_qdate(data.day or clock.today()))
        start = data.start_time or time(17, 30)
        self.start.setTime(QTime(start.hour, start.minute))
        select_data(self.status, data.status.value)
        if data.trainer_staff_id is not None:
            select_data(self.trainer, data.trainer_staff_id)
        else:
            self.trainer.setEditText(data.trainer_name)
        self.place.setText(data.place)
        self.online.setChecked(data.online)
        self.note.setText(data.note)
        lines = [
            Line(a.staff_id, *self.staff.get(a.staff_id, ("", "", True))[:2], a.status, a.score,
                 a.certificate_no)
            for a in data.attendances
            if a.staff_id is not None
        ]  # fmt: skip
        self.lines.set_lines(lines)
        for staff_id in staff_ids:
            self._add(staff_id)
        self._course_changed(keep_hours=data.hours)
        self._status_changed()

    def _course(self) -> CourseFacts | None:
        return self.courses.get(self.course.currentData())

    def _course_changed(self, _index: int | None = None, keep_hours: float | None = None) -> None:
        course = self._course()
        if course is None:
            return
        self.lines.set_course(course.pass_mark, course.issues_certificate)
        self.hours.setValue(keep_hours if keep_hours is not None else course.hours)

    def _status_changed(self) -> None:
        held = self.status.currentData() == SessionStatus.HELD.value
        self.box.setEnabled(held)

    def _count(self) -> None:
        lines = self.lines.lines
        present = sum(1 for line in lines if line.status is AttendanceStatus.PRESENT)
        passed = sum(1 for line in lines if self.lines._passed(line))
        self.counts.setText(
            translate(
                "TrainingPage", "{count} people · {present} present · {passed} passed"
            ).format(count=len(lines), present=present, passed=passed)
        )

    def _add(self, staff_id: int) -> int:
        number, name, _ = self.staff.get(staff_id, ("", "", True))
        return self.lines.add(Line(staff_id, number, name))

    def find_person(self, text: str) -> int | None:
        """The person whose employee no. or name is ``text`` (or the only name starting so)."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for staff_id, (number, name, _) in self.staff.items():
            if wanted in (number.casefold(), name.casefold()):
                return staff_id
        starting = [
            i
            for i, (_, name, active) in self.staff.items()
            if active and name.startswith(text.strip())
        ]
        return starting[0] if len(starting) == 1 else None

    def add_typed(self) -> None:
        staff_id = self.find_person(self.who.text())
        if staff_id is None:
            self.leftover.setText(
                translate("TrainingPage", "Nobody has the employee no. or name “{text}”.").format(
                    text=self.who.text().strip()
                )
            )
            return
        row = self._add(staff_id)
        self.who.clear()
        self.leftover.clear()
        self.table.setCurrentIndex(self.lines.index(row, SCORE))

    def add_required(self) -> None:
        course = self._course()
        if course is None:
            return
        with self.ctx.db.session() as session:
            people = people_required(session, course.id, from_qdate(self.day.date()))
        for person in people:
            self._add(person.id)
        if self.lines.lines:
            column = SCORE if course.pass_mark is not None else STATUS
            self.table.setCurrentIndex(self.lines.index(0, column))
            self.table.setFocus()

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.lines.remove(index.row())

    def collected(self) -> SessionInput:
        trainer_id = self.trainer.currentData()
        trainer_text = self.trainer.currentText().strip()
        if (
            trainer_id is not None
            and self.trainer.itemText(self.trainer.currentIndex()) != trainer_text
        ):
            trainer_id = None
        start = self.start.time()
        status = SessionStatus(self.status.currentData())
        return SessionInput(
            course_id=self.course.currentData(),
            day=from_qdate(self.day.date()),
            start_time=time(start.hour(), start.minute()),
            hours=self.hours.value(),
            status=status,
            trainer_staff_id=trainer_id,
            trainer_name="" if trainer_id is not None else trainer_text,
            place=self.place.text(),
            online=self.online.isChecked(),
            note=self.note.text(),
            attendances=self.lines.inputs() if status is SessionStatus.HELD else [],
        )

    def _store(self, uow: UnitOfWork) -> None:
        self.saved_id = save_session(uow, self.ctx.user, self.collected(), self.session_id)

    def _show_invalid(self, error: ValidationError) -> None:
        by_row: dict[int, list[str]] = {}
        others = []
        for problem in error.problems:
            match = _LINE_FIELD.match(problem.field)
            if match:
                by_row.setdefault(int(match.group(1)), []).append(problem.message)
            else:
                others.append(problem)
        self.lines.show_problems(by_row)
        leftover = self.errors.show(ValidationError(others)) if others else []
        if not others:
            self.errors.clear()
        line_messages = [m for row in sorted(by_row) for m in by_row[row]]
        self.leftover.setText("\n".join([*leftover, *line_messages]))
