"""The complaints (投诉处理): escalated ones first (past the deadline or within two working days of
it, highlighted), regulator-forwarded flagged; filter by status and escalation; open one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.feedback.complaint_queries import (
    ComplaintRow,
    count_complaints,
    list_complaints,
)
from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.labels import STATUS_LABELS
from branchops.core.feedback.models import Channel, FeedbackKind
from branchops.core.listing import ListQuery
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.feedback.complaint_dialog import ComplaintDialog
from branchops.ui.feedback.record_dialog import RecordDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind

COLUMNS = (
    Column("reference", QT_TRANSLATE_NOOP("Columns", "Complaint no."), width=105),
    Column("received_on", QT_TRANSLATE_NOOP("Columns", "Received"), ColumnKind.DATE, 85),
    Column("channel_label", QT_TRANSLATE_NOOP("Columns", "Channel"), width=115),
    Column("severity_label", QT_TRANSLATE_NOOP("Columns", "Severity"), width=55),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=110),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Deadline"), ColumnKind.DATE, 85),
    Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days left"), ColumnKind.INT, 60),
    Column("escalation_label", QT_TRANSLATE_NOOP("Columns", "Escalation"), width=70),
    Column("handler", QT_TRANSLATE_NOOP("Columns", "Handled by"), width=70),
    Column("customer_name", QT_TRANSLATE_NOOP("Columns", "Customer"), width=65, pii=True),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Complaint"), width=200, sortable=False),
)
RED, AMBER = QColor("#c62828"), QColor("#b26a00")
ROW_TINT = {EscalationState.OVERDUE: QColor("#fdecea"), EscalationState.DUE_SOON: QColor("#fff4e0")}


def decorate(row: ComplaintRow, key: str, role: int):
    if role == Qt.ItemDataRole.BackgroundRole and row.escalation in ROW_TINT:
        return QBrush(ROW_TINT[row.escalation])
    if role == Qt.ItemDataRole.ForegroundRole:
        if key in ("escalation_label", "due_on", "days_left"):
            if row.escalation is EscalationState.OVERDUE:
                return QBrush(RED)
            if row.escalation is EscalationState.DUE_SOON:
                return QBrush(AMBER)
        if key == "channel_label" and row.regulator:
            return QBrush(RED)
    if role == Qt.ItemDataRole.ToolTipRole and key == "channel_label" and row.regulator:
        return translate("FeedbackPage", "Forwarded by the regulator: high priority")
    return None


class ComplaintsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"open": True})
        self._build()
        self._wire()
        self._update_buttons(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "feedback.complaints", self.ctx, translate("FeedbackPage", "Complaints")
        )
        bar = self.list.filter_bar
        self.status = QComboBox()
        self.status.addItem(translate("FeedbackPage", "Not decided yet"), "open")
        self.status.addItem(translate("FeedbackPage", "Any status"), None)
        for status, text in STATUS_LABELS.items():
            self.status.addItem(translate("Feedback", text), status.value)
        self.escalated = QCheckBox(translate("FeedbackPage", "Escalated only"))
        self.regulator = QCheckBox(translate("FeedbackPage", "Regulator-forwarded only"))
        self.review = QCheckBox(translate("FeedbackPage", "Review open"))
        for widget in (self.status, self.escalated, self.regulator, self.review):
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("FeedbackPage", "New complaint…")),
            "open": QPushButton(translate("FeedbackPage", "Open…")),
            "rules": QPushButton(translate("FeedbackPage", "Deadline rules…")),
        }
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)

    def _wire(self) -> None:
        self.status.currentIndexChanged.connect(self._apply_filters)
        for box in (self.escalated, self.regulator, self.review):
            box.toggled.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.open_current())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        self.buttons["new"].clicked.connect(self.new)
        self.buttons["open"].clicked.connect(self.open_current)
        self.buttons["rules"].clicked.connect(self.edit_rules)

    def _fetch(self, query: ListQuery) -> list[ComplaintRow]:
        with self.ctx.db.session() as session:
            return list_complaints(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_complaints(session, query)

    def refresh(self) -> None:
        self.model.reload()

    def _apply_filters(self) -> None:
        status = self.status.currentData()
        filters = {
            "open": True if status == "open" else None,
            "status": status if status not in (None, "open") else None,
            "escalated": True if self.escalated.isChecked() else None,
            "regulator": True if self.regulator.isChecked() else None,
            "review_open": True if self.review.isChecked() else None,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def set_filters(self, **filters) -> None:
        """``complaint_id`` shows one complaint; ``escalated``, ``regulator``, ``status``,
        ``review_open`` set the filter bar."""
        widgets = (self.status, self.escalated, self.regulator, self.review)
        for widget in widgets:
            widget.blockSignals(True)
        if "status" in filters:
            self.status.setCurrentIndex(max(0, self.status.findData(filters["status"])))
        elif filters.get("complaint_id") or filters.get("regulator"):
            self.status.setCurrentIndex(self.status.findData(None))
        self.escalated.setChecked(bool(filters.get("escalated")))
        self.regulator.setChecked(bool(filters.get("regulator")))
        self.review.setChecked(bool(filters.get("review_open")))
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()
        if filters.get("complaint_id"):
            self.model.set_filters(complaint_id=filters["complaint_id"])
            if self.model.rowCount():
                self.list.table.selectRow(0)

    def _update_buttons(self, row: ComplaintRow | None) -> None:
        gate(self.buttons["new"], self.ctx.user, Permission.WRITE)
        self.buttons["open"].setEnabled(row is not None)
        gate(self.buttons["rules"], self.ctx.user, Permission.MANAGE)

    def new(self) -> None:
        dialog = RecordDialog(self.ctx, self, kind=FeedbackKind.COMPLAINT, channel=Channel.COUNTER)
        dialog.exec()

    def open_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            ComplaintDialog(self.ctx, row.id, self).exec()

    def edit_rules(self) -> None:
        from branchops.ui.feedback.rules_dialog import RulesDialog

        if RulesDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.model.reload()
