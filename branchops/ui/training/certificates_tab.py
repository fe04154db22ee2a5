"""Outside certificates (外部证书): each person's certificates from outside, with expiry and the
scanned copy."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.training.certificates import delete_certificate
from branchops.core.training.lists import CertificateRow, count_certificates, list_certificates
from branchops.core.training.models import ExternalCertificate
from branchops.core.training.scans import scan_path
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.training.certificate_dialog import CertificateDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=85),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Name"), width=80),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Certificate"), width=200),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), width=110),
    Column("issuer", QT_TRANSLATE_NOOP("Columns", "Issued by"), width=130),
    Column("issued_on", QT_TRANSLATE_NOOP("Columns", "Issued on"), ColumnKind.DATE, 90),
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), ColumnKind.DATE, 90),
    Column("course", QT_TRANSLATE_NOOP("Columns", "Counts for"), width=150),
    Column("skill", QT_TRANSLATE_NOOP("Columns", "Grants skill"), width=80),
    Column("has_scan", QT_TRANSLATE_NOOP("Columns", "Scan"), ColumnKind.BOOL, 45, sortable=False),
)
EXPIRED = QColor("#c62828")


def decorate(row: CertificateRow, key: str, role: int):
    expired = row.valid_until is not None and row.valid_until < clock.today()
    if role == Qt.ItemDataRole.ForegroundRole and key == "valid_until" and expired:
        return QBrush(EXPIRED)
    return None


class CertificatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(COLUMNS, self._fetch, self._count, decorate=decorate)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"active_staff": True})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(
            self.model,
            "training.certificates",
            ctx,
            translate("TrainingPage", "Outside certificates"),
        )
        bar = self.list.filter_bar
        self.active_only = QCheckBox(translate("TrainingPage", "Active staff only"))
        self.active_only.setChecked(True)
        self.buttons = {
            "new": QPushButton(translate("TrainingPage", "Add…")),
            "edit": QPushButton(translate("TrainingPage", "Edit…")),
            "delete": QPushButton(translate("TrainingPage", "Delete")),
            "scan": QPushButton(translate("TrainingPage", "Open scan")),
        }
        bar.addWidget(self.active_only)
        for button in self.buttons.values():
            bar.addWidget(button)
        layout.addWidget(self.list)
        self.active_only.toggled.connect(self._apply_filters)
        self.buttons["new"].clicked.connect(self.new)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["delete"].clicked.connect(self.delete)
        self.buttons["scan"].clicked.connect(self.open_scan)
        self.list.activated.connect(lambda _row: self.edit())
        self.list.selection_changed.connect(self._update_buttons)
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        self._update_buttons(None)

    def _fetch(self, query: ListQuery) -> list[CertificateRow]:
        with self.ctx.db.session() as session:
            return list_certificates(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_certificates(session, query)

    def refresh(self) -> None:
        self.model.reload()

    def _apply_filters(self) -> None:
        filters = {"active_staff": True} if self.active_only.isChecked() else {}
        self.model.query = replace(self.model.query, filters=filters)
        self.model.reload()

    def _update_buttons(self, row: CertificateRow | None) -> None:
        user = self.ctx.user
        gate(self.buttons["new"], user, Permission.WRITE)
        gate(self.buttons["edit"], user, Permission.WRITE, when=row is not None)
        gate(self.buttons["delete"], user, Permission.WRITE, when=row is not None)
        self.buttons["scan"].setEnabled(row is not None and row.has_scan)

    def new(self) -> None:
        CertificateDialog(self.ctx, self).exec()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.ctx.user.allowed(Permission.WRITE):
            CertificateDialog(self.ctx, self, certificate_id=row.id).exec()

    def delete(self) -> None:
        row = self.list.current_row()
        question = translate("TrainingPage", "Delete {person}'s certificate “{name}”?")
        if row is not None and confirm(
            self,
            translate("TrainingPage", "Delete"),
            question.format(person=row.person, name=row.name),
        ):
            run_write(
                self.ctx,
                self,
                "training",
                lambda uow: delete_certificate(uow, self.ctx.user, row.id),
                opened=row_opened(ExternalCertificate, row),
            )

    def open_scan(self) -> None:
        row = self.list.current_row()
        if row is None or not row.has_scan:
            return
        path = scan_path(self.ctx.paths.photos, row.scan_sha256, row.scan_extension)
        if not path.is_file():
            QMessageBox.warning(
                self,
                translate("TrainingPage", "Open scan"),
                translate("TrainingPage", "The scanned copy is missing from {folder}.").format(
                    folder=path.parent
                ),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
