"""Actions page (整改跟踪): every corrective action, filtered by status, owner, source and overdue;
moved on step by step, and each one opens the record it came from.

The page paints before the database opens: the area's services, labels and dialogs are imported
where they are used, once the database is open.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.listing import ListQuery
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

if TYPE_CHECKING:
    from branchops.core.actions.models import SourceKind
    from branchops.core.actions.queries import ActionRow

COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Corrective action"), width=210),
    Column("source_label", QT_TRANSLATE_NOOP("Columns", "Source"), width=95),
    Column("link_text", QT_TRANSLATE_NOOP("Columns", "Raised from"), width=210),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=80),
    Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 90),
    Column("priority_label", QT_TRANSLATE_NOOP("Columns", "Priority"), width=60),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=95),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), ColumnKind.BOOL, 70),
    Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done on"), ColumnKind.DATE, 90),
    Column("verifier", QT_TRANSLATE_NOOP("Columns", "Verified by"), width=80),
)
OVERDUE = QColor("#c62828")


def decorate(row: ActionRow, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and row.overdue and key in ("due_date", "overdue"):
        return QBrush(OVERDUE)
    return None


def status_steps(row: ActionRow) -> dict[str, bool]:
    """The steps the selected action's status allows (none is selected before the list loads)."""
    from branchops.core.actions.models import ActionStatus

    status = row.status
    return {
        "edit": status is not ActionStatus.VERIFIED,
        "start": status is ActionStatus.OPEN,
        "done": status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
        "verify": status is ActionStatus.DONE,
        "reopen": status is ActionStatus.DONE,
        "delete": status is ActionStatus.OPEN,
    }


def source_page(kind: SourceKind) -> tuple[str, str]:
    """The page a source is shown on (its kind's name but for these) and the ``open_filtered``
    argument for its id."""
    from branchops.core.actions.models import SourceKind

    others = {
        SourceKind.DRILL: ("risk", "drill_id"),
        SourceKind.COMPLAINT: ("feedback", "source_id"),
    }
    return others.get(kind, (kind.value, "source_id"))


class ActionsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"open": True})
        self._choices_filled = False
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(translate("ActionsPage", "Corrective actions"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.list = ListView(self.model, "actions", self.ctx, translate("ActionsPage", "Actions"))
        bar = self.list.filter_bar
        self.status = QComboBox()
        self.status.addItem(translate("ActionsPage", "Not done yet"), "not_done")
        self.status.addItem(translate("ActionsPage", "Any status"), None)
        self.owner = QComboBox()
        self.source = QComboBox()
        self.source.addItem(translate("ActionsPage", "Any source"), None)
        self.overdue = QCheckBox(translate("ActionsPage", "Overdue only"))
        for widget in (self.status, self.owner, self.source, self.overdue):
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("ActionsPage", "New…")),
            "edit": QPushButton(translate("ActionsPage", "Edit…")),
            "start": QPushButton(translate("ActionsPage", "Start")),
            "done": QPushButton(translate("ActionsPage", "Mark done…")),
            "verify": QPushButton(translate("ActionsPage", "Verify…")),
            "reopen": QPushButton(translate("ActionsPage", "Send back…")),
            "delete": QPushButton(translate("ActionsPage", "Delete")),
            "source": QPushButton(translate("ActionsPage", "Open source")),
        }
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)

    def _wire(self) -> None:
        for combo in (self.status, self.owner, self.source):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue.toggled.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.edit())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "new": self.new, "edit": self.edit, "start": self.start, "done": self.done,
            "verify": self.verify, "reopen": self.reopen, "delete": self.delete,
            "source": self.open_source,
        }  # fmt: skip
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    # -- data -----------------------------------------------------------------------------------

    def _fetch(self, query: ListQuery) -> list[ActionRow]:
        from branchops.core.actions.queries import list_actions

        with self.ctx.db.session() as session:
            return list_actions(session, query)

    def _count(self, query: ListQuery) -> int:
        from branchops.core.actions.queries import count_actions

        with self.ctx.db.session() as session:
            return count_actions(session, query)

    def _fill_choices(self) -> None:
        """The statuses and sources offered, once (their names come with the area's models)."""
        from branchops.core.actions.labels import STATUS_LABELS, source_label
        from branchops.core.actions.models import SourceKind

        self._choices_filled = True
        for combo in (self.status, self.source):
            combo.blockSignals(True)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("Actions", label), status.value)
        for kind in SourceKind:
            self.source.addItem(source_label(kind), kind.value)
        for combo in (self.status, self.source):
            combo.blockSignals(False)

    def refresh(self) -> None:
        from branchops.core.staff.queries import active_people

        if not self._choices_filled:
            self._fill_choices()
        with self.ctx.db.session() as session:
            people = active_people(session)
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(translate("ActionsPage", "Any owner"), None)
        for person in people:
            self.owner.addItem(person.name, person.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)
        self._update_buttons(self.list.current_row())  # the frame was built before sign-in
        self.model.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in ("actions", "quality", "staff"):
            self.model.reload()

    def _apply_filters(self) -> None:
        status = self.status.currentData()
        filters = {
            "open": True if status == "not_done" else None,
            "status": status if status not in (None, "not_done") else None,
            "owner_id": self.owner.currentData(),
            "source_kind": self.source.currentData(),
            "overdue": True if self.overdue.isChecked() else None,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def open_filtered(self, **filters) -> None:
        """``overdue``, ``status``, ``owner_id`` or ``source_kind``, as the dashboard asks;
        ``action_id`` opens that action."""
        self.refresh()
        if "action_id" in filters:
            from branchops.ui.actions.action_dialog import ActionDialog

            ActionDialog(self.ctx, self, action_id=int(filters["action_id"])).open()
            return
        if "status" in filters:
            self.status.setCurrentIndex(max(0, self.status.findData(filters["status"])))
        elif filters.get("overdue") or "owner_id" in filters or "source_kind" in filters:
            self.status.setCurrentIndex(self.status.findData(None))
        if "owner_id" in filters:
            self.owner.setCurrentIndex(max(0, self.owner.findData(filters["owner_id"])))
        if "source_kind" in filters:
            self.source.setCurrentIndex(max(0, self.source.findData(filters["source_kind"])))
        self.overdue.setChecked(bool(filters.get("overdue")))
        self._apply_filters()

    # -- buttons --------------------------------------------------------------------------------

    def _update_buttons(self, row: ActionRow | None) -> None:
        user = self.ctx.user
        write, approve = user.allowed(Permission.WRITE), user.allowed(Permission.APPROVE)
        steps = status_steps(row) if row is not None else {}
        enabled = {
            "new": write,
            "edit": write and steps.get("edit", False),
            "start": write and steps.get("start", False),
            "done": write and steps.get("done", False),
            "verify": approve and steps.get("verify", False),
            "reopen": approve and steps.get("reopen", False),
            "delete": write and steps.get("delete", False),
            "source": row is not None and row.source_id is not None,
        }
        needs = {"verify": Permission.APPROVE, "reopen": Permission.APPROVE, "source": None}
        for key, button in self.buttons.items():
            permission = needs.get(key, Permission.WRITE)
            if permission is None:
                button.setEnabled(enabled[key])
            else:
                gate(button, user, permission, when=enabled[key])

    def _run(self, fn, row=None) -> None:
        """``row``: the list row acted on, refused if the action changed since it was listed."""
        from branchops.core.actions.models import CorrectiveAction
        from branchops.core.concurrency import row_opened

        opened = row_opened(CorrectiveAction, row) if row is not None else None
        run_write(self.ctx, self, "actions", fn, opened=opened)

    def new(self) -> None:
        from branchops.ui.actions.action_dialog import ActionDialog

        ActionDialog(self.ctx, self).exec()

    def edit(self) -> None:
        from branchops.ui.actions.action_dialog import ActionDialog

        row = self.list.current_row()
        if row is not None and status_steps(row)["edit"]:
            ActionDialog(self.ctx, self, action_id=row.id).exec()

    def start(self) -> None:
        from branchops.core.actions.service import start_action

        row = self.list.current_row()
        if row is not None:
            self._run(lambda uow: start_action(uow, self.ctx.user, row.id), row)

    def done(self) -> None:
        from branchops.ui.actions.status_dialogs import DoneDialog

        row = self.list.current_row()
        if row is not None:
            DoneDialog(self.ctx, row, self).exec()

    def verify(self) -> None:
        from branchops.ui.actions.status_dialogs import VerifyDialog

        row = self.list.current_row()
        if row is not None:
            VerifyDialog(self.ctx, row, self).exec()

    def reopen(self) -> None:
        from branchops.core.actions.service import reopen_action

        row = self.list.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            translate("ActionsPage", "Send back"),
            translate("ActionsPage", "Why does the action go back to in progress?"),
        )
        if ok:
            self._run(lambda uow: reopen_action(uow, self.ctx.user, row.id, reason), row)

    def delete(self) -> None:
        from branchops.core.actions.service import delete_action

        row = self.list.current_row()
        question = translate("ActionsPage", "Delete the action “{title}”?")
        if row is not None and confirm(
            self, translate("ActionsPage", "Delete"), question.format(title=row.title)
        ):
            self._run(lambda uow: delete_action(uow, self.ctx.user, row.id), row)

    def open_source(self) -> None:
        row = self.list.current_row()
        if row is None or row.source_id is None:
            return
        from branchops.core.actions.models import SourceKind

        if row.source_kind is SourceKind.INSPECTION:
            from branchops.ui.quality.run_dialog import InspectionDialog

            InspectionDialog(self.ctx, self, inspection_id=row.source_id).exec()
            return
        show_page = getattr(self.window(), "show_page_key", None)
        key, filter_name = source_page(row.source_kind)
        page = show_page(key) if callable(show_page) else None
        opener = getattr(page, "open_filtered", None)
        if callable(opener):
            opener(**{filter_name: row.source_id})
            return
        QMessageBox.information(
            self,
            translate("ActionsPage", "Open source"),
            translate("ActionsPage", "{source}: {link}").format(
                source=row.source_label, link=row.link_text
            ),
        )
