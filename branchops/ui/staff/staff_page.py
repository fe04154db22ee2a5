"""Staff page (人员): the directory with search, filters and sort; positions and skills lists."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.loading_tabs import LoadingTabs


class StaffPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("StaffPage", "Staff"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # each tab is built when first shown: the page paints before the database opens
        self.tabs = LoadingTabs(
            ctx,
            [
                (
                    "directory",
                    translate("StaffPage", "Directory"),
                    "branchops.ui.staff.staff_directory_tab:DirectoryTab",
                ),
                (
                    "lists",
                    translate("StaffPage", "Positions and skills"),
                    "branchops.ui.staff.staff_lists_tab:ListsTab",
                ),
            ],
        )
        layout.addWidget(self.tabs, 1)
        ctx.events.data_changed.connect(self._on_data_changed)

    @property
    def directory(self):
        return self.tabs.loaded("directory")

    @property
    def lists(self):
        return self.tabs.loaded("lists")

    # what the directory and lists show, as the page's own
    @property
    def model(self):
        return self.directory.model

    @property
    def list(self):
        return self.directory.list

    @property
    def active_filter(self):
        return self.directory.active_filter

    @property
    def positions(self):
        return self.lists.positions

    @property
    def skills(self):
        return self.lists.skills

    def show_skill_sources(self) -> None:
        self.directory.show_skill_sources()

    def refresh(self) -> None:
        self.tabs.refresh()

    def open_filtered(self, **filters) -> None:
        self.tabs.show_tab("directory")
        self.directory.set_filters(**filters)

    def _on_data_changed(self, area: str) -> None:
        if area == "staff":
            self.refresh()
