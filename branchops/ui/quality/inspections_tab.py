"""The inspections list: filter by template, period, inspector, result and status; open one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.quality.labels import RESULT_LABELS, STATUS_LABELS
from branchops.core.quality.models import InspectionResult, InspectionStatus, QcInspection
from branchops.core.quality.queries import (
    count_inspections,
    inspector_names,
    list_inspections,
)
from branchops.core.quality.service import delete_draft
from branchops.core.quality.templates import list_templates
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("performed_at", QT_TRANSLATE_NOOP("Columns", "Performed"), ColumnKind.DATETIME, 125),
    Column("template", QT_TRANSLATE_NOOP("Columns", "Checklist"), width=150),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), ColumnKind.INT, 55),
    Column("inspector", QT_TRANSLATE_NOOP("Columns", "Inspector"), width=110),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=70),
    Column("score", QT_TRANSLATE_NOOP("Columns", "Score"), ColumnKind.SCORE, 60),
    Column("result_label", QT_TRANSLATE_NOOP("Columns", "Result"), width=65),
    Column("critical_failures", QT_TRANSLATE_NOOP("Columns", "Critical"), ColumnKind.INT, 60),
    Column("failed_items", QT_TRANSLATE_NOOP("Columns", "Failed items"), ColumnKind.INT, 80),
    Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 90),
    Column("amendments", QT_TRANSLATE_NOOP("Columns", "Amendments"), ColumnKind.INT, 80),
)


def decorate(row, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole:
        if key == "result_label" and row.result is InspectionResult.FAILED:
            return QBrush(QColor("#c62828"))
        if key == "critical_failures" and row.critical_failures:
            return QBrush(QColor("#c62828"))
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InspectionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        self.model.query = ListQuery(limit=self.model.page_size)
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model, "quality.service", self.ctx, translate("QualityPage", "Inspections")
        )
        bar = self.list.filter_bar
        self.template = QComboBox()
        self.inspector = QComboBox()
        self.result = QComboBox()
        self.result.addItem(translate("QualityPage", "Any result"), None)
        for result, label in RESULT_LABELS.items():
            self.result.addItem(translate("Quality", label), result.value)
        self.status = QComboBox()
        self.status.addItem(translate("QualityPage", "Any status"), None)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("Quality", label), status.value)
        self.use_period = QCheckBox(translate("QualityPage", "From"))
        today = clock.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.new_button = QPushButton(translate("QualityPage", "New inspection…"))
        self.open_button = QPushButton(translate("QualityPage", "Open…"))
        self.delete_button = QPushButton(translate("QualityPage", "Delete draft"))
        for widget in (self.template, self.inspector, self.result, self.status, self.use_period,
                       self.first, self.last, self.new_button, self.open_button,
                       self.delete_button):  # fmt: skip
            bar.addWidget(widget)
        writable = self.ctx.user.allowed(Permission.WRITE)
        for button in (self.new_button, self.delete_button):
            button.setEnabled(writable)
            if not writable:
                button.setToolTip(self.ctx.user.why_not(Permission.WRITE))
        layout.addWidget(self.list)

    def _wire(self) -> None:
        for combo in (self.template, self.inspector, self.result, self.status):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.use_period.toggled.connect(self._apply_filters)
        self.first.dateChanged.connect(self._apply_filters)
        self.last.dateChanged.connect(self._apply_filters)
        self.new_button.clicked.connect(self.new_inspection)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.activated.connect(lambda row: self.open_inspection(row.id))

    def _fetch(self, query: ListQuery) -> list:
        with self.ctx.db.session() as session:
            return list_inspections(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_inspections(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            templates = list_templates(session, include_archived=True)
            inspectors = inspector_names(session)
        self._fill(self.template, translate("QualityPage", "All checklists"),
                   [(t.name, t.id) for t in templates])  # fmt: skip
        self._fill(self.inspector, translate("QualityPage", "All inspectors"),
                   [(name, name) for name in inspectors])  # fmt: skip
        self.model.reload()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in entries:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        filters = {
            "template_id": self.template.currentData(),
            "inspector": self.inspector.currentData(),
            "result": self.result.currentData(),
            "status": self.status.currentData(),
        }
        if self.use_period.isChecked():
            filters["first"] = self.first.date().toPython()
            filters["last"] = self.last.date().toPython()
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def set_filters(self, **filters) -> None:
        """Select the given filters in the bar (template_id, result, status, inspector)."""
        for key, combo in (("template_id", self.template), ("result", self.result),
                           ("status", self.status), ("inspector", self.inspector)):  # fmt: skip
            if key in filters:
                combo.setCurrentIndex(max(0, combo.findData(filters[key])))
        self._apply_filters()

    def new_inspection(self) -> None:
        from branchops.ui.quality.run_dialog import InspectionDialog  # loaded when first run

        InspectionDialog(self.ctx, self, template_id=self.template.currentData()).exec()

    def open_inspection(self, inspection_id: int) -> None:
        from branchops.ui.quality.run_dialog import InspectionDialog

        InspectionDialog(self.ctx, self, inspection_id=inspection_id).exec()

    def open_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.open_inspection(row.id)

    def delete_current(self) -> None:
        row = self.list.current_row()
        if row is None or row.status is not InspectionStatus.DRAFT:
            return
        question = translate("QualityPage", "Delete the draft of {date}?").format(
            date=f"{row.performed_at:%Y-%m-%d}"
        )
        if not confirm(self, translate("QualityPage", "Delete draft"), question):
            return
        run_write(
            self.ctx,
            self,
            "quality",
            lambda uow: delete_draft(uow, self.ctx.user, row.id),
            opened=row_opened(QcInspection, row),
        )
