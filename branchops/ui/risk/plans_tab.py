"""Emergency plans (应急预案): the list, the editor, archive, and the built-in plans."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from branchops.core.concurrency import row_opened
from branchops.core.risk.builtin import install_builtin_plans
from branchops.core.risk.models import EmergencyPlan
from branchops.core.risk.plan_queries import PlanRow, list_plans
from branchops.core.risk.plan_service import set_archived
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.plan_editor import PlanEditor
from branchops.ui.risk.programme_tab import every_text
from branchops.ui.risk.tables import PLAN_COLUMNS
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import InMemoryTableModel
from branchops.ui.widgets.writes import run_write


@dataclass(frozen=True)
class PlanView:
    id: int
    name: str
    every: str
    version: int
    step_count: int
    archived: bool

    @classmethod
    def of(cls, row: PlanRow) -> PlanView:
        return cls(
            row.id, row.name, every_text(row.frequency_months), row.version, row.step_count,
            row.archived,
        )  # fmt: skip


class PlansTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InMemoryTableModel(PLAN_COLUMNS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "risk.plans", ctx, translate("RiskPage", "Plans"))
        self.archived = QCheckBox(translate("RiskPage", "Show archived"))
        self.list.filter_bar.addWidget(self.archived)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("RiskPage", "New plan…")),
            "edit": QPushButton(translate("RiskPage", "Edit…")),
            "archive": QPushButton(translate("RiskPage", "Archive")),
            "restore": QPushButton(translate("RiskPage", "Restore")),
            "builtin": QPushButton(translate("RiskPage", "Add the built-in plans")),
        }
        line = QHBoxLayout()
        for key, button in self.buttons.items():
            if key == "builtin":
                line.addStretch(1)
            line.addWidget(button)
        layout.addLayout(line)
        self.archived.toggled.connect(self.refresh)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.edit())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "new": self.new, "edit": self.edit, "archive": lambda: self._archive(True),
            "restore": lambda: self._archive(False), "builtin": self.add_builtin,
        }  # fmt: skip
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        self._update_buttons(None)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = list_plans(session, include_archived=self.archived.isChecked())
        self.model.set_rows([PlanView.of(r) for r in rows])

    def _update_buttons(self, row: PlanView | None) -> None:
        user = self.ctx.user
        gate(self.buttons["new"], user, Permission.APPROVE)
        gate(self.buttons["edit"], user, Permission.APPROVE, when=row is not None)
        gate(self.buttons["archive"], user, Permission.APPROVE, when=bool(row and not row.archived))
        gate(self.buttons["restore"], user, Permission.APPROVE, when=bool(row and row.archived))
        gate(self.buttons["builtin"], user, Permission.APPROVE)

    def new(self) -> None:
        PlanEditor(self.ctx, self).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.ctx.user.allowed(Permission.APPROVE):
            PlanEditor(self.ctx, self, plan_id=row.id).exec()

    def _archive(self, archived: bool) -> None:
        row = self.list.current_row()
        if row is not None:
            run_write(
                self.ctx,
                self,
                "risk",
                lambda uow: set_archived(uow, self.ctx.user, row.id, archived),
                opened=row_opened(EmergencyPlan, row),
            )

    def add_builtin(self) -> None:
        run_write(self.ctx, self, "risk", lambda uow: install_builtin_plans(uow, self.ctx.user))
