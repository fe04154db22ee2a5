"""Leave requests: the list with its filters, new and edited requests, approval."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.staff import labels, leave
from branchops.core.staff.leave_settings import LeaveRules, load_rules
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.leave_dialog import LeaveDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
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


class _RequestRow:
    """A leave request with its type and status shown in words."""

    def __init__(self, row, rules: LeaveRules) -> None:
        self.row = row
        self.kind_label = labels.leave_kind_label(row.kind)
        self.status_label = labels.leave_status_label(row.status)
        self.paid = rules.kind(row.kind).paid

    def __getattr__(self, name: str):
        return getattr(self.row, name)


class RequestsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueryTableModel(LEAVE_COLUMNS, self._fetch, self._count)
        self.model.query = ListQuery(
            limit=self.model.page_size, sort_key="first_day", descending=True
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "leave", ctx, translate("LeavePage", "Leave"))
        layout.addWidget(self.list)
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
            gate(button, ctx.user, permission)
            bar.addWidget(button)
        self.list.activated.connect(lambda _row: self.edit_leave())

    def _fetch(self, query: ListQuery) -> list:
        with self.ctx.db.session() as session:
            rules = load_rules(session)
            return [_RequestRow(r, rules) for r in leave.list_leave(session, query)]

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return leave.count_leave(session, query)

    def refresh(self) -> None:
        self.model.reload()

    def set_filters(self, **filters) -> None:
        self.model.set_filters(**filters)

    def _apply_filters(self) -> None:
        filters = {
            "status": self.status_filter.currentData(),
            "kind": self.kind_filter.currentData(),
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

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
            opened=row_opened(LeaveRequest, row),
        )
