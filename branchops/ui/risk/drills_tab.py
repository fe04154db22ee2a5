"""The drill records and planned drills: filter by plan, status, year and poor ratings; plan,
record, open, move or delete a planned one; the after-action report of the chosen drill."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.risk.drill_queries import DrillRow, count_drills, list_drills
from branchops.core.risk.drill_service import delete_planned
from branchops.core.risk.labels import DRILL_STATUS_LABELS
from branchops.core.risk.models import Drill, DrillStatus
from branchops.core.risk.plan_queries import list_plans
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.drill_report import report_buttons
from branchops.ui.risk.plan_drill_dialog import PlanDrillDialog
from branchops.ui.risk.tables import DRILL_COLUMNS, decorate_drill
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.writes import run_write

YEARS_BACK = 6


class DrillsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(
            DRILL_COLUMNS, self._fetch, self._count, decorate=decorate_drill
        )
        self.model.query = ListQuery(limit=self.model.page_size)
        self._build()
        self._wire()
        self._update_buttons(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "risk.drills", self.ctx, translate("RiskPage", "Drills"))
        bar = self.list.filter_bar
        self.plan = QComboBox()
        self.status = QComboBox()
        self.status.addItem(translate("RiskPage", "Planned and done"), None)
        for status, label in DRILL_STATUS_LABELS.items():
            self.status.addItem(translate("Drill", label), status.value)
        self.year = QComboBox()
        self.year.addItem(translate("RiskPage", "Any year"), None)
        this_year = clock.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.poor = QCheckBox(translate("RiskPage", "Rated M or U"))
        self.late = QCheckBox(translate("RiskPage", "Planned, not recorded"))
        for widget in (self.plan, self.status, self.year, self.poor, self.late):
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "plan": QPushButton(translate("RiskPage", "Plan a drill…")),
            "record": QPushButton(translate("RiskPage", "Record a drill…")),
            "open": QPushButton(translate("RiskPage", "Open…")),
            "move": QPushButton(translate("RiskPage", "Move…")),
            "delete": QPushButton(translate("RiskPage", "Delete planned")),
        }
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        self.report_button, self.print_button = report_buttons(self.ctx)
        line.addWidget(self.report_button)
        line.addWidget(self.print_button)
        layout.addLayout(line)

    def _wire(self) -> None:
        for combo in (self.plan, self.status, self.year):
            combo.currentIndexChanged.connect(self._apply_filters)
        for box in (self.poor, self.late):
            box.toggled.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.open())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "plan": self.plan_drill, "record": self.record, "open": self.open,
            "move": self.move, "delete": self.delete,
        }  # fmt: skip
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)

    def _fetch(self, query: ListQuery) -> list[DrillRow]:
        with self.ctx.db.session() as session:
            return list_drills(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_drills(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            plans = list_plans(session, include_archived=True)
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(translate("RiskPage", "Any emergency plan"), None)
        for plan in plans:
            self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(current)))
        self.plan.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        year = self.year.currentData()
        filters = {
            "plan_id": self.plan.currentData(),
            "status": self.status.currentData(),
            "first": date(year, 1, 1) if year else None,
            "last": date(year, 12, 31) if year else None,
            "poor": True if self.poor.isChecked() else None,
            "late": True if self.late.isChecked() else None,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def _update_buttons(self, row: DrillRow | None) -> None:
        user = self.ctx.user
        planned = row is not None and row.status is DrillStatus.PLANNED
        gate(self.buttons["plan"], user, Permission.WRITE)
        gate(self.buttons["record"], user, Permission.WRITE)
        self.buttons["open"].setEnabled(row is not None)
        gate(self.buttons["move"], user, Permission.WRITE, when=planned)
        gate(self.buttons["delete"], user, Permission.WRITE, when=planned)
        done = row.id if row is not None and row.status is DrillStatus.DONE else None
        self.report_button.set_record(done)
        self.print_button.set_record(done)

    def plan_drill(self) -> None:
        PlanDrillDialog(self.ctx, self, plan_id=self.plan.currentData()).exec()

    def record(self) -> None:
        DrillDialog(self.ctx, self, plan_id=self.plan.currentData()).exec()

    def open(self) -> None:
        row = self.list.current_row()
        if row is not None:
            DrillDialog(self.ctx, self, drill_id=row.id).exec()

    def move(self) -> None:
        row = self.list.current_row()
        if row is not None and row.status is DrillStatus.PLANNED:
            PlanDrillDialog(self.ctx, self, drill_id=row.id).exec()

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None or row.status is not DrillStatus.PLANNED:
            return
        question = translate("RiskPage", "Take the {plan} drill of {date} off the calendar?")
        text = question.format(plan=row.plan, date=row.day.isoformat() if row.day else "")
        if confirm(self, translate("RiskPage", "Delete planned"), text):
            run_write(
                self.ctx,
                self,
                "risk",
                lambda uow: delete_planned(uow, self.ctx.user, row.id),
                opened=row_opened(Drill, row),
            )
