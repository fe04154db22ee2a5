"""Leave page (请假): requests and approval, yearly balances, unavailability and preferences."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.loading_tabs import LoadingTabs


class LeavePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("LeavePage", "Leave"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # each tab is built when first shown: the page paints before the database opens
        self.tabs = LoadingTabs(
            ctx,
            [
                (
                    "requests",
                    translate("LeavePage", "Requests"),
                    "branchops.ui.staff.leave_requests_tab:RequestsTab",
                ),
                (
                    "balances",
                    translate("LeavePage", "Annual leave balance"),
                    "branchops.ui.staff.leave_balances_tab:BalancesTab",
                ),
                (
                    "availability",
                    translate("LeavePage", "Availability"),
                    "branchops.ui.staff.leave_availability_tab:AvailabilityTab",
                ),
                (
                    "rules",
                    translate("LeavePage", "Leave rules"),
                    "branchops.ui.staff.leave_rules_form:LeaveRulesForm",
                ),
            ],
            kept=("rules",),  # read when built; a refresh keeps the rules being edited
        )
        layout.addWidget(self.tabs, 1)
        ctx.events.data_changed.connect(self._on_data_changed)

    # what the tabs show, as the page's own
    @property
    def model(self):
        return self.tabs.loaded("requests").model

    @property
    def list(self):
        return self.tabs.loaded("requests").list

    @property
    def balances(self):
        return self.tabs.loaded("balances").balances

    @property
    def year(self):
        return self.tabs.loaded("balances").year

    @property
    def entitlements_button(self):
        return self.tabs.loaded("balances").entitlements_button

    @property
    def availability(self):
        return self.tabs.loaded("availability").availability

    @property
    def rules(self):
        return self.tabs.loaded("rules")

    def refresh(self) -> None:
        self.tabs.refresh()

    def open_filtered(self, **filters) -> None:
        self.tabs.show_fresh("requests").set_filters(**filters)  # type: ignore[attr-defined]

    def _on_data_changed(self, area: str) -> None:
        if area in ("leave", "staff"):
            self.refresh()
