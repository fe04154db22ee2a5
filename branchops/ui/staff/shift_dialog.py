"""Adding or editing a shift type: code, name, start, end (next day?), unpaid break, colour."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from branchops.core.staff import shifts
from branchops.core.staff.models import ShiftType
from branchops.core.staff.shifts import ShiftInput
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog


class ShiftDialog(FormDialog):
    AREA = "shifts"

    def __init__(self, ctx: AppContext, shift_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.shift_id = shift_id
        self.setWindowTitle(translate("ShiftDialog", "Shift type"))
        with ctx.db.session() as session:
            self.open_record(session, ShiftType, shift_id)
            data = shifts.load_input(session, shift_id) if shift_id else ShiftInput()
        form = QFormLayout(self)
        self.code = QLineEdit(data.code)
        self.code.setMaxLength(8)
        self.name = QLineEdit(data.name)
        self.start = QTimeEdit(QTime(data.start.hour, data.start.minute))
        self.end = QTimeEdit(QTime(data.end.hour, data.end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.overnight = QCheckBox(translate("ShiftDialog", "Ends the next day"))
        self.overnight.setChecked(data.overnight)
        self.break_minutes = QSpinBox()
        self.break_minutes.setRange(0, 600)
        self.break_minutes.setSuffix(translate("ShiftDialog", " min"))
        self.break_minutes.setValue(data.break_minutes)
        self.colour = QPushButton(data.colour)
        self.active = QCheckBox(translate("ShiftDialog", "In use"))
        self.active.setChecked(data.active)
        self.paid = QLabel()
        self._set_colour(data.colour)
        rows = (
            ("code", translate("ShiftDialog", "Code"), self.code),
            ("name", translate("ShiftDialog", "Name"), self.name),
            ("start", translate("ShiftDialog", "Start"), self.start),
            ("end", translate("ShiftDialog", "End"), self.end),
            ("overnight", "", self.overnight),
            ("break_minutes", translate("ShiftDialog", "Unpaid break"), self.break_minutes),
            ("colour", translate("ShiftDialog", "Colour"), self.colour),
            ("active", "", self.active),
        )
        for field, label, widget in rows:
            form.addRow(label, self.errors.register(field, widget))
        form.addRow(translate("ShiftDialog", "Paid hours"), self.paid)
        form.addRow(self.save_buttons())
        self.colour.clicked.connect(self._pick_colour)
        for signal in (self.start.timeChanged, self.end.timeChanged):
            signal.connect(self._update_paid)
        self.break_minutes.valueChanged.connect(self._update_paid)
        self._update_paid()

    def _set_colour(self, colour: str) -> None:
        self.colour.setText(colour)
        self.colour.setStyleSheet(f"background-color: {colour}; color: black;")

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text()), self)
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _update_paid(self) -> None:
        data = self.data()
        minutes = shifts.paid_minutes(data.start, data.end, data.break_minutes)
        self.paid.setText(f"{minutes / 60:.2f} h")

    def data(self) -> ShiftInput:
        return ShiftInput(
            code=self.code.text(),
            name=self.name.text(),
            start=self.start.time().toPython(),
            end=self.end.time().toPython(),
            overnight=self.overnight.isChecked(),
            break_minutes=self.break_minutes.value(),
            colour=self.colour.text(),
            active=self.active.isChecked(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        shifts.save_shift(uow, self.ctx.user, self.data(), self.shift_id)
