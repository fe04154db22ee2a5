"""Requesting or editing leave, and recording unavailability or a preference."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from branchops.core.branch.labels import weekday_name
from branchops.core.staff import availability, labels, leave, shifts
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.leave_describe import describe_request
from branchops.core.staff.models import LeaveKind, LeaveRequest
from branchops.core.staff.queries import active_people
from branchops.core.users.permissions import Permission
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.staff.staff_dialog import date_edit
from branchops.ui.widgets.form_dialog import FormDialog


def person_combo(ctx: AppContext) -> QComboBox:
    combo = QComboBox()
    with ctx.db.session() as session:
        for person in active_people(session):
            combo.addItem(f"{person.name} ({person.employee_no})", person.id)
    return combo


class _LeaveFormDialog(FormDialog):
    """A form with Save/Cancel; ``_store`` (in each subclass) saves through a service."""

    AREA = "leave"

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, self.errors.register(field, widget))

    def finish(self) -> None:
        self.form.addRow(self.save_buttons())


class LeaveDialog(_LeaveFormDialog):
    def __init__(self, ctx: AppContext, leave_id: int | None = None, parent=None) -> None:
        super().__init__(ctx, translate("LeaveDialog", "Leave"), parent)
        self.setMinimumWidth(460)  # room for the line that says how the leave counts
        self.leave_id = leave_id
        self.person = person_combo(ctx)
        self.kind = QComboBox()
        for kind in LeaveKind:
            self.kind.addItem(labels.leave_kind_label(kind), kind)
        self.first, self.last = date_edit(), date_edit()
        self.half = QCheckBox(translate("LeaveDialog", "Half a day"))
        self.note = QLineEdit()
        self.approve = QCheckBox(translate("LeaveDialog", "Approve now"))
        self.approve.setEnabled(ctx.user.allowed(Permission.APPROVE) and leave_id is None)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.add_row("staff_id", translate("LeaveDialog", "Person"), self.person)
        self.add_row("kind", translate("LeaveDialog", "Type"), self.kind)
        self.add_row("first_day", translate("LeaveDialog", "From"), self.first)
        self.add_row("last_day", translate("LeaveDialog", "To"), self.last)
        self.add_row("half_day", "", self.half)
        self.form.addRow("", self.hint)
        self.add_row("note", translate("LeaveDialog", "Note"), self.note)
        self.add_row("approve", "", self.approve)
        self.finish()
        if leave_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, LeaveRequest, leave_id)
                data = leave.load_input(session, leave_id)
            self.person.setCurrentIndex(max(0, self.person.findData(data.staff_id)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
            self.first.setDate(QDate(data.first_day))
            self.last.setDate(QDate(data.last_day))
            self.half.setChecked(data.half_day)
            self.note.setText(data.note)
        for signal in (
            self.person.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.first.dateChanged,
            self.last.dateChanged,
            self.half.toggled,
        ):
            signal.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        """How the leave counts, as it is filled in."""
        data = self.data()
        if data.last_day < data.first_day:
            self.hint.setText("")
            return
        with self.ctx.db.session() as session:
            self.hint.setText(
                describe_request(
                    session,
                    data.staff_id or None,
                    data.kind,
                    data.first_day,
                    data.last_day,
                    data.half_day,
                    self.leave_id,
                )
            )

    def data(self) -> LeaveInput:
        return LeaveInput(
            self.person.currentData() or 0,
            LeaveKind(self.kind.currentData()),
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.half.isChecked(),
            self.note.text(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        if self.leave_id is None:
            leave.request_leave(uow, self.ctx.user, self.data(), approve=self.approve.isChecked())
        else:
            leave.update_leave(uow, self.ctx.user, self.leave_id, self.data())


def _weekday_combo(any_label: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_label, None)
    for day in range(7):
        combo.addItem(weekday_name(day), day)
    return combo


class UnavailabilityDialog(_LeaveFormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, translate("LeaveDialog", "Unavailable"), parent)
        self.person = person_combo(ctx)
        self.first, self.last = date_edit(), date_edit()
        self.open_end = QCheckBox(translate("LeaveDialog", "No end (repeats weekly)"))
        self.weekday = _weekday_combo(translate("LeaveDialog", "Every day"))
        self.note = QLineEdit()
        self.add_row("staff_id", translate("LeaveDialog", "Person"), self.person)
        self.add_row("first_day", translate("LeaveDialog", "From"), self.first)
        self.add_row("last_day", translate("LeaveDialog", "To"), self.last)
        self.add_row("open_end", "", self.open_end)
        self.add_row("weekday", translate("LeaveDialog", "Only on"), self.weekday)
        self.add_row("note", translate("LeaveDialog", "Note"), self.note)
        self.finish()

    def _store(self, uow: UnitOfWork) -> None:
        data = availability.UnavailabilityInput(
            self.person.currentData() or 0,
            self.first.date().toPython(),
            None if self.open_end.isChecked() else self.last.date().toPython(),
            self.weekday.currentData(),
            self.note.text(),
        )
        availability.save_unavailability(uow, self.ctx.user, data)


class PreferenceDialog(_LeaveFormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, translate("LeaveDialog", "Preference"), parent)
        self.person = person_combo(ctx)
        self.prefers = QComboBox()
        self.prefers.addItem(translate("LeaveDialog", "Prefers"), True)
        self.prefers.addItem(translate("LeaveDialog", "Avoids"), False)
        self.weekday = _weekday_combo(translate("LeaveDialog", "Any day"))
        self.shift = QComboBox()
        self.shift.addItem(translate("LeaveDialog", "Any shift"), None)
        with ctx.db.session() as session:
            for row in shifts.list_shifts(session, active_only=True):
                self.shift.addItem(f"{row.code} {row.name}", row.id)
        self.add_row("staff_id", translate("LeaveDialog", "Person"), self.person)
        self.add_row("prefers", "", self.prefers)
        self.add_row("weekday", translate("LeaveDialog", "Weekday"), self.weekday)
        self.add_row("shift_type_id", translate("LeaveDialog", "Shift"), self.shift)
        self.finish()

    def _store(self, uow: UnitOfWork) -> None:
        data = availability.PreferenceInput(
            self.person.currentData() or 0,
            self.weekday.currentData(),
            self.shift.currentData(),
            bool(self.prefers.currentData()),
        )
        availability.save_preference(uow, self.ctx.user, data)
