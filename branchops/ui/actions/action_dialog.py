"""Create or edit a corrective action; raised from a source, it arrives filled in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.actions.labels import priority_label, source_label
from branchops.core.actions.models import CorrectiveAction, Priority, SourceKind
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import ActionInput, create_action, update_action
from branchops.core.errors import ValidationError
from branchops.core.staff.queries import active_people
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

DEFAULT_DAYS = 14


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActionDialog(FormDialog):
    AREA = "actions"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        action_id: int | None = None,
        proposal: ActionInput | None = None,
        create: Callable[[UnitOfWork, CurrentUser, ActionInput], int] | None = None,
    ) -> None:
        """``create`` saves a new action (default ``create_action``); an area that raises
        actions under its own rules passes its service, e.g. quality's raise-from-answer."""
        super().__init__(ctx, parent)
        self.action_id = action_id
        self._create = create or create_action
        self.saved_id: int | None = None
        if action_id is not None:
            with ctx.db.session() as session:
                detail = load_action(session, action_id)
            row = detail.row
            proposal = ActionInput(
                title=row.title,
                owner_staff_id=row.owner_id,
                due_date=row.due_date,
                priority=row.priority,
                description=detail.description,
                source_kind=row.source_kind,
                source_id=row.source_id,
                source_sub_id=row.source_sub_id,
                link_text=row.link_text,
            )
            self.opened_at(CorrectiveAction, action_id, detail.version)
        self.data = proposal or ActionInput(
            title="", owner_staff_id=None, due_date=clock.today() + timedelta(days=DEFAULT_DAYS)
        )
        self.setWindowTitle(
            translate("Actions", "Corrective action")
            if action_id is None
            else translate("Actions", "Corrective action {id}").format(id=action_id)
        )
        self._build()
        self.resize(520, 420)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self.data.title)
        self.title.setMaxLength(200)
        form.addRow(
            translate("Actions", "What is to be done"), self.errors.register("title", self.title)
        )
        self.description = QPlainTextEdit(self.data.description)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        form.addRow(translate("Actions", "Details"), self.description)
        self.owner = QComboBox()
        self.owner.addItem("", None)
        with self.ctx.db.session() as session:
            for person in active_people(session):
                self.owner.addItem(person.name, person.id)
        if (
            self.data.owner_staff_id is not None
            and self.owner.findData(self.data.owner_staff_id) < 0
        ):
            self.owner.addItem(f"#{self.data.owner_staff_id}", self.data.owner_staff_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(self.data.owner_staff_id)))
        form.addRow(translate("Actions", "Owner"), self.errors.register("owner", self.owner))
        self.due = QDateEdit(to_qdate(self.data.due_date or clock.today()))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form.addRow(translate("Actions", "Due date"), self.errors.register("due_date", self.due))
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(self.data.priority))
        form.addRow(translate("Actions", "Priority"), self.priority)
        self.source = QComboBox()
        for kind in SourceKind:
            self.source.addItem(source_label(kind), kind)
        self.source.setCurrentIndex(self.source.findData(self.data.source_kind))
        self.source.setEnabled(self.data.source_id is None)
        form.addRow(translate("Actions", "Source"), self.source)
        self.link = QLineEdit(self.data.link_text)
        self.link.setReadOnly(self.data.source_id is not None)
        self.link.setPlaceholderText(translate("Actions", "e.g. HQ notice no. 12 of March"))
        form.addRow(translate("Actions", "Link"), self.link)
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())

    def collected(self) -> ActionInput:
        return replace(
            self.data,
            title=self.title.text(),
            description=self.description.toPlainText(),
            owner_staff_id=self.owner.currentData(),
            due_date=from_qdate(self.due.date()),
            priority=Priority(self.priority.currentData()),
            source_kind=SourceKind(self.source.currentData()),
            link_text=self.link.text(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        data = self.collected()
        if self.action_id is None:
            self.saved_id = self._create(uow, self.ctx.user, data)
        else:
            update_action(uow, self.ctx.user, self.action_id, data)
            self.saved_id = self.action_id

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
