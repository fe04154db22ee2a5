"""Risks and drills page (风险与应急演练): the register, heat maps, drills, the programme,
emergency plans and step times across drills."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.drills_tab import DrillsTab
from branchops.ui.risk.heat_tab import HeatMapTab
from branchops.ui.risk.plans_tab import PlansTab
from branchops.ui.risk.programme_tab import ProgrammeTab
from branchops.ui.risk.risk_dialog import RiskDialog
from branchops.ui.risk.risks_tab import RisksTab
from branchops.ui.risk.steps_tab import StepTimesTab

AREAS = ("risk", "actions", "staff", "branch")


class RiskPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("RiskPage", "Risks and emergency drills"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.risks = RisksTab(ctx)
        self.heat = HeatMapTab(ctx)
        self.drills = DrillsTab(ctx)
        self.programme = ProgrammeTab(ctx)
        self.plans = PlansTab(ctx)
        self.steps = StepTimesTab(ctx)
        self.tab_keys = {
            "risks": self.risks, "heat": self.heat, "drills": self.drills,
            "programme": self.programme, "plans": self.plans, "steps": self.steps,
        }  # fmt: skip
        titles = (
            translate("RiskPage", "Risk register"),
            translate("RiskPage", "Heat maps"),
            translate("RiskPage", "Drills"),
            translate("RiskPage", "Programme"),
            translate("RiskPage", "Emergency plans"),
            translate("RiskPage", "Step times"),
        )
        for widget, text in zip(self.tab_keys.values(), titles, strict=True):
            self.tabs.addTab(widget, text)
        layout.addWidget(self.tabs, 1)
        self._stale = set(self.tab_keys.values())
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self._stale = set(self.tab_keys.values())
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS:
            self.refresh()

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab_keys[key]
        self.tabs.setCurrentWidget(widget)
        self._tab_shown()
        return widget

    def open_filtered(self, **filters) -> None:
        """As the dashboard, agenda and actions ask: ``tab`` ("programme", "drills" …),
        ``drill_id`` (opens the drill), ``source_id`` or ``risk_id`` (opens the risk), or risk
        list filters (``review_overdue``, ``review_due_by``, ``level`` …)."""
        tab = filters.pop("tab", None)
        drill_id = filters.pop("drill_id", None)
        risk_id = filters.pop("source_id", None) or filters.pop("risk_id", None)
        if drill_id is not None:
            self.show_tab("drills")
            DrillDialog(self.ctx, self, drill_id=drill_id).exec()
            return
        if risk_id is not None:
            self.show_tab("risks").set_filters(risk_id=risk_id)
            RiskDialog(self.ctx, self, risk_id=risk_id).exec()
            return
        if tab in self.tab_keys and tab != "risks":
            self.show_tab(tab)
            return
        self.show_tab("risks").set_filters(**filters)
