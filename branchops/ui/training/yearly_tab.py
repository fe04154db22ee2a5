"""The yearly view (年度培训): training hours per person against the yearly target, and sessions
planned and held per month."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.training.yearly import MonthPlan, PersonHours, hours_per_person, plan_by_month
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

PEOPLE_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=85),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), width=80),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), ColumnKind.NUMBER, 60),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), ColumnKind.NUMBER, 60),
    Column("share", QT_TRANSLATE_NOOP("Columns", "Of target"), ColumnKind.PERCENT, 70),
)
MONTH_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Columns", "Month"), ColumnKind.INT, 50),
    Column("planned", QT_TRANSLATE_NOOP("Columns", "Sessions"), ColumnKind.INT, 65),
    Column("held", QT_TRANSLATE_NOOP("Columns", "Held"), ColumnKind.INT, 50),
    Column("cancelled", QT_TRANSLATE_NOOP("Columns", "Cancelled"), ColumnKind.INT, 65),
    Column("attendances", QT_TRANSLATE_NOOP("Columns", "Present"), ColumnKind.INT, 60),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), ColumnKind.NUMBER, 60),
)
SHORT = QColor("#c62828")


def decorate_person(row: PersonHours, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and key == "share" and row.short_of_target:
        return QBrush(SHORT)
    return None


class YearlyTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people = InMemoryTableModel(PEOPLE_COLUMNS, decorate=decorate_person, parent=self)
        self.months = InMemoryTableModel(MONTH_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("TrainingPage", "Year")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        bar.addWidget(self.year)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        lists = QHBoxLayout()
        self.people_list = ListView(
            self.people,
            "training.yearly.people",
            ctx,
            translate("TrainingPage", "Hours per person"),
        )
        self.month_list = ListView(
            self.months, "training.yearly.months", ctx, translate("TrainingPage", "Plan and held")
        )
        lists.addWidget(self.people_list, 3)
        lists.addWidget(self.month_list, 2)
        layout.addLayout(lists, 1)
        self.year.valueChanged.connect(self.refresh)

    def refresh(self) -> None:
        year = self.year.value()
        with self.ctx.db.session() as session:
            people = hours_per_person(session, year)
            months = plan_by_month(session, year)
        self.people.set_rows(people)
        self.months.set_rows(months)
        self.summary.setText(self._summary(people, months))

    def _summary(self, people: list[PersonHours], months: list[MonthPlan]) -> str:
        reached = sum(1 for p in people if not p.short_of_target)
        target = people[0].target if people else 0
        return translate(
            "TrainingPage",
            "{reached} of {count} people reached {target:g} h · {held} of {planned} sessions held",
        ).format(
            reached=reached,
            count=len(people),
            target=target,
            held=sum(m.held for m in months),
            planned=sum(m.planned for m in months),
        )
