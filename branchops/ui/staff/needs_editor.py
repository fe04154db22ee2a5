"""Editing staffing needs: one row per shift type — run it?, minimum, maximum, skill counts.
Used for a weekday and for a special day; ``WeekdayNeedsDialog`` and ``SpecialDayDialog`` save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops.core.branch.labels import weekday_name
from branchops.core.staff import catalog, needs, shifts
from branchops.core.staff.models import SpecialDay, StaffingNeed
from branchops.core.staff.needs import NeedInput, SpecialDayInput
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.staff.staff_dialog import date_edit
from branchops.ui.widgets.form_dialog import FormDialog


class NeedsEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with ctx.db.session() as session:
            self.shifts = shifts.list_shifts(session)
            self.skills = catalog.list_skills(session)
        grid = QGridLayout(self)
        heads = [
            translate("NeedsEditor", "Shift"),
            translate("NeedsEditor", "Minimum"),
            translate("NeedsEditor", "Maximum (0: none)"),
            *[translate("NeedsEditor", "≥ {skill}").format(skill=s.name) for s in self.skills],
        ]
        for column, text in enumerate(heads):
            grid.addWidget(QLabel(text), 0, column)
        self.rows: dict[int, tuple[QCheckBox, QSpinBox, QSpinBox, dict[int, QSpinBox]]] = {}
        for row, shift in enumerate(self.shifts, start=1):
            run = QCheckBox(f"{shift.code} {shift.name}")
            low, high = QSpinBox(), QSpinBox()
            low.setRange(0, 99)
            high.setRange(0, 99)
            grid.addWidget(run, row, 0)
            grid.addWidget(low, row, 1)
            grid.addWidget(high, row, 2)
            counts = {}
            for column, skill in enumerate(self.skills, start=3):
                spin = QSpinBox()
                spin.setRange(0, 99)
                grid.addWidget(spin, row, column)
                counts[skill.id] = spin
            self.rows[shift.id] = (run, low, high, counts)

    def set_needs(self, items: list[NeedInput]) -> None:
        given = {n.shift_type_id: n for n in items}
        for shift_id, (run, low, high, counts) in self.rows.items():
            need = given.get(shift_id)
            run.setChecked(need is not None)
            low.setValue(need.min_headcount if need else 1)
            high.setValue(need.max_headcount or 0 if need else 0)
            for skill_id, spin in counts.items():
                spin.setValue(need.skills.get(skill_id, 0) if need else 0)

    def needs(self) -> list[NeedInput]:
        return [
            NeedInput(
                shift_id,
                low.value(),
                high.value() or None,
                {k: s.value() for k, s in counts.items() if s.value()},
            )
            for shift_id, (run, low, high, counts) in self.rows.items()
            if run.isChecked()
        ]


class _NeedsDialog(FormDialog):
    """A needs editor with Save; subclasses say what to save in ``_store``."""

    AREA = "shifts"

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.editor = NeedsEditor(ctx)
        self.layout_.addWidget(self.errors.register("needs", self.editor))
        self.layout_.addWidget(self.save_buttons())


class WeekdayNeedsDialog(_NeedsDialog):
    def __init__(self, ctx: AppContext, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("NeedsEditor", "Staffing needs on {weekday}").format(
                weekday=weekday_name(weekday)
            ),
            parent,
        )
        self.weekday = weekday
        with ctx.db.session() as session:
            rows = [r for r in needs.weekday_needs(session) if r.weekday == weekday]
            for row in rows:  # the rows this dialog replaces: a save after theirs is refused
                self.open_record(session, StaffingNeed, row.id)
        self.editor.set_needs(
            [NeedInput(r.shift_type_id, r.min_headcount, r.max_headcount, r.skills) for r in rows]
        )

    def _store(self, uow: UnitOfWork) -> None:
        needs.save_weekday_needs(uow, self.ctx.user, self.weekday, self.editor.needs())


class SpecialDayDialog(_NeedsDialog):
    def __init__(self, ctx: AppContext, special_id: int | None = None, parent=None) -> None:
        super().__init__(ctx, translate("NeedsEditor", "Special days"), parent)
        self.special_id = special_id
        self.name = QLineEdit()
        self.first = date_edit()
        self.last = date_edit()
        self.form.addRow(translate("NeedsEditor", "Name"), self.errors.register("name", self.name))
        self.form.addRow(translate("NeedsEditor", "First day"), self.first)
        self.form.addRow(
            translate("NeedsEditor", "Last day"), self.errors.register("last_day", self.last)
        )
        self.form.addRow(
            QLabel(translate("NeedsEditor", "These needs replace the weekly ones on every day of "
                             "the range; with no shift ticked the branch is closed."))
        )  # fmt: skip
        if special_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, SpecialDay, special_id)
                data = needs.special_day_input(session, special_id)
            self.name.setText(data.name)
            self.first.setDate(QDate(data.first_day))
            self.last.setDate(QDate(data.last_day))
            self.editor.set_needs(data.needs)
        else:
            self.editor.set_needs([])

    def data(self) -> SpecialDayInput:
        first: date = self.first.date().toPython()
        last: date = self.last.date().toPython()
        return SpecialDayInput(self.name.text(), first, last, self.editor.needs())

    def _store(self, uow: UnitOfWork) -> None:
        needs.save_special_day(uow, self.ctx.user, self.data(), self.special_id)
