"""Adding or editing a person: number, name, position, employment, hours, hire date, date of
first employment (参加工作日期, for annual leave), phone and skills (each may carry a valid-until
date). Errors appear next to their fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.staff import catalog, service
from branchops.core.staff.models import Employment, Staff
from branchops.core.staff.service import SkillHolding, StaffInput
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()) if value is None else QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class StaffDialog(FormDialog):
    AREA = "staff"

    def __init__(self, ctx: AppContext, staff_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.staff_id = staff_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            translate("StaffDialog", "New person")
            if staff_id is None
            else translate("StaffDialog", "Edit person")
        )
        with ctx.db.session() as session:
            self._positions = catalog.list_positions(session)
            self._skills = catalog.list_skills(session)
            data = service.load_input(session, staff_id) if staff_id else StaffInput()
        self._build()
        self._show(data)
        self.opened_at(Staff, staff_id, data.version)
        self._opened = self.data() if staff_id else None

    def _reload(self) -> None:
        with self.ctx.db.session() as session:
            data = service.load_input(session, self.staff_id)
        self._show(data)
        self.opened_at(Staff, self.staff_id, data.version)
        self._opened = self.data()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.name = QLineEdit()
        self.position = QComboBox()
        self.position.addItem(translate("StaffDialog", "(none)"), None)
        for position in self._positions:
            self.position.addItem(position.name, position.id)
        self.employment = QComboBox()
        self.employment.addItem(translate("StaffDialog", "Full time"), Employment.FULL_TIME)
        self.employment.addItem(translate("StaffDialog", "Part time"), Employment.PART_TIME)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 84)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("StaffDialog", " h/week"))
        self.has_hire = QCheckBox(translate("StaffDialog", "Known"))
        self.hire = date_edit()
        self.has_first_work = QCheckBox(translate("StaffDialog", "Earlier than the hire date"))
        self.first_work = date_edit()
        self.first_work.setToolTip(
            translate(
                "StaffDialog",
                "参加工作日期: annual leave counts all years of service, with earlier employers "
                "too. Leave it unticked when the person started work here.",
            )
        )
        self.has_first_work.toggled.connect(self.first_work.setEnabled)
        self.phone = QLineEdit()
        rows = (
            ("employee_no", translate("StaffDialog", "Employee no."), self.number),
            ("name", translate("StaffDialog", "Name"), self.name),
            ("position_id", translate("StaffDialog", "Position"), self.position),
            ("employment", translate("StaffDialog", "Employment"), self.employment),
            ("contract_hours_per_week", translate("StaffDialog", "Contracted hours"), self.hours),
            ("phone", translate("StaffDialog", "Phone"), self.phone),
        )
        for field, label, widget in rows:
            form.addRow(label, self.errors.register(field, widget))
        hire_row = QWidget()
        hire_layout = QGridLayout(hire_row)
        hire_layout.setContentsMargins(0, 0, 0, 0)
        hire_layout.addWidget(self.has_hire, 0, 0)
        hire_layout.addWidget(self.hire, 0, 1)
        form.addRow(translate("StaffDialog", "Hire date"), hire_row)
        first_row = QWidget()
        first_layout = QGridLayout(first_row)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(self.has_first_work, 0, 0)
        first_layout.addWidget(self.first_work, 0, 1)
        form.addRow(
            translate("StaffDialog", "First employment"),
            self.errors.register("first_work_date", first_row),
        )
        layout.addLayout(form)
        layout.addWidget(self._skills_box())
        layout.addWidget(self.save_buttons())

    def _skills_box(self) -> QGroupBox:
        box = QGroupBox(translate("StaffDialog", "Skills (valid until, if it lapses)"))
        grid = QGridLayout(box)
        self.skill_rows: dict[int, tuple[QCheckBox, QCheckBox, QDateEdit]] = {}
        for row, skill in enumerate(self._skills):
            held = QCheckBox(skill.name)
            lapses = QCheckBox(translate("StaffDialog", "valid until"))
            until = date_edit()
            grid.addWidget(held, row, 0)
            grid.addWidget(lapses, row, 1)
            grid.addWidget(until, row, 2)
            self.skill_rows[skill.id] = (held, lapses, until)
        grid.addWidget(self.errors.register("skills", QWidget()), len(self._skills), 0, 1, 3)
        return box

    def _show(self, data: StaffInput) -> None:
        self.number.setText(data.employee_no)
        self.name.setText(data.name)
        self.position.setCurrentIndex(max(0, self.position.findData(data.position_id)))
        self.employment.setCurrentIndex(max(0, self.employment.findData(data.employment)))
        self.hours.setValue(data.contract_hours_per_week)
        self.has_hire.setChecked(data.hire_date is not None)
        if data.hire_date:
            self.hire.setDate(QDate(data.hire_date))
        self.has_first_work.setChecked(data.first_work_date is not None)
        self.first_work.setEnabled(data.first_work_date is not None)
        if data.first_work_date:
            self.first_work.setDate(QDate(data.first_work_date))
        self.phone.setText(data.phone)
        for holding in data.skills:
            if holding.skill_id in self.skill_rows:
                held, lapses, until = self.skill_rows[holding.skill_id]
                held.setChecked(True)
                lapses.setChecked(holding.valid_until is not None)
                if holding.valid_until:
                    until.setDate(QDate(holding.valid_until))

    def data(self) -> StaffInput:
        skills = [
            SkillHolding(skill_id, until.date().toPython() if lapses.isChecked() else None)
            for skill_id, (held, lapses, until) in self.skill_rows.items()
            if held.isChecked()
        ]
        return StaffInput(
            employee_no=self.number.text(),
            name=self.name.text(),
            position_id=self.position.currentData(),
            employment=self.employment.currentData(),
            contract_hours_per_week=self.hours.value(),
            hire_date=self.hire.date().toPython() if self.has_hire.isChecked() else None,
            phone=self.phone.text(),
            skills=skills,
            first_work_date=(
                self.first_work.date().toPython() if self.has_first_work.isChecked() else None
            ),
            version=self.opened.get((Staff, self.staff_id)),
        )

    def _store(self, uow: UnitOfWork) -> None:
        data = self.data()
        if self.staff_id is None:
            self.saved_id = service.create_staff(uow, self.ctx.user, data)
        else:
            service.update_staff(uow, self.ctx.user, self.staff_id, data, self._opened)
            self.saved_id = self.staff_id
