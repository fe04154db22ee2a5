"""Add or edit a course (课程): who must take it, how long a pass lasts, hours, pass mark,
certificate and the skill it grants."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops.core.errors import ValidationError
from branchops.core.staff import catalog
from branchops.core.training.labels import category_label
from branchops.core.training.models import CourseCategory, TrainingCourse
from branchops.core.training.service import (
    MAX_VALIDITY_MONTHS,
    CourseInput,
    create_course,
    load_course_input,
    update_course,
)
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.common import select_data
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


class CourseDialog(FormDialog):
    AREA = "training"

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, course_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.course_id = course_id
        self.saved_id: int | None = None
        with ctx.db.session() as session:
            self.positions = catalog.list_positions(session)
            self.skills = catalog.list_skills(session)
            self.open_record(session, TrainingCourse, course_id)
            data = load_course_input(session, course_id) if course_id else CourseInput()
        self.setWindowTitle(
            translate("TrainingPage", "New course")
            if course_id is None
            else translate("TrainingPage", "Edit course")
        )
        self._build()
        self._show(data)
        self.resize(560, 600)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.title = QLineEdit()
        self.title_en = QLineEdit()
        self.category = QComboBox()
        for category in CourseCategory:
            self.category.addItem(category_label(category), category.value)
        self.validity = QSpinBox()
        self.validity.setRange(0, MAX_VALIDITY_MONTHS)
        self.validity.setSuffix(translate("TrainingPage", " months"))
        self.once = QCheckBox(translate("TrainingPage", "Once (never expires)"))
        validity_row = QWidget()
        row = QHBoxLayout(validity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.validity)
        row.addWidget(self.once)
        row.addStretch(1)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, 200.0)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("TrainingPage", " h"))
        self.has_mark = QCheckBox(translate("TrainingPage", "Exam with pass mark"))
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0.0, 100.0)
        self.pass_mark.setDecimals(0)
        mark_row = QWidget()
        row = QHBoxLayout(mark_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_mark)
        row.addWidget(self.pass_mark)
        row.addStretch(1)
        self.certificate = QCheckBox(translate("TrainingPage", "Issues a certificate"))
        self.skill = QComboBox()
        self.skill.addItem(translate("TrainingPage", "(none)"), None)
        for skill in self.skills:
            self.skill.addItem(skill.name, skill.id)
        self.active = QCheckBox(translate("TrainingPage", "In use (untick to retire)"))
        self.description = QLineEdit()
        for field, label, widget in (
            ("code", translate("TrainingPage", "Code"), self.code),
            ("title", translate("TrainingPage", "Title"), self.title),
            ("title_en", translate("TrainingPage", "Title (English)"), self.title_en),
            ("category", translate("TrainingPage", "Category"), self.category),
            ("validity_months", translate("TrainingPage", "Valid for"), validity_row),
            ("hours", translate("TrainingPage", "Hours"), self.hours),
            ("pass_mark", translate("TrainingPage", "Pass mark"), mark_row),
            ("issues_certificate", "", self.certificate),
            ("grants_skill_id", translate("TrainingPage", "Grants the skill"), self.skill),
            ("active", "", self.active),
            ("description", translate("TrainingPage", "Description"), self.description),
        ):
            form.addRow(label, self.errors.register(field, widget))
        layout.addLayout(form)
        layout.addWidget(self._positions_box())
        note = QLabel(
            translate(
                "TrainingPage",
                "A passed session of a course that grants a skill gives the person that skill "
                "until the certificate expires; the roster sees it day by day.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.once.toggled.connect(lambda on: self.validity.setEnabled(not on))
        self.has_mark.toggled.connect(self.pass_mark.setEnabled)

    def _positions_box(self) -> QGroupBox:
        box = QGroupBox(translate("TrainingPage", "Who must take it"))
        grid = QGridLayout(box)
        self.everyone = QCheckBox(translate("TrainingPage", "Everyone"))
        grid.addWidget(self.everyone, 0, 0, 1, 3)
        self.position_boxes: dict[int, QCheckBox] = {}
        for index, position in enumerate(self.positions):
            check = QCheckBox(position.name)
            grid.addWidget(check, 1 + index // 3, index % 3)
            self.position_boxes[position.id] = check
        grid.addWidget(self.errors.register("position_ids", QWidget()), 9, 0, 1, 3)
        self.everyone.toggled.connect(
            lambda on: [c.setEnabled(not on) for c in self.position_boxes.values()]
        )
        return box

    def _show(self, data: CourseInput) -> None:
        self.code.setText(data.code)
        self.title.setText(data.title)
        self.title_en.setText(data.title_en)
        select_data(self.category, data.category.value)
        self.once.setChecked(data.validity_months is None)
        self.validity.setValue(data.validity_months or 12)
        self.validity.setEnabled(data.validity_months is not None)
        self.hours.setValue(data.hours)
        self.has_mark.setChecked(data.pass_mark is not None)
        self.pass_mark.setValue(data.pass_mark if data.pass_mark is not None else 60)
        self.pass_mark.setEnabled(data.pass_mark is not None)
        self.certificate.setChecked(data.issues_certificate)
        select_data(self.skill, data.grants_skill_id)
        self.active.setChecked(data.active)
        self.description.setText(data.description)
        self.everyone.setChecked(data.required_for_all)
        for position_id, check in self.position_boxes.items():
            check.setChecked(position_id in data.position_ids)
            check.setEnabled(not data.required_for_all)

    def collected(self) -> CourseInput:
        return CourseInput(
            code=self.code.text(),
            title=self.title.text(),
            title_en=self.title_en.text(),
            category=CourseCategory(self.category.currentData()),
            validity_months=None if self.once.isChecked() else self.validity.value(),
            hours=self.hours.value(),
            pass_mark=self.pass_mark.value() if self.has_mark.isChecked() else None,
            issues_certificate=self.certificate.isChecked(),
            grants_skill_id=self.skill.currentData(),
            required_for_all=self.everyone.isChecked(),
            position_ids=[pid for pid, check in self.position_boxes.items() if check.isChecked()],
            active=self.active.isChecked(),
            description=self.description.text(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        data = self.collected()
        if self.course_id is None:
            self.saved_id = create_course(uow, self.ctx.user, data)
        else:
            update_course(uow, self.ctx.user, self.course_id, data)
            self.saved_id = self.course_id

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
