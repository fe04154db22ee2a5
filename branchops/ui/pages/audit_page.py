"""Audit log page (§11): every create, update and delete, filterable; the chain is checked.

The page paints before the database opens: what it reads is in ``audit_rows``, imported once the
database is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.audit.labels import entity_label
from branchops.core.listing import ListQuery
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind

COLUMNS = (
    Column("seq", QT_TRANSLATE_NOOP("Columns", "No."), ColumnKind.INT, width=60),
    Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), ColumnKind.DATETIME, width=130),
    Column("username", QT_TRANSLATE_NOOP("Columns", "User"), width=90),
    Column("action_label", QT_TRANSLATE_NOOP("Columns", "Action"), width=100),
    Column("entity_label", QT_TRANSLATE_NOOP("Columns", "Record type"), width=130),
    Column("entity_id", QT_TRANSLATE_NOOP("Columns", "Record"), width=70),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Changes"), width=520, sortable=False),
)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, page_size=200)
        self.model.query = ListQuery(limit=self.model.page_size, sort_key="seq", descending=True)
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(translate("AuditPage", "Audit log"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.list = ListView(self.model, "audit", self.ctx, translate("AuditPage", "Audit log"))
        bar = self.list.filter_bar
        self.user = QComboBox()
        self.entity = QComboBox()
        self.action = QComboBox()
        self.use_dates = QCheckBox(translate("AuditPage", "From"))
        self.date_from = QDateEdit(QDate(clock.today()).addMonths(-1))
        self.date_to = QDateEdit(QDate(clock.today()))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.verify = QPushButton(translate("AuditPage", "Verify chain"))
        for widget in (self.user, self.entity, self.action, self.use_dates, self.date_from):
            bar.addWidget(widget)
        bar.addWidget(QLabel(translate("AuditPage", "to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.verify)
        layout.addWidget(self.list, 1)

    def _wire(self) -> None:
        for combo in (self.user, self.entity, self.action):
            combo.currentIndexChanged.connect(self._apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._apply_filters)
        self.use_dates.toggled.connect(self._apply_filters)
        self.verify.clicked.connect(self._verify)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self._load_choices()
        self._apply_filters()

    def _apply_filters(self) -> None:
        # read here, on the GUI thread: the list's queries run in the background
        self.model.set_filters(audit=self._wanted())

    def _load_choices(self) -> None:
        from branchops.ui.pages import audit_rows

        choices = audit_rows.choices(self.ctx.db)
        actions = [(key, translate("Audit", label)) for key, label in choices.actions]
        for combo, values, everyone in (
            (self.user, [(v, v) for v in choices.usernames], translate("AuditPage", "All users")),
            (
                self.entity,
                [(v, entity_label(v)) for v in choices.entities],
                translate("AuditPage", "All record types"),
            ),
            (self.action, actions, translate("AuditPage", "All actions")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, label in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _wanted(self) -> dict[str, Any]:
        """The drop-downs' and dates' values, by field of the audit service's filter."""
        dated = self.use_dates.isChecked()
        return {
            "username": self.user.currentData(),
            "entity": self.entity.currentData(),
            "action": self.action.currentData(),
            "date_from": self.date_from.date().toPython() if dated else None,
            "date_to": self.date_to.date().toPython() if dated else None,
        }

    def _fetch(self, query: ListQuery) -> list:
        from branchops.ui.pages import audit_rows

        return audit_rows.fetch(self.ctx.db, query)

    def _count(self, query: ListQuery) -> int:
        from branchops.ui.pages import audit_rows

        return audit_rows.count(self.ctx.db, query)

    def _on_data_changed(self, _area: str) -> None:
        if self.isVisible():
            self.model.reload()

    def _verify(self) -> None:
        """Reads and hashes the whole audit log (seconds on a years-old database), so in the
        background."""
        from branchops.ui.pages.audit_rows import check_against_recorded_heads

        db, backups = self.ctx.db, self.ctx.paths.backups
        self.verify.setEnabled(False)
        self.ctx.run_task(
            self,
            translate("AuditPage", "Verify chain"),
            lambda _control: check_against_recorded_heads(db, backups),
            self._verified,
            cancellable=False,
            on_finished=self._verify_finished,
        )

    def _verify_finished(self) -> None:
        self.verify.setEnabled(True)

    def _verified(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.warning(self, translate("AuditPage", "Verify chain"), "\n".join(problems))
        else:
            QMessageBox.information(
                self,
                translate("AuditPage", "Verify chain"),
                translate("AuditPage", "The audit log is complete and unchanged."),
            )
