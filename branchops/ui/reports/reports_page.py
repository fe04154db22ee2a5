"""The Reports page: the monthly HQ workbook and its export log, consolidation, imports.

The page paints before the database opens: it reads the export log in ``refresh()`` and imports
its dialogs (openpyxl, the area services) when one is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.reports.export_log import export_log_model
from branchops.ui.widgets.list_view import ListView

if TYPE_CHECKING:
    from branchops.ui.reports.consolidate_dialog import ConsolidateDialog
    from branchops.ui.reports.import_wizard import ImportWizard
    from branchops.ui.reports.monthly_dialog import MonthlyReportDialog


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = export_log_model()
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(translate("Report", "Reports"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        actions = QHBoxLayout()
        self.monthly = QPushButton(translate("Report", "Monthly HQ workbook…"))
        self.consolidate = QPushButton(translate("Report", "Consolidate branch workbooks…"))
        self.imports = QPushButton(translate("Report", "Import from Excel…"))
        for button in (self.monthly, self.consolidate, self.imports):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(QLabel(translate("Report", "Export log")))
        self.list = ListView(
            self.model, "report_exports", self.ctx, translate("Report", "Export log")
        )
        layout.addWidget(self.list, 1)

    def _wire(self) -> None:
        self.monthly.clicked.connect(self.open_monthly)
        self.consolidate.clicked.connect(self.open_consolidate)
        self.imports.clicked.connect(self.open_import)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        from branchops.core.reports.service import export_log

        with self.ctx.db.session() as session:
            self.model.set_rows(export_log(session))

    def _on_data_changed(self, area: str) -> None:
        if area == "reports":
            self.refresh()

    def open_monthly(self) -> MonthlyReportDialog:
        return open_monthly_workbook_dialog(self.ctx, self)

    def open_consolidate(self) -> ConsolidateDialog:
        from branchops.ui.reports.consolidate_dialog import ConsolidateDialog

        dialog = ConsolidateDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_import(self) -> ImportWizard:
        from branchops.ui.reports.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.open()
        return wizard


def open_monthly_workbook_dialog(ctx: AppContext, parent: QWidget) -> MonthlyReportDialog:
    """For the main window's menu: Reports → Monthly HQ workbook…"""
    from branchops.ui.reports.monthly_dialog import MonthlyReportDialog

    dialog = MonthlyReportDialog(ctx, parent)
    dialog.open()
    return dialog
