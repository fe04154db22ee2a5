"""All feedback records (half a million at a large branch): filter by month, type and channel,
search, sort by any indexed column; enter, edit, delete; import survey results."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.models import Channel, FeedbackKind, FeedbackRecord
from branchops.core.feedback.queries import (
    FeedbackRow,
    count_feedback,
    iter_feedback,
    list_feedback,
)
from branchops.core.feedback.service import delete_record
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.feedback.record_dialog import RecordDialog
from branchops.ui.feedback.widgets import enum_combo, month_combo, select_data
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

MONTHS_OFFERED = 60
COLUMNS = (
    Column("received_at", QT_TRANSLATE_NOOP("Columns", "Received"), ColumnKind.DATETIME, 125),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Type"), width=80),
    Column("channel_label", QT_TRANSLATE_NOOP("Columns", "Channel"), width=115),
    Column("category_label", QT_TRANSLATE_NOOP("Columns", "Category"), width=115),
    Column("staff", QT_TRANSLATE_NOOP("Columns", "Staff"), width=70, sortable=False),
    Column("rating", QT_TRANSLATE_NOOP("Columns", "Rating"), ColumnKind.INT, 50),
    Column("nps", QT_TRANSLATE_NOOP("Columns", "Recommend"), ColumnKind.INT, 60),
    Column(
        "customer_name",
        QT_TRANSLATE_NOOP("Columns", "Customer"),
        width=70,
        sortable=False,
        pii=True,
    ),
    Column(
        "customer_phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=100, sortable=False, pii=True
    ),
    Column("reference", QT_TRANSLATE_NOOP("Columns", "Complaint no."), width=100, sortable=False),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=90, sortable=False),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "What was said"), width=260, sortable=False),
)
OVERDUE = QColor("#c62828")
DUE_SOON = QColor("#b26a00")
ESCALATED_BACKGROUND = QColor("#fdecea")


def decorate(row: FeedbackRow, key: str, role: int):
    """Escalated complaints stand out; regulator-forwarded ones are marked in red."""
    if role == Qt.ItemDataRole.BackgroundRole and row.escalation is EscalationState.OVERDUE:
        return QBrush(ESCALATED_BACKGROUND)
    if role == Qt.ItemDataRole.ForegroundRole:
        if key == "status_label" and row.escalation is EscalationState.OVERDUE:
            return QBrush(OVERDUE)
        if key == "status_label" and row.escalation is EscalationState.DUE_SOON:
            return QBrush(DUE_SOON)
        if key == "channel_label" and row.channel is Channel.REGULATOR:
            return QBrush(OVERDUE)
    if role == Qt.ItemDataRole.ToolTipRole and key == "summary" and row.summary:
        return row.summary
    return None


class RecordsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(
            COLUMNS,
            self._fetch,
            self._count,
            decorate=decorate,
            reversible=True,  # list_feedback honours ListQuery.from_end
            stream=self._stream,
        )
        self.model.query = ListQuery(limit=self.model.page_size)
        self._build()
        self._wire()
        self._update_buttons(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "feedback.records", self.ctx, translate("FeedbackPage", "Feedback")
        )
        self.list.search.setPlaceholderText(
            translate("FeedbackPage", "Search text, customer, phone, complaint no., staff…")
        )
        bar = self.list.filter_bar
        self.month = month_combo(Month.of(clock.today()), MONTHS_OFFERED)
        self.kind = enum_combo(FeedbackKind, blank=translate("FeedbackPage", "Any type"))
        self.channel = enum_combo(Channel, blank=translate("FeedbackPage", "Any channel"))
        for widget in (self.month, self.kind, self.channel):
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("FeedbackPage", "New…")),
            "edit": QPushButton(translate("FeedbackPage", "Edit…")),
            "delete": QPushButton(translate("FeedbackPage", "Delete")),
            "complaint": QPushButton(translate("FeedbackPage", "Open complaint")),
            "import": QPushButton(translate("FeedbackPage", "Import survey results…")),
        }
        self.buttons["new"].setToolTip(translate("FeedbackPage", "New feedback (Ctrl+N)"))
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)

    def _wire(self) -> None:
        for combo in (self.month, self.kind, self.channel):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.edit())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "new": self.new,
            "edit": self.edit,
            "delete": self.delete,
            "complaint": self.open_complaint,
            "import": self.import_survey,
        }
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new)

    # -- data -----------------------------------------------------------------------------------

    def _fetch(self, query: ListQuery) -> list[FeedbackRow]:
        with self.ctx.db.session() as session:
            return list_feedback(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_feedback(session, query)

    def _stream(self, query: ListQuery) -> Iterator[FeedbackRow]:
        with self.ctx.db.session() as session:
            yield from iter_feedback(session, query)

    def refresh(self) -> None:
        self.model.reload()

    def _apply_filters(self) -> None:
        filters = {
            "month": self.month.currentData(),
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def set_filters(self, **filters) -> None:
        """``month`` ("YYYY-MM"), ``kind``, ``channel``; anything not given is cleared."""
        for combo, key in ((self.month, "month"), (self.kind, "kind"), (self.channel, "channel")):
            combo.blockSignals(True)
            value = filters.get(key)
            if key == "month" and value is not None:
                value = str(value)
            if key == "kind" and value is not None:
                value = FeedbackKind(value)
            if key == "channel" and value is not None:
                value = Channel(value)
            select_data(combo, value)
            combo.blockSignals(False)
        self._apply_filters()

    # -- buttons --------------------------------------------------------------------------------

    def _update_buttons(self, row: FeedbackRow | None) -> None:
        user = self.ctx.user
        gate(self.buttons["new"], user, Permission.WRITE)
        gate(self.buttons["import"], user, Permission.WRITE)
        gate(self.buttons["edit"], user, Permission.WRITE, when=row is not None)
        gate(self.buttons["delete"], user, Permission.WRITE, when=row is not None)
        self.buttons["complaint"].setEnabled(row is not None and row.complaint_id is not None)

    def new(self) -> None:
        if self.ctx.user.allowed(Permission.WRITE):
            RecordDialog(self.ctx, self).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.ctx.user.allowed(Permission.WRITE):
            RecordDialog(self.ctx, self, record_id=row.id).exec()

    def delete(self) -> None:
        row = self.list.current_row()
        question = translate("FeedbackPage", "Delete this {kind} of {date}?")
        if row is not None and confirm(
            self,
            translate("FeedbackPage", "Delete"),
            question.format(kind=row.kind_label, date=row.received_at.strftime("%Y-%m-%d %H:%M")),
        ):
            run_write(
                self.ctx,
                self,
                "feedback",
                lambda uow: delete_record(uow, self.ctx.user, row.id),
                opened=row_opened(FeedbackRecord, row),
            )

    def open_complaint(self) -> None:
        row = self.list.current_row()
        if row is not None and row.complaint_id is not None:
            from branchops.ui.feedback.complaint_dialog import ComplaintDialog

            ComplaintDialog(self.ctx, row.complaint_id, self).exec()

    def import_survey(self) -> None:
        from branchops.ui.reports.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.choose.kind.setCurrentIndex(max(0, wizard.choose.kind.findData("survey")))
        wizard.exec()
