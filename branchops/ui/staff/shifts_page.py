"""Shifts and needs page (班次与人员需求): shift types, weekly needs, special days, rules."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops.core.branch.labels import weekday_name
from branchops.core.staff import needs, shifts
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.needs_editor import SpecialDayDialog, WeekdayNeedsDialog
from branchops.ui.staff.rules_form import RulesForm
from branchops.ui.staff.shift_dialog import ShiftDialog
from branchops.ui.staff.tables import current_row, simple_table
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

SHIFT_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=60),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=100),
    Column("times", QT_TRANSLATE_NOOP("Columns", "Times"), width=140),
    Column("break_minutes", QT_TRANSLATE_NOOP("Columns", "Break (min)"), ColumnKind.INT, 80),
    Column("paid_hours", QT_TRANSLATE_NOOP("Columns", "Paid hours"), ColumnKind.NUMBER, 80),
    Column("colour", QT_TRANSLATE_NOOP("Columns", "Colour"), width=80),
    Column("active", QT_TRANSLATE_NOOP("Columns", "In use"), ColumnKind.BOOL, 60),
)
NEED_COLUMNS = (
    Column("weekday_name", QT_TRANSLATE_NOOP("Columns", "Weekday"), width=90),
    Column("shift", QT_TRANSLATE_NOOP("Columns", "Shift"), width=100),
    Column("min_headcount", QT_TRANSLATE_NOOP("Columns", "Minimum"), ColumnKind.INT, 70),
    Column("max_headcount", QT_TRANSLATE_NOOP("Columns", "Maximum"), ColumnKind.INT, 70),
    Column("skills_text", QT_TRANSLATE_NOOP("Columns", "Required skills"), width=260),
)
SPECIAL_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=120),
    Column("first_day", QT_TRANSLATE_NOOP("Columns", "First day"), ColumnKind.DATE, 95),
    Column("last_day", QT_TRANSLATE_NOOP("Columns", "Last day"), ColumnKind.DATE, 95),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Needs"), width=320),
)


@dataclass(frozen=True)
class NeedLine:
    weekday: int
    weekday_name: str
    shift: str
    min_headcount: int
    max_headcount: int | None
    skills_text: str


@dataclass(frozen=True)
class SpecialLine:
    id: int
    name: str
    first_day: object
    last_day: object
    summary: str


class ShiftsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shifts = InMemoryTableModel(SHIFT_COLUMNS, parent=self)
        self.needs = InMemoryTableModel(NEED_COLUMNS, parent=self)
        self.specials = InMemoryTableModel(SPECIAL_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        title = QLabel(translate("ShiftsPage", "Shifts and needs"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        tabs = QTabWidget()
        tabs.addTab(self._shifts_tab(), translate("ShiftsPage", "Shift types and weekly needs"))
        tabs.addTab(self._special_tab(), translate("ShiftsPage", "Special days"))
        self.rules = RulesForm(ctx)
        tabs.addTab(self.rules, translate("ShiftsPage", "Rules and limits"))
        layout.addWidget(tabs, 1)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _buttons(self, *pairs) -> QHBoxLayout:
        bar = QHBoxLayout()
        allowed = self.ctx.user.allowed(Permission.APPROVE)
        for text, slot in pairs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(self.ctx.user.why_not(Permission.APPROVE))
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _shifts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.shift_view = simple_table(self.shifts)
        layout.addWidget(self.shift_view, 1)
        layout.addLayout(self._buttons(
            (translate("ShiftsPage", "Add shift type…"), self.add_shift),
            (translate("ShiftsPage", "Edit shift type…"), self.edit_shift),
        ))  # fmt: skip
        self.need_view = simple_table(self.needs)
        layout.addWidget(QLabel(translate("ShiftsPage", "Staffing needs per weekday (closed days "
                                          "and public holidays have none)")))  # fmt: skip
        layout.addWidget(self.need_view, 2)
        layout.addLayout(self._buttons(
            (translate("ShiftsPage", "Edit the weekday's needs…"), self.edit_weekday),
        ))  # fmt: skip
        self.shift_view.doubleClicked.connect(self.edit_shift)
        self.need_view.doubleClicked.connect(self.edit_weekday)
        return tab

    def _special_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.special_view = simple_table(self.specials)
        layout.addWidget(self.special_view, 1)
        layout.addLayout(self._buttons(
            (translate("ShiftsPage", "Add special days…"), self.add_special),
            (translate("ShiftsPage", "Edit…"), self.edit_special),
            (translate("ShiftsPage", "Delete"), self.delete_special),
        ))  # fmt: skip
        self.special_view.doubleClicked.connect(self.edit_special)
        return tab

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.shifts.set_rows(shifts.list_shifts(session))
            weekly = needs.weekday_needs(session)
            specials = needs.list_special_days(session)
        self.needs.set_rows(
            [
                NeedLine(n.weekday or 0, weekday_name(n.weekday or 0),
                         f"{n.shift_code} {n.shift_name}", n.min_headcount, n.max_headcount,
                         n.skills_text)
                for n in weekly
            ]
        )  # fmt: skip
        closed = translate("ShiftsPage", "closed")
        self.specials.set_rows(
            [
                SpecialLine(s.id, s.name, s.first_day, s.last_day,
                            "; ".join(f"{n.shift_name} ≥{n.min_headcount}" for n in s.needs)
                            or closed)
                for s in specials
            ]
        )  # fmt: skip
        self.rules.load()

    def _on_data_changed(self, area: str) -> None:
        if area in ("shifts", "staff"):
            self.refresh()

    def add_shift(self) -> None:
        ShiftDialog(self.ctx, None, self).exec()

    def edit_shift(self) -> None:
        row = current_row(self.shift_view, self.shifts)
        if row is not None:
            ShiftDialog(self.ctx, row.id, self).exec()

    def edit_weekday(self) -> None:
        row = current_row(self.need_view, self.needs)
        WeekdayNeedsDialog(self.ctx, row.weekday if row else 0, self).exec()

    def add_special(self) -> None:
        SpecialDayDialog(self.ctx, None, self).exec()

    def edit_special(self) -> None:
        row = current_row(self.special_view, self.specials)
        if row is not None:
            SpecialDayDialog(self.ctx, row.id, self).exec()

    def delete_special(self) -> None:
        row = current_row(self.special_view, self.specials)
        if row is None or not confirm(
            self, translate("ShiftsPage", "Delete"),
            translate("ShiftsPage", "Delete the special days {name}?").format(name=row.name),
        ):  # fmt: skip
            return
        run_write(
            self.ctx,
            self,
            "shifts",
            lambda uow: needs.delete_special_day(uow, self.ctx.user, row.id),
        )


def shift_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return ShiftDialog(ctx, None, parent)


def needs_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return WeekdayNeedsDialog(ctx, 0, parent)


def special_day_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return SpecialDayDialog(ctx, None, parent)
