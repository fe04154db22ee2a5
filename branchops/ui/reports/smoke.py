"""The main dialogs of the Reports page, opened by ``branchops --smoke``."""

from __future__ import annotations

from branchops.ui.reports.consolidate_dialog import ConsolidateDialog
from branchops.ui.reports.import_wizard import ImportWizard
from branchops.ui.reports.monthly_dialog import MonthlyReportDialog

REPORT_DIALOGS = [
    ("monthly_workbook", MonthlyReportDialog),
    ("consolidate", ConsolidateDialog),
    ("import", ImportWizard),
]
