"""Enter or edit one feedback record; quick from the keyboard (a counter complaint in under
30 seconds: type, channel, category, staff, customer, what happened, Ctrl+Enter).

"Save and next" keeps the date, type and channel for the next record of a stack (a comment book,
a pile of paper surveys)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.feedback.attachments import (
    attach_files,
    attachments_folder,
    detach,
    list_attachments,
)
from branchops.core.feedback.models import Category, Channel, FeedbackKind, FeedbackRecord, Severity
from branchops.core.feedback.service import (
    RecordInput,
    add_record,
    change_record,
    record_input,
)
from branchops.core.staff.queries import active_people
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.feedback.attachments_box import AttachmentsBox
from branchops.ui.feedback.widgets import (
    enum_combo,
    from_qdatetime,
    member,
    select_data,
    to_qdatetime,
)
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors
from branchops.ui.widgets.writes import run_write


def _number_combo(low: int, high: int) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for value in range(low, high + 1):
        combo.addItem(str(value), value)
    return combo


class RecordDialog(FormDialog):
    AREA = "feedback"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        record_id: int | None = None,
        kind: FeedbackKind = FeedbackKind.COMPLAINT,
        channel: Channel = Channel.COUNTER,
    ) -> None:
        super().__init__(ctx, parent)
        self.record_id = record_id
        self.saved_ids: list[int] = []
        if record_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, FeedbackRecord, record_id)
                self.data = record_input(session, record_id)
        else:
            self.data = RecordInput(received_at=clock.now(), kind=kind, channel=channel)
        self.is_complaint = record_id is not None and self.data.kind is FeedbackKind.COMPLAINT
        self.folder = attachments_folder(ctx.paths.root)
        stored = []
        if record_id is not None:
            with ctx.db.session() as session:
                stored = list_attachments(session, record_id, self.folder)
        self.attachments = AttachmentsBox(stored)
        self.setWindowTitle(
            translate("Feedback", "New feedback")
            if record_id is None
            else translate("Feedback", "Feedback record {id}").format(id=record_id)
        )
        self._build()
        self._fill(self.data)
        self.resize(560, 680)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        reg = self.errors.register
        self.kind = enum_combo(FeedbackKind)
        self.kind.setEnabled(not self.is_complaint)
        form.addRow(translate("Feedback", "Type"), self.kind)
        self.channel = enum_combo(Channel)
        form.addRow(translate("Feedback", "Channel"), self.channel)
        self.category = enum_combo(Category, blank="")
        form.addRow(translate("Feedback", "Category"), self.category)
        self.staff = QComboBox()
        self.handler = QComboBox()
        with self.ctx.db.session() as session:
            people = active_people(session)
        for combo in (self.staff, self.handler):
            combo.addItem("", None)
            for person in people:
                combo.addItem(person.name, person.id)
        form.addRow(translate("Feedback", "Staff concerned"), reg("staff", self.staff))
        self.customer = QLineEdit()
        self.customer.setMaxLength(64)
        form.addRow(translate("Feedback", "Customer name"), reg("customer_name", self.customer))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(
            translate("Feedback", "Mobile or landline, e.g. 021-58881234")
        )
        form.addRow(translate("Feedback", "Customer phone"), reg("customer_phone", self.phone))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        form.addRow(
            translate("Feedback", "What the customer said"), reg("description", self.description)
        )
        self.rating = _number_combo(1, 5)
        form.addRow(translate("Feedback", "Rating (1–5)"), reg("rating", self.rating))
        self.nps = _number_combo(0, 10)
        form.addRow(translate("Feedback", "Would recommend (0–10)"), reg("nps", self.nps))
        self.severity = enum_combo(Severity)
        self.severity_label = QLabel(translate("Feedback", "Severity"))
        form.addRow(self.severity_label, self.severity)
        self.handler_label = QLabel(translate("Feedback", "Handled by"))
        form.addRow(self.handler_label, reg("handler", self.handler))
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        form.addRow(
            translate("Feedback", "Date and time received"), reg("received_at", self.received)
        )
        form.addRow(translate("Feedback", "Attachments"), reg("attachments", self.attachments))
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        buttons = self.save_buttons()
        self.save_next = QPushButton(translate("Feedback", "Save and next"))
        self.save_next.setVisible(self.record_id is None)
        buttons.addButton(self.save_next, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_next.clicked.connect(self.save_and_next)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

    def _fill(self, data: RecordInput) -> None:
        select_data(self.kind, data.kind)
        select_data(self.channel, data.channel)
        select_data(self.category, data.category)
        select_data(self.staff, data.staff_id)
        select_data(self.handler, data.handler_staff_id)
        self.customer.setText(data.customer_name)
        self.phone.setText(data.customer_phone)
        self.description.setPlainText(data.description)
        select_data(self.rating, data.rating)
        select_data(self.nps, data.nps)
        select_data(self.severity, data.severity)
        self.received.setDateTime(to_qdatetime(data.received_at or clock.now()))
        self._kind_changed()
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _kind_changed(self) -> None:
        complaint = self.kind.currentData() == FeedbackKind.COMPLAINT
        for widget in (self.severity, self.severity_label, self.handler_label):
            widget.setVisible(complaint)
        self.handler.parentWidget().setVisible(complaint)

    def collected(self) -> RecordInput:
        return replace(
            self.data,
            received_at=from_qdatetime(self.received.dateTime()),
            kind=FeedbackKind(self.kind.currentData()),
            channel=Channel(self.channel.currentData()),
            category=member(self.category, Category),
            staff_id=self.staff.currentData(),
            customer_name=self.customer.text(),
            customer_phone=self.phone.text(),
            description=self.description.toPlainText(),
            rating=self.rating.currentData(),
            nps=self.nps.currentData(),
            severity=Severity(self.severity.currentData()),
            handler_staff_id=self.handler.currentData(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        """The record and its attachments in one transaction."""
        data, session, user = self.collected(), uow.session, self.ctx.user
        if self.record_id is None:
            record_id = add_record(session, user, data).id
        else:
            record_id = self.record_id
            change_record(session, user, record_id, data)
        for attachment_id in self.attachments.removed:
            detach(session, user, attachment_id)
        if self.attachments.added:
            attach_files(session, user, record_id, self.folder, self.attachments.added)
        uow.commit()
        self.saved_ids.append(record_id)

    def save_and_next(self) -> None:
        """Save, then clear what differs from one record to the next."""
        if not run_write(self.ctx, self, self.AREA, self._store, on_invalid=self._show_invalid):
            return
        kept = self.collected()
        self.errors.clear()
        self.leftover.clear()
        self.attachments.reset([])
        self._fill(
            RecordInput(
                received_at=kept.received_at,
                kind=kept.kind,
                channel=kept.channel,
                severity=kept.severity,
            )
        )

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
