"""Risks and drills page (风险与应急演练): the register, heat maps, drills, the programme,
emergency plans and step times across drills.

Each tab is built the first time it is shown (or asked for): the page paints before the
database opens and opening it builds and loads only the tab in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.lazy_tabs import LazyTabs

AREAS = ("risk", "actions", "staff", "branch")


class RiskPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("RiskPage", "Risks and emergency drills"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        package = "branchops.ui.risk"
        self.tabs = LazyTabs(
            ctx,
            [
                ("risks", translate("RiskPage", "Risk register"), f"{package}.risks_tab:RisksTab"),
                ("heat", translate("RiskPage", "Heat maps"), f"{package}.heat_tab:HeatMapTab"),
                ("drills", translate("RiskPage", "Drills"), f"{package}.drills_tab:DrillsTab"),
                (
                    "programme",
                    translate("RiskPage", "Programme"),
                    f"{package}.programme_tab:ProgrammeTab",
                ),
                (
                    "plans",
                    translate("RiskPage", "Emergency plans"),
                    f"{package}.plans_tab:PlansTab",
                ),
                ("steps", translate("RiskPage", "Step times"), f"{package}.steps_tab:StepTimesTab"),
            ],
        )
        layout.addWidget(self.tabs, 1)
        self.tab_keys = self.tabs.keys
        self._stale = set(self.tab_keys)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    # -- the tabs, built on first use ----------------------------------------------------------

    @property
    def risks(self):
        return self.tabs.tab("risks")

    @property
    def heat(self):
        return self.tabs.tab("heat")

    @property
    def drills(self):
        return self.tabs.tab("drills")

    @property
    def programme(self):
        return self.tabs.tab("programme")

    @property
    def plans(self):
        return self.tabs.tab("plans")

    @property
    def steps(self):
        return self.tabs.tab("steps")

    def refresh(self) -> None:
        self._stale = set(self.tab_keys)
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        key = self.tabs.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tabs.tab(key).refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS:
            self.refresh()

    def show_tab(self, key: str) -> QWidget:
        widget = self.tabs.show_tab(key)
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
            from branchops.ui.risk.drill_dialog import DrillDialog

            self.show_tab("drills")
            DrillDialog(self.ctx, self, drill_id=drill_id).exec()
            return
        if risk_id is not None:
            from branchops.ui.risk.risk_dialog import RiskDialog

            self.show_tab("risks").set_filters(risk_id=risk_id)  # type: ignore[attr-defined]
            RiskDialog(self.ctx, self, risk_id=risk_id).exec()
            return
        if tab in self.tab_keys and tab != "risks":
            self.show_tab(tab)
            return
        self.show_tab("risks").set_filters(**filters)  # type: ignore[attr-defined]
