"""Customer feedback page (客户反馈): every record, the complaints being handled, satisfaction."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.lazy_tabs import LazyTabs

AREAS = ("feedback", "imports", "staff", "actions", "branch")
COMPLAINT_FILTERS = ("complaint_id", "escalated", "regulator", "status", "review_open")


class FeedbackPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("FeedbackPage", "Customer feedback"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # each tab is built when first shown: the page paints before the database opens
        self.tabs = LazyTabs(
            ctx,
            [
                (
                    "complaints",
                    translate("FeedbackPage", "Complaints"),
                    "branchops.ui.feedback.complaints_tab:ComplaintsTab",
                ),
                (
                    "records",
                    translate("FeedbackPage", "All feedback"),
                    "branchops.ui.feedback.records_tab:RecordsTab",
                ),
                (
                    "satisfaction",
                    translate("FeedbackPage", "Satisfaction"),
                    "branchops.ui.feedback.satisfaction_tab:SatisfactionTab",
                ),
            ],
        )
        layout.addWidget(self.tabs, 1)
        self._stale = set(self.tabs.keys)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    @property
    def complaints(self):
        return self.tabs.tab("complaints")

    @property
    def records(self):
        return self.tabs.tab("records")

    @property
    def satisfaction(self):
        return self.tabs.tab("satisfaction")

    def refresh(self) -> None:
        self._stale = set(self.tabs.keys)
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        key = self.tabs.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tabs.tab(key).refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS:
            self.refresh()

    def open_filtered(self, **filters) -> None:
        """``tab`` ("complaints", "records" or "satisfaction"); ``complaint_id`` (or
        ``source_id`` from a corrective action), ``escalated``, ``regulator``, ``status``,
        ``review_open`` filter the complaints; ``month``, ``kind``, ``channel`` the records."""
        if "source_id" in filters:
            filters["complaint_id"] = filters.pop("source_id")
        tab = filters.pop("tab", None)
        if tab == "satisfaction":
            self.tabs.setCurrentWidget(self.satisfaction)
            return
        if tab == "records" or (tab is None and not set(filters) & set(COMPLAINT_FILTERS)):
            self.tabs.setCurrentWidget(self.records)
            self._stale.discard("records")
            self.records.set_filters(**filters)
            return
        self.tabs.setCurrentWidget(self.complaints)
        self._stale.discard("complaints")
        self.complaints.set_filters(**filters)
