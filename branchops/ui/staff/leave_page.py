"""Leave page (请假): requests and approval, yearly balances, unavailability and preferences."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.listing import ListQuery
from branchops.core.staff import availability, labels, leave
from branchops.core.staff.leave_settings import LeaveRules, load_rules
from branchops.core.staff.models import LeaveKind, LeaveStatus
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.entitlement_dialog import EntitlementDialog
from branchops.ui.staff.leave_dialog import LeaveDialog, PreferenceDialog, UnavailabilityDialog
from branchops.ui.staff.leave_rules_form import LeaveRulesForm
from branchops.ui.staff.tables import current_row, simple_table
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

LEAVE_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Type"), width=70, sortable=False),
    Column("first_day", QT_TRANSLATE_NOOP("Columns", "From"), ColumnKind.DATE, 95),
    Column("last_day", QT_TRANSLATE_NOOP("Columns", "To"), ColumnKind.DATE, 95),
    Column("days", QT_TRANSLATE_NOOP("Columns", "Days"), ColumnKind.NUMBER, 60),
    Column("paid", QT_TRANSLATE_NOOP("Columns", "Paid"), ColumnKind.BOOL, 50, sortable=False),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=80, sortable=False),
    Column("decided_by", QT_TRANSLATE_NOOP("Columns", "Decided by"), width=80),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=200),
)
BALANCE_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("entitled", QT_TRANSLATE_NOOP("Columns", "Entitled"), ColumnKind.NUMBER, 60),
    Column("carried", QT_TRANSLATE_NOOP("Columns", "Carried over"), ColumnKind.NUMBER, 70),
    Column("taken", QT_TRANSLATE_NOOP("Columns", "Taken"), ColumnKind.NUMBER, 60),
    Column("pending", QT_TRANSLATE_NOOP("Columns", "Requested"), ColumnKind.NUMBER, 60),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Remaining"), ColumnKind.NUMBER, 60),
    Column("rule", QT_TRANSLATE_NOOP("Columns", "How the days are worked out"), width=420,
           sortable=False),
)  # fmt: skip
AVAILABILITY_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Kind"), width=90),
    Column("description", QT_TRANSLATE_NOOP("Columns", "When"), width=320),
)


def _rule_tooltip(row, key: str, role: int):
    """The whole rule as a tooltip: it is long for people who joined or left in the year."""
    if role == Qt.ItemDataRole.ToolTipRole and key == "rule":
        return row.rule
    return None


class _Labelled:
    """A service row with its type and status shown in words."""

    def __init__(self, row, rules: LeaveRules | None = None) -> None:
        self.row = row
        if hasattr(row, "status"):
            self.kind_label = labels.leave_kind_label(row.kind)
            self.status_label = labels.leave_status_label(row.status)
            self.paid = (rules or LeaveRules()).kind(row.kind).paid
        else:
            self.kind_label = labels.availability_kind_label(row.kind)

    def __getattr__(self, name: str):
        return getattr(self.row, name)


class LeavePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueryTableModel(LEAVE_COLUMNS, self._fetch, self._count)
        self.model.query = ListQuery(
            limit=self.model.page_size, sort_key="first_day", descending=True
        )
        self.balances = InMemoryTableModel(BALANCE_COLUMNS, decorate=_rule_tooltip, parent=self)
        self.availability = InMemoryTableModel(AVAILABILITY_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        title = QLabel(translate("LeavePage", "Leave"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        tabs = QTabWidget()
        tabs.addTab(self._requests_tab(), translate("LeavePage", "Requests"))
        tabs.addTab(self._balances_tab(), translate("LeavePage", "Annual leave balance"))
        tabs.addTab(self._availability_tab(), translate("LeavePage", "Availability"))
        self.rules = LeaveRulesForm(ctx)
        tabs.addTab(self.rules, translate("LeavePage", "Leave rules"))
        self.tabs = tabs
        layout.addWidget(tabs, 1)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _requests_tab(self) -> QWidget:
        self.list = ListView(self.model, "leave", self.ctx, translate("LeavePage", "Leave"))
        bar = self.list.filter_bar
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("LeavePage", "All states"), None)
        for status in LeaveStatus:
            self.status_filter.addItem(labels.leave_status_label(status), status.value)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("LeavePage", "All types"), None)
        for kind in LeaveKind:
            self.kind_filter.addItem(labels.leave_kind_label(kind), kind.value)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.kind_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        actions = (
            (translate("LeavePage", "New…"), self.new_leave, Permission.WRITE),
            (translate("LeavePage", "Edit…"), self.edit_leave, Permission.WRITE),
            (translate("LeavePage", "Approve"), lambda: self.decide(LeaveStatus.APPROVED),
             Permission.APPROVE),
            (translate("LeavePage", "Reject"), lambda: self.decide(LeaveStatus.REJECTED),
             Permission.APPROVE),
            (translate("LeavePage", "Cancel leave"), lambda: self.decide(LeaveStatus.CANCELLED),
             Permission.WRITE),
        )  # fmt: skip
        for text, slot, permission in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            gate(button, self.ctx.user, permission)
            bar.addWidget(button)
        self.list.activated.connect(lambda _row: self.edit_leave())
        return self.list

    def _balances_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.valueChanged.connect(self._load_balances)
        top.addWidget(QLabel(translate("LeavePage", "Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.entitlements_button = QPushButton(translate("LeavePage", "Entitlements…"))
        self.entitlements_button.clicked.connect(self.edit_entitlements)
        gate(self.entitlements_button, self.ctx.user, Permission.APPROVE)
        top.addWidget(self.entitlements_button)
        layout.addLayout(top)
        layout.addWidget(simple_table(self.balances), 1)
        return tab

    def _availability_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.availability_view = simple_table(self.availability)
        layout.addWidget(self.availability_view, 1)
        bar = QHBoxLayout()
        for text, slot in (
            (translate("LeavePage", "Unavailable…"), self.add_unavailable),
            (translate("LeavePage", "Preference…"), self.add_preference),
            (translate("LeavePage", "Delete"), self.delete_availability),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            gate(button, self.ctx.user, Permission.WRITE)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        return tab

    # -- data ---------------------------------------------------------------------------------

    def _fetch(self, query: ListQuery) -> list:
        with self.ctx.db.session() as session:
            rules = load_rules(session)
            return [_Labelled(r, rules) for r in leave.list_leave(session, query)]

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return leave.count_leave(session, query)

    def _apply_filters(self) -> None:
        filters = {
            "status": self.status_filter.currentData(),
            "kind": self.kind_filter.currentData(),
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def _load_balances(self) -> None:
        with self.ctx.db.session() as session:
            self.balances.set_rows(leave.balances(session, self.year.value()))

    def refresh(self) -> None:
        self.model.reload()
        self._load_balances()
        with self.ctx.db.session() as session:
            self.availability.set_rows(
                [_Labelled(r) for r in availability.list_availability(session)]
            )

    def open_filtered(self, **filters) -> None:
        self.model.set_filters(**filters)

    def _on_data_changed(self, area: str) -> None:
        if area in ("leave", "staff"):
            self.refresh()

    # -- actions -----------------------------------------------------------------------------

    def new_leave(self) -> None:
        LeaveDialog(self.ctx, None, self).exec()

    def edit_leave(self) -> None:
        row = self.list.current_row()
        if row is not None:
            LeaveDialog(self.ctx, row.id, self).exec()

    def decide(self, status: LeaveStatus) -> None:
        row = self.list.current_row()
        if row is None:
            return
        run_write(
            self.ctx,
            self,
            "leave",
            lambda uow: leave.decide_leave(uow, self.ctx.user, row.id, status),
        )

    def edit_entitlements(self) -> None:
        EntitlementDialog(self.ctx, self, self.year.value()).exec()

    def add_unavailable(self) -> None:
        UnavailabilityDialog(self.ctx, self).exec()

    def add_preference(self) -> None:
        PreferenceDialog(self.ctx, self).exec()

    def delete_availability(self) -> None:
        row = current_row(self.availability_view, self.availability)
        if row is None:
            return
        run_write(
            self.ctx,
            self,
            "leave",
            lambda uow: availability.delete_availability(uow, self.ctx.user, row.kind, row.id),
        )


def leave_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return LeaveDialog(ctx, None, parent)


def unavailability_dialog_for_smoke(ctx: AppContext, parent: QWidget) -> QDialog:
    return UnavailabilityDialog(ctx, parent)
