"""Quality page (服务质量检查): inspections, the due list, checklist templates and charts.

Each tab is built the first time it is shown (or asked for), so opening the page builds and
loads only the tab in front.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext

TAB_CLASSES = {
    "due": "branchops.ui.quality.due_tab:DueTab",
    "inspections": "branchops.ui.quality.inspections_tab:InspectionsTab",
    "templates": "branchops.ui.quality.templates_tab:TemplatesTab",
    "charts": "branchops.ui.quality.charts_tab:ChartsTab",
}
TAB_KEYS = tuple(TAB_CLASSES)


class QualityPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("QualityPage", "Service quality checks"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        labels = {
            "due": translate("QualityPage", "Due"),
            "inspections": translate("QualityPage", "Inspections"),
            "templates": translate("QualityPage", "Checklists"),
            "charts": translate("QualityPage", "Charts"),
        }
        self._holders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        for key in TAB_KEYS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, labels[key])
            self._holders[key] = holder
        layout.addWidget(self.tabs, 1)
        self._stale = set(TAB_KEYS)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    def tab(self, key: str) -> QWidget:
        """The tab's widget, built on first use."""
        if key not in self._built:
            module, _, name = TAB_CLASSES[key].partition(":")
            widget = getattr(importlib.import_module(module), name)(self.ctx)
            self._holders[key].layout().addWidget(widget)
            self._built[key] = widget
        return self._built[key]

    @property
    def due(self):
        return self.tab("due")

    @property
    def inspections(self):
        return self.tab("inspections")

    @property
    def templates(self):
        return self.tab("templates")

    @property
    def charts(self):
        return self.tab("charts")

    def refresh(self) -> None:
        self._stale = set(TAB_KEYS)
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        key = TAB_KEYS[self.tabs.currentIndex()]
        tab = self.tab(key)
        if key in self._stale:
            self._stale.discard(key)
            tab.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in ("quality", "staff", "branch"):
            self.refresh()

    def open_filtered(self, **filters) -> None:
        """``tab="due"`` shows the due list; other filters go to the inspections list."""
        tab = filters.pop("tab", None)
        if tab == "due":
            self.tabs.setCurrentIndex(TAB_KEYS.index("due"))
            return
        self.tabs.setCurrentIndex(TAB_KEYS.index("inspections"))
        self.inspections.refresh()
        self.inspections.set_filters(**filters)
