"""Quality page (服务质量检查): inspections, the due list, checklist templates and charts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.quality.charts_tab import ChartsTab
from branchops.ui.quality.due_tab import DueTab
from branchops.ui.quality.inspections_tab import InspectionsTab
from branchops.ui.quality.templates_tab import TemplatesTab


class QualityPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("QualityPage", "Service quality checks"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.inspections = InspectionsTab(ctx)
        self.due = DueTab(ctx)
        self.templates = TemplatesTab(ctx)
        self.charts = ChartsTab(ctx)
        self.tabs.addTab(self.due, translate("QualityPage", "Due"))
        self.tabs.addTab(self.inspections, translate("QualityPage", "Inspections"))
        self.tabs.addTab(self.templates, translate("QualityPage", "Checklists"))
        self.tabs.addTab(self.charts, translate("QualityPage", "Charts"))
        layout.addWidget(self.tabs, 1)
        self._stale = {self.due, self.inspections, self.templates, self.charts}
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self._stale = {self.due, self.inspections, self.templates, self.charts}
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in ("quality", "staff", "branch"):
            self.refresh()

    def open_filtered(self, **filters) -> None:
        """``tab="due"`` shows the due list; other filters go to the inspections list."""
        tab = filters.pop("tab", None)
        if tab == "due":
            self.tabs.setCurrentWidget(self.due)
            return
        self.tabs.setCurrentWidget(self.inspections)
        self.inspections.refresh()
        self.inspections.set_filters(**filters)
