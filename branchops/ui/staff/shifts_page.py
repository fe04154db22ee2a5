"""Shifts and needs page (班次与人员需求): shift types, weekly needs, special days, rules."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.loading_tabs import LoadingTabs


class ShiftsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("ShiftsPage", "Shifts and needs"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # each tab is built when first shown: the page paints before the database opens
        self.tabs = LoadingTabs(
            ctx,
            [
                (
                    "shifts",
                    translate("ShiftsPage", "Shift types and weekly needs"),
                    "branchops.ui.staff.shift_types_tab:ShiftTypesTab",
                ),
                (
                    "special",
                    translate("ShiftsPage", "Special days"),
                    "branchops.ui.staff.special_days_tab:SpecialDaysTab",
                ),
                (
                    "rules",
                    translate("ShiftsPage", "Rules and limits"),
                    "branchops.ui.staff.rules_form:RulesForm",
                ),
            ],
        )
        layout.addWidget(self.tabs, 1)
        ctx.events.data_changed.connect(self._on_data_changed)

    @property
    def shifts(self):
        return self.tabs.loaded("shifts").shifts

    @property
    def needs(self):
        return self.tabs.loaded("shifts").needs

    @property
    def specials(self):
        return self.tabs.loaded("special").specials

    @property
    def rules(self):
        return self.tabs.loaded("rules")

    def refresh(self) -> None:
        self.tabs.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in ("shifts", "staff"):
            self.refresh()
