"""The drill programme (演练计划): for each plan the required frequency, done vs required in the
fiscal year, the last drill, when the next one is due (overdue in red) and the next planned one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.risk.programme import (
    ProgrammeRow,
    add_months,
    due_state_label,
    fiscal_start_month,
    fiscal_year,
    programme,
)
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.plan_drill_dialog import PlanDrillDialog
from branchops.ui.risk.tables import PROGRAMME_COLUMNS, decorate_programme
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import InMemoryTableModel

YEARS_BACK = 5


def every_text(months: int) -> str:
    if months == 12:
        return translate("RiskPage", "Every year")
    if months == 6:
        return translate("RiskPage", "Every half year")
    return translate("RiskPage", "Every {n} months").format(n=months)


@dataclass(frozen=True)
class ProgrammeView:
    plan_id: int
    name: str
    every: str
    required: int
    done: int
    planned: int
    last_done: date | None
    next_due: date
    next_planned: date | None
    state_label: str
    overdue: bool

    @classmethod
    def of(cls, row: ProgrammeRow) -> ProgrammeView:
        due = row.due
        return cls(
            due.plan_id, due.name, every_text(due.frequency_months), row.required, row.done,
            row.planned, due.last_done, due.next_due, due.next_planned,
            due_state_label(due.state), due.overdue,
        )  # fmt: skip


class ProgrammeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InMemoryTableModel(PROGRAMME_COLUMNS, decorate=decorate_programme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "risk.programme", ctx, translate("RiskPage", "Programme"))
        self.year = QComboBox()
        self.list.filter_bar.addWidget(self.year)
        layout.addWidget(self.list, 1)
        note = QLabel(
            translate(
                "RiskPage",
                "Defaults: fire evacuation every half year in a public hall (Ministry of Public "
                "Security Order 61, art. 40), anti-robbery every half year (HQ rules), other "
                "plans yearly. Change the frequency in the plan.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        line = QHBoxLayout()
        self.plan_button = QPushButton(translate("RiskPage", "Plan a drill…"))
        self.record_button = QPushButton(translate("RiskPage", "Record a drill…"))
        line.addWidget(self.plan_button)
        line.addWidget(self.record_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.year.currentIndexChanged.connect(self._load)
        self.plan_button.clicked.connect(self.plan_drill)
        self.record_button.clicked.connect(self.record)
        self.list.activated.connect(lambda _row: self.record())
        gate(self.plan_button, ctx.user, Permission.WRITE)
        gate(self.record_button, ctx.user, Permission.WRITE)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            start_month = fiscal_start_month(session)
        today = clock.today()
        first, _last = fiscal_year(today, start_month)
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for back in range(YEARS_BACK):
            start = add_months(first, -12 * back)
            end = add_months(start, 12).replace(day=1)
            label = str(start.year) if start.month == 1 else f"{start.year}/{end.year}"
            self.year.addItem(translate("RiskPage", "Fiscal year {year}").format(year=label), start)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)
        self._load()

    def _load(self) -> None:
        day = self.year.currentData() or clock.today()
        with self.ctx.db.session() as session:
            rows = programme(session, day, clock.today())
        self.model.set_rows([ProgrammeView.of(r) for r in rows])

    def plan_drill(self) -> None:
        row = self.list.current_row()
        PlanDrillDialog(self.ctx, self, plan_id=row.plan_id if row else None).exec()

    def record(self) -> None:
        row = self.list.current_row()
        DrillDialog(self.ctx, self, plan_id=row.plan_id if row else None).exec()
